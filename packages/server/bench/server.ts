// The server as `pnpm start` runs it, reporting readiness to the benchmark over IPC.
import { buildApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connect.js';
import { seedDemo } from '../src/demo/seed.js';

const config = readConfig();
const database = await openDatabase(config);
await seedDemo(database.db);
const app = await buildApp(config, database);
await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
