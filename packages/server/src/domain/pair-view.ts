// A pair with its people, stats and the caller's programme role in one prepared query: the read
// behind the pair card, and the hottest path of the API (PGlite runs one query at a time, so
// every round trip saved is throughput gained).
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
  const org = sql.placeholder('org');
  const id = sql.placeholder('id');
  const me = sql.placeholder('me');
  return db
    .select({
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
        eq(participants.personId, me),
      )})`,
    })
    .from(pairs)
    .leftJoin(mentor, eq(mentor.id, pairs.mentorId))
    .leftJoin(mentee, eq(mentee.id, pairs.menteeId))
    .leftJoin(endedBy, eq(endedBy.id, pairs.endedBy))
    .where(and(eq(pairs.orgId, org), eq(pairs.id, id)))
    .prepare('pair_view');
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
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
  let query = prepared.get(db);
  if (!query) {
    query = prepare(db);
    prepared.set(db, query);
  }
  const execute = query.execute.bind(query);
  const [row] = await cachedRead(db, `pair-view:${caller.orgId}:${pairId}:${caller.personId}`, () =>
    execute({ org: caller.orgId, id: pairId, me: caller.personId }),
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
