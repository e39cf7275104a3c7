// `pnpm bench` (in e2e/): what the drop-in file costs a page.
//
// 1. Size: packages/elements/dist/upward.js gzip -9 against the 30 KB budget (brotli for
//    information).
// 2. Time to data: from navigation start until the intranet example shows data in all four
//    widgets (`data-upward-ready` on <html> and every widget `ready` or `empty`), as a mentor
//    with a pair, on the demo server as `pnpm start` runs it.
//    Baseline: the same page with the widgets' data pre-rendered as static HTML, measured to its
//    load event. It is made from a real run: after the live page is ready, its DOM, each shadow
//    root as declarative shadow DOM and each widget's stylesheet as an external CSS file are
//    captured, the scripts are dropped, and a tiny node:http server on loopback serves the result
//    with the same site CSS and the same CSP. That is the best a server-side renderer could do
//    (same markup, same styles, no script, no API calls), so the ratio is the whole price of
//    loading the widgets in the browser; rendering the data in Node with our own templates
//    would measure a page that only resembles the real one.
// Figures only: nothing here asserts a time. BENCH_ROUNDS (default 7) rounds of each, in turns,
// each in a fresh browser context (cold cache), after one warm-up round of each.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser.js';
import { intranetUrl, people, waitForWidgets, widgetTags } from '../src/pages.js';
import { assertBuilt, dropInFile, freePort, ROOT, startDemoServer } from '../src/server.js';

const budgetBytes = 30 * 1024;
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_ROUNDS must be 1 or more');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function sizes() {
  const source = await readFile(dropInFile);
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  console.log('Drop-in file: packages/elements/dist/upward.js');
  console.log(`  raw      ${kb(source.length)}`);
  console.log(
    `  gzip -9  ${kb(gzip)} of the ${kb(budgetBytes)} budget (${((gzip / budgetBytes) * 100).toFixed(0)} %): ${gzip <= budgetBytes ? 'within budget' : `OVER BUDGET by ${kb(gzip - budgetBytes)}`}`,
  );
  console.log(`  brotli   ${kb(brotli)} (for information)`);
}

/**
 * Runs in the ready page: links every shadow root to its styles, then answers the markup (shadow
 * roots as declarative shadow DOM) and the CSS.
 */
const prepareSnapshot = `(() => {
  const styles = {};
  const roots = [];
  const visit = (root) => {
    // Checked and selected are properties, not attributes: make them markup.
    for (const input of root.querySelectorAll('input')) input.toggleAttribute('checked', input.checked);
    for (const option of root.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      const shadow = element.shadowRoot;
      const css = shadow.adoptedStyleSheets
        .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
        .join('\\n');
      const name = 'snapshot-' + roots.length + '.css';
      styles[name] = css;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/' + name;
      shadow.prepend(link);
      roots.push(shadow);
      visit(shadow);
    }
  };
  visit(document);
  const html = document.documentElement.getHTML({ shadowRoots: roots });
  return { html, styles, lang: document.documentElement.lang };
})()`;

interface StaticSite {
  origin: string;
  server: Server;
}

/** The live page, once ready, as static HTML and CSS served from loopback with the same CSP. */
async function staticCopy(browser: Browser, liveUrl: string): Promise<StaticSite> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const live = await page.goto(liveUrl);
  // The same Content Security Policy as the live page (the demo server's).
  const policy = (await live?.allHeaders())?.['content-security-policy'] ?? '';
  await waitForWidgets(page);
  const snapshot = (await page.evaluate(prepareSnapshot)) as {
    html: string;
    styles: Record<string, string>;
    lang: string;
  };
  await context.close();
  const body = snapshot.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const files = new Map<string, { type: string; content: string | Buffer }>([
    [
      '/',
      { type: 'text/html', content: `<!doctype html><html lang="${snapshot.lang}">${body}</html>` },
    ],
    [
      '/intranet/site.css',
      { type: 'text/css', content: await readFile(path.join(ROOT, 'examples/intranet/site.css')) },
    ],
  ]);
  for (const [name, css] of Object.entries(snapshot.styles)) {
    files.set(`/${name}`, { type: 'text/css', content: css });
  }
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': `${file.type}; charset=utf-8`,
      'content-security-policy': policy,
      'cache-control': 'no-cache',
    });
    response.end(file.content);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const digest = createHash('sha256').update(body).digest('hex').slice(0, 12);
  console.log(
    `  static copy: ${kb(Buffer.byteLength(body))} of HTML, ${files.size - 2} captured stylesheets (sha256 ${digest})`,
  );
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** ms from navigation start until every widget shows data. */
async function timeLive(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (tags) => {
      if (!document.documentElement.hasAttribute('data-upward-ready')) return false;
      const widgets = [...document.querySelectorAll(tags.join(','))];
      const done =
        widgets.length === tags.length &&
        widgets.every((widget) => ['ready', 'empty'].includes(widget.getAttribute('state') ?? ''));
      return done ? performance.now() : false;
    },
    widgetTags,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** ms from navigation start to the load event. */
async function timeStatic(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry?.loadEventStart ?? Number.NaN;
  });
}

async function timeToData(browser: Browser, origin: string) {
  const probe = await browser.newPage();
  await probe.goto(intranetUrl(origin, people.amara));
  await waitForWidgets(probe);
  const pair = new URL(probe.url()).searchParams.get('pair') ?? '';
  await probe.close();
  const liveUrl = intranetUrl(origin, people.amara, { pair });
  console.log(`\nTime to data: the intranet example as Amara Okafor (mentor), pair ${pair}`);
  const copy = await staticCopy(browser, liveUrl);
  const live: number[] = [];
  const baseline: number[] = [];
  try {
    for (let round = 0; round <= rounds; round += 1) {
      for (const [measure, url, into] of [
        [timeLive, liveUrl, live],
        [timeStatic, `${copy.origin}/`, baseline],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const value = await measure(page, url);
        await context.close();
        if (round > 0) into.push(value);
      }
    }
  } finally {
    copy.server.close();
  }
  const liveMedian = median(live);
  const baselineMedian = median(baseline);
  console.log(`  rounds: ${rounds} of each (after one warm-up), fresh browser context each`);
  console.log(
    `  widgets with data (live):      median ${ms(liveMedian)}  [${live.map(ms).join(', ')}]`,
  );
  console.log(
    `  pre-rendered static HTML load: median ${ms(baselineMedian)}  [${baseline.map(ms).join(', ')}]`,
  );
  console.log(`  ratio live / static: ${(liveMedian / baselineMedian).toFixed(2)}x`);
}

assertBuilt();
await sizes();
const server = await startDemoServer();
const browser = await launchBrowser();
try {
  await timeToData(browser, server.origin);
} finally {
  await browser.close();
  await server.stop();
}
