// The SDK unchanged in a real browser: the bundle a page would load, in headless Chromium,
// calling the reference server across origins (CORS) with retries, ETags and typed errors.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromiumPath as chromium, chromiumFlags } from '../../../scripts/chromium.mjs';
import { emails, startServer } from './server.js';

const page = (
  apiUrl: string,
  token: string,
) => `<!doctype html><meta charset="utf-8"><pre id="out">running</pre>
<script type="module">
import { createUpwardClient, unwrap, paginate, isUpwardError } from './sdk.js';
const out = document.getElementById('out');
try {
  const upward = createUpwardClient({ baseUrl: ${JSON.stringify(apiUrl)}, token: ${JSON.stringify(token)}, timeoutMs: 10000 });
  const me = await unwrap(upward.GET('/v1/me'));
  const people = [];
  for await (const person of paginate((cursor) => upward.GET('/v1/people', { params: { query: { limit: 5, ...(cursor ? { cursor } : {}) } } }))) people.push(person);
  const pairId = (await unwrap(upward.GET('/v1/pairs', { params: { query: { status: 'active' } } }))).items[0].id;
  const session = await unwrap(upward.POST('/v1/pairs/{pairId}/sessions', { params: { path: { pairId } },
    body: { heldAt: new Date().toISOString(), durationMinutes: 30, format: 'video', agendaSetBy: 'mentor' } }));
  const updated = await unwrap(upward.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', { params: { path: { pairId, sessionId: session.id } }, body: { durationMinutes: 35 } }));
  let field = null;
  try { await unwrap(upward.POST('/v1/pairs/{pairId}/sessions', { params: { path: { pairId } }, body: { heldAt: 'x', durationMinutes: 1, format: 'video', agendaSetBy: 'mentor' } })); }
  catch (error) { field = isUpwardError(error) ? error.fieldErrors[0].field : 'not an UpwardError'; }
  out.textContent = JSON.stringify({ name: me.person.displayName, people: people.length, version: updated.version, field });
} catch (error) {
  out.textContent = 'FAILED ' + error;
}
</script>`;

describe('in headless Chromium', () => {
  let api: Awaited<ReturnType<typeof startServer>>;
  let site: Server;
  let siteUrl: string;
  const profile = mkdtempSync(join(tmpdir(), 'upward-chromium-'));

  before(async () => {
    assert.ok(
      existsSync(chromium),
      `Chromium is needed at ${chromium} (apt-get install -y chromium)`,
    );
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    const sdk = bundle.outputFiles[0]?.text ?? '';
    let html = '';
    site = createServer((request, response) => {
      const js = request.url === '/sdk.js';
      response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
      response.end(js ? sdk : html);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
    api = await startServer({ corsOrigins: [siteUrl] });
    html = page(api.url, await api.token(emails.amara));
  });
  after(async () => {
    site.close();
    await api.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('runs the same SDK: auth, pagination, create, ETag update and typed errors', async () => {
    const { stdout } = await promisify(execFile)(
      chromium,
      [
        ...chromiumFlags,
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=15000',
        '--dump-dom',
        `${siteUrl}/`,
      ],
      { timeout: 60_000 },
    );
    const text = /<pre id="out">([^<]*)<\/pre>/.exec(stdout)?.[1] ?? stdout;
    const result = JSON.parse(text.replaceAll('&quot;', '"'));
    assert.deepEqual(result, { name: 'Amara Okafor', people: 12, version: 2, field: '/heldAt' });
  });
});
