// Concurrent session logs are written in batches: each request still gets its own answer (201
// for its own session, 404 or 409 for a log it may not make), and nothing is lost or doubled.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { databaseKinds, startServer, type TestServer } from './harness.js';

for (const kind of databaseKinds) {
  describe(`batched session logs (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(kind);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    it('answers forty concurrent logs one by one, right for each caller', async () => {
      const [amara, helen, leo, tomas] = await Promise.all(
        ['amara', 'helen', 'leo', 'tomas'].map((who) => server.token(who)),
      );
      const pairs = (await server.call('GET', '/v1/pairs?status=active', { token: amara })).body
        .items;
      const pair = pairs.find(
        (p: { mentee: { displayName: string } }) => p.mentee.displayName === 'Helen Marsh',
      );
      const proposed = (await server.call('GET', '/v1/pairs?status=proposed', { token: tomas }))
        .body.items[0];
      const path = `/v1/pairs/${pair.id}/sessions`;
      const before = (await server.call('GET', `${path}?limit=100`, { token: amara })).body.items
        .length;
      const body = (i: number) => ({
        heldAt: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
        durationMinutes: 10 + i,
        format: 'chat',
        agendaSetBy: 'mentor',
        topics: [`batch ${i}`],
      });
      const calls = Array.from({ length: 40 }, (_, i) => {
        if (i % 10 === 7) return server.call('POST', path, { token: leo, body: body(i) }); // not a member
        if (i % 10 === 8)
          return server.call('POST', `/v1/pairs/${proposed.id}/sessions`, {
            token: tomas,
            body: body(i),
          }); // proposed pair
        return server.call('POST', path, { token: i % 2 ? helen : amara, body: body(i) });
      });
      const results = await Promise.all(calls);
      results.forEach((result, i) => {
        if (i % 10 === 7) assert.equal(result.status, 404, `call ${i}`);
        else if (i % 10 === 8) assert.equal(result.status, 409, `call ${i}`);
        else {
          assert.equal(result.status, 201, `call ${i}`);
          assert.deepEqual(result.body.topics, [`batch ${i}`], 'each answer is its own session');
          assert.equal(result.body.durationMinutes, 10 + i);
          assert.equal(result.body.loggedBy.displayName, i % 2 ? 'Helen Marsh' : 'Amara Okafor');
        }
      });
      const afterList = (await server.call('GET', `${path}?limit=100`, { token: amara })).body
        .items;
      assert.equal(afterList.length, before + 32);
      assert.equal(new Set(afterList.map((s: { id: string }) => s.id)).size, afterList.length);
    });
  });
}
