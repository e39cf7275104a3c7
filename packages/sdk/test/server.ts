// The real reference server on loopback (embedded database, demo data) for the SDK's tests.
import { buildApp, openDatabase, readConfig, seedDemo } from '@upward/server';

export async function startServer(overrides: { corsOrigins?: string[] } = {}) {
  const config = {
    ...readConfig({ UPWARD_DEMO: '1' }),
    dataDir: 'memory://',
    port: 0,
    ...overrides,
    rateLimit: 1_000_000,
  };
  const database = await openDatabase(config);
  await seedDemo(database.db);
  const app = await buildApp(config, database, { logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  async function token(email: string): Promise<string> {
    const response = await fetch(`${url}/demo/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    return ((await response.json()) as { token: string }).token;
  }
  return {
    url,
    token,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const emails = {
  amara: 'amara.okafor@northwind.example',
  helen: 'helen.marsh@northwind.example',
  priya: 'priya.shah@northwind.example',
  jordan: 'jordan.reyes@northwind.example',
};
