// Who may see what. A resource of another organisation, or one the caller has no part in, is
// reported as missing (404), never as forbidden: ids reveal nothing across tenants.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { cachedRead } from '../db/read-cache.js';
import { auditEntries, pairs, participants, programmes } from '../db/schema.js';
import type { Caller } from '../http/context.js';
import { notFound } from '../http/problem.js';

export type PairRow = typeof pairs.$inferSelect;
export type ProgrammeRow = typeof programmes.$inferSelect;

/** How the caller relates to a pair: one of its members, a lead of its programme, or an org admin. */
export type PairSide = 'mentor' | 'mentee' | 'lead' | 'admin';

export interface PairAccess {
  pair: PairRow;
  side: PairSide;
}

export async function programmeRole(db: Db, caller: Caller, programmeId: string) {
  const [row] = await db
    .select({ role: participants.role, steering: participants.steering })
    .from(participants)
    .where(
      and(
        eq(participants.orgId, caller.orgId),
        eq(participants.programmeId, programmeId),
        eq(participants.personId, caller.personId),
      ),
    );
  return row;
}

/** The programme, if the caller may see it (participant, lead or admin); 404 otherwise. */
export async function loadProgramme(db: Db, caller: Caller, programmeId: string) {
  const [programme] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.orgId, caller.orgId), eq(programmes.id, programmeId)));
  if (!programme) throw notFound(`programme ${programmeId}`);
  const role = await programmeRole(db, caller, programmeId);
  if (!role && !caller.isAdmin) throw notFound(`programme ${programmeId}`);
  return {
    programme,
    role: role?.role,
    steering: role?.steering ?? false,
    isLead: role?.role === 'lead' || caller.isAdmin,
  };
}

const pairById = new WeakMap<Db, ReturnType<typeof preparePairById>>();
const preparePairById = (db: Db) =>
  db
    .select()
    .from(pairs)
    .where(and(eq(pairs.orgId, sql.placeholder('org')), eq(pairs.id, sql.placeholder('id'))))
    .prepare('pair_by_id');

/** The pair and the caller's side of it; 404 when the caller has none. */
export async function loadPair(db: Db, caller: Caller, pairId: string): Promise<PairAccess> {
  let query = pairById.get(db);
  if (!query) {
    query = preparePairById(db);
    pairById.set(db, query);
  }
  const execute = query.execute.bind(query);
  const [pair] = await cachedRead(db, `pair:${caller.orgId}:${pairId}`, () =>
    execute({ org: caller.orgId, id: pairId }),
  );
  if (!pair) throw notFound(`pair ${pairId}`);
  if (pair.mentorId === caller.personId) return { pair, side: 'mentor' };
  if (pair.menteeId === caller.personId) return { pair, side: 'mentee' };
  const role = await programmeRole(db, caller, pair.programmeId);
  if (role?.role === 'lead') return { pair, side: 'lead' };
  if (caller.isAdmin) return { pair, side: 'admin' };
  throw notFound(`pair ${pairId}`);
}

export const isMember = (side: PairSide): side is 'mentor' | 'mentee' =>
  side === 'mentor' || side === 'mentee';

/** Records a lead's (or admin's) read of pair-level data; the pair's members can list these. */
export async function audit(
  db: Db,
  caller: Caller,
  access: PairAccess,
  action: (typeof auditEntries.$inferInsert)['action'],
  resource: { type: 'pair' | 'feedback' | 'review'; id: string },
) {
  if (isMember(access.side)) return;
  await db.insert(auditEntries).values({
    orgId: caller.orgId,
    pairId: access.pair.id,
    actorId: caller.personId,
    action,
    resourceType: resource.type,
    resourceId: resource.id,
  });
}
