// Pairs: the pairing rules (enrolment, capacity, training, seniority, reporting chain), the status
// state machine, If-Match, who sees which pairs, the audit of leads' reads, and tenant isolation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEntries, pairs, people } from '../src/db/schema.js';
import { contoso, demoPeople, northwind } from '../src/demo/people.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';

const day = 24 * 3600 * 1000;
type Enrolment = [key: string, role: 'mentor' | 'mentee', capacity?: number, trained?: boolean];

for (const kind of databaseKinds) {
  describe(`pairs (${kind})`, () => {
    let server: TestServer;
    let id: (key: string) => string;
    let seededProgramme: string;
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
      for (const who of ['amara', 'leo', 'grace', 'helen', 'priya', 'jordan', 'olga', 'nia'])
        tokens[who] = await server.token(who);
      const listed = await server.call('GET', '/v1/programmes', { token: as('priya') });
      seededProgramme = listed.body.items[0].id;
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    /** A fresh programme led by Priya, with the given people enrolled. */
    async function programme(enrolments: Enrolment[], options: Record<string, unknown> = {}) {
      const created = await server.call('POST', '/v1/programmes', {
        token: as('priya'),
        body: {
          name: `Pairs test ${Math.random()}`,
          purpose: 'Test the pairing rules.',
          focus: ['technology'],
          reviewCadenceDays: 14,
          training: [
            { id: 'challenging-upward', role: 'mentor', title: 'How to challenge upward' },
            { id: 'being-open', role: 'mentee', title: 'Being open' },
          ],
          ...options,
        },
      });
      assert.equal(created.status, 201);
      for (const [key, role, capacity = 1, trained = false] of enrolments) {
        const enrolled = await server.call(
          'POST',
          `/v1/programmes/${created.body.id}/participants`,
          {
            token: as('priya'),
            body: {
              personId: id(key),
              role,
              capacity,
              trainingCompleted: trained
                ? [role === 'mentor' ? 'challenging-upward' : 'being-open']
                : [],
            },
          },
        );
        assert.equal(enrolled.status, 201, enrolled.text);
      }
      return created.body.id as string;
    }

    const propose = (programmeId: string, mentor: string, mentee: string, token = as('priya')) =>
      server.call('POST', '/v1/pairs', {
        token,
        body: { programmeId, mentorId: id(mentor), menteeId: id(mentee) },
      });

    const patch = (pairId: string, body: unknown, etag: string | null, token = as('priya')) =>
      server.call('PATCH', `/v1/pairs/${pairId}`, {
        token,
        body,
        headers: etag ? { 'if-match': etag } : {},
      });

    it('lets a lead propose a pair: 201, Location, ETag, proposed, the junior owns the agenda', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const created = await server.call('POST', '/v1/pairs', {
        token: as('priya'),
        body: {
          programmeId,
          mentorId: id('leo'),
          menteeId: id('grace'),
          focusAreas: ['team chat'],
          agreement: { goals: ['Use the chat daily'], cadenceDays: 14 },
        },
      });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.headers.get('location'), `/v1/pairs/${created.body.id}`);
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal(created.body.status, 'proposed');
      assert.equal(created.body.mentor.displayName, 'Leo Fischer');
      assert.equal(created.body.mentee.displayName, 'Grace Whitfield');
      assert.deepEqual(created.body.agreement, {
        goals: ['Use the chat daily'],
        cadenceDays: 14,
        agendaOwner: 'mentor',
      });
      assert.equal(created.body.startedAt, null);
      assert.equal(created.body.stats.reviewDueAt, null);
      const read = await server.call('GET', `/v1/pairs/${created.body.id}`, { token: as('leo') });
      assert.equal(read.status, 200);
      assert.deepEqual(read.body, created.body);
    });

    it('lets only leads and admins propose; a programme the caller is not in is 404', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const member = await propose(seededProgramme, 'leo', 'grace', as('amara'));
      assert.equal(member.status, 403);
      const outsider = await propose(programmeId, 'leo', 'grace', as('amara'));
      assert.equal(outsider.status, 404);
      const admin = await propose(programmeId, 'leo', 'grace', as('jordan'));
      assert.equal(admin.status, 201);
    });

    it('rejects people not enrolled in the right role with 422 naming the field', async () => {
      const programmeId = await programme([
        ['leo', 'mentee'],
        ['grace', 'mentee'],
      ]);
      const wrongRole = await propose(programmeId, 'leo', 'grace');
      assert.equal(wrongRole.status, 422);
      assert.deepEqual(
        wrongRole.body.errors.map((e: { field: string }) => e.field),
        ['/mentorId'],
      );
      assert.match(wrongRole.body.detail, /mentor is not enrolled in this programme as a mentor/);
      const notEnrolled = await propose(programmeId, 'leo', 'helen');
      assert.equal(notEnrolled.status, 422);
      assert.deepEqual(
        notEnrolled.body.errors.map((e: { field: string }) => e.field),
        ['/mentorId', '/menteeId'],
      );
      const self = await propose(programmeId, 'grace', 'grace');
      assert.equal(self.status, 422);
      assert.equal(self.body.errors[0].field, '/menteeId');
      const otherOrg = await server.call('POST', '/v1/pairs', {
        token: as('priya'),
        body: { programmeId, mentorId: id('nia'), menteeId: id('grace') },
      });
      assert.equal(otherOrg.status, 422);
      assert.equal(otherOrg.body.errors[0].field, '/mentorId');
      assert.ok(!otherOrg.text.includes('Nia'), 'nothing about the other organisation');
      assert.equal(
        (await server.db.select().from(pairs).where(eq(pairs.programmeId, programmeId))).length,
        0,
      );
    });

    it('counts proposed, active and paused pairs against capacity, not ended ones', async () => {
      // Amara reports to Grace, then Helen: David and Karl are outside her chain.
      const programmeId = await programme([
        ['amara', 'mentor', 1],
        ['david', 'mentee', 2],
        ['karl', 'mentee', 1],
      ]);
      const first = await propose(programmeId, 'amara', 'david');
      assert.equal(first.status, 201);
      const full = await propose(programmeId, 'amara', 'karl');
      assert.equal(full.status, 422);
      assert.equal(full.body.errors[0].field, '/mentorId');
      assert.match(full.body.errors[0].reason, /capacity/);
      const again = await propose(programmeId, 'amara', 'david');
      assert.equal(again.status, 409, 'the same two already have an open pair');
      const ended = await patch(first.body.id, { status: 'ended', endReason: 'Test.' }, '"1"');
      assert.equal(ended.status, 200);
      assert.equal((await propose(programmeId, 'amara', 'karl')).status, 201);
      const menteeFull = await programme([
        ['amara', 'mentor'],
        ['sofia', 'mentor'],
        ['karl', 'mentee', 1],
      ]);
      assert.equal((await propose(menteeFull, 'amara', 'karl')).status, 201);
      const taken = await propose(menteeFull, 'sofia', 'karl');
      assert.equal(taken.status, 422);
      assert.equal(taken.body.errors[0].field, '/menteeId');
    });

    it('takes no new pairs in a closed programme (409)', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const closed = await server.call('PATCH', `/v1/programmes/${programmeId}`, {
        token: as('priya'),
        body: { phase: 'closed' },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(closed.status, 200);
      const refused = await propose(programmeId, 'leo', 'grace');
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /closed/);
    });

    it('requires the training of both roles when the programme says so', async () => {
      const programmeId = await programme(
        [
          ['leo', 'mentor', 1, false],
          ['grace', 'mentee', 1, true],
        ],
        { requireTrainingBeforePairing: true },
      );
      const untrained = await propose(programmeId, 'leo', 'grace');
      assert.equal(untrained.status, 422);
      assert.deepEqual(untrained.body.errors, [
        {
          field: '/mentorId',
          reason: 'has not completed the required training: challenging-upward',
        },
      ]);
      const path = `/v1/programmes/${programmeId}/participants/${id('leo')}`;
      const trained = await server.call('PATCH', path, {
        token: as('leo'),
        body: { trainingCompleted: ['challenging-upward'] },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(trained.status, 200);
      assert.equal((await propose(programmeId, 'leo', 'grace')).status, 201);
    });

    it('rejects a mentor who is not more junior, with the reason', async () => {
      // David (level 8) and Grace (level 8) both report to Helen: peers, not in each other's chain.
      const programmeId = await programme([
        ['david', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const peers = await propose(programmeId, 'david', 'grace');
      assert.equal(peers.status, 422);
      assert.equal(peers.body.type, '/problems/rule-violated');
      assert.deepEqual(peers.body.errors, [
        {
          field: '/mentorId',
          reason: "is not more junior than the mentee (level 8, the mentee's level 8)",
        },
      ]);
      assert.match(peers.body.detail, /The mentor is not more junior than the mentee/);
    });

    it("rejects a mentor inside the mentee's reporting chain, in either direction", async () => {
      // Amara (2) reports to Grace (8), who reports to Helen (9).
      const programmeId = await programme([
        ['amara', 'mentor', 3],
        ['grace', 'mentee'],
        ['helen', 'mentee'],
      ]);
      for (const mentee of ['grace', 'helen']) {
        const chain = await propose(programmeId, 'amara', mentee);
        assert.equal(chain.status, 422, mentee);
        assert.deepEqual(chain.body.errors, [
          {
            field: '/menteeId',
            reason: "is in the mentor's reporting chain (the mentor reports to them)",
          },
        ]);
        assert.match(chain.body.detail, /reporting chain/);
      }
      // The other way round: a senior newcomer who reports (through Quinn) to the junior Leo.
      const add = async (name: string, level: number, managerId: string) => {
        const created = await server.call('POST', '/v1/people', {
          token: as('jordan'),
          body: {
            displayName: name,
            email: `${name.toLowerCase()}.${kind}@northwind.example`,
            level,
            managerId,
          },
        });
        assert.equal(created.status, 201);
        return created.body.id as string;
      };
      const quinn = await add('Quinn', 9, id('leo'));
      const rosa = await add('Rosa', 9, quinn);
      const reverse = await server.call('POST', `/v1/programmes/${programmeId}/participants`, {
        token: as('priya'),
        body: { personId: rosa, role: 'mentee' },
      });
      assert.equal(reverse.status, 201);
      await server.call('POST', `/v1/programmes/${programmeId}/participants`, {
        token: as('priya'),
        body: { personId: id('leo'), role: 'mentor' },
      });
      const upside = await server.call('POST', '/v1/pairs', {
        token: as('priya'),
        body: { programmeId, mentorId: id('leo'), menteeId: rosa },
      });
      assert.equal(upside.status, 422);
      assert.deepEqual(upside.body.errors, [
        {
          field: '/mentorId',
          reason: "is in the mentee's reporting chain (the mentee reports to them)",
        },
      ]);
    });

    it('allows peers and chains when the programme allows peers', async () => {
      const programmeId = await programme(
        [
          ['amara', 'mentor', 2],
          ['grace', 'mentee'],
          ['david', 'mentee'],
        ],
        { allowPeers: true },
      );
      assert.equal((await propose(programmeId, 'amara', 'grace')).status, 201);
      const reversed = await programme(
        [
          ['david', 'mentor'],
          ['grace', 'mentee'],
        ],
        { allowPeers: true },
      );
      assert.equal((await propose(reversed, 'david', 'grace')).status, 201);
    });

    it('follows the state machine: only leads activate; members pause, resume and complete', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const pair = (await propose(programmeId, 'leo', 'grace')).body;
      const byMember = await patch(pair.id, { status: 'active' }, '"1"', as('leo'));
      assert.equal(byMember.status, 403);
      const badMove = await patch(pair.id, { status: 'paused' }, '"1"');
      assert.equal(badMove.status, 409);
      assert.match(badMove.body.detail, /from proposed to paused/);
      const before = Date.now();
      const active = await patch(pair.id, { status: 'active' }, '"1"');
      assert.equal(active.status, 200);
      assert.equal(active.headers.get('etag'), '"2"');
      assert.equal(active.body.status, 'active');
      const started = Date.parse(active.body.startedAt);
      assert.ok(started >= before - 1000 && started <= Date.now() + 1000);
      assert.equal(Date.parse(active.body.stats.reviewDueAt), started + 14 * day);
      const back = await patch(pair.id, { status: 'proposed' }, '"2"', as('leo'));
      assert.equal(back.status, 409);
      assert.match(back.body.detail, /from active to proposed/);
      assert.equal((await patch(pair.id, { status: 'paused' }, '"2"', as('grace'))).status, 200);
      const resumed = await patch(pair.id, { status: 'active' }, '"3"', as('leo'));
      assert.equal(resumed.status, 200);
      assert.equal(resumed.body.startedAt, active.body.startedAt, 'resuming keeps the start');
      const done = await patch(pair.id, { status: 'completed' }, '"4"', as('grace'));
      assert.equal(done.status, 200);
      assert.equal(done.body.status, 'completed');
      assert.ok(done.body.endedAt);
      const reopen = await patch(pair.id, { status: 'active' }, '"5"');
      assert.equal(reopen.status, 409);
      assert.match(reopen.body.detail, /from completed to active/);
      const edit = await patch(pair.id, { focusAreas: ['x'] }, '"5"', as('leo'));
      assert.equal(edit.status, 409, 'a completed pair no longer changes');
    });

    it('ends a pair only with a reason, recording when and by whom', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const pair = (await propose(programmeId, 'leo', 'grace')).body;
      const noReason = await patch(pair.id, { status: 'ended' }, '"1"', as('grace'));
      assert.equal(noReason.status, 422);
      assert.deepEqual(
        noReason.body.errors.map((e: { field: string }) => e.field),
        ['/endReason'],
      );
      const stray = await patch(pair.id, { endReason: 'Why not.' }, '"1"', as('grace'));
      assert.equal(stray.status, 422);
      assert.equal(stray.body.errors[0].field, '/endReason');
      const ended = await patch(
        pair.id,
        { status: 'ended', endReason: 'Grace changed roles.' },
        '"1"',
        as('grace'),
      );
      assert.equal(ended.status, 200);
      assert.equal(ended.body.status, 'ended');
      assert.equal(ended.body.endReason, 'Grace changed roles.');
      assert.equal(ended.body.endedBy.id, id('grace'));
      assert.ok(Date.now() - Date.parse(ended.body.endedAt) < 60_000);
      const final = await patch(pair.id, { status: 'active' }, '"2"');
      assert.equal(final.status, 409);
      assert.match(final.body.detail, /from ended to active/);
    });

    it('lets members edit focus areas, agreement and next session; leads only the status', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const pair = (await propose(programmeId, 'leo', 'grace')).body;
      const next = '2030-01-02T15:00:00.000Z';
      const edited = await patch(
        pair.id,
        { focusAreas: ['automation'], agreement: { cadenceDays: 7 }, nextSessionAt: next },
        '"1"',
        as('leo'),
      );
      assert.equal(edited.status, 200);
      assert.deepEqual(edited.body.focusAreas, ['automation']);
      assert.deepEqual(edited.body.agreement, { cadenceDays: 7, agendaOwner: 'mentor' });
      assert.equal(edited.body.nextSessionAt, next);
      assert.equal(edited.body.version, 2);
      const byLead = await patch(pair.id, { focusAreas: ['leadership'] }, '"2"');
      assert.equal(byLead.status, 403);
      const cleared = await patch(pair.id, { nextSessionAt: null }, '"2"', as('grace'));
      assert.equal(cleared.body.nextSessionAt, null);
    });

    it('needs If-Match (428), refuses a stale one (412), and a stale update changes nothing', async () => {
      const programmeId = await programme([
        ['leo', 'mentor'],
        ['grace', 'mentee'],
      ]);
      const pair = (await propose(programmeId, 'leo', 'grace')).body;
      const missing = await patch(pair.id, { focusAreas: ['a'] }, null, as('leo'));
      assert.equal(missing.status, 428);
      assert.equal((await patch(pair.id, { focusAreas: ['b'] }, '"1"', as('leo'))).status, 200);
      const stale = await patch(
        pair.id,
        { focusAreas: ['c'], status: 'ended', endReason: 'x' },
        '"1"',
        as('grace'),
      );
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const stored = await server.call('GET', `/v1/pairs/${pair.id}`, { token: as('leo') });
      assert.deepEqual(stored.body.focusAreas, ['b']);
      assert.equal(stored.body.status, 'proposed');
      assert.equal(stored.body.version, 2);
      assert.equal(stored.headers.get('etag'), '"2"');
    });

    it('shows members their own pairs, leads their programmes’ pairs, admins all', async () => {
      const mine = await server.call('GET', '/v1/pairs?limit=100', { token: as('amara') });
      assert.equal(mine.status, 200);
      assert.ok(mine.body.items.length >= 1);
      for (const pair of mine.body.items)
        assert.ok([pair.mentor.id, pair.mentee.id].includes(id('amara')));
      const all = await server.call('GET', '/v1/pairs?limit=100', { token: as('jordan') });
      const stored = await server.db.select().from(pairs).where(eq(pairs.orgId, northwind.id));
      assert.equal(all.body.items.length, stored.length);
      const led = await server.call(`GET`, `/v1/pairs?limit=100&programmeId=${seededProgramme}`, {
        token: as('priya'),
      });
      assert.equal(
        led.body.items.length,
        stored.filter((p) => p.programmeId === seededProgramme).length,
      );
      const active = await server.call('GET', `/v1/pairs?status=active&personId=${id('helen')}`, {
        token: as('jordan'),
      });
      assert.equal(active.body.items.length, 2);
      for (const pair of active.body.items) {
        assert.equal(pair.status, 'active');
        assert.equal(pair.mentee.id, id('helen'));
      }
      const seeded = all.body.items.find(
        (p: { mentor: { id: string }; mentee: { id: string } }) =>
          p.mentor.id === id('amara') && p.mentee.id === id('helen'),
      );
      assert.equal(seeded.stats.sessions, 6);
      assert.equal(seeded.stats.lastReviewOutcome, 'on-track');
    });

    it('pages through pairs newest first with a cursor', async () => {
      const token = as('jordan');
      const full = await server.call('GET', '/v1/pairs?limit=100', { token });
      const seen: { id: string; createdAt: string }[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const response = await server.call('GET', `/v1/pairs?limit=3${query}`, { token });
        assert.equal(response.status, 200);
        assert.ok(response.body.items.length <= 3);
        seen.push(...response.body.items);
        cursor = response.body.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      assert.ok(pages >= 3);
      assert.deepEqual(
        seen.map((p) => p.id),
        full.body.items.map((p: { id: string }) => p.id),
      );
      for (let i = 1; i < seen.length; i++)
        assert.ok(Date.parse(seen[i - 1]?.createdAt ?? '') >= Date.parse(seen[i]?.createdAt ?? ''));
      const forged = await server.call('GET', '/v1/pairs?cursor=WyJ4IiwieSJd', { token });
      assert.equal(forged.status, 400);
      assert.equal(forged.body.errors[0].field, 'query/cursor');
    });

    it("writes a lead's and an admin's reads of pairs to their audit log, never a member's", async () => {
      const [pair] = await server.db
        .select()
        .from(pairs)
        .where(and(eq(pairs.mentorId, id('amara')), eq(pairs.menteeId, id('helen'))));
      assert.ok(pair);
      const by = (who: string) =>
        server.db
          .select()
          .from(auditEntries)
          .where(and(eq(auditEntries.orgId, northwind.id), eq(auditEntries.actorId, id(who))));
      const member = await server.call('GET', `/v1/pairs/${pair.id}`, { token: as('amara') });
      assert.equal(member.status, 200);
      await server.call('GET', '/v1/pairs', { token: as('amara') });
      assert.deepEqual(await by('amara'), []);

      const before = new Set((await by('priya')).map((e) => e.id));
      const read = await server.call('GET', `/v1/pairs/${pair.id}`, { token: as('priya') });
      assert.equal(read.status, 200);
      const fresh = (await by('priya')).filter((e) => !before.has(e.id));
      assert.equal(fresh.length, 1);
      assert.equal(fresh[0]?.action, 'pair.read');
      assert.equal(fresh[0]?.pairId, pair.id);
      assert.equal(fresh[0]?.resourceType, 'pair');
      assert.equal(fresh[0]?.resourceId, pair.id);

      const seen = new Set((await by('priya')).map((e) => e.id));
      const listed = await server.call('GET', `/v1/pairs?programmeId=${seededProgramme}&limit=4`, {
        token: as('priya'),
      });
      assert.equal(listed.body.items.length, 4);
      const logged = (await by('priya')).filter((e) => !seen.has(e.id));
      assert.ok(logged.every((e) => e.action === 'pairs.list'));
      assert.deepEqual(
        logged.map((e) => e.pairId).sort(),
        listed.body.items.map((p: { id: string }) => p.id).sort(),
      );

      const adminBefore = (await by('jordan')).length;
      await server.call('GET', `/v1/pairs/${pair.id}`, { token: as('jordan') });
      assert.equal((await by('jordan')).length, adminBefore + 1);
    });

    it("answers 404 for another organisation's pairs and programmes, and changes nothing", async () => {
      const [northwindPair] = await server.db
        .select()
        .from(pairs)
        .where(eq(pairs.orgId, northwind.id));
      const [contosoPair] = await server.db.select().from(pairs).where(eq(pairs.orgId, contoso.id));
      assert.ok(northwindPair && contosoPair);
      for (const [who, pair] of [
        ['olga', northwindPair],
        ['nia', northwindPair],
        ['jordan', contosoPair],
        ['amara', contosoPair],
      ] as const) {
        const read = await server.call('GET', `/v1/pairs/${pair.id}`, { token: as(who) });
        assert.equal(read.status, 404, who);
        assert.ok(!read.text.includes(pair.mentorId));
        const write = await patch(
          pair.id,
          { status: 'ended', endReason: 'x' },
          `"${pair.version}"`,
          as(who),
        );
        assert.equal(write.status, 404, who);
        const listed = await server.call('GET', `/v1/pairs?programmeId=${pair.programmeId}`, {
          token: as(who),
        });
        assert.deepEqual(listed.body.items, [], who);
      }
      const foreign = await server.call('POST', '/v1/pairs', {
        token: as('olga'),
        body: {
          programmeId: northwindPair.programmeId,
          mentorId: id('leo'),
          menteeId: id('grace'),
        },
      });
      assert.equal(foreign.status, 404);
      const [after] = await server.db.select().from(pairs).where(eq(pairs.id, northwindPair.id));
      assert.equal(after?.status, northwindPair.status);
      assert.equal(after?.version, northwindPair.version);
      const contosoList = await server.call('GET', '/v1/pairs?limit=100', { token: as('olga') });
      assert.deepEqual(
        contosoList.body.items.map((p: { id: string }) => p.id),
        [contosoPair.id],
      );
    });
  });
}
