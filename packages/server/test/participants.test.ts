// Participants: who lists them, enrolment by leads and admins (same organisation, once), updates
// (leads everything, a participant only their own training), training ids checked, If-Match,
// and tenant isolation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { participants, people } from '../src/db/schema.js';
import { demoPeople } from '../src/demo/people.js';
import { databaseKinds, seededProgrammes, startServer, type TestServer } from './harness.js';

for (const kind of databaseKinds) {
  describe(`participants (${kind})`, () => {
    let server: TestServer;
    let id: (key: string) => string;
    let seededProgramme: string;
    let contosoProgramme: string;
    const tokens: Record<string, string> = {};
    const as = (who: string) => tokens[who] as string;

    before(async () => {
      server = await startServer(kind);
      const rows = await server.db.select({ id: people.id, email: people.email }).from(people);
      id = (key) => {
        const email = demoPeople.find((p) => p.key === key)?.email;
        const row = rows.find((r) => r.email === email);
        assert.ok(row, `seeded person ${key}`);
        return row.id;
      };
      for (const who of ['amara', 'leo', 'tomas', 'priya', 'jordan', 'olga', 'nia'])
        tokens[who] = await server.token(who);
      ({ northwind: seededProgramme, contoso: contosoProgramme } = await seededProgrammes(server));
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    /** A fresh programme led by Priya, with one training module per role. */
    async function programme() {
      const created = await server.call('POST', '/v1/programmes', {
        token: as('priya'),
        body: {
          name: `Participants test ${Math.random()}`,
          purpose: 'Test enrolments.',
          focus: ['diversity-inclusion'],
          training: [
            { id: 'challenging-upward', role: 'mentor', title: 'How to challenge upward' },
            { id: 'being-open', role: 'mentee', title: 'Being open' },
          ],
        },
      });
      assert.equal(created.status, 201);
      return created.body.id as string;
    }
    const enrol = (programmeId: string, body: Record<string, unknown>, token = as('priya')) =>
      server.call('POST', `/v1/programmes/${programmeId}/participants`, { token, body });
    const update = (
      programmeId: string,
      personId: string,
      body: unknown,
      etag: string | null,
      token: string,
    ) =>
      server.call('PATCH', `/v1/programmes/${programmeId}/participants/${personId}`, {
        token,
        body,
        headers: etag ? { 'if-match': etag } : {},
      });

    it('lists participants by display name, page by page, to participants and admins', async () => {
      const path = `/v1/programmes/${seededProgramme}/participants`;
      const full = await server.call('GET', `${path}?limit=100`, { token: as('amara') });
      assert.equal(full.status, 200);
      assert.equal(full.body.items.length, 11);
      const names = full.body.items.map(
        (p: { person: { displayName: string } }) => p.person.displayName,
      );
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const response = await server.call('GET', `${path}?limit=4${query}`, {
          token: as('amara'),
        });
        assert.equal(response.status, 200);
        paged.push(
          ...response.body.items.map(
            (p: { person: { displayName: string } }) => p.person.displayName,
          ),
        );
        cursor = response.body.nextCursor;
      } while (cursor && paged.length < 100);
      assert.deepEqual(paged, names);
      const amara = full.body.items.find(
        (p: { person: { id: string } }) => p.person.id === id('amara'),
      );
      assert.deepEqual(
        { role: amara.role, capacity: amara.capacity, trainingCompleted: amara.trainingCompleted },
        { role: 'mentor', capacity: 1, trainingCompleted: ['challenging-upward'] },
      );
      const mentees = await server.call('GET', `${path}?role=mentee`, { token: as('jordan') });
      assert.deepEqual(
        mentees.body.items.map((p: { person: { displayName: string } }) => p.person.displayName),
        ['David Osei', 'Grace Whitfield', 'Helen Marsh', 'Karl Brandt'],
      );
      const forged = await server.call('GET', `${path}?cursor=WyJBIiwibm90LWFuLWlkIl0`, {
        token: as('amara'),
      });
      assert.equal(forged.status, 400);
      assert.equal(forged.body.errors[0].field, 'query/cursor');
    });

    it('hides the participants of a programme from people outside it (404)', async () => {
      const programmeId = await programme();
      const outsider = await server.call('GET', `/v1/programmes/${programmeId}/participants`, {
        token: as('amara'),
      });
      assert.equal(outsider.status, 404);
      const lead = await server.call('GET', `/v1/programmes/${programmeId}/participants`, {
        token: as('priya'),
      });
      assert.deepEqual(
        lead.body.items.map((p: { role: string; person: { id: string } }) => [p.person.id, p.role]),
        [[id('priya'), 'lead']],
      );
    });

    it('enrols a person once (a second time is 409), with defaults', async () => {
      const programmeId = await programme();
      const created = await enrol(programmeId, { personId: id('amara'), role: 'mentor' });
      assert.equal(created.status, 201, created.text);
      assert.equal(
        created.headers.get('location'),
        `/v1/programmes/${programmeId}/participants/${id('amara')}`,
      );
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal(created.body.person.displayName, 'Amara Okafor');
      assert.equal(created.body.capacity, 1);
      assert.deepEqual(created.body.trainingCompleted, []);
      assert.equal(created.body.steering, false);
      const again = await enrol(programmeId, { personId: id('amara'), role: 'mentee' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /already enrolled/);
      const byAdmin = await enrol(
        programmeId,
        {
          personId: id('leo'),
          role: 'mentor',
          capacity: 3,
          trainingCompleted: ['challenging-upward'],
        },
        as('jordan'),
      );
      assert.equal(byAdmin.status, 201);
      assert.equal(byAdmin.body.capacity, 3);
    });

    it('refuses enrolment by members (403), of unknown people (404) and unknown training (422)', async () => {
      const member = await enrol(
        seededProgramme,
        { personId: id('jordan'), role: 'mentor' },
        as('amara'),
      );
      assert.equal(member.status, 403);
      const programmeId = await programme();
      const foreign = await enrol(programmeId, { personId: id('nia'), role: 'mentor' });
      assert.equal(foreign.status, 404);
      assert.deepEqual(
        foreign.body.errors.map((e: { field: string }) => e.field),
        ['/personId'],
      );
      const wrongTraining = await enrol(programmeId, {
        personId: id('tomas'),
        role: 'mentor',
        trainingCompleted: ['being-open'],
      });
      assert.equal(wrongTraining.status, 422);
      assert.deepEqual(
        wrongTraining.body.errors.map((e: { field: string }) => e.field),
        ['/trainingCompleted/0'],
      );
      const stored = await server.db
        .select()
        .from(participants)
        .where(eq(participants.programmeId, programmeId));
      assert.deepEqual(
        stored.map((p) => p.personId),
        [id('priya')],
        'nothing enrolled by the refused requests',
      );
    });

    it('lets leads change every field, and a participant only their own training', async () => {
      const programmeId = await programme();
      await enrol(programmeId, { personId: id('tomas'), role: 'mentor' });
      await enrol(programmeId, { personId: id('leo'), role: 'mentor' });
      const own = await update(
        programmeId,
        id('tomas'),
        { trainingCompleted: ['challenging-upward'] },
        '"1"',
        as('tomas'),
      );
      assert.equal(own.status, 200, own.text);
      assert.deepEqual(own.body.trainingCompleted, ['challenging-upward']);
      assert.equal(own.headers.get('etag'), '"2"');
      const ownCapacity = await update(
        programmeId,
        id('tomas'),
        { capacity: 5 },
        '"2"',
        as('tomas'),
      );
      assert.equal(ownCapacity.status, 403);
      const other = await update(
        programmeId,
        id('leo'),
        { trainingCompleted: ['challenging-upward'] },
        '"1"',
        as('tomas'),
      );
      assert.equal(other.status, 403);
      const lead = await update(
        programmeId,
        id('tomas'),
        { role: 'mentee', capacity: 2, steering: true, trainingCompleted: ['being-open'] },
        '"2"',
        as('priya'),
      );
      assert.equal(lead.status, 200);
      assert.deepEqual(
        {
          role: lead.body.role,
          capacity: lead.body.capacity,
          steering: lead.body.steering,
          trainingCompleted: lead.body.trainingCompleted,
        },
        { role: 'mentee', capacity: 2, steering: true, trainingCompleted: ['being-open'] },
      );
      const missing = await update(programmeId, id('amara'), { capacity: 1 }, '"1"', as('priya'));
      assert.equal(missing.status, 404, 'amara is not enrolled here');
    });

    it("rejects training ids that are not the programme's training for the role (422)", async () => {
      const programmeId = await programme();
      await enrol(programmeId, { personId: id('tomas'), role: 'mentor' });
      const wrong = await update(
        programmeId,
        id('tomas'),
        { trainingCompleted: ['challenging-upward', 'made-up'] },
        '"1"',
        as('tomas'),
      );
      assert.equal(wrong.status, 422);
      assert.deepEqual(wrong.body.errors, [
        {
          field: '/trainingCompleted/1',
          reason: 'is not a training module of this programme for the mentor role',
        },
      ]);
      const otherRole = await update(
        programmeId,
        id('tomas'),
        { trainingCompleted: ['being-open'] },
        '"1"',
        as('priya'),
      );
      assert.equal(otherRole.status, 422);
      const [stored] = await server.db
        .select()
        .from(participants)
        .where(
          and(eq(participants.programmeId, programmeId), eq(participants.personId, id('tomas'))),
        );
      assert.deepEqual(stored?.trainingCompleted, []);
      assert.equal(stored?.version, 1);
    });

    it('needs If-Match (428), refuses a stale one (412), and a stale update changes nothing', async () => {
      const programmeId = await programme();
      await enrol(programmeId, { personId: id('leo'), role: 'mentor' });
      const missing = await update(programmeId, id('leo'), { capacity: 2 }, null, as('priya'));
      assert.equal(missing.status, 428);
      assert.equal(
        (await update(programmeId, id('leo'), { capacity: 2 }, '"1"', as('priya'))).status,
        200,
      );
      const stale = await update(programmeId, id('leo'), { capacity: 4 }, '"1"', as('priya'));
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const list = await server.call(
        'GET',
        `/v1/programmes/${programmeId}/participants?role=mentor`,
        {
          token: as('priya'),
        },
      );
      assert.equal(list.body.items[0].capacity, 2);
      assert.equal(list.body.items[0].version, 2);
    });

    it("answers 404 for another organisation's programme or people, and enrols nothing", async () => {
      for (const [who, programmeId, personId] of [
        ['olga', seededProgramme, id('amara')],
        ['nia', seededProgramme, id('amara')],
        ['jordan', contosoProgramme, id('nia')],
        ['amara', contosoProgramme, id('nia')],
      ] as const) {
        const path = `/v1/programmes/${programmeId}/participants`;
        assert.equal((await server.call('GET', path, { token: as(who) })).status, 404, who);
        const enrolled = await enrol(programmeId, { personId, role: 'mentor' }, as(who));
        assert.equal(enrolled.status, 404, who);
        const changed = await update(programmeId, personId, { capacity: 9 }, '"1"', as(who));
        assert.equal(changed.status, 404, who);
      }
      const intoContoso = await enrol(
        contosoProgramme,
        { personId: id('jordan'), role: 'mentee' },
        as('olga'),
      );
      assert.equal(intoContoso.status, 404);
      assert.equal(intoContoso.body.errors[0].field, '/personId');
      const [amara] = await server.db
        .select()
        .from(participants)
        .where(
          and(
            eq(participants.programmeId, seededProgramme),
            eq(participants.personId, id('amara')),
          ),
        );
      assert.equal(amara?.capacity, 1);
      assert.equal(amara?.version, 1);
      const contosoRows = await server.db
        .select()
        .from(participants)
        .where(eq(participants.programmeId, contosoProgramme));
      assert.equal(contosoRows.length, 3);
    });
  });
}
