// Demo data: a pilot programme with a written purpose, juniors mentoring seniors, pairs in every
// state, sessions, feedback of each visibility and reviews. Seeded once, on the first demo start.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import {
  type ActionItem,
  feedback,
  organisations,
  pairs,
  participants,
  people,
  programmes,
  reviews,
  sessions,
} from '../db/schema.js';
import { contoso, demoPeople, northwind } from './people.js';

const day = 24 * 3600 * 1000;
const daysAgo = (n: number, now: number) => new Date(now - n * day);

export const pilotChecklist = [
  { id: 'junior-sets-agenda', label: 'The junior mentor set most agendas' },
  { id: 'both-learned', label: 'Both of us learned something' },
  { id: 'challenge-welcome', label: 'Challenging the senior felt welcome' },
  { id: 'sessions-on-cadence', label: 'We met as often as we agreed' },
];

export async function seedDemo(db: Db, now = Date.now()): Promise<boolean> {
  const [existing] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.id, northwind.id));
  if (existing) return false;
  await db.transaction(async (tx) => {
    await tx.insert(organisations).values([northwind, contoso]);
    const id = new Map(demoPeople.map((p) => [p.key, randomUUID()]));
    const pid = (key: string) => id.get(key) as string;
    await tx.insert(people).values(
      demoPeople.map((p) => ({
        id: pid(p.key),
        orgId: p.org.id,
        displayName: p.displayName,
        email: p.email,
        level: p.level,
        department: p.department,
        managerId: p.manager ? pid(p.manager) : null,
        expertise: p.expertise ?? [],
        interests: p.interests ?? [],
        locale: 'en-GB',
      })),
    );

    const programmeId = randomUUID();
    await tx.insert(programmes).values({
      id: programmeId,
      orgId: northwind.id,
      name: 'Listening Upward pilot',
      purpose:
        'Senior leaders learn the tools our newest colleagues use every day, and hear what working at Northwind is like for people they rarely meet.',
      focus: ['technology', 'diversity-inclusion'],
      successMeasures: [
        'Each leader adopts one new tool a quarter',
        'Junior mentors report feeling heard',
      ],
      phase: 'pilot',
      reviewCadenceDays: 42,
      checklistTemplate: pilotChecklist,
      concernThemes: [
        { id: 'not-heard-in-meetings', label: 'Junior voices are not heard in meetings' },
        { id: 'jargon-excludes', label: 'Leadership jargon shuts people out' },
        { id: 'no-time-to-learn', label: 'No time set aside to learn' },
      ],
      training: [
        { id: 'challenging-upward', role: 'mentor', title: 'How to challenge upward' },
        { id: 'being-open', role: 'mentee', title: 'Being open to learning from juniors' },
      ],
      requireTrainingBeforePairing: true,
      anonymityThreshold: 3,
      allowPeers: false,
      allowDownwardFeedback: true,
      createdAt: daysAgo(120, now),
      updatedAt: daysAgo(120, now),
    });
    const enrol = (
      key: string,
      role: 'mentor' | 'mentee' | 'lead',
      capacity: number,
      trained: boolean,
    ) => ({
      orgId: northwind.id,
      programmeId,
      personId: pid(key),
      role,
      capacity,
      trainingCompleted: trained ? [role === 'mentor' ? 'challenging-upward' : 'being-open'] : [],
      steering: key === 'helen',
    });
    await tx
      .insert(participants)
      .values([
        enrol('helen', 'mentee', 2, true),
        enrol('david', 'mentee', 1, true),
        enrol('grace', 'mentee', 2, true),
        enrol('karl', 'mentee', 2, true),
        enrol('amara', 'mentor', 1, true),
        enrol('leo', 'mentor', 2, true),
        enrol('sofia', 'mentor', 1, true),
        enrol('ravi', 'mentor', 1, true),
        enrol('mei', 'mentor', 1, true),
        enrol('tomas', 'mentor', 1, false),
        enrol('priya', 'lead', 0, false),
      ]);

    type Status = 'proposed' | 'active' | 'paused' | 'completed' | 'ended';
    const pair = (
      mentor: string,
      mentee: string,
      status: Status,
      startedDaysAgo: number | null,
      focus: string[],
    ) => ({
      id: randomUUID(),
      orgId: northwind.id,
      programmeId,
      mentorId: pid(mentor),
      menteeId: pid(mentee),
      focusAreas: focus,
      agreement: {
        goals: [`Get confident with ${focus[0]}`],
        cadenceDays: 14,
        agendaOwner: 'mentor' as const,
      },
      status,
      startedAt: startedDaysAgo === null ? null : daysAgo(startedDaysAgo, now),
      reviewDueAt:
        startedDaysAgo === null ? null : new Date(now + (status === 'active' ? 10 : -3) * day),
      nextSessionAt: status === 'active' ? new Date(now + 5 * day) : null,
      createdAt: daysAgo((startedDaysAgo ?? 2) + 3, now),
      updatedAt: daysAgo(1, now),
    });
    const amaraHelen = pair('amara', 'helen', 'active', 70, ['generative AI', 'hybrid meetings']);
    const leoDavid = pair('leo', 'david', 'active', 60, ['team chat', 'automation']);
    const sofiaGrace = pair('sofia', 'grace', 'active', 50, ['inclusive language', 'spreadsheets']);
    const raviKarl = pair('ravi', 'karl', 'paused', 45, ['data dashboards']);
    const meiHelen = pair('mei', 'helen', 'active', 30, ['social media']);
    const tomasKarl = pair('tomas', 'karl', 'proposed', null, ['mobile apps']);
    const leoGrace = {
      ...pair('leo', 'grace', 'ended', 100, ['video calls']),
      endedAt: daysAgo(80, now),
      endReason: 'Grace moved to a new role with no time left for sessions.',
      endedBy: pid('priya'),
      reviewDueAt: null,
    };
    const all = [amaraHelen, leoDavid, sofiaGrace, raviKarl, meiHelen, tomasKarl, leoGrace];
    await tx.insert(pairs).values(all);

    const action = (text: string, owner: ActionItem['owner'], done: boolean): ActionItem => ({
      text,
      owner,
      done,
    });
    const sessionRows = [];
    for (const [p, count] of [
      [amaraHelen, 6],
      [leoDavid, 4],
      [sofiaGrace, 3],
      [raviKarl, 2],
      [meiHelen, 2],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const heldAt = daysAgo(3 + i * 12, now);
        sessionRows.push({
          orgId: northwind.id,
          pairId: p.id,
          heldAt,
          durationMinutes: 30 + ((i * 15) % 45),
          format: (['video', 'in-person', 'chat'] as const)[i % 3] ?? 'video',
          topics: [
            p.focusAreas[0] ?? 'getting started',
            i % 2 ? 'how decisions land' : 'tools we use',
          ],
          learnings:
            i % 2
              ? 'How a rota change felt on the ward before anyone asked.'
              : `A first hands-on try of ${p.focusAreas[0]}.`,
          agendaSetBy: (p === sofiaGrace
            ? i === 0
              ? 'mentor'
              : 'mentee'
            : i % 3 === 2
              ? 'both'
              : 'mentor') as 'mentor' | 'mentee' | 'both',
          actions: [action(`Try ${p.focusAreas[0]} in one real meeting`, 'mentee', i > 0)],
          sharedNotes: 'We kept to the junior-led agenda.',
          privateNote: i === 0 ? 'Ask next time whether that felt safe to say.' : null,
          cancelledBy: (p === raviKarl && i === 1 ? 'mentee' : null) as 'mentee' | null,
          loggedBy: p.mentorId,
          createdAt: heldAt,
          updatedAt: heldAt,
        });
      }
    }
    await tx.insert(sessions).values(sessionRows);

    const give = (
      p: typeof amaraHelen,
      visibility: 'anonymous' | 'partner' | 'programme',
      ratings: [number, number, number, number | null],
      comment: string,
      themes: string[],
      daysBack: number,
      downward = false,
    ) => ({
      orgId: northwind.id,
      programmeId,
      pairId: p.id,
      authorId: downward ? p.menteeId : p.mentorId,
      direction: (downward ? 'downward' : 'upward') as 'upward' | 'downward',
      safety: ratings[0],
      learning: ratings[1],
      statusFree: ratings[2],
      couldChallenge: downward ? null : ratings[3],
      comment,
      concernThemes: themes,
      visibility,
      createdAt: daysAgo(daysBack, now),
    });
    await tx
      .insert(feedback)
      .values([
        give(
          amaraHelen,
          'partner',
          [5, 5, 4, 5],
          'I could disagree openly last time, which felt new.',
          [],
          10,
        ),
        give(
          amaraHelen,
          'anonymous',
          [4, 4, 3, 4],
          'In wider meetings my ideas still get talked over.',
          ['not-heard-in-meetings'],
          8,
        ),
        give(
          leoDavid,
          'anonymous',
          [3, 4, 2, 2],
          'Hard to speak up when finance meetings run on acronyms.',
          ['not-heard-in-meetings', 'jargon-excludes'],
          7,
        ),
        give(
          sofiaGrace,
          'programme',
          [2, 3, 2, 1],
          'Grace sets most of the agenda now; I find it hard to push back.',
          ['not-heard-in-meetings'],
          5,
        ),
        give(
          raviKarl,
          'anonymous',
          [4, 3, 3, 3],
          'We keep cancelling because of ward pressures.',
          ['no-time-to-learn'],
          20,
        ),
        give(
          amaraHelen,
          'partner',
          [5, 5, 5, null],
          'Amara made the chat tool feel easy; I use it daily now.',
          [],
          9,
          true,
        ),
      ]);

    await tx.insert(reviews).values([
      {
        orgId: northwind.id,
        pairId: amaraHelen.id,
        dueAt: daysAgo(30, now),
        items: pilotChecklist.map((item) => ({ ...item, checked: true })),
        suggestedOutcome: 'on-track',
        outcome: 'on-track',
        driftSignals: [],
        completedBy: amaraHelen.mentorId,
        completedAt: daysAgo(31, now),
        createdAt: daysAgo(32, now),
        updatedAt: daysAgo(31, now),
      },
      {
        orgId: northwind.id,
        pairId: sofiaGrace.id,
        dueAt: daysAgo(6, now),
        items: pilotChecklist.map((item) => ({ ...item, checked: item.id === 'both-learned' })),
        suggestedOutcome: 'at-risk',
        outcome: 'at-risk',
        driftSignals: [
          { code: 'senior-sets-agenda', detail: 'The mentee set 2 of the last 3 agendas.' },
          {
            code: 'low-challenge-rating',
            detail: 'The latest "could challenge" rating was 1 of 5.',
          },
        ],
        completedBy: sofiaGrace.mentorId,
        completedAt: daysAgo(5, now),
        createdAt: daysAgo(6, now),
        updatedAt: daysAgo(5, now),
      },
      {
        orgId: northwind.id,
        pairId: leoDavid.id,
        dueAt: daysAgo(1, now),
        items: pilotChecklist.map((item) => ({ ...item, checked: false })),
        suggestedOutcome: 'on-track',
        outcome: null,
        driftSignals: [],
        completedBy: null,
        completedAt: null,
        createdAt: daysAgo(1, now),
        updatedAt: daysAgo(1, now),
      },
    ]);

    // The second organisation: a programme and a pair of its own, never visible to Northwind.
    const contosoProgramme = randomUUID();
    await tx.insert(programmes).values({
      id: contosoProgramme,
      orgId: contoso.id,
      name: 'Shop floor to boardroom',
      purpose: 'Board members learn how the shop floor works today.',
      focus: ['technology'],
      checklistTemplate: pilotChecklist,
      concernThemes: [],
      training: [],
    });
    await tx.insert(participants).values([
      { orgId: contoso.id, programmeId: contosoProgramme, personId: pid('nia'), role: 'mentor' },
      { orgId: contoso.id, programmeId: contosoProgramme, personId: pid('ian'), role: 'mentee' },
      {
        orgId: contoso.id,
        programmeId: contosoProgramme,
        personId: pid('olga'),
        role: 'lead',
        capacity: 0,
      },
    ]);
    const contosoPair = randomUUID();
    await tx.insert(pairs).values({
      id: contosoPair,
      orgId: contoso.id,
      programmeId: contosoProgramme,
      mentorId: pid('nia'),
      menteeId: pid('ian'),
      focusAreas: ['shop-floor tablets'],
      agreement: { cadenceDays: 21, agendaOwner: 'mentor' },
      status: 'active',
      startedAt: daysAgo(20, now),
      reviewDueAt: new Date(now + 20 * day),
    });
    await tx.insert(sessions).values({
      orgId: contoso.id,
      pairId: contosoPair,
      heldAt: daysAgo(4, now),
      durationMinutes: 40,
      format: 'in-person',
      topics: ['shop-floor tablets'],
      learnings: 'How the tablets are used on a night shift.',
      agendaSetBy: 'mentor',
      actions: [],
      sharedNotes: 'Contoso-only notes.',
      privateNote: 'Contoso private note.',
      loggedBy: pid('nia'),
    });
  });
  return true;
}
