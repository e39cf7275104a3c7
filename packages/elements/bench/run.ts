// `pnpm bench` for @upward/elements:
// 1. gzip size of each element (Lit and the SDK excluded) and of the provider with two elements;
// 2. time to render the session log of a pair with 100 and with 10,000 sessions, in headless
//    Chromium against the real reference server, and their ratio (target under 1.5).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildApp, openDatabase, readConfig, seedDemo } from '@upward/server';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium.mjs';
import {
  byElementModule,
  byPackageAndElement,
  dropInParts,
  stylesAndCopy,
} from './drop-in-parts.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);

async function gzipOf(entries: string[], external: string[]) {
  const result = await esbuild.build({
    stdin: {
      contents: entries.map((entry) => `import '${dist}${entry}';`).join('\n'),
      resolveDir: dist,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const withoutLitAndSdk = ['lit', 'lit/*', '@lit/*', '@upward/sdk'];

console.log('@upward/elements: size, minified and gzip (Lit, @lit/context and the SDK excluded)');
const sizes: [string, string[]][] = [
  ['<upward-provider>', ['components/provider/provider.js']],
  ['<upward-pair-card>', ['components/pair-card/pair-card.js']],
  ['<upward-session-log>', ['components/session-log/session-log.js']],
  ['<upward-feedback-form>', ['components/feedback-form/feedback-form.js']],
  ['<upward-review-checklist>', ['components/review-checklist/review-checklist.js']],
  [
    'provider + pair card + session log',
    [
      'components/provider/provider.js',
      'components/pair-card/pair-card.js',
      'components/session-log/session-log.js',
    ],
  ],
  [
    'all five elements',
    [
      'components/provider/provider.js',
      'components/pair-card/pair-card.js',
      'components/session-log/session-log.js',
      'components/feedback-form/feedback-form.js',
      'components/review-checklist/review-checklist.js',
    ],
  ],
];
for (const [name, entries] of sizes) {
  const { min, gzip } = await gzipOf(entries, withoutLitAndSdk);
  console.log(`  ${name.padEnd(38)} ${kb(min).padStart(10)} min  ${kb(gzip).padStart(9)} gzip`);
}
// Everything together is the drop-in file, as the server sends it (`pnpm build` made it).
const dropIn = readFileSync(`${dist}upward.js`);
const all = { min: dropIn.byteLength, gzip: gzipSync(dropIn, { level: 9 }).byteLength };
const budget = 30 * 1024;
console.log(
  `  ${'dist/upward.js: every element, Lit, SDK'.padEnd(38)} ${kb(all.min).padStart(10)} min  ${kb(all.gzip).padStart(9)} gzip  ${kb(brotliCompressSync(dropIn).byteLength).padStart(9)} brotli`,
);
console.log(
  `  budget for all of it together: 30 KB gzip; now ${(all.gzip / budget).toFixed(2)} of it${all.gzip > budget ? ' (over)' : ''}`,
);

// Where its bytes go: what the gzip file would lose without each part.
const code = dropIn.toString('utf8');
const map = { text: readFileSync(`${dist}upward.js.map`, 'utf8'), path: `${dist}upward.js.map` };
console.log(
  '\ndist/upward.js: what the gzip file would lose without each part (gzip shares repeats)',
);
for (const [grouping, joined] of [
  [byPackageAndElement, undefined],
  [stylesAndCopy, 'all the CSS and English copy'],
] as const) {
  for (const part of dropInParts(code, map, grouping, joined).parts)
    console.log(
      `  ${part.name.padEnd(58)} ${kb(part.chars).padStart(10)} min  ${kb(part.gzip).padStart(9)} gzip`,
    );
}
const modules = dropInParts(code, map, byElementModule).parts;
console.log('  the largest modules of the elements:');
for (const part of modules.slice(0, 12))
  console.log(
    `    ${part.name.padEnd(56)} ${kb(part.chars).padStart(10)} min  ${kb(part.gzip).padStart(9)} gzip`,
  );
const { parts } = dropInParts(code, map, stylesAndCopy, 'joined');
const withoutStylesAndCopy = all.gzip - (parts.at(-1)?.gzip ?? 0);
console.log(
  `  the file without any CSS or English copy: ${kb(withoutStylesAndCopy)} gzip, ${(withoutStylesAndCopy / budget).toFixed(2)} of the budget`,
);

// --- Render time: 100 versus 10,000 sessions ---------------------------------------------------

const site = createServer();
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
const config = {
  ...readConfig({ UPWARD_DEMO: '1' }),
  dataDir: 'memory://',
  corsOrigins: [siteUrl],
  rateLimit: 1_000_000_000,
};
const database = await openDatabase(config);
await seedDemo(database.db);
const app = await buildApp(config, database, { logger: false });
const api = await app.listen({ port: 0, host: '127.0.0.1' });

async function call<T>(
  path: string,
  token: string | undefined,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(`${api}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status}`);
  return (await response.json()) as T;
}
const tokenOf = async (email: string) =>
  (
    await call<{ token: string }>('/demo/tokens', undefined, {
      method: 'POST',
      body: JSON.stringify({ email }),
    })
  ).token;

// Helen (a senior learner) has two pairs: with Amara and with Mei.
const helen = await tokenOf('helen.marsh@northwind.example');
type Pair = { id: string; mentor: { displayName: string } };
const pairs = (await call<{ items: Pair[] }>('/v1/pairs?limit=100', helen)).items;
const pairWith = (name: string) =>
  pairs.find((pair) => pair.mentor.displayName.startsWith(name))?.id as string;
const small = pairWith('Amara');
const large = pairWith('Mei');

async function fill(pairId: string, wanted: number) {
  let existing = 0;
  let cursor: string | null = null;
  do {
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: { items: unknown[]; nextCursor: string | null } = await call(
      `/v1/pairs/${pairId}/sessions?${query}`,
      helen,
    );
    existing += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  const start = Date.parse('2020-01-01T09:00:00Z');
  for (let done = existing; done < wanted; ) {
    const batch = Math.min(100, wanted - done);
    await Promise.all(
      Array.from({ length: batch }, (_, index) =>
        call(`/v1/pairs/${pairId}/sessions`, helen, {
          method: 'POST',
          body: JSON.stringify({
            heldAt: new Date(start + (done + index) * 3_600_000).toISOString(),
            durationMinutes: 45,
            format: 'video',
            agendaSetBy: 'mentor',
            topics: [`topic ${done + index}`],
            learnings: 'How the team uses shared dashboards.',
          }),
        }),
      ),
    );
    done += batch;
  }
}
await fill(small, 100);
await fill(large, 10_000);

const bundle = await esbuild.build({
  stdin: {
    contents: `import { createUpwardClient } from '@upward/sdk';
      import '${dist}define.js';
      window.createUpwardClient = createUpwardClient;`,
    resolveDir: dist,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
site.on('request', (request, response) => {
  if (request.url === '/upward.js') {
    response.setHeader('content-type', 'text/javascript');
    response.end(bundle.outputFiles[0]?.text);
    return;
  }
  response.setHeader('content-type', 'text/html');
  response.end(
    '<!doctype html><html lang="en"><script type="module" src="/upward.js"></script><body></body></html>',
  );
});

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: chromiumFlags,
});
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 900 });
await page.goto(siteUrl);
await page.waitForFunction(() => customElements.get('upward-session-log') !== undefined);

/** From adding the element to its rows painted, in ms. */
function renderOnce(pairId: string) {
  return page.evaluate(
    async (baseUrl, token, id) => {
      document.body.replaceChildren();
      const client = (
        window as unknown as { createUpwardClient: (o: object) => unknown }
      ).createUpwardClient({ baseUrl, token });
      const log = document.createElement('upward-session-log') as HTMLElement & { client: unknown };
      log.client = client;
      log.setAttribute('pair-id', id);
      const started = performance.now();
      const ready = new Promise<void>((resolve) =>
        log.addEventListener('upward-state-changed', (event) => {
          if ((event as Event & { state: string }).state === 'ready') resolve();
        }),
      );
      document.body.append(log);
      await ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rows = log.shadowRoot?.querySelectorAll('[data-row]').length ?? 0;
      return { ms: performance.now() - started, rows };
    },
    api,
    helen,
    pairId,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
await renderOnce(small); // warm-up
await renderOnce(large);
const times: Record<'small' | 'large', number[]> = { small: [], large: [] };
let rows = { small: 0, large: 0 };
for (let round = 0; round < rounds; round += 1) {
  const a = await renderOnce(small);
  const b = await renderOnce(large);
  times.small.push(a.ms);
  times.large.push(b.ms);
  rows = { small: a.rows, large: b.rows };
}
const ratio = median(times.large) / median(times.small);
console.log(
  `\n<upward-session-log>: from added to rows painted, median of ${rounds} (headless Chromium, real server)`,
);
console.log(
  `  100 sessions     ${median(times.small).toFixed(1).padStart(7)} ms  (${rows.small} rows in the DOM)`,
);
console.log(
  `  10,000 sessions  ${median(times.large).toFixed(1).padStart(7)} ms  (${rows.large} rows in the DOM)`,
);
console.log(`  ratio ${ratio.toFixed(2)} (target under 1.5)`);

await browser.close();
site.close();
await app.close();
await database.close();
