// Test data through the REAL reference server of the run (see web-test-runner.config.mjs):
// demo tokens, SDK clients, and isolated pairs made through the API as the demo admin.

import { apiUrl, closedUrl } from 'virtual:upward-env';
import {
  type components,
  createUpwardClient,
  type UpwardClient,
  type UpwardClientOptions,
  unwrap,
} from '@upward/sdk';

export { apiUrl, closedUrl };

type Pair = components['schemas']['Pair'];
type Session = components['schemas']['Session'];
type SessionCreate = components['schemas']['SessionCreate'];
type ReviewOutcome = components['schemas']['ReviewOutcome'];

export const orgs = {
  northwind: '7f3c1e2a-0d4b-4c6e-8a9f-1b2c3d4e5f60',
  contoso: 'c0a1b2c3-d4e5-4f60-8172-839405a6b7c8',
} as const;

/** The seeded demo people (packages/server/src/demo/people.ts), by first name. */
export const emails = {
  // Northwind: junior mentors
  amara: 'amara.okafor@northwind.example',
  leo: 'leo.fischer@northwind.example',
  sofia: 'sofia.haddad@northwind.example',
  ravi: 'ravi.menon@northwind.example',
  mei: 'mei.lin@northwind.example',
  tomas: 'tom.s.silva@northwind.example',
  // Northwind: senior mentees, the programme lead and the admin
  helen: 'helen.marsh@northwind.example',
  david: 'david.osei@northwind.example',
  grace: 'grace.whitfield@northwind.example',
  karl: 'karl.brandt@northwind.example',
  priya: 'priya.shah@northwind.example',
  jordan: 'jordan.reyes@northwind.example',
  // Contoso (another tenant)
  nia: 'nia.adams@contoso.example',
  ian: 'ian.cole@contoso.example',
  olga: 'olga.petrova@contoso.example',
} as const;

export type DemoPerson = keyof typeof emails;

const demoTokens = new Map<string, Promise<string>>();

/** A demo token for a seeded person (by first name or email), from the server's `/demo/tokens`. */
export function tokenFor(who: DemoPerson | string): Promise<string> {
  const email = who in emails ? emails[who as DemoPerson] : who;
  let token = demoTokens.get(email);
  if (!token) {
    token = (async () => {
      const response = await fetch(`${apiUrl}/demo/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      if (response.status !== 201)
        throw new Error(`no demo token for ${email}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { token: string }).token;
    })();
    token.catch(() => demoTokens.delete(email));
    demoTokens.set(email, token);
  }
  return token;
}

/**
 * A demo-signed token for a person the tests created (the server's `/demo/tokens` serves only the
 * seeded people), signed by the test server with the demo secret.
 */
export async function signedToken(person: {
  id: string;
  email?: string;
  displayName?: string;
  orgId?: string;
  roles?: ('admin' | 'lead')[];
}): Promise<string> {
  const query = new URLSearchParams({ sub: person.id, org: person.orgId ?? orgs.northwind });
  if (person.email) query.set('email', person.email);
  if (person.displayName) query.set('name', person.displayName);
  for (const role of person.roles ?? []) query.append('role', role);
  const response = await fetch(`/__upward/token?${query}`);
  if (!response.ok) throw new Error(`could not sign a token: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** An SDK client of the run's server with this token (or a seeded person's). */
export async function clientFor(
  who: DemoPerson | { token: string },
  options: Partial<UpwardClientOptions> = {},
): Promise<UpwardClient> {
  const token = typeof who === 'string' ? await tokenFor(who) : who.token;
  return createUpwardClient({ baseUrl: apiUrl, token, ...options });
}

/** A client of a server that never answers, without retries: the offline state, at once. */
export function unreachableClient(): UpwardClient {
  return createUpwardClient({ baseUrl: closedUrl, token: 'unused', retry: false });
}

export interface PairMember {
  id: string;
  email: string;
  displayName: string;
  department: string;
  token: string;
}

export interface FreshPair {
  pairId: string;
  programmeId: string;
  /** The junior, who mentors. */
  mentor: PairMember;
  /** The senior, who learns. */
  mentee: PairMember;
  /** The pair as the API returned it after activation. */
  pair: Pair;
}

export interface FreshPairOptions {
  mentorName?: string;
  menteeName?: string;
  mentorDepartment?: string;
  menteeDepartment?: string;
  focusAreas?: string[];
}

let adminClient: Promise<UpwardClient> | undefined;
const admin = () => {
  adminClient ??= clientFor('jordan');
  return adminClient;
};

const unique = () => crypto.randomUUID().slice(0, 8);

/**
 * An active pair of its own for one test, made through the API as the admin (Jordan): a new
 * programme (no training required, peers not allowed), two new people (the mentor at level 1, the
 * mentee at level 9, neither managing the other), both enrolled, the pair proposed and then
 * activated (proposed → active, as the pair state machine allows).
 */
export async function freshPair(options: FreshPairOptions = {}): Promise<FreshPair> {
  const api = await admin();
  const id = unique();
  const programme = await unwrap(
    api.POST('/v1/programmes', {
      body: {
        name: `Browser tests ${id}`,
        purpose: 'Exercise the Upward elements against the reference server.',
        focus: ['technology'],
      },
    }),
  );
  const person = async (
    side: 'mentor' | 'mentee',
    displayName: string,
    department: string,
    level: number,
  ): Promise<PairMember> => {
    const email = `${side}-${id}@northwind.example`;
    const created = await unwrap(
      api.POST('/v1/people', { body: { displayName, email, level, department } }),
    );
    await unwrap(
      api.POST('/v1/programmes/{programmeId}/participants', {
        params: { path: { programmeId: programme.id } },
        body: { personId: created.id, role: side, capacity: 1, steering: false },
      }),
    );
    const token = await signedToken({ id: created.id, email, displayName });
    return { id: created.id, email, displayName, department, token };
  };
  const [mentor, mentee] = await Promise.all([
    person(
      'mentor',
      options.mentorName ?? `Mentor ${id}`,
      options.mentorDepartment ?? 'Customer Care',
      1,
    ),
    person(
      'mentee',
      options.menteeName ?? `Mentee ${id}`,
      options.menteeDepartment ?? 'Executive Board',
      9,
    ),
  ]);
  const proposed = await unwrap(
    api.POST('/v1/pairs', {
      body: {
        programmeId: programme.id,
        mentorId: mentor.id,
        menteeId: mentee.id,
        focusAreas: options.focusAreas ?? ['team chat'],
        agreement: { cadenceDays: 14 },
      },
    }),
  );
  const pair = await unwrap(
    api.PATCH('/v1/pairs/{pairId}', {
      params: { path: { pairId: proposed.id } },
      headers: { 'if-match': `"${proposed.version}"` },
      body: { status: 'active' },
    }),
  );
  return { pairId: pair.id, programmeId: programme.id, mentor, mentee, pair };
}

/** A session body for `logSessions`: the i-th one, held i + 1 hours ago. */
export function sessionBody(index: number): SessionCreate {
  return {
    heldAt: new Date(Date.now() - (index + 1) * 3_600_000).toISOString(),
    durationMinutes: 30 + (index % 4) * 15,
    format: (['video', 'in-person', 'chat', 'phone'] as const)[index % 4] ?? 'video',
    agendaSetBy: 'mentor',
    topics: [`topic ${index + 1}`],
    learnings: `Learning number ${index + 1}.`,
  };
}

/**
 * Logs `n` sessions in the pair as the holder of `token`, in parallel batches (the server gathers
 * concurrent logs into one write), and returns them in order. `body(i)` shapes the i-th one.
 */
export async function logSessions(
  pairId: string,
  token: string,
  n: number,
  body: (index: number) => SessionCreate = sessionBody,
  batchSize = 100,
): Promise<Session[]> {
  const logged: Session[] = [];
  for (let start = 0; start < n; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, n - start) }, (_, i) => start + i);
    const sessions = await Promise.all(
      batch.map(async (index) => {
        const response = await fetch(`${apiUrl}/v1/pairs/${pairId}/sessions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body(index)),
        });
        if (response.status !== 201)
          throw new Error(
            `session ${index} not logged: ${response.status} ${await response.text()}`,
          );
        return (await response.json()) as Session;
      }),
    );
    logged.push(...sessions);
  }
  return logged;
}

/** Sets when the pair meets next, as a member. */
export async function setNextSession(pairId: string, token: string, at: Date): Promise<Pair> {
  const api = await clientFor({ token });
  const current = await unwrap(api.GET('/v1/pairs/{pairId}', { params: { path: { pairId } } }));
  return unwrap(
    api.PATCH('/v1/pairs/{pairId}', {
      params: { path: { pairId } },
      headers: { 'if-match': `"${current.version}"` },
      body: { nextSessionAt: at.toISOString() },
    }),
  );
}

/** Starts a review of the pair and completes it with `outcome`, as a member. */
export async function completeReview(pairId: string, token: string, outcome: ReviewOutcome) {
  const api = await clientFor({ token });
  const review = await unwrap(
    api.POST('/v1/pairs/{pairId}/reviews', { params: { path: { pairId } }, body: {} }),
  );
  return unwrap(
    api.PATCH('/v1/pairs/{pairId}/reviews/{reviewId}', {
      params: { path: { pairId, reviewId: review.id } },
      headers: { 'if-match': `"${review.version}"` },
      body: { outcome, complete: true },
    }),
  );
}

/** A seeded pair, found as one of its members by the other member's name. */
export async function seededPair(member: DemoPerson, partnerName: string): Promise<Pair> {
  const api = await clientFor(member);
  const page = await unwrap(api.GET('/v1/pairs', { params: { query: { limit: 100 } } }));
  const pair = page.items.find(
    (each) => each.mentor.displayName === partnerName || each.mentee.displayName === partnerName,
  );
  if (!pair) throw new Error(`no pair of ${member} with ${partnerName}`);
  return pair;
}

/** Holds every request of a client until `release()`: the loading state, for as long as needed. */
export function gatedFetch() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push(input instanceof Request ? input.url : String(input));
    await gate;
    return fetch(input, init);
  };
  return { fetch: fetchImpl, release, calls };
}

// ---------------------------------------------------------------------------------------------
// Reviews (review-checklist.test.ts): a programme checklist, and review edits through the API.
// ---------------------------------------------------------------------------------------------

type Review = components['schemas']['Review'];
type ReviewUpdate = components['schemas']['ReviewUpdate'];

/** The review checklist the source documents describe (the defaults), as a template. */
export const sourceChecklist = [
  { id: 'purpose-clear', label: 'The purpose is clear to both of us' },
  { id: 'both-trained', label: 'Both of us were trained for our role' },
  { id: 'meeting-on-cadence', label: 'We meet at the agreed cadence' },
  { id: 'junior-sets-agenda', label: 'The junior mentor sets the agenda' },
  { id: 'senior-learning', label: 'The senior is learning something new' },
  { id: 'junior-can-challenge', label: 'The junior can challenge safely' },
  { id: 'concerns-followed-up', label: 'Concerns raised are followed up' },
] as const;

/** A fresh pair whose programme's review checklist is `checklist` (set by the admin, its lead). */
export async function reviewPair(
  options: FreshPairOptions & { checklist?: readonly { id: string; label: string }[] } = {},
): Promise<FreshPair> {
  const pair = await freshPair(options);
  const api = await admin();
  const programmeId = pair.programmeId;
  const programme = await unwrap(
    api.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } } }),
  );
  await unwrap(
    api.PATCH('/v1/programmes/{programmeId}', {
      params: { path: { programmeId } },
      headers: { 'if-match': `"${programme.version}"` },
      body: { checklistTemplate: [...(options.checklist ?? sourceChecklist)] },
    }),
  );
  return pair;
}

/** Starts a review of the pair through the API, as the holder of `token`. */
export async function startReview(pairId: string, token: string): Promise<Review> {
  const api = await clientFor({ token });
  return unwrap(api.POST('/v1/pairs/{pairId}/reviews', { params: { path: { pairId } }, body: {} }));
}

/** The pair's reviews, newest first, as the holder of `token`. */
export async function reviewsOf(pairId: string, token: string): Promise<Review[]> {
  const api = await clientFor({ token });
  const page = await unwrap(
    api.GET('/v1/pairs/{pairId}/reviews', {
      params: { path: { pairId }, query: { limit: 100 } },
    }),
  );
  return page.items;
}

/** Updates the review as the holder of `token` (another person), at its current version. */
export async function updateReviewAs(
  pairId: string,
  reviewId: string,
  token: string,
  body: ReviewUpdate,
): Promise<Review> {
  const api = await clientFor({ token });
  const current = await unwrap(
    api.GET('/v1/pairs/{pairId}/reviews/{reviewId}', { params: { path: { pairId, reviewId } } }),
  );
  return unwrap(
    api.PATCH('/v1/pairs/{pairId}/reviews/{reviewId}', {
      params: { path: { pairId, reviewId } },
      headers: { 'if-match': `"${current.version}"` },
      body,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Feedback (feedback-form.test.ts): programme rules, a programme lead, and feedback as read by
// each person, all through the API as the admin (Jordan, who is also the fresh programme's lead).
// ---------------------------------------------------------------------------------------------

type Feedback = components['schemas']['Feedback'];
type ProgrammeUpdate = components['schemas']['ProgrammeUpdate'];

/** Changes the programme as the admin, at its current version. */
export async function setProgramme(programmeId: string, body: ProgrammeUpdate) {
  const api = await admin();
  const programme = await unwrap(
    api.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } } }),
  );
  return unwrap(
    api.PATCH('/v1/programmes/{programmeId}', {
      params: { path: { programmeId } },
      headers: { 'if-match': `"${programme.version}"` },
      body,
    }),
  );
}

/** A fresh pair whose programme has these feedback rules (themes, downward feedback, k). */
export async function feedbackPair(
  options: FreshPairOptions & {
    themes?: { id: string; label: string }[];
    allowDownwardFeedback?: boolean;
    anonymityThreshold?: number;
  } = {},
): Promise<FreshPair> {
  const pair = await freshPair(options);
  const body: ProgrammeUpdate = {};
  if (options.themes) body.concernThemes = options.themes;
  if (options.allowDownwardFeedback !== undefined)
    body.allowDownwardFeedback = options.allowDownwardFeedback;
  if (options.anonymityThreshold !== undefined)
    body.anonymityThreshold = options.anonymityThreshold;
  if (Object.keys(body).length) await setProgramme(pair.programmeId, body);
  return pair;
}

/** A new person, enrolled by the admin as a lead of the programme, with a token. */
export async function enrolLead(
  programmeId: string,
  displayName = `Lead ${unique()}`,
): Promise<PairMember> {
  const api = await admin();
  const email = `lead-${unique()}@northwind.example`;
  const department = 'People & Culture';
  const person = await unwrap(
    api.POST('/v1/people', { body: { displayName, email, level: 7, department } }),
  );
  await unwrap(
    api.POST('/v1/programmes/{programmeId}/participants', {
      params: { path: { programmeId } },
      body: { personId: person.id, role: 'lead', capacity: 0, steering: false },
    }),
  );
  const token = await signedToken({ id: person.id, email, displayName });
  return { id: person.id, email, displayName, department, token };
}

/** A pair of two new people in the programme, proposed and never activated. */
export async function proposedPairIn(
  programmeId: string,
): Promise<{ pairId: string; mentor: PairMember }> {
  const api = await admin();
  const id = unique();
  const enrol = async (side: 'mentor' | 'mentee', level: number): Promise<PairMember> => {
    const email = `${side}-${id}@northwind.example`;
    const displayName = `${side === 'mentor' ? 'Mentor' : 'Mentee'} ${id}`;
    const department = side === 'mentor' ? 'Customer Care' : 'Executive Board';
    const person = await unwrap(
      api.POST('/v1/people', { body: { displayName, email, level, department } }),
    );
    await unwrap(
      api.POST('/v1/programmes/{programmeId}/participants', {
        params: { path: { programmeId } },
        body: { personId: person.id, role: side, capacity: 1, steering: false },
      }),
    );
    const token = await signedToken({ id: person.id, email, displayName });
    return { id: person.id, email, displayName, department, token };
  };
  const [mentor, mentee] = await Promise.all([enrol('mentor', 1), enrol('mentee', 9)]);
  const pair = await unwrap(
    api.POST('/v1/pairs', {
      body: { programmeId, mentorId: mentor.id, menteeId: mentee.id, focusAreas: ['email'] },
    }),
  );
  return { pairId: pair.id, mentor };
}

/** The pair's feedback as the holder of `token` may read it (GET /v1/pairs/{pairId}/feedback). */
export async function feedbackReadBy(pairId: string, token: string): Promise<Feedback[]> {
  const api = await clientFor({ token });
  const page = await unwrap(
    api.GET('/v1/pairs/{pairId}/feedback', {
      params: { path: { pairId }, query: { limit: 100 } },
    }),
  );
  return page.items;
}
