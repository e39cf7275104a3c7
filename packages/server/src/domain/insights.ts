// Programme insights, each figure one aggregate query: no feedback, session or review row is ever
// loaded into memory, and no content column is ever read.
import type { Insights } from '@upward/api';
import { and, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { feedback, pairs, participants, programmes, reviews } from '../db/schema.js';
import type { ProgrammeRow } from './access.js';

const count = sql<number>`count(*)::int`;
const roles = ['mentor', 'mentee', 'lead'] as const;

export async function programmeInsights(
  db: Db,
  programme: ProgrammeRow,
  now: Date,
): Promise<Insights> {
  const { orgId, id } = programme;
  const inProgramme = and(eq(pairs.orgId, orgId), eq(pairs.programmeId, id));

  const byStatus = await db
    .select({ status: pairs.status, count })
    .from(pairs)
    .where(inProgramme)
    .groupBy(pairs.status);
  const pairsByStatus = { proposed: 0, active: 0, paused: 0, completed: 0, ended: 0 };
  for (const row of byStatus) pairsByStatus[row.status] = row.count;

  const [overdue] = await db
    .select({ count })
    .from(pairs)
    .where(
      and(inProgramme, inArray(pairs.status, ['active', 'paused']), lt(pairs.reviewDueAt, now)),
    );

  const latest = db
    .selectDistinctOn([reviews.pairId], { pairId: reviews.pairId, outcome: reviews.outcome })
    .from(reviews)
    .innerJoin(pairs, and(eq(pairs.orgId, reviews.orgId), eq(pairs.id, reviews.pairId)))
    .where(and(eq(reviews.orgId, orgId), inProgramme, isNotNull(reviews.completedAt)))
    .orderBy(reviews.pairId, desc(reviews.completedAt), desc(reviews.id))
    .as('latest');
  const [atRisk] = await db.select({ count }).from(latest).where(eq(latest.outcome, 'at-risk'));

  // Completed = holds every module the programme requires of the participant's role.
  const required = sql`coalesce((select array_agg(m->>'id') from jsonb_array_elements(${programmes.training}) m where m->>'role' = ${participants.role}), '{}'::text[])`;
  const training = await db
    .select({
      role: participants.role,
      enrolled: count,
      completed: sql<number>`(count(*) filter (where ${participants.trainingCompleted} @> ${required}))::int`,
    })
    .from(participants)
    .innerJoin(
      programmes,
      and(eq(programmes.orgId, participants.orgId), eq(programmes.id, participants.programmeId)),
    )
    .where(and(eq(participants.orgId, orgId), eq(participants.programmeId, id)))
    .groupBy(participants.role);
  training.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));

  return {
    programmeId: id,
    generatedAt: now.toISOString(),
    anonymityThreshold: programme.anonymityThreshold,
    pairsByStatus,
    overdueReviews: overdue?.count ?? 0,
    atRiskPairs: atRisk?.count ?? 0,
    trainingCompletion: training,
    themes: await releasedThemes(db, programme),
  };
}

// k-anonymity for concern themes: a theme is released only when at least k distinct pairs AND k
// distinct people raised it (any visibility, anonymous included); below that it is left out with
// no count. The report takes no filters (role, department, period, pair), so a caller cannot
// ask for two overlapping groups and subtract one from the other to isolate fewer than k people:
// every released figure always covers the whole programme.
async function releasedThemes(db: Db, programme: ProgrammeRow): Promise<Insights['themes']> {
  const k = programme.anonymityThreshold;
  const result = await db.execute<{ theme: string; pairs: number; people: number }>(sql`
    select theme,
           count(distinct ${feedback.pairId})::int as pairs,
           count(distinct ${feedback.authorId})::int as people
      from ${feedback} cross join lateral unnest(${feedback.concernThemes}) as theme
     where ${feedback.orgId} = ${programme.orgId} and ${feedback.programmeId} = ${programme.id}
     group by theme
    having count(distinct ${feedback.pairId}) >= ${k}
       and count(distinct ${feedback.authorId}) >= ${k}`);
  const counts = new Map(result.rows.map((row) => [row.theme, row]));
  return programme.concernThemes.flatMap(({ id, label }) => {
    const row = counts.get(id);
    return row ? [{ themeId: id, label, pairs: row.pairs, people: row.people }] : [];
  });
}
