// The cross-cutting rules: health, the contract, request ids, rate limits, CORS, auth failures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { databaseKinds, type Reply, startServer, type TestServer } from './harness.js';

for (const kind of databaseKinds) {
  describe(`platform (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(kind, {
        rateLimit: 40,
        corsOrigins: ['https://intranet.example.com'],
      });
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    it('answers /healthz with the database kind', async () => {
      const health = await server.call('GET', '/healthz');
      assert.equal(health.status, 200);
      assert.deepEqual(
        { status: health.body.status, database: health.body.database },
        { status: 'ok', database: kind },
      );
    });

    it('serves the contract it is built from at /openapi.json', async () => {
      const response = await server.call('GET', '/openapi.json');
      assert.equal(response.status, 200);
      assert.equal(response.body.openapi, '3.1.0');
      assert.ok(response.body.paths['/v1/pairs/{pairId}/sessions']);
      assert.ok(response.body.components.schemas.Problem, 'the whole document, not a summary');
    });

    it('echoes a request id, or makes one, and puts it in problem documents', async () => {
      const given = await server.call('GET', '/v1/me', { headers: { 'x-request-id': 'trace-42' } });
      assert.equal(given.headers.get('x-request-id'), 'trace-42');
      assert.equal(given.body.requestId, 'trace-42');
      const made = await server.call('GET', '/healthz');
      assert.match(made.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    });

    it('answers an unknown route with a 404 problem document', async () => {
      const response = await server.call('GET', '/v1/nothing-here', {
        token: await server.token('amara'),
      });
      assert.equal(response.status, 404);
      assert.equal(response.body.type, '/problems/not-found');
    });

    it('rejects expired tokens, tokens signed with another key and tokens without a tenant', async () => {
      const sign = (key: string, claims: Record<string, unknown>, expires: number) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('3a1f0c9e-5b7d-4e21-9c3a-6d8e2f4b1a70')
          .setIssuer('upward-demo')
          .setAudience('upward')
          .setExpirationTime(expires)
          .sign(new TextEncoder().encode(key));
      const now = Math.floor(Date.now() / 1000);
      const org = '7f3c1e2a-0d4b-4c6e-8a9f-1b2c3d4e5f60';
      for (const token of [
        await sign('upward-demo-secret-not-for-production', { org }, now - 60),
        await sign('some-other-secret-of-32-bytes-or-more', { org }, now + 600),
        await sign('upward-demo-secret-not-for-production', {}, now + 600),
      ]) {
        const response = await server.call('GET', '/v1/me', { token });
        assert.equal(response.status, 401);
      }
    });

    it('signs demo tokens for as long as asked, from one minute to eight hours', async () => {
      const email = 'amara.okafor@northwind.example';
      const short = await server.call('POST', '/demo/tokens', {
        body: { email, expiresInSeconds: 300 },
      });
      assert.equal(short.status, 201);
      const lasts = Date.parse(short.body.expiresAt) - Date.now();
      assert.ok(lasts > 290_000 && lasts <= 300_000, `lasts ${lasts} ms`);
      const claims = JSON.parse(
        Buffer.from(short.body.token.split('.')[1], 'base64url').toString(),
      );
      assert.equal(claims.exp, Math.floor(Date.parse(short.body.expiresAt) / 1000));
      assert.equal((await server.call('GET', '/v1/me', { token: short.body.token })).status, 200);
      for (const expiresInSeconds of [59, 28_801, 1.5, '300']) {
        const refused = await server.call('POST', '/demo/tokens', {
          body: { email, expiresInSeconds },
        });
        assert.equal(refused.status, 400, String(expiresInSeconds));
        assert.equal(refused.body.errors[0].field, '/expiresInSeconds');
      }
    });

    it('allows configured browser origins and exposes ETag, but not other origins', async () => {
      const allowed = await fetch(`${server.url}/v1/pairs`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://intranet.example.com',
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'authorization,if-match,content-type',
        },
      });
      assert.equal(allowed.status, 204);
      assert.equal(
        allowed.headers.get('access-control-allow-origin'),
        'https://intranet.example.com',
      );
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /PATCH/);
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /if-match/);
      const simple = await server.call('GET', '/healthz', {
        headers: { origin: 'https://intranet.example.com' },
      });
      assert.match(simple.headers.get('access-control-expose-headers') ?? '', /etag/);
      const other = await server.call('GET', '/healthz', {
        headers: { origin: 'https://evil.example.net' },
      });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    });

    it('sends RateLimit headers and answers 429 with Retry-After past the limit', async () => {
      const token = await server.token('leo');
      const first = await server.call('GET', '/v1/me', { token });
      assert.match(first.headers.get('ratelimit') ?? '', /^"default";r=\d+;t=\d+$/);
      assert.equal(first.headers.get('ratelimit-policy'), '"default";q=40;w=60');
      let limited: Reply | undefined;
      for (let i = 0; i < 45 && !limited; i++) {
        const response = await server.call('GET', '/v1/me', { token });
        if (response.status === 429) limited = response;
      }
      assert.ok(limited, 'the limit was reached');
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal(limited.body.type, '/problems/rate-limited');
      const someoneElse = await server.call('GET', '/v1/me', { token: await server.token('mei') });
      assert.equal(someoneElse.status, 200, 'the limit is per caller');
    });
  });
}
