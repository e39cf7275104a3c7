// The drop-in files and the example pages: what the server sends, how browsers may cache it, and
// what it refuses to send.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readConfig } from '../src/config.js';
import { startServer, type TestServer } from './harness.js';

const folder = mkdtempSync(path.join(tmpdir(), 'upward-assets-'));
const dist = path.join(folder, 'elements', 'dist');
const examples = path.join(folder, 'examples');
const script = `export const upward = ${JSON.stringify('x'.repeat(2000))};\n`;

before(() => {
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(folder, 'elements', 'package.json'), '{"version":"1.2.3"}');
  writeFileSync(path.join(dist, 'upward.js'), script);
  writeFileSync(path.join(dist, 'upward.js.map'), '{"version":3}');
  writeFileSync(path.join(dist, 'secret.js'), 'not for the web');
  mkdirSync(path.join(examples, 'intranet'), { recursive: true });
  mkdirSync(path.join(examples, 'lms'), { recursive: true });
  writeFileSync(path.join(examples, 'intranet', 'index.html'), '<!doctype html><h1>Intranet');
  writeFileSync(path.join(examples, 'lms', 'index.html'), '<!doctype html><h1>LMS');
  writeFileSync(path.join(folder, 'outside.txt'), 'outside the examples');
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('the drop-in files', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer('embedded', { assetDirs: [dist], staticDir: examples });
  });
  after(() => server.close());

  it('serves /upward.js to any origin, revalidated on each load, with its source map', async () => {
    const response = await fetch(`${server.url}/upward.js`, {
      headers: { origin: 'https://x.test' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=0, must-revalidate');
    assert.equal(await response.text(), script);
    const etag = response.headers.get('etag') as string;
    assert.match(etag, /^"[\w-]+"$/);
    const again = await fetch(`${server.url}/upward.js`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const map = await fetch(`${server.url}/upward.js.map`);
    assert.equal(map.status, 200);
    assert.deepEqual(await map.json(), { version: 3 });
  });

  it('keeps the versioned copy for a year, and has no other version', async () => {
    const current = await fetch(`${server.url}/v/1.2.3/upward.js`);
    assert.equal(current.status, 200);
    assert.equal(current.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await current.text(), script);
    const other = await fetch(`${server.url}/v/1.2.2/upward.js`);
    assert.equal(other.status, 404);
    assert.equal(other.headers.get('content-type'), 'application/problem+json');
  });

  it('sends brotli or gzip when the browser accepts it', async () => {
    const { request } = await import('node:http');
    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request(`${server.url}/upward.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        })
          .on('error', reject)
          .end();
      });
    const br = await raw('gzip, deflate, br');
    assert.equal(br.encoding, 'br');
    assert.equal(brotliDecompressSync(br.body).toString(), script);
    assert.ok(br.body.length < script.length / 4);
    const gzip = await raw('gzip');
    assert.equal(gzip.encoding, 'gzip');
    assert.equal(gunzipSync(gzip.body).toString(), script);
    const refused = await raw('br;q=0, gzip;q=0.5');
    assert.equal(refused.encoding, 'gzip');
    const identity = await raw('identity');
    assert.equal(identity.encoding, undefined);
    assert.equal(identity.body.toString(), script);
  });

  it('serves only the drop-in files of a folder', async () => {
    assert.equal((await fetch(`${server.url}/secret.js`)).status, 404);
    assert.equal((await fetch(`${server.url}/upward-sdk.js`)).status, 404);
  });
});

describe('the example pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer('embedded', { assetDirs: [dist], staticDir: examples });
  });
  after(() => server.close());

  it('serves the intranet page at / and each example under its name, under a strict CSP', async () => {
    for (const [url, text] of [
      ['/', 'Intranet'],
      ['/intranet/', 'Intranet'],
      ['/lms/', 'LMS'],
    ] as const) {
      const response = await fetch(`${server.url}${url}`);
      assert.equal(response.status, 200, url);
      assert.match(await response.text(), new RegExp(text));
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'(;|$)/, url);
      assert.match(policy, /style-src 'self'(;|$)/, url);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, url);
      assert.match(policy, /object-src 'none'/, url);
    }
  });

  it('never serves a file outside the examples folder', async () => {
    for (const url of ['/../outside.txt', '/intranet/../../outside.txt', '/%2e%2e/outside.txt']) {
      const response = await fetch(`${server.url}${url}`);
      assert.ok([403, 404].includes(response.status), `${url}: ${response.status}`);
      assert.doesNotMatch(await response.text(), /outside the examples/);
    }
  });

  it('leaves the API as it was: problem details, tokens required, rate limits', async () => {
    const me = await fetch(`${server.url}/v1/me`);
    assert.equal(me.status, 401);
    assert.equal(me.headers.get('content-type'), 'application/problem+json');
    const missing = await fetch(`${server.url}/v1/nothing-here`);
    assert.equal(missing.status, 401);
    assert.ok((await fetch(`${server.url}/demo/people`)).headers.get('ratelimit'));
    assert.equal((await fetch(`${server.url}/upward.js`)).headers.get('ratelimit'), null);
  });

  it('serves no example page outside demo mode', async () => {
    const { buildApp } = await import('../src/app.js');
    const config = {
      ...readConfig({
        UPWARD_JWKS_URL: 'https://127.0.0.1:9/jwks.json',
        UPWARD_JWT_ISSUER: 'https://idp.example',
        UPWARD_JWT_AUDIENCE: 'upward',
      }),
      staticDir: examples,
      assetDirs: [dist],
    };
    const app = await buildApp(config, server.database, { logger: false });
    assert.equal((await app.inject({ url: '/' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/lms/' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/upward.js' })).statusCode, 200);
    await app.close();
  });
});
