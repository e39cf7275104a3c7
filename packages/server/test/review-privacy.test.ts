// A review is read by programme leads: it may draw on ratings given for the programme's eyes,
// never on one given to the partner alone (or anonymously).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { databaseKinds, startServer, type TestServer } from './harness.js';

for (const kind of databaseKinds) {
  describe(`review drift signals and feedback visibility (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(kind);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    it('ignores a low "could challenge" rating shared with the partner only, and uses one shared with the programme', async () => {
      const amara = await server.token('amara');
      const pairs = (await server.call('GET', '/v1/pairs?status=active', { token: amara })).body
        .items;
      const pair = pairs.find(
        (p: { mentee: { displayName: string } }) => p.mentee.displayName === 'Helen Marsh',
      );
      const give = (visibility: string) =>
        server.call('POST', `/v1/pairs/${pair.id}/feedback`, {
          token: amara,
          body: {
            ratings: { safety: 3, learning: 3, statusFree: 3, couldChallenge: 1 },
            visibility,
          },
        });
      assert.equal((await give('partner')).status, 201);
      const first = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, { token: amara });
      assert.equal(first.status, 201);
      const codes = (review: { driftSignals: { code: string }[] }) =>
        review.driftSignals.map((s) => s.code);
      assert.ok(
        !codes(first.body).includes('low-challenge-rating'),
        'the partner-only rating stays private',
      );
      const closed = await server.call('PATCH', `/v1/pairs/${pair.id}/reviews/${first.body.id}`, {
        token: amara,
        body: { outcome: 'on-track', complete: true },
        headers: { 'if-match': first.headers.get('etag') as string },
      });
      assert.equal(closed.status, 200);
      assert.equal((await give('programme')).status, 201);
      const second = await server.call('POST', `/v1/pairs/${pair.id}/reviews`, { token: amara });
      assert.ok(
        codes(second.body).includes('low-challenge-rating'),
        'a rating given to the programme counts',
      );

      // The lead sees it; the mentee, whose partner gave the rating for the programme's eyes
      // only, sees neither the signal nor a suggestion that counted it.
      const path = `/v1/pairs/${pair.id}/reviews/${second.body.id}`;
      const lead = await server.call('GET', path, { token: await server.token('priya') });
      assert.ok(codes(lead.body).includes('low-challenge-rating'));
      const helen = await server.token('helen');
      for (const mentee of [
        (await server.call('GET', path, { token: helen })).body,
        (await server.call('GET', `/v1/pairs/${pair.id}/reviews`, { token: helen })).body.items[0],
      ]) {
        assert.equal(mentee.id, second.body.id);
        assert.ok(!codes(mentee).includes('low-challenge-rating'), 'hidden from the mentee');
        // The same facts as the first review, which had no rating to count.
        assert.equal(mentee.suggestedOutcome, first.body.suggestedOutcome);
        assert.notEqual(mentee.suggestedOutcome, second.body.suggestedOutcome);
      }
    });
  });
}
