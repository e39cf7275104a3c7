// The embedded database's read cache never serves a value older than an acknowledged write.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ReadCache } from '../src/db/read-cache.js';
import { startServer, type TestServer } from './harness.js';

describe('read cache', () => {
  it('reuses a read until the next write, and keeps no read that began before a write', async () => {
    const cache = new ReadCache();
    let loads = 0;
    const load = async () => ++loads;
    assert.equal(await cache.get('k', load), 1);
    assert.equal(await cache.get('k', load), 1, 'reused');
    cache.bump();
    assert.equal(await cache.get('k', load), 2, 'reloaded after a write');
    // A read that began before a write finished is not kept for after it.
    const slow = cache.get('k2', async () => {
      cache.bump();
      return 'old';
    });
    assert.equal(await slow, 'old');
    assert.equal(await cache.get('k2', async () => 'new'), 'new');
  });

  describe('through the API (embedded)', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer('embedded');
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    it('shows a pair’s new session count, focus and mentor name right after each write', async () => {
      const amara = await server.token('amara');
      const [pair] = (await server.call('GET', '/v1/pairs?status=active', { token: amara })).body
        .items;
      const path = `/v1/pairs/${pair.id}`;
      const before = (await server.call('GET', path, { token: amara })).body;
      await server.call('GET', path, { token: amara }); // now served from the cache
      const logged = await server.call('POST', `${path}/sessions`, {
        token: amara,
        body: {
          heldAt: new Date().toISOString(),
          durationMinutes: 30,
          format: 'chat',
          agendaSetBy: 'mentor',
        },
      });
      assert.equal(logged.status, 201);
      const afterSession = (await server.call('GET', path, { token: amara })).body;
      assert.equal(afterSession.stats.sessions, before.stats.sessions + 1);
      const patched = await server.call('PATCH', path, {
        token: amara,
        body: { focusAreas: ['cache invalidation'] },
        headers: { 'if-match': `"${afterSession.version}"` },
      });
      assert.equal(patched.status, 200);
      assert.deepEqual((await server.call('GET', path, { token: amara })).body.focusAreas, [
        'cache invalidation',
      ]);
      const me = (await server.call('GET', '/v1/me', { token: amara })).body.person;
      await server.call('PATCH', `/v1/people/${me.id}`, {
        token: amara,
        body: { displayName: 'Amara O.' },
        headers: { 'if-match': `"${me.version}"` },
      });
      assert.equal(
        (await server.call('GET', path, { token: amara })).body.mentor.displayName,
        'Amara O.',
      );
    });
  });
});
