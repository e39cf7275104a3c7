// A pair with its people, stats and the caller's programme role: the read behind the pair card,
// and the hottest path of the API. Concurrent reads are gathered for one turn of the event loop
// and answered by one prepared query over arrays of (org, pair, caller), so a busy server makes
// one round trip per turn instead of one per request. Each input row is matched to its pair by
// organisation and id and carries its own caller, so batching changes no one's answer.
import type { Pair } from '@upward/api';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/connect.js';
import { cachedRead } from '../db/read-cache.js';
import { pairs, participants, people, reviews, sessions } from '../db/schema.js';
import type { Caller } from '../http/context.js';
import { notFound } from '../http/problem.js';
import type { PairAccess, PairRow } from './access.js';

const mentor = alias(people, 'mentor');
const mentee = alias(people, 'mentee');
const endedBy = alias(people, 'ended_by_person');

function prepare(db: Db) {
  // One input row per request, numbered so that each answer goes back to the one who asked.
  const input = sql`unnest(${sql.placeholder('orgs')}::uuid[], ${sql.placeholder('ids')}::uuid[],
    ${sql.placeholder('callers')}::uuid[]) with ordinality as input(org_id, pair_id, caller_id, n)`;
  return db
    .select({
      n: sql<number>`input.n::int`,
      pair: pairs,
      mentorName: mentor.displayName,
      mentorDepartment: mentor.department,
      menteeName: mentee.displayName,
      menteeDepartment: mentee.department,
      endedByName: endedBy.displayName,
      endedByDepartment: endedBy.department,
      sessionCount: sql<number>`(select count(*)::int from ${sessions} where ${and(
        eq(sessions.orgId, pairs.orgId),
        eq(sessions.pairId, pairs.id),
        isNull(sessions.cancelledBy),
      )})`,
      lastSessionAt: sql<
        string | null
      >`(select max(${sessions.heldAt}) from ${sessions} where ${and(
        eq(sessions.orgId, pairs.orgId),
        eq(sessions.pairId, pairs.id),
        isNull(sessions.cancelledBy),
      )})`,
      lastOutcome: sql<
        Pair['stats']['lastReviewOutcome']
      >`(select ${reviews.outcome} from ${reviews} where ${and(
        eq(reviews.orgId, pairs.orgId),
        eq(reviews.pairId, pairs.id),
        sql`${reviews.completedAt} is not null`,
      )} order by ${desc(reviews.completedAt)} limit 1)`,
      callerRole: sql<string | null>`(select ${participants.role} from ${participants} where ${and(
        eq(participants.orgId, pairs.orgId),
        eq(participants.programmeId, pairs.programmeId),
        eq(participants.personId, sql`input.caller_id`),
      )})`,
    })
    .from(pairs)
    .innerJoin(input, and(eq(pairs.orgId, sql`input.org_id`), eq(pairs.id, sql`input.pair_id`)))
    .leftJoin(mentor, eq(mentor.id, pairs.mentorId))
    .leftJoin(mentee, eq(mentee.id, pairs.menteeId))
    .leftJoin(endedBy, eq(endedBy.id, pairs.endedBy))
    .prepare('pair_views');
}

type Row = Awaited<ReturnType<ReturnType<typeof prepare>['execute']>>[number];

interface Wanted {
  orgId: string;
  pairId: string;
  callerId: string;
  resolve: (row: Row | undefined) => void;
  reject: (error: unknown) => void;
}

const maxBatch = 100;

function createLoader(db: Db) {
  const query = prepare(db);
  let queue: Wanted[] = [];

  async function run(batch: Wanted[]) {
    try {
      const rows = await query.execute({
        orgs: batch.map((w) => w.orgId),
        ids: batch.map((w) => w.pairId),
        callers: batch.map((w) => w.callerId),
      });
      const byInput = new Map(rows.map((row) => [row.n, row]));
      for (const [i, w] of batch.entries()) w.resolve(byInput.get(i + 1));
    } catch (error) {
      // One bad input must not fail the others: each is tried alone.
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const w of batch) void run([w]);
    }
  }

  // Requests read in the same turn of the event loop reach here before setImmediate fires.
  function dispatch() {
    const all = queue;
    queue = [];
    for (let i = 0; i < all.length; i += maxBatch) void run(all.slice(i, i + maxBatch));
  }

  return (orgId: string, pairId: string, callerId: string) =>
    new Promise<Row | undefined>((resolve, reject) => {
      if (queue.length === 0) setImmediate(dispatch);
      queue.push({ orgId, pairId, callerId, resolve, reject });
    });
}

const loaders = new WeakMap<Db, ReturnType<typeof createLoader>>();

function loaderFor(db: Db) {
  let load = loaders.get(db);
  if (!load) {
    load = createLoader(db);
    loaders.set(db, load);
  }
  return load;
}

const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null);
const person = (id: string, name: string | null, department: string | null) => ({
  id,
  displayName: name ?? 'Former participant',
  ...(department ? { department } : {}),
});

/** The pair as the API shows it, and the caller's side of it; 404 when the caller has none. */
export async function pairView(
  db: Db,
  caller: Caller,
  pairId: string,
): Promise<{ access: PairAccess; pair: Pair }> {
  const load = loaderFor(db);
  const row = await cachedRead(db, `pair-view:${caller.orgId}:${pairId}:${caller.personId}`, () =>
    load(caller.orgId, pairId, caller.personId),
  );
  if (!row) throw notFound(`pair ${pairId}`);
  const p: PairRow = row.pair;
  const side =
    p.mentorId === caller.personId
      ? 'mentor'
      : p.menteeId === caller.personId
        ? 'mentee'
        : row.callerRole === 'lead'
          ? 'lead'
          : caller.isAdmin
            ? 'admin'
            : undefined;
  if (!side) throw notFound(`pair ${pairId}`);
  return {
    access: { pair: p, side },
    pair: {
      id: p.id,
      programmeId: p.programmeId,
      mentor: person(p.mentorId, row.mentorName, row.mentorDepartment),
      mentee: person(p.menteeId, row.menteeName, row.menteeDepartment),
      focusAreas: p.focusAreas,
      agreement: p.agreement,
      status: p.status,
      startedAt: iso(p.startedAt),
      endedAt: iso(p.endedAt),
      endReason: p.endReason,
      endedBy: p.endedBy ? person(p.endedBy, row.endedByName, row.endedByDepartment) : null,
      nextSessionAt: iso(p.nextSessionAt),
      stats: {
        sessions: row.sessionCount,
        lastSessionAt: iso(row.lastSessionAt),
        lastReviewOutcome: row.lastOutcome ?? null,
        reviewDueAt: p.status === 'active' || p.status === 'paused' ? iso(p.reviewDueAt) : null,
      },
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    },
  };
}
