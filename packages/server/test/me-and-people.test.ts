import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { databaseKinds, startServer, type TestServer } from './harness.js';

for (const kind of databaseKinds) {
  describe(`me and people (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(kind);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    it('GET /v1/me answers the caller, organisation, roles and enrolments', async () => {
      const me = await server.call('GET', '/v1/me', { token: await server.token('amara') });
      assert.equal(me.status, 200);
      assert.equal(me.body.person.displayName, 'Amara Okafor');
      assert.equal(me.body.organisation.name, 'Northwind Health');
      assert.deepEqual(me.body.roles, ['mentor']);
      assert.equal(me.body.enrolments[0].programmeName, 'Listening Upward pilot');
    });

    it('rejects a request without a token, or with a forged one, with 401 problem details', async () => {
      const none = await server.call('GET', '/v1/me');
      assert.equal(none.status, 401);
      assert.match(none.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(none.body.type, '/problems/unauthorized');
      const token = await server.token('amara');
      const forged = `${token.slice(0, -4)}AAAA`;
      assert.equal((await server.call('GET', '/v1/me', { token: forged })).status, 401);
    });

    it('lists people page by page with a cursor, members seeing no emails or levels', async () => {
      const token = await server.token('amara');
      const first = await server.call('GET', '/v1/people?limit=5', { token });
      assert.equal(first.status, 200);
      assert.equal(first.body.items.length, 5);
      assert.ok(first.body.nextCursor);
      const second = await server.call(
        'GET',
        `/v1/people?limit=5&cursor=${first.body.nextCursor}`,
        { token },
      );
      const names = [...first.body.items, ...second.body.items].map(
        (p: { displayName: string }) => p.displayName,
      );
      assert.deepEqual(names, [...names].sort());
      assert.equal(new Set(names).size, names.length);
      const others = first.body.items.filter(
        (p: { displayName: string }) => p.displayName !== 'Amara Okafor',
      );
      assert.ok(
        others.every(
          (p: { email?: string; level?: number }) => p.email === undefined && p.level === undefined,
        ),
      );
      const all = await server.call('GET', '/v1/people?limit=100', { token });
      assert.ok(
        all.body.items.every(
          (p: { displayName: string }) => !['Nia Adams', 'Ian Cole'].includes(p.displayName),
        ),
        'no Contoso people',
      );
    });

    it('answers a made-up cursor with 400 naming the field', async () => {
      const response = await server.call('GET', '/v1/people?cursor=bm90LWEtY3Vyc29y', {
        token: await server.token('amara'),
      });
      assert.equal(response.status, 400);
      assert.equal(response.body.errors[0].field, 'query/cursor');
    });

    it('lets an admin add a person, and rejects a duplicate email with 409', async () => {
      const token = await server.token('jordan');
      const body = {
        displayName: 'Zoe Park',
        email: 'zoe.park@northwind.example',
        level: 1,
        department: 'Digital',
      };
      const created = await server.call('POST', '/v1/people', { token, body });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), `/v1/people/${created.body.id}`);
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal((await server.call('POST', '/v1/people', { token, body })).status, 409);
      assert.equal(
        (
          await server.call('POST', '/v1/people', {
            token: await server.token('amara'),
            body: { ...body, email: 'x@northwind.example' },
          })
        ).status,
        403,
      );
    });

    it('updates a person with If-Match: 428 without it, 412 when stale, and nothing changes', async () => {
      const token = await server.token('amara');
      const me = await server.call('GET', '/v1/me', { token });
      const path = `/v1/people/${me.body.person.id}`;
      const missing = await server.call('PATCH', path, {
        token,
        body: { interests: ['podcasts'] },
      });
      assert.equal(missing.status, 428);
      const ok = await server.call('PATCH', path, {
        token,
        body: { interests: ['podcasts'] },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('etag'), '"2"');
      const stale = await server.call('PATCH', path, {
        token,
        body: { interests: ['chess'] },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const after = await server.call('GET', path, { token });
      assert.deepEqual(after.body.interests, ['podcasts']);
      const notOwn = await server.call('PATCH', path, {
        token,
        body: { level: 9 },
        headers: { 'if-match': '"2"' },
      });
      assert.equal(notOwn.status, 403);
    });
  });
}
