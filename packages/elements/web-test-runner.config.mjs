// Browser tests of @upward/elements: headless Chromium (Debian's), TypeScript through esbuild,
// and the REAL reference server (embedded PGlite in memory, demo data) started in-process on
// loopback for the run, reached across origins (CORS) like a host page reaches it.
//
// Tests read the server's address from a virtual module, `import { apiUrl } from 'virtual:upward-env'`
// (served as /__upward/env.js, typed in test/env.d.ts). Counts go to
// <root>/.test-results/upward-elements.json (scripts/wtr-count-reporter.mjs).
// WTR_PORT fixes the page's port (a free one by default); WTR_FILE_TIMEOUT (ms) bounds a test file.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { buildApp, openDatabase, readConfig, seedDemo } from '@upward/server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';
import { wtrCountReporter } from '../../scripts/wtr-count-reporter.mjs';

const hostname = '127.0.0.1';

/** A port nobody listens on right now (bound, then released). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, hostname, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Picked up front, so the page's origin (which the API must allow) is known before it starts.
const port = Number(process.env.WTR_PORT) || (await freePort());
const origin = `http://${hostname}:${port}`;
// Closed for the whole run: where "the server is unreachable" points.
const closedPort = await freePort();

const base64url = (value) => Buffer.from(value).toString('base64url');

/**
 * The reference server for the run. Demo tokens come from its public `/demo/tokens` route, but
 * only for the seeded people; `/__upward/token` signs one (as the demo server would) for people
 * the tests create.
 */
function upwardServerPlugin() {
  let server;
  let database;
  let apiUrl;
  let config;

  function signDemoToken({ sub, org, email, name, roles }) {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(
      JSON.stringify({
        sub,
        org,
        roles,
        name,
        email,
        iss: 'upward-demo',
        aud: 'upward',
        iat: now,
        exp: now + 8 * 3600,
      }),
    );
    const signature = createHmac('sha256', config.demoSecret)
      .update(`${header}.${payload}`)
      .digest('base64url');
    return `${header}.${payload}.${signature}`;
  }

  return {
    name: 'upward-reference-server',
    async serverStart({ logger }) {
      config = {
        ...readConfig({ UPWARD_DEMO: '1' }),
        dataDir: 'memory://',
        corsOrigins: [origin],
        rateLimit: 100_000_000,
        logLevel: 'warn',
      };
      database = await openDatabase(config);
      await seedDemo(database.db);
      server = await buildApp(config, database, { logger: false });
      apiUrl = await server.listen({ port: 0, host: hostname });
      logger.log(`Upward reference server (demo data) at ${apiUrl}, allowing ${origin}`);
    },
    async serverStop() {
      await server?.close();
      await database?.close();
    },
    resolveImport({ source }) {
      if (source === 'virtual:upward-env') return '/__upward/env.js';
      return undefined;
    },
    serve(context) {
      if (context.path === '/__upward/env.js') {
        return {
          type: 'js',
          body: [
            `export const apiUrl = ${JSON.stringify(apiUrl)};`,
            `export const closedUrl = ${JSON.stringify(`http://${hostname}:${closedPort}`)};`,
            `export const pageOrigin = ${JSON.stringify(origin)};`,
            '',
          ].join('\n'),
        };
      }
      if (context.path === '/__upward/token') {
        const query = new URLSearchParams(context.querystring);
        const sub = query.get('sub');
        const org = query.get('org');
        if (!sub || !org) return undefined;
        const token = signDemoToken({
          sub,
          org,
          email: query.get('email') ?? undefined,
          name: query.get('name') ?? undefined,
          roles: query.getAll('role'),
        });
        return { type: 'json', body: JSON.stringify({ token }) };
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  hostname,
  port,
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  // The session log's tests log 1,000+ sessions through the API.
  testsFinishTimeout: Number(process.env.WTR_FILE_TIMEOUT) || 300_000,
  testFramework: {
    config: { timeout: 30_000 },
  },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), upwardServerPlugin()],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    // Reached with the session log's tests: statements and lines 96.9, branches 89.8, functions 86.3.
    threshold: { statements: 95, branches: 85, functions: 85, lines: 95 },
  },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    summaryReporter({ reportTestLogs: false, reportTestErrors: false }),
    wtrCountReporter(),
  ],
};
