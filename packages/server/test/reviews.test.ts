import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { reviews } from '../src/db/schema.js';
import { pilotChecklist } from '../src/demo/seed.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';
import {
  addFeedback,
  addPair,
  addSession,
  day,
  daysAgo,
  reviewDueAt,
  type Seeded,
  seeded,
} from './review-fixtures.js';

const codes = (body: { driftSignals: { code: string }[] }) => body.driftSignals.map((s) => s.code);

for (const kind of databaseKinds) {
  describe(`reviews (${kind})`, () => {
    let server: TestServer;
    let ids: Seeded;
    before(async () => {
      server = await startServer(kind);
      ids = await seeded(server);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    it('computes all four drift signals from metadata and ratings, suggesting at-risk', async () => {
      const pair = await addPair(server, ids, 'amara', 'david', { agreement: { cadenceDays: 10 } });
      // Newest first: [days ago, agenda set by, cancelled by]; a future session does not count.
      await addSession(server, pair, new Date(Date.now() + 2 * day), 'mentor');
      for (const [ago, agenda, cancelled] of [
        [25, 'mentee', null],
        [26, 'mentor', 'mentee'],
        [27, 'mentee', null],
        [28, 'mentor', 'mentee'],
        [29, 'mentor', null],
        [40, 'mentee', null],
        [41, 'mentee', null],
      ] as const)
        await addSession(server, pair, daysAgo(ago), agenda, cancelled);
      await addFeedback(server, pair, { couldChallenge: 5, at: daysAgo(20) });
      await addFeedback(server, pair, {
        visibility: 'programme',
        couldChallenge: 2,
        at: daysAgo(10),
      });

      const started = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, {
        token: await server.token('amara'),
      });
      assert.equal(started.status, 201);
      assert.equal(
        started.headers.get('location'),
        `/v1/pairs/${pair.id}/reviews/${started.body.id}`,
      );
      assert.equal(started.headers.get('etag'), '"1"');
      assert.deepEqual(started.body.driftSignals, [
        { code: 'senior-sets-agenda', detail: 'The mentee set 4 of the last 5 agendas.' },
        { code: 'senior-cancels', detail: 'The mentee cancelled 2 of the last 5 sessions.' },
        { code: 'long-gap', detail: 'No session for 25 days; the agreement says every 10.' },
        { code: 'low-challenge-rating', detail: 'The latest "could challenge" rating was 2 of 5.' },
      ]);
      assert.equal(started.body.suggestedOutcome, 'at-risk');
      assert.equal(started.body.outcome, null);
      assert.equal(started.body.completedBy, null);
      assert.equal(started.body.dueAt, pair.reviewDueAt?.toISOString(), 'the later due date');
      assert.deepEqual(
        started.body.items,
        pilotChecklist.map((item) => ({ ...item, checked: false })),
      );
      assert.doesNotMatch(started.text, /SECRET/, 'no session or feedback content');
    });

    it('suggests needs-attention for one signal, and never surfaces an anonymous rating', async () => {
      const pair = ids.pair('ravi', 'karl'); // paused; a mentee cancellation 15 days ago
      await addSession(server, pair, daysAgo(1), 'mentor', 'mentee');
      await addFeedback(server, pair, { visibility: 'anonymous', couldChallenge: 1 });
      const startedFrom = Date.now();
      const started = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, {
        token: await server.token('priya'),
      });
      assert.equal(started.status, 201);
      assert.deepEqual(started.body.driftSignals, [
        { code: 'senior-cancels', detail: 'The mentee cancelled 2 of the last 3 sessions.' },
      ]);
      assert.equal(started.body.suggestedOutcome, 'needs-attention');
      // The pair's review was due 3 days ago: a new one is due now.
      const dueAt = Date.parse(started.body.dueAt);
      assert.ok(dueAt >= startedFrom && dueAt <= Date.now(), `${started.body.dueAt} is now`);
    });

    it('matches the seeded drift of sofia and grace, with an explicit due date', async () => {
      const pair = ids.pair('sofia', 'grace');
      const started = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, {
        token: await server.token('sofia'),
        body: { dueAt: '2030-01-01T09:00:00.000Z' },
      });
      assert.equal(started.status, 201);
      assert.deepEqual(codes(started.body), ['senior-sets-agenda', 'low-challenge-rating']);
      assert.equal(started.body.driftSignals[0].detail, 'The mentee set 2 of the last 3 agendas.');
      assert.equal(started.body.suggestedOutcome, 'at-risk');
      assert.equal(started.body.dueAt, '2030-01-01T09:00:00.000Z');
    });

    let review: { id: string; pairId: string };
    it('suggests on-track without signals; one open review per pair, active or paused only', async () => {
      const pair = ids.pair('mei', 'helen');
      const token = await server.token('mei');
      const started = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, { token });
      assert.equal(started.status, 201);
      assert.deepEqual(started.body.driftSignals, []);
      assert.equal(started.body.suggestedOutcome, 'on-track');
      assert.equal(started.body.dueAt, pair.reviewDueAt?.toISOString(), 'the scheduled due date');
      review = started.body;

      const second = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, { token });
      assert.equal(second.status, 409);
      assert.match(second.body.detail, new RegExp(review.id));
      const seededOpen = ids.pair('leo', 'david');
      const leo = await server.token('leo');
      assert.equal(
        (await server.call('POST', `/v1/pairs/${seededOpen.id}/reviews`, { token: leo })).status,
        409,
      );
      const ended = ids.pair('leo', 'grace');
      assert.equal(
        (await server.call('POST', `/v1/pairs/${ended.id}/reviews`, { token: leo })).status,
        409,
      );
      const proposed = ids.pair('tomas', 'karl');
      const tomas = await server.token('tomas');
      assert.equal(
        (await server.call('POST', `/v1/pairs/${proposed.id}/reviews`, { token: tomas })).status,
        409,
      );
      const open = await server.db.select().from(reviews).where(eq(reviews.pairId, pair.id));
      assert.equal(open.length, 1);
    });

    it('creates one review when two starts race for the same pair', async () => {
      const pair = await addPair(server, ids, 'ravi', 'helen');
      const token = await server.token('ravi');
      const path = `/v1/pairs/${pair.id}/reviews`;
      const both = await Promise.all([
        server.call('POST', path, { token }),
        server.call('POST', path, { token }),
      ]);
      assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
      const stored = await server.db.select().from(reviews).where(eq(reviews.pairId, pair.id));
      assert.equal(stored.length, 1);
    });

    it('updates with If-Match: 428 without, 422 on an unknown item, 412 when stale changing nothing', async () => {
      const token = await server.token('helen');
      const path = `/v1/pairs/${review.pairId}/reviews/${review.id}`;
      const answer = {
        items: [{ id: 'both-learned', checked: true, note: 'Posting weekly now.' }],
      };
      assert.equal((await server.call('PATCH', path, { token, body: answer })).status, 428);

      const unknown = await server.call('PATCH', path, {
        token,
        body: { items: [{ id: 'both-learned', checked: true }, { id: 'no-such-item' }] },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(unknown.status, 422);
      assert.deepEqual(
        unknown.body.errors.map((e: { field: string }) => e.field),
        ['/items/1/id'],
      );

      const ok = await server.call('PATCH', path, {
        token,
        body: answer,
        headers: { 'if-match': '"1"' },
      });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('etag'), '"2"');
      const learned = ok.body.items.find((i: { id: string }) => i.id === 'both-learned');
      assert.deepEqual(learned, {
        ...pilotChecklist[1],
        checked: true,
        note: 'Posting weekly now.',
      });

      const stale = await server.call('PATCH', path, {
        token,
        body: { items: [{ id: 'both-learned', checked: false }], outcome: 'at-risk' },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const read = await server.call('GET', path, { token });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('etag'), '"2"');
      assert.deepEqual(read.body, ok.body, 'the stale update changed nothing');
    });

    it('completes with an outcome, moving the next review date; a completed review is read-only', async () => {
      const token = await server.token('mei');
      const path = `/v1/pairs/${review.pairId}/reviews/${review.id}`;
      const noOutcome = await server.call('PATCH', path, {
        token,
        body: { complete: true },
        headers: { 'if-match': '"2"' },
      });
      assert.equal(noOutcome.status, 422);
      assert.deepEqual(noOutcome.body.errors[0].field, '/outcome');
      const dueBefore = await reviewDueAt(server, review.pairId);

      const done = await server.call('PATCH', path, {
        token,
        body: { outcome: 'on-track', complete: true },
        headers: { 'if-match': '"2"' },
      });
      assert.equal(done.status, 200);
      assert.equal(done.body.version, 3);
      assert.equal(done.body.outcome, 'on-track');
      assert.equal(done.body.completedBy.id, ids.person('mei'));
      assert.equal(done.body.completedBy.displayName, 'Mei Lin');
      const completedAt = Date.parse(done.body.completedAt);
      const dueAfter = await reviewDueAt(server, review.pairId);
      assert.notEqual(dueAfter?.getTime(), dueBefore?.getTime());
      assert.equal(dueAfter?.getTime(), completedAt + ids.programme.reviewCadenceDays * day);

      const later = await server.call('PATCH', path, {
        token,
        body: { outcome: 'at-risk' },
        headers: { 'if-match': '"3"' },
      });
      assert.equal(later.status, 409);
      const read = await server.call('GET', path, { token });
      assert.deepEqual(read.body, done.body, 'the completed review is unchanged');

      const next = await server.call('POST', `/v1/pairs/${review.pairId}/reviews`, { token });
      assert.equal(next.status, 201, 'a new review may start once the last one is complete');
      assert.equal(next.body.dueAt, dueAfter?.toISOString());
    });

    it('lists a pair’s reviews newest first, page by page; others have no part (404)', async () => {
      const token = await server.token('helen');
      const path = `/v1/pairs/${review.pairId}/reviews`;
      const first = await server.call('GET', `${path}?limit=1`, { token });
      assert.equal(first.status, 200);
      assert.equal(first.body.items.length, 1);
      assert.equal(first.body.items[0].outcome, null, 'the newest, still open');
      const second = await server.call('GET', `${path}?limit=1&cursor=${first.body.nextCursor}`, {
        token,
      });
      assert.equal(second.body.items[0].id, review.id);
      assert.equal(second.body.nextCursor, null);
      const amara = await server.token('amara');
      assert.equal((await server.call('GET', path, { token: amara })).status, 404);
      assert.equal((await server.call('POST', path, { token: amara })).status, 404);
      assert.equal(
        (await server.call('GET', `${path}/${review.id}`, { token: amara })).status,
        404,
      );
      const forged = Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url');
      const bad = await server.call('GET', `${path}?cursor=${forged}`, { token });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].field, 'query/cursor');
    });

    it('answers 404 on every review route for another organisation’s ids, both ways', async () => {
      const northwindPath = `/v1/pairs/${review.pairId}/reviews`;
      const stored = await server.db.select().from(reviews);
      for (const who of ['olga', 'nia']) {
        const token = await server.token(who);
        const calls = [
          await server.call('GET', northwindPath, { token }),
          await server.call('POST', northwindPath, { token }),
          await server.call('GET', `${northwindPath}/${review.id}`, { token }),
          await server.call('PATCH', `${northwindPath}/${review.id}`, {
            token,
            body: { outcome: 'at-risk' },
            headers: { 'if-match': '"3"' },
          }),
        ];
        assert.deepEqual(
          calls.map((c) => c.status),
          [404, 404, 404, 404],
          who,
        );
      }
      assert.equal((await server.db.select().from(reviews)).length, stored.length);

      const contosoPath = `/v1/pairs/${ids.contosoPair.id}/reviews`;
      const own = await server.call('POST', contosoPath, { token: await server.token('nia') });
      assert.equal(own.status, 201);
      for (const who of ['priya', 'jordan', 'amara']) {
        const token = await server.token(who);
        const calls = [
          await server.call('GET', contosoPath, { token }),
          await server.call('POST', contosoPath, { token }),
          await server.call('GET', `${contosoPath}/${own.body.id}`, { token }),
          await server.call('PATCH', `${contosoPath}/${own.body.id}`, {
            token,
            body: { outcome: 'at-risk' },
            headers: { 'if-match': '"1"' },
          }),
          // A Contoso review id under a Northwind pair is no better.
          await server.call('GET', `${northwindPath}/${own.body.id}`, { token }),
        ];
        assert.deepEqual(
          calls.map((c) => c.status),
          [404, 404, 404, 404, 404],
          who,
        );
      }
    });
  });
}
