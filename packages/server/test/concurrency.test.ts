// Concurrent requests: on the embedded database (one PGlite session) transactions must never
// interleave; on both, optimistic concurrency lets exactly one of several racing writers win.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, count, eq, sql } from 'drizzle-orm';
import { people } from '../src/db/schema.js';
import { northwind } from '../src/demo/people.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';

describe('embedded database transactions', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer('embedded');
  });
  after(() => server.close());

  it('never interleave: each sees only its own writes until it commits', async () => {
    const marker = `tx-${Date.now()}`;
    const seen: number[][] = [];
    const events: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        server.db.transaction(async (tx) => {
          events.push(`begin ${i}`);
          const countNow = async () =>
            Number(
              (
                await tx
                  .select({ n: count() })
                  .from(people)
                  .where(and(eq(people.orgId, northwind.id), sql`${people.department} = ${marker}`))
              )[0]?.n,
            );
          const before = await countNow();
          await tx
            .insert(people)
            .values({ orgId: northwind.id, displayName: `Concurrent ${i}`, department: marker });
          await sleep(15); // give every other transaction the chance to run now, if it could
          const afterInsert = await countNow();
          seen.push([before, afterInsert]);
          events.push(`commit ${i}`);
        }),
      ),
    );
    // Serialised: transaction k saw the k rows committed before it, then its own one more.
    assert.deepEqual(
      [...seen].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)),
      Array.from({ length: 8 }, (_, k) => [k, k + 1]),
    );
    for (let i = 0; i < events.length; i += 2) {
      assert.equal(
        events[i]?.split(' ')[1],
        events[i + 1]?.split(' ')[1],
        `events ${events.join(', ')}`,
      );
    }
  });
});

for (const kind of databaseKinds) {
  describe(`racing writers (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(kind);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    it('lets exactly one of ten concurrent updates with the same If-Match win', async () => {
      const token = await server.token('jordan');
      const me = await server.call('GET', '/v1/me', { token });
      const path = `/v1/people/${me.body.person.id}`;
      const etag = (await server.call('GET', path, { token })).headers.get('etag') as string;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          server.call('PATCH', path, {
            token,
            body: { interests: [`topic ${i}`] },
            headers: { 'if-match': etag },
          }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, ...Array(9).fill(412)]);
      const winner = results.find((r) => r.status === 200);
      const stored = await server.call('GET', path, { token });
      assert.deepEqual(stored.body.interests, winner?.body.interests);
      assert.equal(stored.body.version, Number(etag.replaceAll('"', '')) + 1);
    });
  });
}
