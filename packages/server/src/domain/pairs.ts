import type { Pair } from '@upward/api';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { reviews, sessions } from '../db/schema.js';
import type { PairRow } from './access.js';
import { summaries, summaryOf } from './people.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** API shapes of pair rows, with their people and stats, in two queries per batch. */
export async function toPairs(db: Db, orgId: string, rows: PairRow[]): Promise<Pair[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const people = await summaries(
    db,
    orgId,
    rows.flatMap((row) => [row.mentorId, row.menteeId, ...(row.endedBy ? [row.endedBy] : [])]),
  );
  const sessionStats = await db
    .select({
      pairId: sessions.pairId,
      count: sql<number>`count(*)::int`,
      last: sql<string | null>`max(${sessions.heldAt})`,
    })
    .from(sessions)
    .where(
      and(eq(sessions.orgId, orgId), inArray(sessions.pairId, ids), isNull(sessions.cancelledBy)),
    )
    .groupBy(sessions.pairId);
  const lastReviews = await db
    .selectDistinctOn([reviews.pairId], { pairId: reviews.pairId, outcome: reviews.outcome })
    .from(reviews)
    .where(
      and(
        eq(reviews.orgId, orgId),
        inArray(reviews.pairId, ids),
        sql`${reviews.completedAt} is not null`,
      ),
    )
    .orderBy(reviews.pairId, desc(reviews.completedAt));
  const stats = new Map(sessionStats.map((s) => [s.pairId, s]));
  const outcomes = new Map(lastReviews.map((r) => [r.pairId, r.outcome]));
  return rows.map((row) => {
    const s = stats.get(row.id);
    return {
      id: row.id,
      programmeId: row.programmeId,
      mentor: summaryOf(people, row.mentorId),
      mentee: summaryOf(people, row.menteeId),
      focusAreas: row.focusAreas,
      agreement: row.agreement,
      status: row.status,
      startedAt: iso(row.startedAt),
      endedAt: iso(row.endedAt),
      endReason: row.endReason,
      endedBy: row.endedBy ? summaryOf(people, row.endedBy) : null,
      nextSessionAt: iso(row.nextSessionAt),
      stats: {
        sessions: s?.count ?? 0,
        lastSessionAt: s?.last ? new Date(s.last).toISOString() : null,
        lastReviewOutcome: outcomes.get(row.id) ?? null,
        reviewDueAt:
          row.status === 'active' || row.status === 'paused' ? iso(row.reviewDueAt) : null,
      },
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

export async function toPair(db: Db, orgId: string, row: PairRow): Promise<Pair> {
  const [pair] = await toPairs(db, orgId, [row]);
  return pair as Pair;
}
