// Tenant isolation, swept over the whole contract: every route with an id, called with another
// organisation's id, answers 404 and no data, for members and for admins alike.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { loadContract } from '../src/app.js';
import { pairs, people, programmes, reviews, sessions } from '../src/db/schema.js';
import { contoso, northwind } from '../src/demo/people.js';
import { pilotChecklist } from '../src/demo/seed.js';
import { databaseKinds, startServer, type TestServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
const contract = loadContract() as any;
const methods = ['get', 'post', 'put', 'patch', 'delete'];
const deref = (node: { $ref?: string }) =>
  node.$ref
    ? node.$ref
        .slice(2)
        .split('/')
        .reduce((v: any, k) => v[k], contract)
    : node;

const withIds = Object.entries<
  Record<string, { requestBody?: { $ref?: string; content?: unknown } }>
>(contract.paths)
  .filter(([path]) => path.includes('{'))
  .flatMap(([path, item]) =>
    methods
      .filter((m) => item[m])
      .map((method) => {
        const body = item[method]?.requestBody;
        // biome-ignore lint/suspicious/noExplicitAny: generic walk
        const schema: any = body
          ? deref((deref(body) as any).content['application/json'].schema)
          : undefined;
        return { method: method.toUpperCase(), path, example: schema?.examples?.[0] };
      }),
  );

async function idsOf(server: TestServer, orgId: string) {
  const [pair] = await server.db.select().from(pairs).where(eq(pairs.orgId, orgId)).limit(1);
  const [programme] = await server.db
    .select()
    .from(programmes)
    .where(eq(programmes.orgId, orgId))
    .limit(1);
  const [person] = await server.db.select().from(people).where(eq(people.orgId, orgId)).limit(1);
  const [session] = await server.db
    .select()
    .from(sessions)
    .where(eq(sessions.orgId, orgId))
    .limit(1);
  let [review] = await server.db.select().from(reviews).where(eq(reviews.orgId, orgId)).limit(1);
  if (!review && pair) {
    [review] = await server.db
      .insert(reviews)
      .values({
        orgId,
        pairId: pair.id,
        dueAt: new Date(),
        items: pilotChecklist.map((i) => ({ ...i, checked: false })),
        suggestedOutcome: 'on-track',
        driftSignals: [],
      })
      .returning();
  }
  assert.ok(pair && programme && person && session && review);
  return {
    pairId: pair.id,
    programmeId: programme.id,
    personId: person.id,
    sessionId: session.id,
    reviewId: review.id,
  };
}

for (const kind of databaseKinds) {
  describe(`tenant isolation (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer(kind);
    });
    after(async () => {
      assert.deepEqual(server.contractProblems, []);
      await server.close();
    });

    it('covers every route that takes an id', () => {
      assert.ok(withIds.length >= 18, `${withIds.length} routes`);
    });

    for (const [caller, victim] of [
      ['jordan', contoso.id],
      ['amara', contoso.id],
      ['olga', northwind.id],
      ['nia', northwind.id],
    ] as const) {
      it(`${caller} gets 404 and no data for every id of the other organisation`, async () => {
        const ids = await idsOf(server, victim);
        const token = await server.token(caller);
        const failures: string[] = [];
        for (const { method, path, example } of withIds) {
          const url = path.replace(/\{(\w+)\}/g, (_, name: keyof typeof ids) => ids[name]);
          const response = await server.call(method, url, {
            token,
            headers: { 'if-match': '"1"' },
            ...(example ? { body: example } : {}),
          });
          if (response.status !== 404) failures.push(`${method} ${path} → ${response.status}`);
          for (const id of Object.values(ids)) {
            if (response.status === 404 && response.body.detail?.includes(id) && !url.includes(id))
              failures.push(`${method} ${path} leaks ${id}`);
          }
        }
        assert.deepEqual(failures, []);
      });
    }

    it('never lets a pair be made from another organisation’s programme or people', async () => {
      const ids = await idsOf(server, contoso.id);
      const response = await server.call('POST', '/v1/pairs', {
        token: await server.token('jordan'),
        body: { programmeId: ids.programmeId, mentorId: ids.personId, menteeId: ids.personId },
      });
      assert.equal(response.status, 404);
    });
  });
}
