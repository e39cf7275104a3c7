// Ids of the seeded demo data, and rows crafted straight into the database, for the reviews,
// audit and insights tests.
import { and, eq } from 'drizzle-orm';
import { feedback, pairs, people, programmes, sessions } from '../src/db/schema.js';
import { contoso, demoPeople, northwind } from '../src/demo/people.js';
import type { TestServer } from './harness.js';

export const day = 24 * 3600 * 1000;
export const daysAgo = (n: number) => new Date(Date.now() - n * day);

export async function seeded(server: TestServer) {
  const rows = await server.db.select({ id: people.id, email: people.email }).from(people);
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  const person = (key: string) => {
    const seed = demoPeople.find((p) => p.key === key);
    const id = seed && byEmail.get(seed.email);
    if (!id) throw new Error(`no seeded person ${key}`);
    return id;
  };
  const allPairs = await server.db.select().from(pairs);
  const pair = (mentor: string, mentee: string) => {
    const row = allPairs.find(
      (p) => p.mentorId === person(mentor) && p.menteeId === person(mentee),
    );
    if (!row) throw new Error(`no seeded pair ${mentor}/${mentee}`);
    return row;
  };
  const [programme] = await server.db
    .select()
    .from(programmes)
    .where(eq(programmes.orgId, northwind.id));
  const [contosoProgramme] = await server.db
    .select()
    .from(programmes)
    .where(eq(programmes.orgId, contoso.id));
  if (!programme || !contosoProgramme) throw new Error('no seeded programmes');
  return { person, pair, programme, contosoProgramme, contosoPair: pair('nia', 'ian') };
}

export type Seeded = Awaited<ReturnType<typeof seeded>>;
type PairRow = typeof pairs.$inferSelect;

export async function addSession(
  server: TestServer,
  pair: PairRow,
  heldAt: Date,
  agendaSetBy: 'mentor' | 'mentee' | 'both',
  cancelledBy: 'mentor' | 'mentee' | null = null,
) {
  await server.db.insert(sessions).values({
    orgId: pair.orgId,
    pairId: pair.id,
    heldAt,
    durationMinutes: 30,
    format: 'video',
    learnings: 'SECRET-LEARNING',
    agendaSetBy,
    actions: [],
    sharedNotes: 'SECRET-NOTES',
    privateNote: 'SECRET-PRIVATE',
    cancelledBy,
    loggedBy: pair.mentorId,
  });
}

export async function addFeedback(
  server: TestServer,
  pair: PairRow,
  options: {
    by?: 'mentor' | 'mentee';
    visibility?: 'anonymous' | 'partner' | 'programme';
    couldChallenge?: number | null;
    themes?: string[];
    at?: Date;
  },
) {
  const by = options.by ?? 'mentor';
  await server.db.insert(feedback).values({
    orgId: pair.orgId,
    programmeId: pair.programmeId,
    pairId: pair.id,
    authorId: by === 'mentor' ? pair.mentorId : pair.menteeId,
    direction: by === 'mentor' ? 'upward' : 'downward',
    safety: 4,
    learning: 4,
    statusFree: 4,
    couldChallenge: by === 'mentor' ? (options.couldChallenge ?? 4) : null,
    comment: 'SECRET-COMMENT',
    concernThemes: options.themes ?? [],
    visibility: options.visibility ?? 'partner',
    createdAt: options.at ?? new Date(),
  });
}

/** A new active pair of the Northwind programme, inserted directly (no pairing rules apply). */
export async function addPair(
  server: TestServer,
  ids: Seeded,
  mentor: string,
  mentee: string,
  values: Partial<typeof pairs.$inferInsert> = {},
) {
  const [row] = await server.db
    .insert(pairs)
    .values({
      orgId: northwind.id,
      programmeId: ids.programme.id,
      mentorId: ids.person(mentor),
      menteeId: ids.person(mentee),
      agreement: { cadenceDays: 14 },
      status: 'active',
      startedAt: daysAgo(60),
      reviewDueAt: new Date(Date.now() + 5 * day),
      ...values,
    })
    .returning();
  if (!row) throw new Error('no pair inserted');
  return row;
}

export async function reviewDueAt(server: TestServer, pairId: string) {
  const [row] = await server.db
    .select({ reviewDueAt: pairs.reviewDueAt })
    .from(pairs)
    .where(and(eq(pairs.orgId, northwind.id), eq(pairs.id, pairId)));
  return row?.reviewDueAt ?? null;
}
