import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Session } from '@upward/api';
import { and, count, eq } from 'drizzle-orm';
import { sessions } from '../src/db/schema.js';
import { sessionPage } from '../src/domain/sessions.js';
import { encodeCursor } from '../src/http/pagination.js';
import { databaseKinds, type Reply, startServer, type TestServer } from './harness.js';
import { addPair, day, type Seeded, seeded } from './review-fixtures.js';

const body = (extra: Record<string, unknown> = {}) => ({
  heldAt: '2026-03-02T10:00:00.000Z',
  durationMinutes: 45,
  format: 'video',
  agendaSetBy: 'mentor',
  ...extra,
});
const seededNote = 'Ask next time whether that felt safe to say.';
const seededShared = 'We kept to the junior-led agenda.';
type Keyed = Pick<Session, 'id' | 'heldAt'>;
const newestFirst = (a: Keyed, b: Keyed) =>
  b.heldAt.localeCompare(a.heldAt) || b.id.localeCompare(a.id);

for (const kind of databaseKinds) {
  describe(`sessions (${kind})`, () => {
    let server: TestServer;
    let ids: Seeded;
    let amaraHelen: string;
    const sessionsPath = (pairId = amaraHelen) => `/v1/pairs/${pairId}/sessions`;
    const tokenOf = (who: string) => server.token(who);
    const log = async (who: string, extra: Record<string, unknown> = {}, pairId = amaraHelen) =>
      server.call<Session>('POST', sessionsPath(pairId), {
        token: await tokenOf(who),
        body: body(extra),
      });
    const listAll = async (who: string, pairId = amaraHelen) => {
      const items: Session[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
        const page = await server.call('GET', `${sessionsPath(pairId)}${query}`, {
          token: await tokenOf(who),
        });
        assert.equal(page.status, 200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };
    const rowsOf = (pairId: string) =>
      server.db.select().from(sessions).where(eq(sessions.pairId, pairId)).orderBy(sessions.id);

    before(async () => {
      server = await startServer(kind);
      ids = await seeded(server);
      amaraHelen = ids.pair('amara', 'helen').id;
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, [], 'every response matches the contract');
      await server.close();
    });

    it('logs a session for a member: 201, Location, ETag, loggedBy the caller, text as typed', async () => {
      const topics = ['<script>alert("x")</script>', 'Ünïcode & "quotes" 😀'];
      const learnings = 'Line one\nLine two <b>not bold</b>';
      const created = await log('amara', {
        topics,
        learnings,
        actions: [{ text: 'Try it', owner: 'mentee', done: false }],
        sharedNotes: 'Shared <img src=x onerror=alert(1)>',
        privateNote: 'Mine alone',
      });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), `${sessionsPath()}/${created.body.id}`);
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal(created.body.loggedBy.id, ids.person('amara'));
      assert.equal(created.body.loggedBy.displayName, 'Amara Okafor');
      assert.equal(created.body.cancelledBy, null);
      assert.equal(created.body.privateNote, 'Mine alone');
      const read = await server.call('GET', `${sessionsPath()}/${created.body.id}`, {
        token: await tokenOf('amara'),
      });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('etag'), '"1"');
      assert.deepEqual(read.body.topics, topics);
      assert.equal(read.body.learnings, learnings);
      assert.equal(read.body.sharedNotes, 'Shared <img src=x onerror=alert(1)>');
      assert.ok(read.text.includes('<script>alert(\\"x\\")</script>'), 'not HTML-escaped');
      const [row] = await server.db.select().from(sessions).where(eq(sessions.id, read.body.id));
      assert.deepEqual(row?.topics, topics, 'stored as typed');
    });

    it('lists newest first by heldAt then id, page by page, ties included', async () => {
      const tie = '2026-03-05T09:00:00.000Z';
      await log('amara', { heldAt: tie });
      await log('helen', { heldAt: tie });
      const items = await listAll('amara');
      const rows = await rowsOf(amaraHelen);
      assert.equal(items.length, rows.length);
      assert.equal(new Set(items.map((s) => s.id)).size, items.length, 'no repeats');
      assert.deepEqual(
        items.map((s) => s.id),
        [...items].sort(newestFirst).map((s) => s.id),
      );
      assert.equal(items.filter((s) => s.heldAt === tie).length, 2);
    });

    it("never gives the partner the author's private note, in lists or single reads", async () => {
      const helenList = await listAll('helen');
      assert.ok(helenList.length > 0);
      assert.ok(helenList.every((s) => !('privateNote' in s)));
      const amaraList = await listAll('amara');
      const noted = amaraList.find((s) => s.privateNote === seededNote);
      assert.ok(noted, 'the author sees her note in the list');
      const single = await server.call('GET', `${sessionsPath()}/${noted.id}`, {
        token: await tokenOf('helen'),
      });
      assert.equal(single.status, 200);
      assert.equal(single.body.privateNote, undefined);
      assert.ok(!single.text.includes(seededNote));
      // The other way round: the mentee's note stays hers.
      const hers = await log('helen', { privateNote: 'Helen only' });
      assert.equal(hers.body.privateNote, 'Helen only');
      const asAmara = await server.call('GET', `${sessionsPath()}/${hers.body.id}`, {
        token: await tokenOf('amara'),
      });
      assert.equal(asAmara.body.privateNote, undefined);
      assert.ok(!(await listAll('amara')).some((s) => s.privateNote === 'Helen only'));
    });

    it('lets the partner edit shared fields but never the private note (403)', async () => {
      const created = await log('amara', { privateNote: 'Keep this', sharedNotes: 'v1' });
      const path = `${sessionsPath()}/${created.body.id}`;
      const helen = await tokenOf('helen');
      const denied = await server.call('PATCH', path, {
        token: helen,
        body: { privateNote: 'Overwritten', sharedNotes: 'v2' },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(denied.status, 403);
      const edited = await server.call('PATCH', path, {
        token: helen,
        body: { sharedNotes: 'v2', actions: [{ text: 'Done it', owner: 'mentee', done: true }] },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(edited.status, 200);
      assert.equal(edited.headers.get('etag'), '"2"');
      assert.equal(edited.body.sharedNotes, 'v2');
      assert.equal(edited.body.privateNote, undefined, 'the partner does not get it back');
      const mine = await server.call('GET', path, { token: await tokenOf('amara') });
      assert.equal(mine.body.privateNote, 'Keep this');
      assert.equal(mine.body.version, 2);
      const own = await server.call('PATCH', path, {
        token: await tokenOf('amara'),
        body: { privateNote: 'Changed by me', heldAt: '2026-03-01T08:30:00+01:00' },
        headers: { 'if-match': '"2"' },
      });
      assert.equal(own.status, 200);
      assert.equal(own.body.privateNote, 'Changed by me');
      assert.equal(own.body.heldAt, '2026-03-01T07:30:00.000Z');
    });

    it('needs If-Match to update or delete: 428 without, 412 when stale, and nothing changes', async () => {
      const created = await log('amara', { sharedNotes: 'original' });
      const path = `${sessionsPath()}/${created.body.id}`;
      const token = await tokenOf('amara');
      await server.call('PATCH', path, {
        token,
        body: { sharedNotes: 'second' },
        headers: { 'if-match': '"1"' },
      });
      const before = await rowsOf(amaraHelen);
      const missing = await server.call('PATCH', path, { token, body: { sharedNotes: 'x' } });
      assert.equal(missing.status, 428);
      const stale = await server.call('PATCH', path, {
        token,
        body: { sharedNotes: 'stale write' },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      assert.equal((await server.call('DELETE', path, { token })).status, 428);
      const staleDelete = await server.call('DELETE', path, {
        token,
        headers: { 'if-match': '"1"' },
      });
      assert.equal(staleDelete.status, 412);
      assert.deepEqual(await rowsOf(amaraHelen), before, 'nothing changed');
      const read = await server.call('GET', path, { token });
      assert.equal(read.body.sharedNotes, 'second');
    });

    it('lets only the author delete (403 for the partner), then the session is gone', async () => {
      const created = await log('amara');
      const path = `${sessionsPath()}/${created.body.id}`;
      const partner = await server.call('DELETE', path, {
        token: await tokenOf('helen'),
        headers: { 'if-match': '"1"' },
      });
      assert.equal(partner.status, 403);
      const token = await tokenOf('amara');
      const deleted = await server.call('DELETE', path, { token, headers: { 'if-match': '"1"' } });
      assert.equal(deleted.status, 204);
      assert.equal((await server.call('GET', path, { token })).status, 404);
      const [left] = await server.db
        .select({ n: count() })
        .from(sessions)
        .where(eq(sessions.id, created.body.id));
      assert.equal(left?.n, 0);
    });

    it('logs only for active or paused pairs (409 for proposed and ended)', async () => {
      const proposed = await log('tomas', {}, ids.pair('tomas', 'karl').id);
      assert.equal(proposed.status, 409);
      const ended = await log('leo', {}, ids.pair('leo', 'grace').id);
      assert.equal(ended.status, 409);
      const paused = await log('karl', { cancelledBy: 'mentee' }, ids.pair('ravi', 'karl').id);
      assert.equal(paused.status, 201);
      assert.equal(paused.body.cancelledBy, 'mentee');
      assert.equal(paused.body.loggedBy.id, ids.person('karl'));
    });

    it('answers leads and admins 403 on every session route, other people 404', async () => {
      const session = (await rowsOf(amaraHelen)).find((r) => r.sharedNotes === seededShared);
      assert.ok(session);
      const routes = [
        ['GET', sessionsPath(), undefined],
        ['POST', sessionsPath(), body()],
        ['GET', `${sessionsPath()}/${session.id}`, undefined],
        ['PATCH', `${sessionsPath()}/${session.id}`, { sharedNotes: 'lead was here' }],
        ['DELETE', `${sessionsPath()}/${session.id}`, undefined],
      ] as const;
      for (const [who, status] of [
        ['priya', 403],
        ['jordan', 403],
        ['leo', 404],
        ['david', 404],
      ] as const) {
        const token = await tokenOf(who);
        for (const [method, path, sent] of routes) {
          const response: Reply = await server.call(method, path, {
            token,
            body: sent,
            headers: { 'if-match': `"${session.version}"` },
          });
          assert.equal(response.status, status, `${who} ${method} ${path}`);
          assert.ok(!response.text.includes(session.sharedNotes), 'no session content');
        }
      }
      assert.deepEqual(
        (await rowsOf(amaraHelen)).find((r) => r.id === session.id),
        session,
      );
    });

    it("answers 404 for another tenant's pair and session ids, and for a session of another pair", async () => {
      const contosoPair = ids.contosoPair.id;
      const [contosoSession] = await rowsOf(contosoPair);
      const northwindSession = (await rowsOf(amaraHelen)).find(
        (r) => r.sharedNotes === seededShared,
      );
      assert.ok(contosoSession && northwindSession);
      const routes = (pairId: string, sessionId: string) =>
        [
          ['GET', sessionsPath(pairId), undefined],
          ['POST', sessionsPath(pairId), body()],
          ['GET', `${sessionsPath(pairId)}/${sessionId}`, undefined],
          ['PATCH', `${sessionsPath(pairId)}/${sessionId}`, { sharedNotes: 'x' }],
          ['DELETE', `${sessionsPath(pairId)}/${sessionId}`, undefined],
        ] as const;
      const cases = [
        ['nia', amaraHelen, northwindSession.id, northwindSession.sharedNotes],
        ['olga', amaraHelen, northwindSession.id, northwindSession.sharedNotes],
        ['amara', contosoPair, contosoSession.id, contosoSession.sharedNotes],
        ['jordan', contosoPair, contosoSession.id, contosoSession.sharedNotes],
      ] as const;
      for (const [who, pairId, sessionId, secret] of cases) {
        const token = await tokenOf(who);
        for (const [method, path, sent] of routes(pairId, sessionId)) {
          const response = await server.call(method, path, {
            token,
            body: sent,
            headers: { 'if-match': '"1"' },
          });
          assert.equal(response.status, 404, `${who} ${method} ${path}`);
          assert.equal(response.body.type, '/problems/not-found');
          assert.ok(!response.text.includes(secret));
        }
      }
      // A real Northwind session, asked for under a pair it does not belong to.
      const other = ids.pair('mei', 'helen').id;
      const wrongPair = await server.call('GET', `${sessionsPath(other)}/${northwindSession.id}`, {
        token: await tokenOf('helen'),
      });
      assert.equal(wrongPair.status, 404);
      assert.deepEqual(await rowsOf(contosoPair), [contosoSession], 'Contoso untouched');
    });

    it('replays a retried POST with the same Idempotency-Key: one row; another body gets 422', async () => {
      const token = await tokenOf('amara');
      const marker = `idempotent ${kind}`;
      const headers = { 'idempotency-key': `retry-${kind}-0001` };
      const first = await server.call('POST', sessionsPath(), {
        token,
        headers,
        body: body({ learnings: marker }),
      });
      assert.equal(first.status, 201);
      assert.equal(first.headers.get('idempotent-replayed'), 'false');
      const again = await server.call('POST', sessionsPath(), {
        token,
        headers,
        body: body({ learnings: marker }),
      });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(again.body, first.body);
      assert.equal(again.headers.get('location'), first.headers.get('location'));
      const rows = () =>
        server.db
          .select({ n: count() })
          .from(sessions)
          .where(and(eq(sessions.pairId, amaraHelen), eq(sessions.learnings, marker)));
      assert.equal((await rows())[0]?.n, 1);
      const reused = await server.call('POST', sessionsPath(), {
        token,
        headers,
        body: body({ learnings: `${marker}, changed` }),
      });
      assert.equal(reused.status, 422);
      assert.equal(reused.body.errors[0].field, 'header/Idempotency-Key');
      assert.equal((await rows())[0]?.n, 1);
    });

    it('pages 10,000 sessions of one pair through the (org, pair, heldAt, id) index', async () => {
      const pair = await addPair(server, ids, 'amara', 'david');
      const start = Date.UTC(2020, 0, 1);
      for (let batch = 0; batch < 10; batch++) {
        await server.db.insert(sessions).values(
          Array.from({ length: 1000 }, (_, i) => ({
            orgId: pair.orgId,
            pairId: pair.id,
            // Two sessions share each heldAt: the id breaks the tie.
            heldAt: new Date(start + Math.floor((batch * 1000 + i) / 2) * day),
            durationMinutes: 30,
            format: 'video' as const,
            agendaSetBy: 'mentor' as const,
            actions: [],
            loggedBy: pair.mentorId,
          })),
        );
      }
      const all = await server.db
        .select({ id: sessions.id, heldAt: sessions.heldAt })
        .from(sessions)
        .where(eq(sessions.pairId, pair.id));
      assert.equal(all.length, 10_000);
      const expected = all
        .map((r) => ({ id: r.id, heldAt: r.heldAt.toISOString() }))
        .sort(newestFirst);
      const token = await tokenOf('amara');
      const first = await server.call('GET', `${sessionsPath(pair.id)}?limit=100`, { token });
      assert.deepEqual(
        first.body.items.map((s: Session) => s.id),
        expected.slice(0, 100).map((s) => s.id),
      );
      // A cursor deep into the history: the page after the 9,000th session.
      const at = expected[8999];
      assert.ok(at);
      const cursor = encodeCursor(at.heldAt, at.id);
      const started = performance.now();
      const deep = await server.call('GET', `${sessionsPath(pair.id)}?limit=100&cursor=${cursor}`, {
        token,
      });
      const took = performance.now() - started;
      assert.equal(deep.status, 200);
      assert.deepEqual(
        deep.body.items.map((s: Session) => s.id),
        expected.slice(9000, 9100).map((s) => s.id),
      );
      assert.ok(took < 5000, `deep page took ${took} ms`);
      // The plan reads the index backwards from the cursor: no sort, no scan of the pair's rows.
      const query = sessionPage(server.db, pair.orgId, pair.id, cursor, 100).toSQL();
      const client = server.db.$client as unknown as {
        query(text: string, params: unknown[]): Promise<{ rows: Record<string, string>[] }>;
      };
      const plan = (await client.query(`explain ${query.sql}`, query.params)).rows
        .map((row) => Object.values(row)[0])
        .join('\n');
      assert.match(plan, /Index Scan Backward using sessions_pair_held/, plan);
      assert.match(plan, /Index Cond: .*held_at.*id.*</s, plan);
      assert.doesNotMatch(plan, /Sort|Seq Scan|Filter/, plan);
    });
  });
}
