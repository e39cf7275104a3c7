// Programmes: who sees which, creation with its defaults and its lead, updates by leads and
// admins only, the phase that only moves forward, If-Match, and tenant isolation.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { programmes } from '../src/db/schema.js';
import { contoso, northwind } from '../src/demo/people.js';
import { defaultChecklist } from '../src/domain/default-checklist.js';
import { databaseKinds, seededProgrammes, startServer, type TestServer } from './harness.js';

const minimal = {
  name: 'Tools and talk',
  purpose: 'Leaders learn new tools from the people who use them daily.',
  focus: ['technology'],
};

for (const kind of databaseKinds) {
  describe(`programmes (${kind})`, () => {
    let server: TestServer;
    let seededProgramme: string;
    let contosoProgramme: string;
    const tokens: Record<string, string> = {};
    const as = (who: string) => tokens[who] as string;

    before(async () => {
      server = await startServer(kind);
      for (const who of ['amara', 'priya', 'jordan', 'olga', 'nia'])
        tokens[who] = await server.token(who);
      ({ northwind: seededProgramme, contoso: contosoProgramme } = await seededProgrammes(server));
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    const create = (token: string, body: Record<string, unknown> = {}) =>
      server.call('POST', '/v1/programmes', { token, body: { ...minimal, ...body } });
    const update = (programmeId: string, body: unknown, etag: string | null, token: string) =>
      server.call('PATCH', `/v1/programmes/${programmeId}`, {
        token,
        body,
        headers: etag ? { 'if-match': etag } : {},
      });

    it('creates a programme with the documented defaults and enrols its creator as lead', async () => {
      const created = await create(as('priya'));
      assert.equal(created.status, 201, created.text);
      assert.equal(created.headers.get('location'), `/v1/programmes/${created.body.id}`);
      assert.equal(created.headers.get('etag'), '"1"');
      const { id, createdAt, updatedAt, ...rest } = created.body;
      assert.ok(id && createdAt && updatedAt);
      assert.deepEqual(rest, {
        ...minimal,
        successMeasures: [],
        phase: 'pilot',
        reviewCadenceDays: 42,
        checklistTemplate: defaultChecklist,
        concernThemes: [],
        training: [],
        requireTrainingBeforePairing: false,
        anonymityThreshold: 5,
        allowPeers: false,
        allowDownwardFeedback: true,
        version: 1,
      });
      // The source documents' seven questions, from "the purpose is clear" to "concerns followed up".
      assert.equal(created.body.checklistTemplate.length, 7);
      assert.equal(created.body.checklistTemplate[3].id, 'junior-sets-agenda');
      const me = await server.call('GET', '/v1/me', { token: as('priya') });
      assert.ok(
        me.body.enrolments.some(
          (e: { programmeId: string; role: string }) => e.programmeId === id && e.role === 'lead',
        ),
      );
      const byAdmin = await create(as('jordan'), {
        phase: 'active',
        reviewCadenceDays: 28,
        anonymityThreshold: 7,
        allowPeers: true,
        allowDownwardFeedback: false,
        requireTrainingBeforePairing: true,
      });
      assert.equal(byAdmin.status, 201);
      assert.equal(byAdmin.body.phase, 'active');
      assert.equal(byAdmin.body.reviewCadenceDays, 28);
      assert.equal(byAdmin.body.anonymityThreshold, 7);
      assert.equal(byAdmin.body.allowPeers, true);
      assert.equal(byAdmin.body.allowDownwardFeedback, false);
      assert.equal(byAdmin.body.requireTrainingBeforePairing, true);
    });

    it('refuses creation by members (403) and bad input (400, 422) with the field', async () => {
      assert.equal((await create(as('amara'))).status, 403);
      const noPurpose = await server.call('POST', '/v1/programmes', {
        token: as('jordan'),
        body: { name: 'x', focus: ['technology'] },
      });
      assert.equal(noPurpose.status, 400);
      assert.deepEqual(noPurpose.body.errors, [{ field: '/purpose', reason: 'is required' }]);
      const twice = await create(as('jordan'), {
        training: [
          { id: 'basics', role: 'mentor', title: 'Basics' },
          { id: 'basics', role: 'mentee', title: 'Basics too' },
        ],
      });
      assert.equal(twice.status, 422);
      assert.deepEqual(
        twice.body.errors.map((e: { field: string }) => e.field),
        ['/training/1/id'],
      );
    });

    it('lists the programmes one is enrolled in; admins see all, newest first, by phase', async () => {
      const hidden = await create(as('priya'), { name: 'Only for leads', phase: 'active' });
      const member = await server.call('GET', '/v1/programmes', { token: as('amara') });
      assert.equal(member.status, 200);
      assert.deepEqual(
        member.body.items.map((p: { id: string }) => p.id),
        [seededProgramme],
      );
      const lead = await server.call('GET', '/v1/programmes?limit=100', { token: as('priya') });
      assert.ok(lead.body.items.some((p: { id: string }) => p.id === hidden.body.id));
      const admin = await server.call('GET', '/v1/programmes?limit=100', { token: as('jordan') });
      const stored = await server.db
        .select()
        .from(programmes)
        .where(eq(programmes.orgId, northwind.id));
      assert.equal(admin.body.items.length, stored.length);
      assert.equal(admin.body.items[0].id, hidden.body.id, 'newest first');
      const times = admin.body.items.map((p: { createdAt: string }) => Date.parse(p.createdAt));
      assert.deepEqual(
        times,
        [...times].sort((a, b) => b - a),
      );
      assert.ok(!admin.body.items.some((p: { id: string }) => p.id === contosoProgramme));
      const active = await server.call('GET', '/v1/programmes?phase=active&limit=100', {
        token: as('jordan'),
      });
      assert.ok(active.body.items.some((p: { id: string }) => p.id === hidden.body.id));
      assert.ok(active.body.items.every((p: { phase: string }) => p.phase === 'active'));
    });

    it('pages through programmes with a cursor', async () => {
      for (let i = 0; i < 3; i++) await create(as('jordan'), { name: `Paged ${i}` });
      const all = await server.call('GET', '/v1/programmes?limit=100', { token: as('jordan') });
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const response = await server.call('GET', `/v1/programmes?limit=2${query}`, {
          token: as('jordan'),
        });
        assert.equal(response.status, 200);
        ids.push(...response.body.items.map((p: { id: string }) => p.id));
        cursor = response.body.nextCursor;
      } while (cursor && ids.length < 200);
      assert.deepEqual(
        ids,
        all.body.items.map((p: { id: string }) => p.id),
      );
      assert.ok(ids.length >= 4);
    });

    it('shows a programme to participants, leads and admins; 404 to others', async () => {
      const read = await server.call('GET', `/v1/programmes/${seededProgramme}`, {
        token: as('amara'),
      });
      assert.equal(read.status, 200);
      assert.equal(read.body.name, 'Listening Upward pilot');
      assert.equal(read.headers.get('etag'), `"${read.body.version}"`);
      const hidden = await create(as('priya'), { name: 'Not for Amara' });
      const outsider = await server.call('GET', `/v1/programmes/${hidden.body.id}`, {
        token: as('amara'),
      });
      assert.equal(outsider.status, 404);
      const admin = await server.call('GET', `/v1/programmes/${hidden.body.id}`, {
        token: as('jordan'),
      });
      assert.equal(admin.status, 200);
    });

    it('lets leads and admins update; members get 403; the phase only moves forward', async () => {
      const { body: created } = await create(as('priya'));
      const path = `/v1/programmes/${created.id}`;
      const member = await update(seededProgramme, { name: 'Mine now' }, '"1"', as('amara'));
      assert.equal(member.status, 403);
      const renamed = await update(
        created.id,
        { name: 'Renamed', reviewCadenceDays: 21 },
        '"1"',
        as('priya'),
      );
      assert.equal(renamed.status, 200);
      assert.equal(renamed.headers.get('etag'), '"2"');
      assert.equal(renamed.body.name, 'Renamed');
      assert.equal(renamed.body.reviewCadenceDays, 21);
      const active = await update(created.id, { phase: 'active' }, '"2"', as('jordan'));
      assert.equal(active.status, 200, 'an admin who is not enrolled may update');
      assert.equal(active.body.phase, 'active');
      const back = await update(created.id, { phase: 'pilot' }, '"3"', as('priya'));
      assert.equal(back.status, 409);
      assert.match(back.body.detail, /active cannot go back to pilot/);
      assert.equal((await update(created.id, { phase: 'closed' }, '"3"', as('priya'))).status, 200);
      const reopen = await update(created.id, { phase: 'active' }, '"4"', as('priya'));
      assert.equal(reopen.status, 409);
      const stored = await server.call('GET', path, { token: as('priya') });
      assert.equal(stored.body.phase, 'closed');
      assert.equal(stored.body.version, 4);
    });

    it('needs If-Match (428), refuses a stale one (412), and a stale update changes nothing', async () => {
      const { body: created } = await create(as('priya'));
      const missing = await update(created.id, { name: 'A' }, null, as('priya'));
      assert.equal(missing.status, 428);
      assert.equal((await update(created.id, { name: 'B' }, '"1"', as('priya'))).status, 200);
      const stale = await update(created.id, { name: 'C', phase: 'closed' }, '"1"', as('priya'));
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const stored = await server.call('GET', `/v1/programmes/${created.id}`, {
        token: as('priya'),
      });
      assert.equal(stored.body.name, 'B');
      assert.equal(stored.body.phase, 'pilot');
      assert.equal(stored.body.version, 2);
    });

    it("answers 404 for another organisation's programmes, and changes nothing", async () => {
      for (const [who, programmeId] of [
        ['olga', seededProgramme],
        ['nia', seededProgramme],
        ['jordan', contosoProgramme],
        ['amara', contosoProgramme],
      ] as const) {
        const read = await server.call('GET', `/v1/programmes/${programmeId}`, { token: as(who) });
        assert.equal(read.status, 404, who);
        const write = await update(programmeId, { name: 'Taken over' }, '"1"', as(who));
        assert.equal(write.status, 404, who);
        const listed = await server.call('GET', '/v1/programmes?limit=100', { token: as(who) });
        assert.ok(!listed.body.items.some((p: { id: string }) => p.id === programmeId), who);
      }
      const [seeded] = await server.db
        .select()
        .from(programmes)
        .where(eq(programmes.id, seededProgramme));
      assert.equal(seeded?.name, 'Listening Upward pilot');
      assert.equal(seeded?.version, 1);
    });
  });
}
