// Reviews: the periodic checklist of a pair. Members of the pair, the programme's leads and org
// admins may list, read, start and update; a lead's or admin's access is written to the audit log.
import type { FieldError, PersonSummary, Review } from '@upward/api';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { pairs, programmes, type ReviewItemRow, reviews } from '../db/schema.js';
import { audit, loadPair, type PairAccess, type PairSide } from '../domain/access.js';
import { driftSignals, loadDriftFacts, suggestedOutcome } from '../domain/drift.js';
import { summaries, summaryOf } from '../domain/people.js';
import { olderThan } from '../domain/time-cursor.js';
import { type Caller, callerOf } from '../http/context.js';
import { expectedVersion, withEtag } from '../http/etag.js';
import { page } from '../http/pagination.js';
import { badRequest, conflict, notFound, ruleViolated, staleVersion } from '../http/problem.js';
import type { Deps, Handler, RequestBody } from './types.js';

type ReviewRow = typeof reviews.$inferSelect;

const day = 24 * 3600 * 1000;
const reviewable = ['active', 'paused'] as const;
const isReviewable = (status: string) => (reviewable as readonly string[]).includes(status);

/**
 * A review as `side` may see it. The "could challenge" rating behind a drift signal was given by
 * the mentor for the programme's eyes, not the mentee's: the mentee sees neither that signal nor
 * a suggestion that counted it.
 */
function toReview(row: ReviewRow, people: Map<string, PersonSummary>, side: PairSide): Review {
  const signals =
    side === 'mentee'
      ? row.driftSignals.filter((signal) => signal.code !== 'low-challenge-rating')
      : row.driftSignals;
  return {
    id: row.id,
    pairId: row.pairId,
    dueAt: row.dueAt.toISOString(),
    items: row.items.map(({ id, label, checked, note }) =>
      note === undefined ? { id, label, checked } : { id, label, checked, note },
    ),
    suggestedOutcome:
      signals.length === row.driftSignals.length ? row.suggestedOutcome : suggestedOutcome(signals),
    outcome: row.outcome,
    driftSignals: signals.map(({ code, detail }) => ({ code, detail })),
    completedBy: row.completedBy ? summaryOf(people, row.completedBy) : null,
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Summaries of the people who completed these reviews. */
const completers = (db: Db, orgId: string, rows: ReviewRow[]) =>
  summaries(
    db,
    orgId,
    rows.flatMap((row) => (row.completedBy ? [row.completedBy] : [])),
  );

async function programmeOf(db: Db, access: PairAccess) {
  const [programme] = await db
    .select({
      checklistTemplate: programmes.checklistTemplate,
      reviewCadenceDays: programmes.reviewCadenceDays,
    })
    .from(programmes)
    .where(
      and(eq(programmes.orgId, access.pair.orgId), eq(programmes.id, access.pair.programmeId)),
    );
  if (!programme) throw notFound(`programme of pair ${access.pair.id}`);
  return programme;
}

async function loadReview(db: Db, caller: Caller, pairId: string, reviewId: string) {
  const [row] = await db
    .select()
    .from(reviews)
    .where(
      and(eq(reviews.orgId, caller.orgId), eq(reviews.pairId, pairId), eq(reviews.id, reviewId)),
    );
  if (!row) throw notFound(`review ${reviewId} of pair ${pairId}`);
  return row;
}

const readOnly = (row: ReviewRow) =>
  conflict(
    `Review ${row.id} was completed on ${row.completedAt?.toISOString()} and is read-only; start a new review instead.`,
  );

/** The review's items with the answers applied; field errors for answers to unknown items. */
function answer(
  items: ReviewItemRow[],
  answers: NonNullable<RequestBody<'updateReview'>['items']>,
  errors: FieldError[],
) {
  const next = items.map((item) => ({ ...item }));
  const byId = new Map(next.map((item) => [item.id, item]));
  answers.forEach((given, index) => {
    const item = byId.get(given.id);
    if (!item) {
      errors.push({ field: `/items/${index}/id`, reason: 'is not an item of this review' });
      return;
    }
    if (given.checked !== undefined) item.checked = given.checked;
    if (given.note === '') delete item.note;
    else if (given.note !== undefined) item.note = given.note;
  });
  return next;
}

export function reviewsHandlers({ db }: Deps) {
  const listReviews: Handler<'listReviews'> = async (request) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const { limit = 25, cursor } = request.query;
    const access = await loadPair(db, caller, pairId);
    const older = olderThan(cursor, reviews.createdAt, reviews.id);
    await audit(db, caller, access, 'reviews.list', { type: 'pair', id: pairId });
    const rows = await db
      .select()
      .from(reviews)
      .where(and(eq(reviews.orgId, caller.orgId), eq(reviews.pairId, pairId), older))
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(limit + 1);
    const people = await completers(db, caller.orgId, rows);
    return page(
      rows,
      limit,
      (row) => toReview(row, people, access.side),
      (row) => [row.createdAt.toISOString(), row.id],
    );
  };

  const startReview: Handler<'startReview'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const access = await loadPair(db, caller, pairId);
    const { pair } = access;
    if (!isReviewable(pair.status))
      throw conflict(`The pair is ${pair.status}; only an active or paused pair is reviewed.`);
    const now = new Date();
    const sent = request.body?.dueAt;
    const dueAt = sent
      ? new Date(sent)
      : new Date(Math.max(now.getTime(), pair.reviewDueAt?.getTime() ?? 0));
    if (Number.isNaN(dueAt.getTime()))
      throw badRequest('dueAt is not a date.', [{ field: '/dueAt', reason: 'is not a date' }]);
    const programme = await programmeOf(db, access);
    const signals = driftSignals(await loadDriftFacts(db, pair, now));
    const row = await db.transaction(async (tx) => {
      // Locking the pair row serialises concurrent starts, so only one finds no open review.
      const [locked] = await tx
        .select({ status: pairs.status })
        .from(pairs)
        .where(and(eq(pairs.orgId, caller.orgId), eq(pairs.id, pairId)))
        .for('update');
      if (!locked || !isReviewable(locked.status))
        throw conflict(`The pair is ${locked?.status}; only an active or paused pair is reviewed.`);
      const [open] = await tx
        .select({ id: reviews.id })
        .from(reviews)
        .where(
          and(
            eq(reviews.orgId, caller.orgId),
            eq(reviews.pairId, pairId),
            isNull(reviews.completedAt),
          ),
        )
        .limit(1);
      if (open)
        throw conflict(`The pair already has an open review (${open.id}); complete it first.`);
      const [created] = await tx
        .insert(reviews)
        .values({
          orgId: caller.orgId,
          pairId,
          dueAt,
          items: programme.checklistTemplate.map(({ id, label }) => ({
            id,
            label,
            checked: false,
          })),
          suggestedOutcome: suggestedOutcome(signals),
          driftSignals: signals,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!created) throw new Error('insert returned nothing');
      return created;
    });
    await audit(db, caller, access, 'review.read', { type: 'review', id: row.id });
    reply.code(201).header('location', `/v1/pairs/${pairId}/reviews/${row.id}`);
    return withEtag(reply, toReview(row, new Map(), access.side));
  };

  const getReview: Handler<'getReview'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId, reviewId } = request.params;
    const access = await loadPair(db, caller, pairId);
    const row = await loadReview(db, caller, pairId, reviewId);
    await audit(db, caller, access, 'review.read', { type: 'review', id: row.id });
    return withEtag(reply, toReview(row, await completers(db, caller.orgId, [row]), access.side));
  };

  const updateReview: Handler<'updateReview'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId, reviewId } = request.params;
    const body = request.body;
    const access = await loadPair(db, caller, pairId);
    const current = await loadReview(db, caller, pairId, reviewId);
    const expected = expectedVersion(request);
    if (current.completedAt) throw readOnly(current);
    if (expected !== current.version)
      throw staleVersion(String(request.headers['if-match']), current.version);
    const errors: FieldError[] = [];
    const items = body.items ? answer(current.items, body.items, errors) : current.items;
    const outcome = body.outcome !== undefined ? body.outcome : current.outcome;
    const complete = body.complete === true;
    if (complete && !outcome)
      errors.push({ field: '/outcome', reason: 'is required to complete the review' });
    if (errors.length > 0)
      throw ruleViolated(
        errors.length === 1 ? 'One answer cannot be applied.' : 'Some answers cannot be applied.',
        errors,
      );
    const now = new Date();
    const cadenceDays = complete ? (await programmeOf(db, access)).reviewCadenceDays : 0;
    const row = await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(reviews)
        .set({
          items,
          outcome,
          ...(complete ? { completedBy: caller.personId, completedAt: now } : {}),
          version: sql`${reviews.version} + 1`,
          updatedAt: now,
        })
        .where(
          and(
            eq(reviews.orgId, caller.orgId),
            eq(reviews.id, reviewId),
            eq(reviews.version, current.version),
            isNull(reviews.completedAt),
          ),
        )
        .returning();
      if (updated && complete) {
        await tx
          .update(pairs)
          .set({ reviewDueAt: new Date(now.getTime() + cadenceDays * day) })
          .where(
            and(
              eq(pairs.orgId, caller.orgId),
              eq(pairs.id, pairId),
              inArray(pairs.status, [...reviewable]),
            ),
          );
      }
      return updated;
    });
    if (!row) {
      // A concurrent writer won: completed it (read-only now) or changed it (stale version).
      const latest = await loadReview(db, caller, pairId, reviewId);
      if (latest.completedAt) throw readOnly(latest);
      throw staleVersion(String(request.headers['if-match']), latest.version);
    }
    await audit(db, caller, access, 'review.read', { type: 'review', id: row.id });
    return withEtag(reply, toReview(row, await completers(db, caller.orgId, [row]), access.side));
  };

  return { listReviews, startReview, getReview, updateReview };
}
