import type { PersonSummary } from '@upward/api';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { cachedRead } from '../db/read-cache.js';
import { people } from '../db/schema.js';

export type PersonRow = typeof people.$inferSelect;

export function toSummary(
  row: Pick<PersonRow, 'id' | 'displayName' | 'department'>,
): PersonSummary {
  const summary: PersonSummary = { id: row.id, displayName: row.displayName };
  if (row.department) summary.department = row.department;
  return summary;
}

/** Summaries of the given people of one organisation, by id. */
export async function summaries(
  db: Db,
  orgId: string,
  ids: Iterable<string>,
): Promise<Map<string, PersonSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await cachedRead(db, `summaries:${orgId}:${unique.sort().join(',')}`, () =>
    db
      .select({ id: people.id, displayName: people.displayName, department: people.department })
      .from(people)
      .where(and(eq(people.orgId, orgId), inArray(people.id, unique))),
  );
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

/** A summary for an id whose person row is gone (never expected; keeps responses valid). */
export function summaryOf(map: Map<string, PersonSummary>, id: string): PersonSummary {
  return map.get(id) ?? { id, displayName: 'Former participant' };
}
