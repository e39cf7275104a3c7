import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Feedback, Problem } from '@upward/api';
import { and, count, eq } from 'drizzle-orm';
import { auditEntries, feedback, programmes } from '../src/db/schema.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';
import { type Seeded, seeded } from './review-fixtures.js';

const ratings = { safety: 4, learning: 5, statusFree: 3 };
// Seeded comments (src/demo/seed.ts) of each visibility.
const amaraAnonymous = 'In wider meetings my ideas still get talked over.';
const amaraPartner = 'I could disagree openly last time, which felt new.';
const helenPartner = 'Amara made the chat tool feel easy; I use it daily now.';
const sofiaProgramme = 'Grace sets most of the agenda now; I find it hard to push back.';

for (const kind of databaseKinds) {
  describe(`feedback (${kind})`, () => {
    let server: TestServer;
    let ids: Seeded;
    const path = (pairId: string) => `/v1/pairs/${pairId}/feedback`;
    const give = async (who: string, pairId: string, sent: Record<string, unknown>) =>
      server.call<Feedback & Partial<Problem>>('POST', path(pairId), {
        token: await server.token(who),
        body: sent,
      });
    const listAll = async (who: string, pairId: string) => {
      const items: Feedback[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await server.call('GET', `${path(pairId)}${query}`, {
          token: await server.token(who),
        });
        assert.equal(page.status, 200, page.text);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };
    const audits = async (pairId: string, actor: string) =>
      (
        await server.db
          .select({ n: count() })
          .from(auditEntries)
          .where(
            and(
              eq(auditEntries.pairId, pairId),
              eq(auditEntries.actorId, actor),
              eq(auditEntries.action, 'feedback.list'),
              eq(auditEntries.resourceType, 'pair'),
              eq(auditEntries.resourceId, pairId),
            ),
          )
      )[0]?.n;
    const setDownward = (allow: boolean) =>
      server.db
        .update(programmes)
        .set({ allowDownwardFeedback: allow })
        .where(eq(programmes.id, ids.programme.id));

    before(async () => {
      server = await startServer(kind);
      ids = await seeded(server);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    it('takes upward feedback from the mentor: anonymous by default, attributed to the giver', async () => {
      const pairId = ids.pair('amara', 'helen').id;
      const given = await give('amara', pairId, {
        ratings: { ...ratings, couldChallenge: 2 },
        comment: '<b>as typed</b>',
        concernThemes: ['jargon-excludes'],
      });
      assert.equal(given.status, 201);
      assert.equal(given.headers.get('location'), path(pairId));
      assert.equal(given.body.direction, 'upward');
      assert.equal(given.body.visibility, 'anonymous');
      assert.deepEqual(given.body.ratings, { ...ratings, couldChallenge: 2 });
      assert.equal(given.body.comment, '<b>as typed</b>');
      assert.deepEqual(given.body.concernThemes, ['jargon-excludes']);
      assert.equal(given.body.author?.id, ids.person('amara'));
      const [row] = await server.db.select().from(feedback).where(eq(feedback.id, given.body.id));
      assert.equal(row?.authorId, ids.person('amara'));
      assert.equal(row?.visibility, 'anonymous');
    });

    it('takes downward feedback from the mentee, without a "could challenge" rating (422)', async () => {
      const pairId = ids.pair('mei', 'helen').id;
      const withChallenge = await give('helen', pairId, {
        ratings: { ...ratings, couldChallenge: 5 },
      });
      assert.equal(withChallenge.status, 422);
      assert.deepEqual(
        withChallenge.body.errors?.map((e: { field: string }) => e.field),
        ['/ratings/couldChallenge'],
      );
      const given = await give('helen', pairId, { ratings, visibility: 'partner' });
      assert.equal(given.status, 201);
      assert.equal(given.body.direction, 'downward');
      assert.equal(given.body.ratings.couldChallenge, undefined);
      assert.equal(given.body.author?.id, ids.person('helen'));
    });

    it('refuses downward feedback (403) when the programme allows only upward', async () => {
      const pairId = ids.pair('leo', 'david').id;
      const before = await server.db.select({ n: count() }).from(feedback);
      await setDownward(false);
      try {
        const denied = await give('david', pairId, { ratings });
        assert.equal(denied.status, 403);
        assert.deepEqual(await server.db.select({ n: count() }).from(feedback), before);
        assert.equal((await give('leo', pairId, { ratings })).status, 201, 'upward still fine');
      } finally {
        await setDownward(true);
      }
    });

    it("accepts only the programme's concern themes, naming each unknown one (422)", async () => {
      const pairId = ids.pair('leo', 'david').id;
      const wrong = await give('leo', pairId, {
        ratings,
        concernThemes: ['jargon-excludes', 'made-up-theme', 'another-one'],
      });
      assert.equal(wrong.status, 422);
      assert.equal(wrong.body.type, '/problems/rule-violated');
      assert.deepEqual(
        wrong.body.errors?.map((e: { field: string }) => e.field),
        ['/concernThemes/1', '/concernThemes/2'],
      );
      // Contoso's taxonomy is empty: Northwind's theme ids mean nothing there.
      const contoso = await give('nia', ids.contosoPair.id, {
        ratings,
        concernThemes: ['not-heard-in-meetings'],
      });
      assert.equal(contoso.status, 422);
      assert.equal(contoso.body.errors?.[0]?.field, '/concernThemes/0');
    });

    it('refuses feedback on a proposed pair (409), from leads and admins (403), others (404)', async () => {
      assert.equal((await give('tomas', ids.pair('tomas', 'karl').id, { ratings })).status, 409);
      const pairId = ids.pair('amara', 'helen').id;
      assert.equal((await give('priya', pairId, { ratings })).status, 403);
      assert.equal((await give('jordan', pairId, { ratings })).status, 403);
      assert.equal((await give('leo', pairId, { ratings })).status, 404);
      assert.equal((await give('nia', pairId, { ratings })).status, 404);
      assert.equal((await give('amara', ids.contosoPair.id, { ratings })).status, 404);
    });

    it('never shows the mentee the mentor’s anonymous or programme feedback', async () => {
      const pairId = ids.pair('amara', 'helen').id;
      await give('amara', pairId, { ratings, comment: 'to the leads', visibility: 'programme' });
      const helen = await listAll('helen', pairId);
      const comments = helen.map((f) => f.comment);
      assert.ok(comments.includes(amaraPartner), 'the partner feedback');
      assert.ok(comments.includes(helenPartner), 'her own');
      assert.ok(!comments.includes(amaraAnonymous));
      assert.ok(!comments.includes('to the leads'));
      const fromAmara = helen.filter((f) => f.direction === 'upward');
      assert.ok(fromAmara.length > 0);
      assert.ok(fromAmara.every((f) => f.visibility === 'partner'));
      assert.ok(
        helen.every((f) => f.author !== undefined),
        'each one she may attribute',
      );
      // Paging does not change what she sees.
      const whole = await server.call('GET', `${path(pairId)}?limit=100`, {
        token: await server.token('helen'),
      });
      assert.ok(!whole.text.includes(amaraAnonymous) && !whole.text.includes('to the leads'));
      assert.deepEqual(
        whole.body.items.map((f: Feedback) => f.id),
        helen.map((f) => f.id),
      );
      // Grace, in a pair whose mentor wrote to the programme, sees none of it.
      const grace = await listAll('grace', ids.pair('sofia', 'grace').id);
      assert.ok(!grace.some((f) => f.comment === sofiaProgramme));
    });

    it('shows a member everything they gave, attributed to them, newest first', async () => {
      const pairId = ids.pair('amara', 'helen').id;
      const amara = await listAll('amara', pairId);
      const own = amara.filter((f) => f.author?.id === ids.person('amara'));
      assert.ok(own.some((f) => f.visibility === 'anonymous' && f.comment === amaraAnonymous));
      assert.ok(own.some((f) => f.visibility === 'programme'));
      assert.ok(amara.some((f) => f.comment === helenPartner && f.author?.displayName));
      assert.equal(amara.length, new Set(amara.map((f) => f.id)).size);
      const times = amara.map((f) => f.createdAt);
      assert.deepEqual(times, [...times].sort().reverse());
      const rows = await server.db.select().from(feedback).where(eq(feedback.pairId, pairId));
      const expected = rows.filter(
        (r) => r.authorId === ids.person('amara') || r.visibility === 'partner',
      );
      assert.deepEqual(amara.map((f) => f.id).sort(), expected.map((r) => r.id).sort());
    });

    it('shows a lead or admin only programme feedback, attributed, writing one audit entry per list', async () => {
      const sofiaGrace = ids.pair('sofia', 'grace').id;
      await give('grace', sofiaGrace, { ratings, comment: 'partner only', visibility: 'partner' });
      await give('grace', sofiaGrace, { ratings, comment: 'anonymous only' });
      for (const who of ['priya', 'jordan']) {
        const actor = ids.person(who);
        const before = await audits(sofiaGrace, actor);
        const page = await server.call('GET', path(sofiaGrace), {
          token: await server.token(who),
        });
        assert.equal(page.status, 200);
        assert.deepEqual(
          page.body.items.map((f: Feedback) => [f.comment, f.visibility, f.author?.id]),
          [[sofiaProgramme, 'programme', ids.person('sofia')]],
        );
        assert.equal(await audits(sofiaGrace, actor), (before ?? 0) + 1);
      }
      const amaraHelen = ids.pair('amara', 'helen').id;
      const lead = await listAll('priya', amaraHelen);
      assert.ok(lead.length > 0);
      assert.ok(lead.every((f) => f.visibility === 'programme' && f.author !== undefined));
      const rows = await server.db.select().from(feedback).where(eq(feedback.pairId, amaraHelen));
      assert.equal(lead.length, rows.filter((r) => r.visibility === 'programme').length);
      // Members' own reads are not audited.
      const helenBefore = await audits(amaraHelen, ids.person('helen'));
      await listAll('helen', amaraHelen);
      assert.equal(await audits(amaraHelen, ids.person('helen')), helenBefore);
    });

    it("answers 404 for another tenant's pair, both ways, and for non-members", async () => {
      const northwind = ids.pair('amara', 'helen').id;
      for (const [who, pairId] of [
        ['nia', northwind],
        ['olga', northwind],
        ['amara', ids.contosoPair.id],
        ['jordan', ids.contosoPair.id],
        ['leo', northwind],
      ] as const) {
        const listed = await server.call('GET', path(pairId), { token: await server.token(who) });
        assert.equal(listed.status, 404, `${who} lists ${pairId}`);
        assert.equal(listed.body.type, '/problems/not-found');
        assert.equal((await give(who, pairId, { ratings })).status, 404, `${who} gives`);
      }
    });

    it('replays a retried feedback POST with the same Idempotency-Key, storing it once', async () => {
      const pairId = ids.pair('sofia', 'grace').id;
      const token = await server.token('sofia');
      const sent = { ratings: { ...ratings, couldChallenge: 3 }, comment: `once ${kind}` };
      const headers = { 'idempotency-key': `feedback-${kind}-0001` };
      const first = await server.call('POST', path(pairId), { token, headers, body: sent });
      const again = await server.call('POST', path(pairId), { token, headers, body: sent });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(again.body, first.body);
      const stored = await server.db
        .select({ n: count() })
        .from(feedback)
        .where(eq(feedback.comment, `once ${kind}`));
      assert.equal(stored[0]?.n, 1);
    });
  });
}
