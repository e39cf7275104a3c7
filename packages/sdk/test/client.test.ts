// The SDK against the real reference server: every operation family, both error styles,
// idempotent retries, ETag round trips and pagination.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createUpwardClient,
  isConflict,
  paginate,
  UpwardConflictError,
  UpwardError,
  unwrap,
} from '../src/index.js';
import { emails, startServer } from './server.js';

describe('@upward/sdk against the reference server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let amara: ReturnType<typeof createUpwardClient>;
  let helen: ReturnType<typeof createUpwardClient>;
  let priya: ReturnType<typeof createUpwardClient>;
  let pairId: string;
  let programmeId: string;

  before(async () => {
    server = await startServer();
    amara = createUpwardClient({ baseUrl: server.url, token: await server.token(emails.amara) });
    helen = createUpwardClient({ baseUrl: server.url, token: await server.token(emails.helen) });
    priya = createUpwardClient({ baseUrl: server.url, token: await server.token(emails.priya) });
    const pairs = await unwrap(amara.GET('/v1/pairs', { params: { query: { status: 'active' } } }));
    const shared = pairs.items.find((pair) => pair.mentee.displayName === 'Helen Marsh');
    assert.ok(shared);
    pairId = shared.id;
    programmeId = shared.programmeId;
  });
  after(() => server.close());

  it('reads the caller, people and programmes, typed', async () => {
    const me = await unwrap(amara.GET('/v1/me'));
    assert.equal(me.person.displayName, 'Amara Okafor');
    const people = await unwrap(amara.GET('/v1/people', { params: { query: { q: 'Helen' } } }));
    assert.equal(people.items[0]?.displayName, 'Helen Marsh');
    const programme = await unwrap(
      amara.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } } }),
    );
    assert.equal(programme.phase, 'pilot');
    const participants = await unwrap(
      priya.GET('/v1/programmes/{programmeId}/participants', {
        params: { path: { programmeId }, query: { role: 'mentor' } },
      }),
    );
    assert.ok(participants.items.every((p) => p.role === 'mentor'));
  });

  it('offers { data, error } as openapi-fetch does, with the problem document typed', async () => {
    const { data, error, response } = await amara.POST('/v1/pairs/{pairId}/sessions', {
      params: { path: { pairId } },
      body: {
        heldAt: '2026-11-20T15:00:00.000Z',
        durationMinutes: -5,
        format: 'video',
        agendaSetBy: 'mentor',
      },
    });
    assert.equal(data, undefined);
    assert.equal(response.status, 400);
    assert.equal(error?.errors?.[0]?.field, '/durationMinutes');
  });

  it('throws UpwardError with field errors from unwrap', async () => {
    await assert.rejects(
      unwrap(
        amara.POST('/v1/pairs/{pairId}/sessions', {
          params: { path: { pairId } },
          body: {
            heldAt: 'not a date',
            durationMinutes: 45,
            format: 'video',
            agendaSetBy: 'mentor',
          },
        }),
      ),
      (error: unknown) =>
        error instanceof UpwardError &&
        error.status === 400 &&
        error.type === '/problems/validation-failed' &&
        error.fieldError('/heldAt') !== undefined &&
        typeof error.requestId === 'string',
    );
  });

  it('logs, reads, updates (If-Match from the read) and deletes a session', async () => {
    const created = await unwrap(
      amara.POST('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId } },
        body: {
          heldAt: '2026-11-21T15:00:00.000Z',
          durationMinutes: 40,
          format: 'chat',
          agendaSetBy: 'mentor',
          privateNote: 'mine',
        },
      }),
    );
    const path = { pairId, sessionId: created.id };
    const read = await unwrap(
      amara.GET('/v1/pairs/{pairId}/sessions/{sessionId}', { params: { path } }),
    );
    assert.equal(read.privateNote, 'mine');
    const updated = await unwrap(
      amara.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', {
        params: { path },
        body: { durationMinutes: 50 },
      }),
    );
    assert.equal(updated.version, 2);
    // The ETag of the update's answer is remembered too: a second update needs no read.
    const again = await unwrap(
      amara.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', {
        params: { path },
        body: { durationMinutes: 55 },
      }),
    );
    assert.equal(again.version, 3);
    const { response } = await amara.DELETE('/v1/pairs/{pairId}/sessions/{sessionId}', {
      params: { path },
    });
    assert.equal(response.status, 204);
    const gone = await amara.GET('/v1/pairs/{pairId}/sessions/{sessionId}', { params: { path } });
    assert.equal(gone.response.status, 404);
  });

  it('surfaces a stale update as UpwardConflictError with the current version, overwriting nothing', async () => {
    const path = { pairId };
    await unwrap(amara.GET('/v1/pairs/{pairId}', { params: { path } })); // amara remembers version n
    const current = await unwrap(helen.GET('/v1/pairs/{pairId}', { params: { path } }));
    await unwrap(
      helen.PATCH('/v1/pairs/{pairId}', { params: { path }, body: { focusAreas: ['helen wins'] } }),
    );
    const stale = amara.PATCH('/v1/pairs/{pairId}', {
      params: { path },
      body: { focusAreas: ['amara loses'] },
    });
    await assert.rejects(unwrap(stale), (error: unknown) => {
      assert.ok(isConflict(error));
      assert.ok(error instanceof UpwardConflictError);
      assert.equal(error.currentVersion, current.version + 1);
      return true;
    });
    const stored = await unwrap(amara.GET('/v1/pairs/{pairId}', { params: { path } }));
    assert.deepEqual(stored.focusAreas, ['helen wins']);
    // After the read, amara's update goes through.
    const retried = await unwrap(
      amara.PATCH('/v1/pairs/{pairId}', { params: { path }, body: { focusAreas: ['agreed'] } }),
    );
    assert.deepEqual(retried.focusAreas, ['agreed']);
  });

  it('gives feedback, lists what the caller may see, and runs a review', async () => {
    const given = await unwrap(
      amara.POST('/v1/pairs/{pairId}/feedback', {
        params: { path: { pairId } },
        body: {
          ratings: { safety: 5, learning: 4, statusFree: 4, couldChallenge: 5 },
          visibility: 'partner',
          comment: 'Good',
        },
      }),
    );
    assert.equal(given.direction, 'upward');
    const seen = await unwrap(
      helen.GET('/v1/pairs/{pairId}/feedback', { params: { path: { pairId } } }),
    );
    assert.ok(seen.items.some((f) => f.id === given.id));
    assert.ok(seen.items.every((f) => f.visibility !== 'anonymous' || f.author?.id !== undefined));
    const review = await unwrap(
      amara.POST('/v1/pairs/{pairId}/reviews', { params: { path: { pairId } } }),
    );
    const done = await unwrap(
      amara.PATCH('/v1/pairs/{pairId}/reviews/{reviewId}', {
        params: { path: { pairId, reviewId: review.id } },
        body: { outcome: 'on-track', complete: true },
      }),
    );
    assert.equal(done.outcome, 'on-track');
  });

  it('reads insights and the audit log', async () => {
    const insights = await unwrap(
      priya.GET('/v1/programmes/{programmeId}/insights', { params: { path: { programmeId } } }),
    );
    assert.ok(insights.themes.every((theme) => theme.pairs >= insights.anonymityThreshold));
    await unwrap(priya.GET('/v1/pairs/{pairId}', { params: { path: { pairId } } }));
    const audit = await unwrap(
      amara.GET('/v1/pairs/{pairId}/audit', { params: { path: { pairId } } }),
    );
    assert.equal(audit.items[0]?.actor.displayName, 'Priya Shah');
  });

  it('paginates any list with an async iterator, fetching pages as needed', async () => {
    const calls: (string | undefined)[] = [];
    const all = [];
    for await (const session of paginate((cursor) => {
      calls.push(cursor);
      return amara.GET('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId }, query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
    })) {
      all.push(session);
    }
    const everything = await unwrap(
      amara.GET('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId }, query: { limit: 100 } },
      }),
    );
    assert.deepEqual(
      all.map((s) => s.id),
      everything.items.map((s) => s.id),
    );
    assert.ok(everything.items.length > 2);
    assert.equal(
      calls.length,
      Math.ceil(everything.items.length / 2),
      'one request per page, none extra',
    );
    assert.equal(calls[0], undefined);
  });

  it('makes exactly one record when a creating POST is retried after the connection dropped', async () => {
    let dropped = 0;
    const keys: string[] = [];
    const flaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      keys.push(request.headers.get('idempotency-key') ?? '');
      const response = await fetch(request);
      if (request.method === 'POST' && dropped === 0) {
        dropped++;
        throw new TypeError('fetch failed: socket hang up'); // the server did the work; the answer is lost
      }
      return response;
    };
    const client = createUpwardClient({
      baseUrl: server.url,
      token: await server.token(emails.amara),
      fetch: flaky,
      retry: { baseDelayMs: 1 },
    });
    const before = await unwrap(
      amara.GET('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId }, query: { limit: 100 } },
      }),
    );
    const created = await unwrap(
      client.POST('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId } },
        body: {
          heldAt: '2026-11-22T15:00:00.000Z',
          durationMinutes: 30,
          format: 'phone',
          agendaSetBy: 'both',
          topics: ['retry'],
        },
      }),
    );
    const afterList = await unwrap(
      amara.GET('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId }, query: { limit: 100 } },
      }),
    );
    assert.equal(dropped, 1);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1], 'the same Idempotency-Key on the retry');
    assert.equal(
      afterList.items.length,
      before.items.length + 1,
      'exactly one session was created',
    );
    assert.ok(afterList.items.some((s) => s.id === created.id));
  });

  it('asks getToken for a fresh token shortly before the cached one expires, not after a 401', async () => {
    const good = await server.token(emails.amara);
    const withExpiry = (secondsLeft: number) => {
      const [header, payload, signature] = good.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const exp = Math.floor(Date.now() / 1000) + secondsLeft;
      // Re-signing is not possible here: the server is only asked with the good token.
      return {
        token: `${header}.${Buffer.from(JSON.stringify({ ...claims, exp })).toString('base64url')}.${signature}`,
        exp,
      };
    };
    const handedOut: string[] = [];
    const sent: string[] = [];
    let next = withExpiry(20).token; // inside the 30 s margin: renewed on the next call
    const client = createUpwardClient({
      baseUrl: server.url,
      getToken: () => {
        handedOut.push(next);
        const given = next;
        next = good;
        return given;
      },
      fetch: (input: RequestInfo | URL) => {
        const request = new Request(input);
        sent.push(request.headers.get('authorization') ?? '');
        request.headers.set('authorization', `Bearer ${good}`);
        return fetch(request);
      },
    });
    await unwrap(client.GET('/v1/me'));
    await unwrap(client.GET('/v1/me'));
    await unwrap(client.GET('/v1/me'));
    assert.equal(handedOut.length, 2, 'asked again once the first token was near its exp');
    assert.deepEqual(
      sent.map((value) => value.slice(7)),
      [handedOut[0], good, good],
      'the fresh token is cached and sent without a 401 in between',
    );
  });

  it('refreshes the token once after a 401, then calls onUnauthorized if it still fails', async () => {
    const good = await server.token(emails.amara);
    const tokens = ['expired.token.value', good];
    let asked = 0;
    const client = createUpwardClient({
      baseUrl: server.url,
      getToken: async () => tokens[asked++] ?? 'x.y.z',
    });
    assert.equal((await unwrap(client.GET('/v1/me'))).person.displayName, 'Amara Okafor');
    assert.equal(asked, 2);
    assert.equal((await unwrap(client.GET('/v1/me'))).person.displayName, 'Amara Okafor');
    assert.equal(asked, 2, 'the refreshed token is cached');

    let signedOut = 0;
    const hopeless = createUpwardClient({
      baseUrl: server.url,
      getToken: () => 'bad.bad.bad',
      onUnauthorized: () => signedOut++,
    });
    await assert.rejects(
      unwrap(hopeless.GET('/v1/me')),
      (error: unknown) => error instanceof UpwardError && error.status === 401,
    );
    assert.equal(signedOut, 1);
  });
});
