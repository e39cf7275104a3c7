// Bad input to the two busiest creating routes: every answer is a 4xx problem document that says
// what is wrong, never a 5xx, and what the pair already saved is untouched.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { feedback, sessions } from '../src/db/schema.js';
import { encodeCursor } from '../src/http/pagination.js';
import { type CallOptions, databaseKinds, startServer, type TestServer } from './harness.js';
import { seeded } from './review-fixtures.js';

const session = {
  heldAt: '2026-03-02T10:00:00.000Z',
  durationMinutes: 45,
  format: 'video',
  agendaSetBy: 'mentor',
};
const ratings = { safety: 4, learning: 5, statusFree: 3, couldChallenge: 4 };

interface Case {
  name: string;
  options: CallOptions;
  status: number;
  /** The fields `errors` must name; omitted for whole-request problems (413, 415). */
  fields?: string[];
}

const json = { 'content-type': 'application/json' };
const sessionCases: Case[] = [
  {
    name: 'a number sent as a string',
    options: { body: { ...session, durationMinutes: '45' } },
    status: 400,
    fields: ['/durationMinutes'],
  },
  {
    name: 'unknown fields',
    options: { body: { ...session, mood: 'great', loggedBy: 'someone-else' } },
    status: 400,
    fields: ['/mood', '/loggedBy'],
  },
  {
    name: 'a 20,000-character sharedNotes',
    options: { body: { ...session, sharedNotes: 'x'.repeat(20_000) } },
    status: 400,
    fields: ['/sharedNotes'],
  },
  {
    name: 'a negative duration',
    options: { body: { ...session, durationMinutes: -30 } },
    status: 400,
    fields: ['/durationMinutes'],
  },
  {
    name: 'a fractional duration',
    options: { body: { ...session, durationMinutes: 4.5 } },
    status: 400,
    fields: ['/durationMinutes'],
  },
  {
    name: 'no heldAt',
    options: { body: { ...session, heldAt: undefined } },
    status: 400,
    fields: ['/heldAt'],
  },
  {
    name: 'a heldAt that is not a date',
    options: { body: { ...session, heldAt: 'last Tuesday' } },
    status: 400,
    fields: ['/heldAt'],
  },
  {
    name: 'a leap second the database cannot store',
    options: { body: { ...session, heldAt: '2026-06-30T23:59:60Z' } },
    status: 400,
    fields: ['/heldAt'],
  },
  {
    name: 'year 0000, a date-time the database rejects',
    options: { body: { ...session, heldAt: '0000-01-01T00:00:00Z' } },
    status: 400,
    fields: ['/heldAt'],
  },
  {
    name: 'a value outside the enum, and a bad action',
    options: {
      body: { ...session, format: 'carrier pigeon', actions: [{ text: 'Do it', done: 'no' }] },
    },
    status: 400,
    fields: ['/format', '/actions/0/owner', '/actions/0/done'],
  },
  {
    name: 'repeated topics and a NUL in the learnings',
    options: { body: { ...session, topics: ['AI', 'AI'], learnings: 'a\u0000b' } },
    status: 400,
    fields: ['/topics', '/learnings'],
  },
  {
    name: 'malformed JSON',
    options: { rawBody: '{"heldAt": "2026-03-02T10:00:00.000Z", ', headers: json },
    status: 400,
    fields: [''],
  },
  {
    name: 'JSON that is not an object',
    options: { rawBody: '[1, 2, 3]', headers: json },
    status: 400,
    fields: [''],
  },
  {
    name: 'an empty JSON body',
    options: { rawBody: '', headers: json },
    status: 400,
    fields: [''],
  },
  {
    name: 'a body over 1 MiB',
    options: {
      rawBody: JSON.stringify({ ...session, sharedNotes: 'x'.repeat(1024 * 1024 + 10) }),
      headers: json,
    },
    status: 413,
  },
  {
    name: 'an XML content type',
    options: { rawBody: '<session/>', headers: { 'content-type': 'application/xml' } },
    status: 415,
  },
  {
    name: 'the JSON sent as text/plain (parsed to a string, never validated as an object)',
    options: { rawBody: JSON.stringify(session), headers: { 'content-type': 'text/plain' } },
    status: 415,
  },
  { name: 'no body at all', options: {}, status: 400, fields: [''] },
  {
    name: 'a form content type',
    options: {
      rawBody: 'heldAt=2026-03-02&durationMinutes=45',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    status: 415,
  },
];

const feedbackCases: Case[] = [
  {
    name: 'a rating as a string, and one out of range',
    options: { body: { ratings: { ...ratings, safety: '4', learning: 6 } } },
    status: 400,
    fields: ['/ratings/safety', '/ratings/learning'],
  },
  {
    name: 'no ratings',
    options: { body: { comment: 'Nice' } },
    status: 400,
    fields: ['/ratings'],
  },
  {
    name: 'unknown fields, at the top and inside ratings',
    options: { body: { ratings: { ...ratings, vibes: 5 }, author: 'me' } },
    status: 400,
    fields: ['/ratings/vibes', '/author'],
  },
  {
    name: 'a visibility outside the enum',
    options: { body: { ratings, visibility: 'public' } },
    status: 400,
    fields: ['/visibility'],
  },
  {
    name: 'a concern theme that is not a slug, and a comment over 4,000 characters',
    options: { body: { ratings, concernThemes: ['Not A Slug'], comment: 'y'.repeat(4001) } },
    status: 400,
    fields: ['/concernThemes/0', '/comment'],
  },
  {
    name: 'malformed JSON',
    options: { rawBody: '{"ratings": {', headers: json },
    status: 400,
    fields: [''],
  },
  {
    name: 'a body over 1 MiB',
    options: {
      rawBody: JSON.stringify({ ratings, comment: 'z'.repeat(1024 * 1024 + 10) }),
      headers: json,
    },
    status: 413,
  },
  {
    name: 'an XML content type',
    options: { rawBody: '<feedback/>', headers: { 'content-type': 'application/xml' } },
    status: 415,
  },
  {
    name: 'the JSON sent as text/plain',
    options: { rawBody: JSON.stringify({ ratings }), headers: { 'content-type': 'text/plain' } },
    status: 415,
  },
  { name: 'no body at all', options: {}, status: 400, fields: [''] },
];

for (const kind of databaseKinds) {
  describe(`bad input (${kind})`, () => {
    let server: TestServer;
    let pairId: string;
    let snapshot: () => Promise<unknown>;
    let saved: unknown;
    before(async () => {
      server = await startServer(kind);
      const ids = await seeded(server);
      pairId = ids.pair('amara', 'helen').id;
      snapshot = async () => ({
        sessions: await server.db
          .select()
          .from(sessions)
          .where(eq(sessions.pairId, pairId))
          .orderBy(sessions.id),
        feedback: await server.db
          .select()
          .from(feedback)
          .where(eq(feedback.pairId, pairId))
          .orderBy(feedback.id),
        listed: (
          await server.call('GET', `/v1/pairs/${pairId}/sessions?limit=100`, {
            token: await server.token('amara'),
          })
        ).body,
      });
      saved = await snapshot();
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    const expectProblem = async (route: string, who: string, sent: Case) => {
      const response = await server.call('POST', `/v1/pairs/${pairId}/${route}`, {
        ...sent.options,
        token: await server.token(who),
      });
      assert.equal(response.status, sent.status, `${sent.name}: ${response.text.slice(0, 300)}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(response.body.status, sent.status);
      assert.ok(response.body.detail, 'a detail a person can read');
      if (sent.fields) {
        const named = response.body.errors.map((e: { field: string }) => e.field);
        assert.deepEqual(named.sort(), [...sent.fields].sort(), sent.name);
        for (const error of response.body.errors) assert.ok(error.reason.length > 0);
      }
    };

    for (const sent of sessionCases) {
      it(`logSession: ${sent.name} → ${sent.status}`, () =>
        expectProblem('sessions', 'amara', sent));
    }
    for (const sent of feedbackCases) {
      it(`giveFeedback: ${sent.name} → ${sent.status}`, () =>
        expectProblem('feedback', 'amara', sent));
    }

    it('updateSession: bad types, an impossible date, text or no body → 4xx, the session unchanged', async () => {
      const token = await server.token('amara');
      const list = await server.call('GET', `/v1/pairs/${pairId}/sessions?limit=1`, { token });
      const target = list.body.items[0];
      const path = `/v1/pairs/${pairId}/sessions/${target.id}`;
      for (const [body, field] of [
        [{ durationMinutes: '60' }, '/durationMinutes'],
        [{ heldAt: '2026-02-30T10:00:00Z' }, '/heldAt'],
        [{ heldAt: '0000-01-01T00:00:00Z' }, '/heldAt'],
        [{}, ''],
      ] as const) {
        const response = await server.call('PATCH', path, {
          token,
          body,
          headers: { 'if-match': `"${target.version}"` },
        });
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.equal(response.body.errors[0].field, field);
      }
      const ifMatch = { 'if-match': `"${target.version}"` };
      const asText = await server.call('PATCH', path, {
        token,
        rawBody: JSON.stringify({ sharedNotes: 'as text' }),
        headers: { ...ifMatch, 'content-type': 'text/plain' },
      });
      assert.equal(asText.status, 415);
      const empty = await server.call('PATCH', path, { token, headers: ifMatch });
      assert.equal(empty.status, 400);
      assert.equal(empty.body.errors[0].field, '');
      const again = await server.call('GET', path, { token });
      assert.deepEqual(again.body, target);
    });

    it('answers forged cursors on the session and feedback lists with 400 naming the cursor', async () => {
      const token = await server.token('amara');
      const id = '00000000-0000-4000-8000-000000000000';
      const forged = [
        encodeCursor('0000-01-01T00:00:00.000Z', id), // a date the database rejects
        encodeCursor('+275760-09-13T00:00:00.000Z', id),
        encodeCursor('not a date', id),
        encodeCursor('2026-03-02T10:00:00.000Z', 'not-a-uuid'),
        'bm90LWEtY3Vyc29y',
      ];
      for (const route of ['sessions', 'feedback'])
        for (const cursor of forged) {
          const response = await server.call(
            'GET',
            `/v1/pairs/${pairId}/${route}?cursor=${cursor}`,
            {
              token,
            },
          );
          assert.equal(response.status, 400, `${route} ${cursor}`);
          assert.deepEqual(response.body.errors, [
            { field: 'query/cursor', reason: 'is not a cursor from a previous page' },
          ]);
        }
    });

    it("leaves the pair's saved sessions and feedback exactly as they were", async () => {
      assert.deepEqual(await snapshot(), saved);
    });
  });
}
