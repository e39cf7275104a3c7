// Sessions: the pair's own record of its meetings. Only the two members read or write them, and
// a private note reaches nobody but the member who logged the session.
import type { PersonSummary, Session } from '@upward/api';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { sessions } from '../db/schema.js';
import type { Caller } from '../http/context.js';
import { decodeCursor } from '../http/pagination.js';
import { badRequest, forbidden, notFound } from '../http/problem.js';
import { loadPair } from './access.js';
import { summaryOf } from './people.js';
import { olderThan } from './time-cursor.js';

export type SessionRow = typeof sessions.$inferSelect;

export function toSession(
  row: SessionRow,
  people: Map<string, PersonSummary>,
  callerId: string,
): Session {
  const session: Session = {
    id: row.id,
    pairId: row.pairId,
    heldAt: row.heldAt.toISOString(),
    durationMinutes: row.durationMinutes,
    format: row.format,
    topics: row.topics,
    learnings: row.learnings,
    agendaSetBy: row.agendaSetBy,
    actions: row.actions.map(({ text, owner, done }) => ({ text, owner, done })),
    sharedNotes: row.sharedNotes,
    cancelledBy: row.cancelledBy,
    loggedBy: summaryOf(people, row.loggedBy),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.privateNote !== null && row.loggedBy === callerId) session.privateNote = row.privateNote;
  return session;
}

/** The pair, when the caller is one of its members: leads and admins see it but get 403 here. */
export async function memberPair(db: Db, caller: Caller, pairId: string) {
  const access = await loadPair(db, caller, pairId);
  if (access.side !== 'mentor' && access.side !== 'mentee')
    throw forbidden('Sessions belong to the pair: only its two members read or change them.');
  return access.pair;
}

export async function loadSession(db: Db, caller: Caller, pairId: string, sessionId: string) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.orgId, caller.orgId),
        eq(sessions.pairId, pairId),
        eq(sessions.id, sessionId),
      ),
    );
  if (!row) throw notFound(`session ${sessionId} in pair ${pairId}`);
  return row;
}

const earliest = Date.UTC(1970, 0, 1);
const latest = Date.UTC(10000, 0, 1);

/** heldAt as a Date the database stores and returns exactly (Ajv admits e.g. 23:59:60). */
export function heldAtOf(value: string): Date {
  const date = new Date(value);
  const time = date.getTime();
  if (Number.isNaN(time) || time < earliest || time >= latest)
    throw badRequest('heldAt is not a usable date.', [
      { field: '/heldAt', reason: 'must be a date-time between 1970 and 9999' },
    ]);
  return date;
}

/**
 * "Older than the cursor's session" as a row comparison, which the index
 * (org_id, pair_id, held_at, id) answers as a range: deep pages of a long history stay fast.
 */
function olderSession(cursor: string | undefined): SQL | undefined {
  if (!olderThan(cursor, sessions.heldAt, sessions.id)) return undefined; // validates the cursor
  const after = decodeCursor(cursor);
  if (!after) return undefined;
  return sql`(${sessions.heldAt}, ${sessions.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`;
}

/** One page of a pair's sessions, newest first (plus one row to tell whether more follow). */
export function sessionPage(
  db: Db,
  orgId: string,
  pairId: string,
  cursor: string | undefined,
  limit: number,
) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.orgId, orgId), eq(sessions.pairId, pairId), olderSession(cursor)))
    .orderBy(desc(sessions.heldAt), desc(sessions.id))
    .limit(limit + 1);
}
