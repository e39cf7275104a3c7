import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { databaseKinds, startServer, type TestServer } from './harness.js';
import { type Seeded, seeded } from './review-fixtures.js';

interface Entry {
  id: string;
  at: string;
  actor: { id: string; displayName: string; department?: string };
  action: string;
  resource: { type: string; id: string };
}

for (const kind of databaseKinds) {
  describe(`audit log (${kind})`, () => {
    let server: TestServer;
    let ids: Seeded;
    let auditPath: string;
    let reviewId: string;
    before(async () => {
      server = await startServer(kind);
      ids = await seeded(server);
      auditPath = `/v1/pairs/${ids.pair('mei', 'helen').id}/audit`;
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    it('records nothing when the pair’s own members read and write reviews', async () => {
      const pairId = ids.pair('mei', 'helen').id;
      const mei = await server.token('mei');
      const started = await server.call('POST', `/v1/pairs/${pairId}/reviews`, { token: mei });
      assert.equal(started.status, 201);
      reviewId = started.body.id;
      await server.call('GET', `/v1/pairs/${pairId}/reviews`, { token: mei });
      await server.call('GET', `/v1/pairs/${pairId}/reviews/${reviewId}`, { token: mei });
      const log = await server.call('GET', auditPath, { token: mei });
      assert.equal(log.status, 200);
      assert.deepEqual(log.body, { items: [], nextCursor: null });
    });

    it('shows a lead’s review reads to both members, newest first, with the lead as actor', async () => {
      const pairId = ids.pair('mei', 'helen').id;
      const priya = await server.token('priya');
      const listed = await server.call('GET', `/v1/pairs/${pairId}/reviews`, { token: priya });
      assert.equal(listed.status, 200);
      const read = await server.call('GET', `/v1/pairs/${pairId}/reviews/${reviewId}`, {
        token: priya,
      });
      assert.equal(read.status, 200);
      const priyaSummary = {
        id: ids.person('priya'),
        displayName: 'Priya Shah',
        department: 'People and Culture',
      };
      for (const member of ['mei', 'helen']) {
        const log = await server.call<{ items: Entry[] }>('GET', auditPath, {
          token: await server.token(member),
        });
        assert.equal(log.status, 200);
        assert.deepEqual(
          log.body.items.map(({ actor, action, resource }) => ({ actor, action, resource })),
          [
            {
              actor: priyaSummary,
              action: 'review.read',
              resource: { type: 'review', id: reviewId },
            },
            { actor: priyaSummary, action: 'reviews.list', resource: { type: 'pair', id: pairId } },
          ],
          member,
        );
        const [newest, older] = log.body.items;
        assert.ok(newest && older && Date.parse(newest.at) >= Date.parse(older.at));
      }
    });

    it('pages the log with a cursor and rejects a forged one', async () => {
      const token = await server.token('helen');
      const all = await server.call<{ items: Entry[] }>('GET', auditPath, { token });
      const first = await server.call('GET', `${auditPath}?limit=1`, { token });
      assert.equal(first.body.items.length, 1);
      assert.ok(first.body.nextCursor);
      const second = await server.call(
        'GET',
        `${auditPath}?limit=1&cursor=${first.body.nextCursor}`,
        { token },
      );
      assert.deepEqual(
        [...first.body.items, ...second.body.items],
        all.body.items.slice(0, 2),
        'the two pages are the log in order',
      );
      assert.equal(second.body.nextCursor, null);
      const forged = Buffer.from(JSON.stringify([new Date().toISOString(), 'not-a-uuid'])).toString(
        'base64url',
      );
      const bad = await server.call('GET', `${auditPath}?cursor=${forged}`, { token });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].field, 'query/cursor');
    });

    it('refuses the log to a lead (403), shows it to an admin, and hides it from others (404)', async () => {
      const lead = await server.call('GET', auditPath, { token: await server.token('priya') });
      assert.equal(lead.status, 403);
      assert.equal(lead.body.type, '/problems/forbidden');
      const admin = await server.call('GET', auditPath, { token: await server.token('jordan') });
      assert.equal(admin.status, 200);
      assert.equal(admin.body.items.length, 2, 'reading the log is not itself logged');
      for (const outsider of ['amara', 'grace', 'tomas']) {
        const response = await server.call('GET', auditPath, {
          token: await server.token(outsider),
        });
        assert.equal(response.status, 404, outsider);
      }
    });

    it('records a lead starting and updating a review, since both show the review', async () => {
      const pair = ids.pair('ravi', 'karl');
      const priya = await server.token('priya');
      const started = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, { token: priya });
      assert.equal(started.status, 201);
      const log = await server.call<{ items: Entry[] }>('GET', `/v1/pairs/${pair.id}/audit`, {
        token: await server.token('karl'),
      });
      assert.deepEqual(
        log.body.items.map((e) => [e.action, e.resource.id, e.actor.id]),
        [['review.read', started.body.id, ids.person('priya')]],
      );
    });

    it('answers 404 for another organisation’s pair, both ways', async () => {
      for (const who of ['olga', 'nia']) {
        const response = await server.call('GET', auditPath, { token: await server.token(who) });
        assert.equal(response.status, 404, who);
      }
      const contosoAudit = `/v1/pairs/${ids.contosoPair.id}/audit`;
      const own = await server.call('GET', contosoAudit, { token: await server.token('nia') });
      assert.equal(own.status, 200);
      const olga = await server.call('GET', contosoAudit, { token: await server.token('olga') });
      assert.equal(olga.status, 200, 'an admin who also leads the programme may read it');
      for (const who of ['priya', 'jordan', 'helen']) {
        const response = await server.call('GET', contosoAudit, {
          token: await server.token(who),
        });
        assert.equal(response.status, 404, who);
      }
    });
  });
}
