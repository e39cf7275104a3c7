// Pairs: members see and shape their own pair; programme leads and admins propose, activate and
// read them, and every such read lands in the pair's audit log.
import type { PairStatus } from '@upward/api';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { pairs, participants, programmes } from '../db/schema.js';
import { audit, isMember, loadPair, loadProgramme } from '../domain/access.js';
import { pairView } from '../domain/pair-view.js';
import { auditPairReads, checkMove, checkPairing, isFinal } from '../domain/pairing.js';
import { toPair, toPairs } from '../domain/pairs.js';
import { olderThan } from '../domain/time-cursor.js';
import { callerOf } from '../http/context.js';
import { checkVersion, withEtag } from '../http/etag.js';
import { page } from '../http/pagination.js';
import { conflict, forbidden, ruleViolated, staleVersion } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

const day = 24 * 3600 * 1000;
const memberFields = new Set(['focusAreas', 'agreement', 'nextSessionAt', 'status', 'endReason']);
const leadFields = new Set(['status', 'endReason']);

export function pairsHandlers({ db }: Deps) {
  const listPairs: Handler<'listPairs'> = async (request) => {
    const caller = callerOf(request);
    const { limit = 25, cursor, programmeId, personId, status } = request.query;
    const leadOf = db
      .select({ id: participants.programmeId })
      .from(participants)
      .where(
        and(
          eq(participants.orgId, caller.orgId),
          eq(participants.personId, caller.personId),
          eq(participants.role, 'lead'),
        ),
      );
    const rows = await db
      .select()
      .from(pairs)
      .where(
        and(
          eq(pairs.orgId, caller.orgId),
          caller.isAdmin
            ? undefined
            : or(
                eq(pairs.mentorId, caller.personId),
                eq(pairs.menteeId, caller.personId),
                inArray(pairs.programmeId, leadOf),
              ),
          programmeId ? eq(pairs.programmeId, programmeId) : undefined,
          personId ? or(eq(pairs.mentorId, personId), eq(pairs.menteeId, personId)) : undefined,
          status ? eq(pairs.status, status) : undefined,
          olderThan(cursor, pairs.createdAt, pairs.id),
        ),
      )
      .orderBy(desc(pairs.createdAt), desc(pairs.id))
      .limit(limit + 1);
    const shown = page(
      rows,
      limit,
      (row) => row,
      (row) => [row.createdAt.toISOString(), row.id],
    );
    await auditPairReads(db, caller, shown.items, 'pairs.list');
    return { items: await toPairs(db, caller.orgId, shown.items), nextCursor: shown.nextCursor };
  };

  const createPair: Handler<'createPair'> = async (request, reply) => {
    const caller = callerOf(request);
    const body = request.body;
    const { programme, isLead } = await loadProgramme(db, caller, body.programmeId);
    if (!isLead)
      throw forbidden("Only the programme's leads and organisation admins propose pairs.");
    if (programme.phase === 'closed')
      throw conflict('The programme is closed: it takes no new pairs.');
    const row = await db.transaction(async (tx) => {
      await checkPairing(tx, caller.orgId, programme, body.mentorId, body.menteeId);
      const [created] = await tx
        .insert(pairs)
        .values({
          orgId: caller.orgId,
          programmeId: programme.id,
          mentorId: body.mentorId,
          menteeId: body.menteeId,
          focusAreas: body.focusAreas ?? [],
          agreement: { ...body.agreement, agendaOwner: body.agreement?.agendaOwner ?? 'mentor' },
          status: 'proposed',
        })
        .returning();
      if (!created) throw new Error('insert returned nothing');
      return created;
    });
    reply.code(201).header('location', `/v1/pairs/${row.id}`);
    return withEtag(reply, await toPair(db, caller.orgId, row));
  };

  const getPair: Handler<'getPair'> = async (request, reply) => {
    const caller = callerOf(request);
    const { access, pair } = await pairView(db, caller, request.params.pairId);
    await audit(db, caller, access, 'pair.read', { type: 'pair', id: pair.id });
    return withEtag(reply, pair);
  };

  const updatePair: Handler<'updatePair'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const body = request.body;
    const access = await loadPair(db, caller, pairId);
    const { pair } = access;
    const member = isMember(access.side);
    const allowed = member ? memberFields : leadFields;
    const refused = Object.keys(body).filter((field) => !allowed.has(field));
    if (refused.length > 0)
      throw forbidden(`Only the pair's two members change ${refused.join(', ')}.`);
    const to: PairStatus | undefined = body.status;
    if (to === 'active' && pair.status === 'proposed' && member && !caller.isAdmin)
      throw forbidden('Only a programme lead or organisation admin activates a proposed pair.');
    checkVersion(request, pair.version);
    if (isFinal(pair.status))
      throw conflict(
        to && to !== pair.status
          ? `A pair cannot move from ${pair.status} to ${to}: ${pair.status} is final.`
          : `The pair is ${pair.status}, which is final: it can no longer change.`,
      );
    if (to) checkMove(pair.status, to);
    const moving = to !== undefined && to !== pair.status;
    if (body.endReason !== undefined && !(moving && to === 'ended'))
      throw ruleViolated('An end reason goes only with a move to ended.', [
        { field: '/endReason', reason: 'is only accepted together with status ended' },
      ]);
    if (moving && to === 'ended' && body.endReason === undefined)
      throw ruleViolated('Ending a pair needs a reason.', [
        { field: '/endReason', reason: 'is required when status becomes ended' },
      ]);

    const now = new Date();
    const set: Partial<typeof pairs.$inferInsert> = {};
    if (body.focusAreas) set.focusAreas = body.focusAreas;
    if (body.agreement) set.agreement = { ...pair.agreement, ...body.agreement };
    if (body.nextSessionAt !== undefined)
      set.nextSessionAt = body.nextSessionAt === null ? null : new Date(body.nextSessionAt);
    if (moving) {
      set.status = to;
      if (to === 'active' && pair.status === 'proposed') {
        const [programme] = await db
          .select({ cadence: programmes.reviewCadenceDays })
          .from(programmes)
          .where(and(eq(programmes.orgId, caller.orgId), eq(programmes.id, pair.programmeId)));
        set.startedAt = now;
        set.reviewDueAt = new Date(now.getTime() + (programme?.cadence ?? 42) * day);
      }
      if (to === 'completed') set.endedAt = now;
      if (to === 'ended') {
        set.endedAt = now;
        set.endedBy = caller.personId;
        set.endReason = body.endReason ?? null;
      }
    }
    const [row] = await db
      .update(pairs)
      .set({ ...set, version: sql`${pairs.version} + 1`, updatedAt: now })
      .where(
        and(eq(pairs.orgId, caller.orgId), eq(pairs.id, pairId), eq(pairs.version, pair.version)),
      )
      .returning();
    if (!row) {
      // Read past the cache: the winning write may not have invalidated it yet.
      const [latest] = await db
        .select({ version: pairs.version })
        .from(pairs)
        .where(and(eq(pairs.orgId, caller.orgId), eq(pairs.id, pairId)));
      throw staleVersion(String(request.headers['if-match']), latest?.version ?? pair.version + 1);
    }
    await audit(db, caller, { pair: row, side: access.side }, 'pair.read', {
      type: 'pair',
      id: row.id,
    });
    return withEtag(reply, await toPair(db, caller.orgId, row));
  };

  return { listPairs, createPair, getPair, updatePair };
}
