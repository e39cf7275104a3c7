// A cursor over a timestamp column, newest first: decoded and checked here so that a forged
// cursor is a 400 naming the field, never a database error.
import { type AnyColumn, and, eq, lt, or, type SQL } from 'drizzle-orm';
import { decodeCursor } from '../http/pagination.js';
import { badRequest } from '../http/problem.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The condition "older than the cursor's row" on (at, id), or undefined for the first page. */
export function olderThan(
  cursor: string | undefined,
  at: AnyColumn,
  id: AnyColumn,
): SQL | undefined {
  const after = decodeCursor(cursor);
  if (!after) return undefined;
  const when = new Date(after.key);
  const time = when.getTime();
  // Only instants the database stores (4-digit years from 1970): anything else is forged.
  if (!(time >= Date.UTC(1970, 0, 1) && time < Date.UTC(10000, 0, 1)) || !uuid.test(after.id)) {
    throw badRequest('The cursor is not one this server gave out.', [
      { field: 'query/cursor', reason: 'is not a cursor from a previous page' },
    ]);
  }
  return or(lt(at, when), and(eq(at, when), lt(id, after.id)));
}
