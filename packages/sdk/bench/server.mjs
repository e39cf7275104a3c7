// The reference server (embedded database, demo data) in its own process for the benchmark.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, openDatabase, readConfig, seedDemo } from '@upward/server';

const config = {
  ...readConfig({ UPWARD_DEMO: '1', LOG_LEVEL: 'warn' }),
  dataDir: mkdtempSync(join(tmpdir(), 'upward-sdk-bench-')),
  rateLimit: 1e9,
};
const database = await openDatabase(config);
await seedDemo(database.db);
const app = await buildApp(config, database, { logger: false });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.(url);
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
