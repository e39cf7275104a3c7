// Concurrent pair reads are answered by one query per turn of the event loop: each caller still
// gets exactly their own answer (their side of the pair, or 404 for a pair they have no part in
// or of another organisation), and lead and admin reads are still audited.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEntries } from '../src/db/schema.js';
import { demoPeople } from '../src/demo/people.js';
import { pairView } from '../src/domain/pair-view.js';
import type { Caller } from '../src/http/context.js';
import { HttpProblem } from '../src/http/problem.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';
import { type Seeded, seeded } from './review-fixtures.js';

for (const kind of databaseKinds) {
  describe(`batched pair reads (${kind})`, () => {
    let server: TestServer;
    let ids: Seeded;
    // Who reads which pair, and the side each must get (undefined: 404).
    let reads: { who: string; pairId: string; side: string | undefined; mentor?: string }[];
    before(async () => {
      server = await startServer(kind);
      ids = await seeded(server);
      const amaraHelen = ids.pair('amara', 'helen').id;
      reads = [
        { who: 'amara', pairId: amaraHelen, side: 'mentor', mentor: 'Amara Okafor' },
        { who: 'helen', pairId: amaraHelen, side: 'mentee', mentor: 'Amara Okafor' },
        { who: 'helen', pairId: ids.pair('mei', 'helen').id, side: 'mentee', mentor: 'Mei Lin' },
        { who: 'priya', pairId: amaraHelen, side: 'lead', mentor: 'Amara Okafor' },
        { who: 'leo', pairId: amaraHelen, side: undefined }, // same programme, not their pair
        {
          who: 'jordan',
          pairId: ids.pair('leo', 'david').id,
          side: 'admin',
          mentor: 'Leo Fischer',
        },
        { who: 'nia', pairId: amaraHelen, side: undefined }, // another organisation
        { who: 'olga', pairId: amaraHelen, side: undefined }, // another organisation's admin
        { who: 'jordan', pairId: ids.contosoPair.id, side: undefined }, // admin, other tenant
        { who: 'nia', pairId: ids.contosoPair.id, side: 'mentor', mentor: 'Nia Adams' },
        { who: 'amara', pairId: randomUUID(), side: undefined }, // no such pair
      ];
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    function callerOf(key: string): Caller {
      const seed = demoPeople.find((p) => p.key === key);
      if (!seed) throw new Error(`no demo person ${key}`);
      const personId = ids.person(key);
      const orgId = seed.org.id;
      const roles = seed.tokenRoles;
      return {
        personId,
        orgId,
        isAdmin: roles.includes('admin'),
        isLead: roles.includes('lead'),
        claims: { personId, orgId, roles, expiresAt: Date.now() + 3600_000 },
      };
    }

    it('answers reads of one turn with one query, each with its own side or 404', async () => {
      const client = server.db.$client as unknown as { query: (...args: unknown[]) => unknown };
      const query = client.query;
      let statements = 0;
      client.query = (...args: unknown[]) => {
        statements++;
        return query.apply(client, args);
      };
      let results: PromiseSettledResult<Awaited<ReturnType<typeof pairView>>>[];
      try {
        results = await Promise.allSettled(
          reads.map((read) => pairView(server.db, callerOf(read.who), read.pairId)),
        );
      } finally {
        client.query = query;
      }
      assert.equal(statements, 1, 'one statement for the whole turn');
      results.forEach((result, i) => {
        const read = reads[i];
        assert.ok(read);
        const label = `${read.who} reading pair ${i}`;
        if (read.side === undefined) {
          assert.equal(result.status, 'rejected', label);
          assert.ok(result.reason instanceof HttpProblem, label);
          assert.equal(result.reason.status, 404, label);
        } else {
          assert.equal(result.status, 'fulfilled', label);
          assert.equal(result.value.access.side, read.side, label);
          assert.equal(result.value.pair.id, read.pairId, label);
          assert.equal(result.value.pair.mentor.displayName, read.mentor, label);
        }
      });
    });

    it('gives each concurrent HTTP reader their own answer and audits lead and admin reads', async () => {
      const tokens = new Map(
        await Promise.all(
          [...new Set(reads.map((read) => read.who))].map(
            async (who) => [who, await server.token(who)] as const,
          ),
        ),
      );
      const audited = async (who: string, pairId: string) =>
        (
          await server.db
            .select()
            .from(auditEntries)
            .where(
              and(
                eq(auditEntries.pairId, pairId),
                eq(auditEntries.actorId, ids.person(who)),
                eq(auditEntries.action, 'pair.read'),
              ),
            )
        ).length;
      const auditedBefore = await Promise.all(reads.map((read) => audited(read.who, read.pairId)));
      const responses = await Promise.all(
        [...reads, ...reads].map((read) =>
          server.call('GET', `/v1/pairs/${read.pairId}`, { token: tokens.get(read.who) }),
        ),
      );
      responses.forEach((response, i) => {
        const read = reads[i % reads.length];
        assert.ok(read);
        const label = `${read.who} reading pair ${i % reads.length}`;
        if (read.side === undefined) {
          assert.equal(response.status, 404, label);
          assert.equal(response.body.type, '/problems/not-found', label);
        } else {
          assert.equal(response.status, 200, label);
          assert.equal(response.body.id, read.pairId, label);
          assert.equal(response.body.mentor.displayName, read.mentor, label);
        }
      });
      for (const [i, read] of reads.entries()) {
        const expected = read.side === 'lead' || read.side === 'admin' ? 2 : 0;
        assert.equal(
          (await audited(read.who, read.pairId)) - (auditedBefore[i] ?? 0),
          expected,
          `audit entries for ${read.who} reading pair ${i}`,
        );
      }
    });
  });
}
