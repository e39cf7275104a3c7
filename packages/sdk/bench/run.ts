// `pnpm bench` for the SDK: its size as one minified bundle (with openapi-fetch, the way an app
// ships it), and the cost of a call through it against a bare fetch to the same endpoint.
import { execFileSync, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createUpwardClient, unwrap } from '../src/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const budget = 5 * 1024;

async function size(external: string[]) {
  const result = await build({
    entryPoints: [here('../src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const withFetch = await size([]);
const own = await size(['openapi-fetch']);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
console.log('\nSDK size (esbuild, minified, gzip -9)');
console.log(
  `  @upward/sdk + openapi-fetch  ${kb(withFetch.min)} min  ${kb(withFetch.gzip)} gzip  (budget ${kb(budget)} gzip: ${withFetch.gzip <= budget ? 'within' : 'OVER'})`,
);
console.log(`  @upward/sdk alone            ${kb(own.min)} min  ${kb(own.gzip)} gzip`);

// Server on core 0, this process on core 1, when taskset is there.
let pinned = false;
try {
  execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  pinned = true;
} catch {}
const server = fork(here('./server.mjs'), [], {
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  execArgv: [],
});
if (pinned && server.pid)
  execFileSync('taskset', ['-cp', '0', String(server.pid)], { stdio: 'ignore' });
const baseUrl = await new Promise<string>((resolve) =>
  server.once('message', (url) => resolve(String(url))),
);

const { token } = (await (
  await fetch(`${baseUrl}/demo/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'amara.okafor@northwind.example' }),
  })
).json()) as { token: string };
const client = createUpwardClient({ baseUrl, token });
const { items } = await unwrap(
  client.GET('/v1/pairs', { params: { query: { status: 'active' } } }),
);
const pairId = items[0]?.id as string;
const url = `${baseUrl}/v1/pairs/${pairId}`;
const headers = { authorization: `Bearer ${token}` };

const withDeadline = createUpwardClient({ baseUrl, token, timeoutMs: 15_000 });
const bare = async () => (await fetch(url, { headers })).json();
const sdk = () => unwrap(client.GET('/v1/pairs/{pairId}', { params: { path: { pairId } } }));
const sdkDeadline = () =>
  unwrap(withDeadline.GET('/v1/pairs/{pairId}', { params: { path: { pairId } } }));
async function timeOf(call: () => Promise<unknown>, n: number) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await call();
  return (performance.now() - start) / n;
}
await timeOf(bare, 300);
await timeOf(sdk, 300);
await timeOf(sdkDeadline, 300);
// Rounds alternate the three, so drift on this shared machine hits them alike; medians of 11.
const rounds: { bare: number; sdk: number; deadline: number }[] = [];
for (let round = 0; round < 11; round++) {
  rounds.push({
    bare: await timeOf(bare, 400),
    sdk: await timeOf(sdk, 400),
    deadline: await timeOf(sdkDeadline, 400),
  });
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs/call`;
const ratio = median(rounds.map((r) => r.sdk / r.bare));
const deadlineRatio = median(rounds.map((r) => r.deadline / r.bare));
console.log(
  `\nSDK call overhead: GET /v1/pairs/{id} on the reference server, 11 rounds of 400 sequential calls${pinned ? ', server on core 0, client on core 1' : ''}`,
);
console.log(`  bare fetch              ${us(median(rounds.map((r) => r.bare)))}`);
console.log(
  `  SDK, default options    ${us(median(rounds.map((r) => r.sdk)))}  ratio ${ratio.toFixed(3)} (target under 1.10)`,
);
console.log(
  `  SDK with timeoutMs set  ${us(median(rounds.map((r) => r.deadline)))}  ratio ${deadlineRatio.toFixed(3)}`,
);
server.kill('SIGTERM');
