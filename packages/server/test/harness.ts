// Starts the real server on loopback (a real database: PGlite in memory, or a fresh database on
// the test PostgreSQL cluster), seeds the demo data, and gives tests an HTTP client whose every
// response is checked against the contract.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { type Config, readConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connect.js';
import { programmes } from '../src/db/schema.js';
import { contoso, northwind } from '../src/demo/people.js';
import { seedDemo } from '../src/demo/seed.js';
import { checkResponse } from './contract-check.js';
import { postgres } from './postgres.js';

export type DatabaseKind = 'embedded' | 'postgres';

/** Both databases, so every integration test runs on each. */
export const databaseKinds: DatabaseKind[] = ['embedded', 'postgres'];

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  /** Sent as is, instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function startServer(
  kind: DatabaseKind = 'embedded',
  overrides: Partial<Config> = {},
) {
  let databaseUrl: string | undefined;
  if (kind === 'postgres') {
    const cluster = await postgres();
    const name = `upward_${randomUUID().replaceAll('-', '')}`;
    cluster.createDatabase(name);
    databaseUrl = cluster.url(name);
  }
  const config: Config = {
    ...readConfig({ UPWARD_DEMO: '1' }),
    databaseUrl,
    dataDir: 'memory://',
    port: 0,
    rateLimit: 1_000_000,
    ...overrides,
  };
  const database = await openDatabase(config);
  await seedDemo(database.db);
  const app = await buildApp(config, database, { logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const tokens = new Map<string, string>();
  /** Every response checked against the contract; a test can read the problems found. */
  const contractProblems: string[] = [];

  async function call<T = any>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${address}${path}`, { method, headers, body });
    const text = await response.text();
    const type = response.headers.get('content-type');
    const parsed = text && type?.includes('json') ? JSON.parse(text) : text;
    const checked = checkResponse(method, path, response.status, type, parsed);
    contractProblems.push(
      ...checked.problems.map((problem) => `${method} ${path} → ${response.status}: ${problem}`),
    );
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  /** A demo token for one of the seeded people, by first name (`amara`) or email. */
  async function token(who: string): Promise<string> {
    const email = who.includes('@') ? who : await demoEmail(who);
    const cached = tokens.get(email);
    if (cached) return cached;
    const response = await call<{ token: string }>('POST', '/demo/tokens', { body: { email } });
    if (response.status !== 201) throw new Error(`no demo token for ${who}: ${response.text}`);
    tokens.set(email, response.body.token);
    return response.body.token;
  }

  async function demoEmail(firstName: string) {
    const { demoPeople } = await import('../src/demo/people.js');
    const person = demoPeople.find((p) => p.key === firstName.toLowerCase());
    if (!person) throw new Error(`no demo person ${firstName}`);
    return person.email;
  }

  return {
    kind,
    url: address,
    app,
    db: database.db,
    database,
    call,
    token,
    contractProblems,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** The seeded programme of each demo organisation (one each). */
export async function seededProgrammes(server: TestServer) {
  const ofOrg = async (orgId: string) => {
    const [row] = await server.db.select().from(programmes).where(eq(programmes.orgId, orgId));
    assert.ok(row, `a seeded programme in ${orgId}`);
    return row.id;
  };
  return { northwind: await ofOrg(northwind.id), contoso: await ofOrg(contoso.id) };
}
