// Cursor pagination: the cursor is the sort key of the last item sent (a timestamp or name, and
// the id as tie-breaker), base64url-encoded. Opaque to clients.
import { badRequest } from './problem.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Every id is a UUID: checking it here keeps a forged cursor from reaching the database.
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      uuid.test(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw badRequest('The cursor is not one this server gave out.', [
    { field: 'query/cursor', reason: 'is not a cursor from a previous page' },
  ]);
}

/** Splits the `limit + 1` rows fetched into a page and the cursor of the next one. */
export function page<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => [string, string],
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    items: shown.map(toItem),
    nextCursor: more && last ? encodeCursor(...keyOf(last)) : null,
  };
}
