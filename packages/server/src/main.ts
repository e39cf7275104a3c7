// Starts the server: `node dist/main.js` (or `pnpm start` at the workspace root, in demo mode).
// On SIGINT/SIGTERM it stops accepting connections, lets in-flight requests finish, then closes
// the database, so nothing acknowledged is lost.
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { seedDemo } from './demo/seed.js';

const config = readConfig();
const database = await openDatabase(config);
if (config.demo && (await seedDemo(database.db))) console.log('Seeded the demo organisations.');
const app = await buildApp(config, database);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    app.log.error('in-flight requests did not finish in 20 s; exiting');
    process.exit(1);
  }, 20_000);
  timer.unref();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
app.log.info(
  `Upward ${config.demo ? 'demo ' : ''}server on ${where} (${database.kind} database${database.kind === 'embedded' ? ` in ${config.dataDir}` : ''})`,
);
