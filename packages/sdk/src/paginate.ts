// Every item of a cursor-paginated list, page by page, as an async iterator.
import { unwrap } from './unwrap.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * ```ts
 * for await (const pair of paginate((cursor) =>
 *   client.GET('/v1/pairs', { params: { query: { status: 'active', cursor } } }))) { … }
 * ```
 * Pages are fetched as the loop asks for them; an error answer is thrown as UpwardError.
 */
export async function* paginate<T>(
  fetchPage: (
    cursor: string | undefined,
  ) => Promise<{ data?: Page<T>; error?: unknown; response: Response }>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await unwrap(fetchPage(cursor));
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
