import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { pairs, participants, programmes, reviews } from '../src/db/schema.js';
import { northwind } from '../src/demo/people.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';
import { addFeedback, daysAgo, type Seeded, seeded } from './review-fixtures.js';

for (const kind of databaseKinds) {
  describe(`programme insights (${kind})`, () => {
    let server: TestServer;
    let ids: Seeded;
    let path: string;
    before(async () => {
      server = await startServer(kind);
      ids = await seeded(server);
      path = `/v1/programmes/${ids.programme.id}/insights`;
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });
    const insights = async (who = 'priya') => {
      const response = await server.call('GET', path, { token: await server.token(who) });
      assert.equal(response.status, 200, who);
      return response;
    };
    const themes = async (who = 'priya') =>
      (await insights(who)).body.themes.map(
        (t: { themeId: string; pairs: number; people: number }) => [t.themeId, t.pairs, t.people],
      );

    it('reports the seeded programme: pairs, overdue and at-risk reviews, training, themes', async () => {
      const askedAt = Date.now();
      const { body } = await insights();
      assert.equal(body.programmeId, ids.programme.id);
      assert.ok(Date.parse(body.generatedAt) >= askedAt);
      assert.equal(body.anonymityThreshold, 3);
      assert.deepEqual(body.pairsByStatus, {
        proposed: 1,
        active: 4,
        paused: 1,
        completed: 0,
        ended: 1,
      });
      assert.equal(body.overdueReviews, 1, 'ravi and karl, paused, due 3 days ago');
      assert.equal(body.atRiskPairs, 1, 'sofia and grace');
      assert.deepEqual(body.trainingCompletion, [
        { role: 'mentor', enrolled: 6, completed: 5 },
        { role: 'mentee', enrolled: 4, completed: 4 },
        { role: 'lead', enrolled: 1, completed: 1 },
      ]);
      assert.deepEqual(body.themes, [
        {
          themeId: 'not-heard-in-meetings',
          label: 'Junior voices are not heard in meetings',
          pairs: 3,
          people: 3,
        },
      ]);
    });

    it('releases a theme exactly at k pairs and k people, hiding it at k−1 of either', async () => {
      const pair = (mentor: string, mentee: string) => ids.pair(mentor, mentee);
      // jargon-excludes: the seed has it once (leo, in leo and david). Reach k pairs, k−1 people.
      await addFeedback(server, pair('leo', 'grace'), { themes: ['jargon-excludes'] });
      await addFeedback(server, pair('mei', 'helen'), {
        visibility: 'anonymous',
        themes: ['jargon-excludes'],
      });
      // Another organisation's feedback never counts, even with the same theme id.
      await addFeedback(server, ids.contosoPair, {
        themes: ['jargon-excludes', 'no-time-to-learn'],
      });
      assert.deepEqual(await themes(), [['not-heard-in-meetings', 3, 3]], '3 pairs, 2 people');
      // no-time-to-learn: the seed has it once (ravi). Reach k people in k−1 pairs.
      await addFeedback(server, pair('ravi', 'karl'), {
        by: 'mentee',
        themes: ['no-time-to-learn'],
      });
      await addFeedback(server, pair('amara', 'helen'), { themes: ['no-time-to-learn'] });
      await addFeedback(server, pair('amara', 'helen'), {
        by: 'mentee',
        visibility: 'anonymous',
        themes: ['no-time-to-learn'],
      });
      const hidden = await insights();
      assert.deepEqual(
        hidden.body.themes.map((t: { themeId: string }) => t.themeId),
        ['not-heard-in-meetings'],
        '2 pairs, 4 people',
      );
      assert.doesNotMatch(hidden.text, /jargon|no-time|shuts people out|set aside/, 'no hint');

      await addFeedback(server, pair('mei', 'helen'), {
        by: 'mentee',
        themes: ['jargon-excludes'],
      });
      assert.deepEqual(await themes(), [
        ['not-heard-in-meetings', 3, 3],
        ['jargon-excludes', 3, 3],
      ]);
      await addFeedback(server, pair('sofia', 'grace'), {
        visibility: 'programme',
        themes: ['no-time-to-learn'],
      });
      assert.deepEqual(await themes('helen'), [
        ['not-heard-in-meetings', 3, 3],
        ['jargon-excludes', 3, 3],
        ['no-time-to-learn', 3, 5],
      ]);
    });

    it('never releases a theme outside the programme’s taxonomy', async () => {
      for (const [mentor, mentee] of [
        ['amara', 'helen'],
        ['leo', 'david'],
        ['sofia', 'grace'],
      ] as const)
        await addFeedback(server, ids.pair(mentor, mentee), { themes: ['made-up-theme'] });
      const response = await insights();
      assert.doesNotMatch(response.text, /made-up-theme/);
    });

    it('follows reviews, due dates and training as they change', async () => {
      const db = server.db;
      const pair = (mentor: string, mentee: string) => ids.pair(mentor, mentee);
      const review = (pairId: string, outcome: 'on-track' | 'at-risk', completedAt: Date | null) =>
        db.insert(reviews).values({
          orgId: northwind.id,
          pairId,
          dueAt: daysAgo(1),
          items: [],
          suggestedOutcome: outcome,
          outcome,
          driftSignals: [],
          completedBy: completedAt ? ids.person('priya') : null,
          completedAt,
        });
      await review(pair('mei', 'helen').id, 'at-risk', new Date());
      assert.equal((await insights()).body.atRiskPairs, 2);
      // Newer outcomes replace older ones; an open review's outcome does not count.
      await review(pair('mei', 'helen').id, 'on-track', new Date(Date.now() + 1000));
      await review(pair('amara', 'helen').id, 'at-risk', daysAgo(50));
      await review(pair('amara', 'helen').id, 'at-risk', null);
      assert.equal((await insights()).body.atRiskPairs, 1);

      const due = (p: { id: string }, at: Date) =>
        db
          .update(pairs)
          .set({ reviewDueAt: at })
          .where(and(eq(pairs.orgId, northwind.id), eq(pairs.id, p.id)));
      await due(pair('amara', 'helen'), daysAgo(1));
      await due(pair('leo', 'grace'), daysAgo(1)); // ended: never overdue
      assert.equal((await insights()).body.overdueReviews, 2);

      const training = (key: string, done: string[]) =>
        db
          .update(participants)
          .set({ trainingCompleted: done })
          .where(
            and(
              eq(participants.programmeId, ids.programme.id),
              eq(participants.personId, ids.person(key)),
            ),
          );
      await training('tomas', ['challenging-upward']);
      await training('helen', ['challenging-upward']); // another role's module
      assert.deepEqual((await insights()).body.trainingCompletion, [
        { role: 'mentor', enrolled: 6, completed: 6 },
        { role: 'mentee', enrolled: 4, completed: 3 },
        { role: 'lead', enrolled: 1, completed: 1 },
      ]);
    });

    it('is for leads, admins and the steering committee: 403 for other participants, 404 for others', async () => {
      await insights('priya');
      await insights('jordan');
      const steering = await insights('helen');
      assert.equal(steering.body.programmeId, ids.programme.id);
      for (const participant of ['amara', 'david', 'tomas']) {
        const response = await server.call('GET', path, {
          token: await server.token(participant),
        });
        assert.equal(response.status, 403, participant);
      }
      const [other] = await server.db
        .insert(programmes)
        .values({
          orgId: northwind.id,
          name: 'Unstaffed programme',
          purpose: 'Nobody is enrolled yet.',
          focus: ['technology'],
          checklistTemplate: [],
          concernThemes: [],
          training: [],
        })
        .returning();
      const otherPath = `/v1/programmes/${other?.id}/insights`;
      for (const outsider of ['amara', 'priya', 'helen']) {
        const response = await server.call('GET', otherPath, {
          token: await server.token(outsider),
        });
        assert.equal(response.status, 404, outsider);
      }
      const admin = await server.call('GET', otherPath, { token: await server.token('jordan') });
      assert.equal(admin.status, 200);
      assert.deepEqual(admin.body.trainingCompletion, []);
      assert.deepEqual(admin.body.themes, []);
    });

    it('answers 404 for another organisation’s programme, both ways', async () => {
      for (const who of ['olga', 'nia']) {
        const response = await server.call('GET', path, { token: await server.token(who) });
        assert.equal(response.status, 404, who);
      }
      const contosoPath = `/v1/programmes/${ids.contosoProgramme.id}/insights`;
      const own = await server.call('GET', contosoPath, { token: await server.token('olga') });
      assert.equal(own.status, 200);
      assert.equal(own.body.anonymityThreshold, 5);
      assert.deepEqual(own.body.themes, []);
      assert.deepEqual(own.body.pairsByStatus.active, 1);
      for (const who of ['priya', 'jordan', 'helen']) {
        const response = await server.call('GET', contosoPath, {
          token: await server.token(who),
        });
        assert.equal(response.status, 404, who);
      }
    });
  });
}
