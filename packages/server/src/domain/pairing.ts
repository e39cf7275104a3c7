// The rules of pairing: who may be paired with whom (enrolment, capacity, training, seniority,
// reporting chain) and how a pair's status may move.
import type { FieldError, PairStatus } from '@upward/api';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { auditEntries, pairs, participants, people } from '../db/schema.js';
import type { Caller } from '../http/context.js';
import { conflict, ruleViolated } from '../http/problem.js';
import type { PairRow, ProgrammeRow } from './access.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;

const moves: Record<PairStatus, readonly PairStatus[]> = {
  proposed: ['active', 'ended'],
  active: ['paused', 'completed', 'ended'],
  paused: ['active', 'ended'],
  completed: [],
  ended: [],
};

export const isFinal = (status: PairStatus) => moves[status].length === 0;

/** 409 unless the state machine allows the move (staying put is no move). */
export function checkMove(from: PairStatus, to: PairStatus) {
  if (from !== to && !moves[from].includes(to))
    throw conflict(
      `A pair cannot move from ${from} to ${to}. From ${from} it can move to: ${moves[from].join(', ') || 'nothing (final)'}.`,
    );
}

const who = (field: string) => (field === '/mentorId' ? 'The mentor' : 'The mentee');
const reject = (errors: FieldError[]) =>
  ruleViolated(errors.map((e) => `${who(e.field)} ${e.reason}.`).join(' '), errors);

/**
 * Checks that the two people may form a new pair in the programme; throws 422 with every reason
 * found (409 for a pair of the same two that is still open). Run it inside the transaction that
 * inserts the pair: it locks both enrolments so concurrent proposals cannot overrun a capacity.
 */
export async function checkPairing(
  tx: Conn,
  orgId: string,
  programme: ProgrammeRow,
  mentorId: string,
  menteeId: string,
) {
  if (mentorId === menteeId)
    throw reject([{ field: '/menteeId', reason: 'is the same person as the mentor' }]);
  const enrolled = await tx
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.orgId, orgId),
        eq(participants.programmeId, programme.id),
        inArray(participants.personId, [mentorId, menteeId]),
      ),
    )
    .orderBy(asc(participants.personId))
    .for('update');
  const mentor = enrolled.find((p) => p.personId === mentorId);
  const mentee = enrolled.find((p) => p.personId === menteeId);
  const errors: FieldError[] = [];
  if (mentor?.role !== 'mentor')
    errors.push({ field: '/mentorId', reason: 'is not enrolled in this programme as a mentor' });
  if (mentee?.role !== 'mentee')
    errors.push({ field: '/menteeId', reason: 'is not enrolled in this programme as a mentee' });
  if (!mentor || !mentee || errors.length > 0) throw reject(errors);

  const [open] = await tx
    .select({
      mentorPairs: sql<number>`count(*) filter (where ${pairs.mentorId} = ${mentorId})::int`,
      menteePairs: sql<number>`count(*) filter (where ${pairs.menteeId} = ${menteeId})::int`,
      same: sql<number>`count(*) filter (where ${pairs.mentorId} = ${mentorId} and ${pairs.menteeId} = ${menteeId})::int`,
    })
    .from(pairs)
    .where(
      and(
        eq(pairs.orgId, orgId),
        eq(pairs.programmeId, programme.id),
        inArray(pairs.status, ['proposed', 'active', 'paused']),
      ),
    );
  if (open && open.same > 0)
    throw conflict(
      'These two already have an open pair in this programme (proposed, active or paused).',
    );
  if ((open?.mentorPairs ?? 0) >= mentor.capacity)
    errors.push({
      field: '/mentorId',
      reason: `has no capacity left (${open?.mentorPairs ?? 0} open pairs, capacity ${mentor.capacity})`,
    });
  if ((open?.menteePairs ?? 0) >= mentee.capacity)
    errors.push({
      field: '/menteeId',
      reason: `has no capacity left (${open?.menteePairs ?? 0} open pairs, capacity ${mentee.capacity})`,
    });

  if (programme.requireTrainingBeforePairing) {
    for (const [field, participant] of [
      ['/mentorId', mentor],
      ['/menteeId', mentee],
    ] as const) {
      const missing = programme.training
        .filter((t) => t.role === participant.role && !participant.trainingCompleted.includes(t.id))
        .map((t) => t.id);
      if (missing.length > 0)
        errors.push({
          field,
          reason: `has not completed the required training: ${missing.join(', ')}`,
        });
    }
  }

  if (!programme.allowPeers)
    errors.push(...(await hierarchyProblems(tx, orgId, mentorId, menteeId)));
  if (errors.length > 0) throw reject(errors);
}

/** Seniority (the mentor's level must be lower) and the reporting chain, in both directions. */
async function hierarchyProblems(
  tx: Conn,
  orgId: string,
  mentorId: string,
  menteeId: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const levels = await tx
    .select({ id: people.id, level: people.level })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [mentorId, menteeId])));
  const mentorLevel = levels.find((p) => p.id === mentorId)?.level ?? null;
  const menteeLevel = levels.find((p) => p.id === menteeId)?.level ?? null;
  if (mentorLevel === null || menteeLevel === null)
    errors.push({
      field: mentorLevel === null ? '/mentorId' : '/menteeId',
      reason: 'has no level in the directory, so seniority cannot be checked',
    });
  else if (mentorLevel >= menteeLevel)
    errors.push({
      field: '/mentorId',
      reason: `is not more junior than the mentee (level ${mentorLevel}, the mentee's level ${menteeLevel})`,
    });

  // Every manager above each of the two (depth-limited, so a cycle in the data still ends).
  const result = await tx.execute<{ start: string; manager: string }>(sql`
    with recursive chain (start, manager, depth) as (
      select id, manager_id, 1 from people
      where org_id = ${orgId} and id in (${mentorId}, ${menteeId}) and manager_id is not null
      union all
      select chain.start, p.manager_id, chain.depth + 1
      from chain join people p on p.org_id = ${orgId} and p.id = chain.manager
      where p.manager_id is not null and chain.depth < 50
    )
    select start::text as start, manager::text as manager from chain`);
  const above = (start: string) =>
    new Set(result.rows.filter((r) => r.start === start).map((r) => r.manager));
  if (above(mentorId).has(menteeId))
    errors.push({
      field: '/menteeId',
      reason: "is in the mentor's reporting chain (the mentor reports to them)",
    });
  if (above(menteeId).has(mentorId))
    errors.push({
      field: '/mentorId',
      reason: "is in the mentee's reporting chain (the mentee reports to them)",
    });
  return errors;
}

/** One audit entry per listed pair the caller is not a member of, in a single insert. */
export async function auditPairReads(
  db: Db,
  caller: Caller,
  rows: PairRow[],
  action: 'pairs.list' | 'pair.read',
) {
  const values = rows
    .filter((row) => row.mentorId !== caller.personId && row.menteeId !== caller.personId)
    .map((row) => ({
      orgId: caller.orgId,
      pairId: row.id,
      actorId: caller.personId,
      action,
      resourceType: 'pair' as const,
      resourceId: row.id,
    }));
  if (values.length > 0) await db.insert(auditEntries).values(values);
}
