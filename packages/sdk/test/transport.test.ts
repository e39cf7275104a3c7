// What a server cannot easily produce, through an injected fetch: dropped connections, 503 with
// Retry-After, 429, timeouts, and the rules for which requests may be sent again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUpwardClient, UpwardError, unwrap } from '../src/index.js';

const pairId = '6f5e4d3c-2b1a-4098-8765-43210fedcba9';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: '/problems/unavailable', title: 'Unavailable', status }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
const health = { status: 'ok', database: 'embedded' };

/** A fetch that answers from a script, one step per attempt, recording each request. */
function scripted(steps: ((request: Request) => Response | Promise<Response>)[]) {
  const seen: Request[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push(request);
    const step = steps[Math.min(seen.length - 1, steps.length - 1)];
    if (!step) throw new Error('no step');
    return step(request);
  };
  return { fetchImpl, seen };
}
const drop = () => {
  throw new TypeError('fetch failed: other side closed');
};

describe('retries, timeouts and cancellation (injected fetch)', () => {
  // A real fetch holds a socket that keeps Node's event loop alive while it waits; the hanging
  // fakes below hold nothing, and AbortSignal.timeout's timer is unref'd, so keep the loop up.
  let keepAlive: ReturnType<typeof setInterval>;
  before(() => {
    keepAlive = setInterval(() => {}, 1000);
  });
  after(() => clearInterval(keepAlive));

  it('retries a GET after a network drop mid-request', async () => {
    const { fetchImpl, seen } = scripted([drop, drop, () => json(200, health)]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      retry: { baseDelayMs: 1 },
    });
    assert.deepEqual(await unwrap(client.GET('/healthz')), health);
    assert.equal(seen.length, 3);
  });

  it('honours Retry-After on 503 before trying again', async () => {
    const { fetchImpl, seen } = scripted([
      () => problem(503, { 'retry-after': '1' }),
      () => json(200, health),
    ]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      retry: { baseDelayMs: 1 },
    });
    const started = performance.now();
    assert.deepEqual(await unwrap(client.GET('/healthz')), health);
    assert.equal(seen.length, 2);
    assert.ok(performance.now() - started >= 950, 'waited the second the server asked for');
  });

  it('retries 429 and gives up after the configured attempts with the last problem', async () => {
    const { fetchImpl, seen } = scripted([() => problem(429, { 'retry-after': '0' })]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      retry: { retries: 2, baseDelayMs: 1 },
    });
    await assert.rejects(
      unwrap(client.GET('/healthz')),
      (error: unknown) => error instanceof UpwardError && error.status === 429,
    );
    assert.equal(seen.length, 3);
  });

  it('sends the same Idempotency-Key on every attempt of a creating POST, with the same body', async () => {
    const created = { token: 'a.b.c', expiresAt: '2026-11-23T18:00:00.000Z' };
    const { fetchImpl, seen } = scripted([drop, () => problem(503), () => json(201, created)]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      retry: { baseDelayMs: 1 },
    });
    assert.deepEqual(
      await unwrap(
        client.POST('/demo/tokens', { body: { email: 'amara.okafor@northwind.example' } }),
      ),
      created,
    );
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    assert.equal(keys.length, 3);
    assert.ok(keys[0] && keys.every((key) => key === keys[0]));
    const bodies = await Promise.all(seen.map((r) => r.text()));
    assert.ok(bodies.every((body) => body === bodies[0] && body.includes('amara')));
  });

  it('keeps a key the caller gives', async () => {
    const { fetchImpl, seen } = scripted([
      () => json(201, { token: 'a.b.c', expiresAt: '2026-11-23T18:00:00.000Z' }),
    ]);
    const client = createUpwardClient({ baseUrl: 'http://upward.test', fetch: fetchImpl });
    await unwrap(
      client.POST('/demo/tokens', {
        body: { email: 'x@example.com' },
        headers: { 'Idempotency-Key': 'my-key-123456' },
      }),
    );
    assert.equal(seen[0]?.headers.get('idempotency-key'), 'my-key-123456');
  });

  it('never resends a PATCH (not idempotent) after a 503 or a drop', async () => {
    const { fetchImpl, seen } = scripted([() => problem(503)]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      token: 't',
      retry: { baseDelayMs: 1 },
    });
    const result = await client.PATCH('/v1/pairs/{pairId}', {
      params: { path: { pairId } },
      body: { focusAreas: ['x'] },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(result.response.status, 503);
    assert.equal(seen.length, 1);
    const dropping = scripted([drop]);
    const client2 = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: dropping.fetchImpl,
      token: 't',
      retry: { baseDelayMs: 1 },
    });
    await assert.rejects(
      unwrap(
        client2.PATCH('/v1/pairs/{pairId}', {
          params: { path: { pairId } },
          body: { focusAreas: ['x'] },
          headers: { 'If-Match': '"1"' },
        }),
      ),
      (error: unknown) => error instanceof UpwardError && error.status === 0,
    );
    assert.equal(dropping.seen.length, 1);
  });

  it('times out a call that hangs and sends nothing more after the deadline', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const { fetchImpl, seen } = scripted([hang, () => json(200, health)]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      timeoutMs: 40,
      retry: { baseDelayMs: 1 },
    });
    await assert.rejects(
      unwrap(client.GET('/healthz')),
      (error: unknown) => error instanceof UpwardError && error.status === 0,
    );
    assert.equal(seen.length, 1, 'no retry once the deadline passed');
    const quick = scripted([drop, () => json(200, health)]);
    const retrying = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: quick.fetchImpl,
      timeoutMs: 5000,
      retry: { baseDelayMs: 1 },
    });
    assert.deepEqual(
      await unwrap(retrying.GET('/healthz')),
      health,
      'within the deadline, retries go on',
    );
    assert.equal(quick.seen.length, 2);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const { fetchImpl, seen } = scripted([hang]);
    const client = createUpwardClient({
      baseUrl: 'http://upward.test',
      fetch: fetchImpl,
      retry: { baseDelayMs: 1 },
    });
    const controller = new AbortController();
    const call = unwrap(client.GET('/healthz', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(
      call,
      (error: unknown) => error instanceof UpwardError && error.status === 0,
    );
    assert.equal(seen.length, 1);
  });
});

describe('ETags under a base URL with a path', () => {
  it('remembers a created resource under its Location below the base path, and not from a replay', async () => {
    const session = { id: 's1' };
    const { fetchImpl, seen } = scripted([
      () => json(201, session, { etag: '"1"', location: '/v1/pairs/p/sessions/s1' }),
      () => json(200, session, { etag: '"2"' }),
      () =>
        json(201, session, {
          etag: '"1"',
          location: '/v1/pairs/p/sessions/s2',
          'idempotent-replayed': 'true',
        }),
      () => json(200, session, { etag: '"3"' }),
    ]);
    const client = createUpwardClient({
      baseUrl: 'https://intranet.test/upward',
      fetch: fetchImpl,
      token: 't',
    });
    const body = {
      heldAt: '2026-11-20T15:00:00.000Z',
      durationMinutes: 30,
      format: 'chat' as const,
      agendaSetBy: 'mentor' as const,
    };
    await client.POST('/v1/pairs/{pairId}/sessions', { params: { path: { pairId: 'p' } }, body });
    assert.equal(seen[0]?.url, 'https://intranet.test/upward/v1/pairs/p/sessions');
    // The server's Location is a path of the API: the client resolves it below its base URL.
    await client.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', {
      params: { path: { pairId: 'p', sessionId: 's1' } },
      body: { durationMinutes: 31 },
    });
    assert.equal(seen[1]?.url, 'https://intranet.test/upward/v1/pairs/p/sessions/s1');
    assert.equal(
      seen[1]?.headers.get('if-match'),
      '"1"',
      'the ETag of the create, found under its Location',
    );
    await client.POST('/v1/pairs/{pairId}/sessions', { params: { path: { pairId: 'p' } }, body });
    await client.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', {
      params: { path: { pairId: 'p', sessionId: 's2' } },
      body: { durationMinutes: 31 },
    });
    assert.equal(seen[3]?.headers.get('if-match'), null, 'no ETag kept from a replayed create');
  });
});
