// Sessions: the pair's own record of its meetings. Only the two members read or write them, and
// a private note reaches nobody but the member who logged the session.
import type { PersonSummary, Session } from '@upward/api';
import { type AnyColumn, and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { sessions } from '../db/schema.js';
import type { Caller } from '../http/context.js';
import { type Cursor, decodeCursor } from '../http/pagination.js';
import { badRequest, forbidden, HttpProblem, notFound } from '../http/problem.js';
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
/** Whether the database stores this instant and returns it unchanged (4-digit years). */
const storable = (date: Date) => date.getTime() >= earliest && date.getTime() < latest;

/** heldAt as a Date the database stores and returns exactly (Ajv admits e.g. 23:59:60). */
export function heldAtOf(value: string): Date {
  const date = new Date(value);
  if (!storable(date))
    throw badRequest('heldAt is not a usable date.', [
      { field: '/heldAt', reason: 'must be a date-time between 1970 and 9999' },
    ]);
  return date;
}

/**
 * "Older than the cursor's row" on (at, id), newest first, as a row comparison that an index
 * ending in (at, id) answers as a range: deep pages of a long history stay fast. A forged cursor
 * is a 400, never a database error.
 */
export function olderRow(cursor: string | undefined, at: AnyColumn, id: AnyColumn) {
  if (!olderThan(cursor, at, id)) return undefined; // checks the cursor's shape
  const after = decodeCursor(cursor) as Cursor;
  const time = new Date(after.key);
  if (!storable(time))
    throw badRequest('The cursor is not one this server gave out.', [
      { field: 'query/cursor', reason: 'is not a cursor from a previous page' },
    ]);
  return sql`(${at}, ${id}) < (${time.toISOString()}::timestamptz, ${after.id}::uuid)`;
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
    .where(
      and(
        eq(sessions.orgId, orgId),
        eq(sessions.pairId, pairId),
        olderRow(cursor, sessions.heldAt, sessions.id),
      ),
    )
    .orderBy(desc(sessions.heldAt), desc(sessions.id))
    .limit(limit + 1);
}

/**
 * The body, once it is sure to be a JSON object. Routes validate bodies per media type, so a body
 * without one, or sent as text/plain (which Fastify parses to a string), arrives unvalidated.
 */
export function jsonBody<T>(body: T): T {
  if (body === undefined || body === null)
    throw badRequest('The body is empty; send a JSON object.', [
      { field: '', reason: 'is required' },
    ]);
  if (typeof body !== 'object' || Array.isArray(body))
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      'Send application/json.',
    );
  return body;
}
