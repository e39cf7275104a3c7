// `pnpm bench`: requests per second and p99 latency of an authenticated GET of a pair and of a
// session POST, on the embedded database and on PostgreSQL, each as a ratio to a bare node:http
// hello world measured in the same run, with the server's CPU time per request. Server on core 0,
// load generator (this process) on core 1 when taskset is available; the PostgreSQL cluster,
// started from this process, inherits core 1. Bounded: a few seconds per measurement.
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { postgres } from '../test/postgres.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const here = fileURLToPath(new URL('.', import.meta.url));
const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-c', '1', 'true']);
    return true;
  } catch {
    return false;
  }
})();
if (hasTaskset) execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });

function start(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    if (hasTaskset && child.pid)
      execFileSync('taskset', ['-cp', '0', String(child.pid)], { stdio: 'ignore' });
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess) {
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Measure {
  rps: number;
  p99: number;
  /** Server CPU time per request (µs): unlike req/s and p99, barely moved by other load. */
  cpu: number | undefined;
  errors: number;
}

/** User plus system CPU time of a process in µs, from /proc (Linux); undefined elsewhere. */
function cpuTime(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

async function measure(options: autocannon.Options, server: ChildProcess): Promise<Measure> {
  await autocannon({ ...options, duration: 1, connections }); // warm-up
  const before = cpuTime(server.pid);
  const result = await autocannon({ ...options, duration: seconds, connections });
  const after = cpuTime(server.pid);
  const bad = result.non2xx + result.errors + result.timeouts;
  const cpu =
    before === undefined || after === undefined
      ? undefined
      : (after - before) / result.requests.total;
  return { rps: result.requests.average, p99: result.latency.p99, cpu, errors: bad };
}

async function serverFor(database: 'embedded' | 'postgres', port: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'upward-bench-'));
  const env: Record<string, string> = {
    PORT: String(port),
    UPWARD_DEMO: '1',
    UPWARD_DATA_DIR: dataDir,
    UPWARD_RATE_LIMIT: '1000000000',
    LOG_LEVEL: 'warn',
    UPWARD_BENCH: '1',
  };
  if (database === 'postgres') {
    const cluster = await postgres();
    const name = `bench_${randomUUID().replaceAll('-', '')}`;
    cluster.createDatabase(name);
    env.DATABASE_URL = cluster.url(name);
  }
  const child = await start(join(here, 'server.ts'), env);
  return { child, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function json(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

const rows: string[][] = [];
const hello = await start(join(here, 'hello.mjs'), { PORT: '18401' });
const raw = await measure({ url: 'http://127.0.0.1:18401/' }, hello);
await stop(hello);
const row = (name: string, m: Measure) => [
  name,
  m.rps.toFixed(0),
  m.p99.toFixed(1),
  m.cpu === undefined ? '-' : m.cpu.toFixed(0),
  (m.rps / raw.rps).toFixed(3),
  m.errors ? `${m.errors} non-2xx/errors` : '',
];
rows.push(row('node:http hello world', raw));

for (const database of ['embedded', 'postgres'] as const) {
  const port = database === 'embedded' ? 18402 : 18403;
  const { child, cleanup } = await serverFor(database, port);
  const base = `http://127.0.0.1:${port}`;
  const { token } = await json(`${base}/demo/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'amara.okafor@northwind.example' }),
  });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const { items } = await json(`${base}/v1/pairs?status=active`, { headers });
  const pairId = items[0].id as string;
  const get = await measure({ url: `${base}/v1/pairs/${pairId}`, headers }, child);
  const body = JSON.stringify({
    heldAt: '2026-11-20T15:00:00.000Z',
    durationMinutes: 45,
    format: 'video',
    agendaSetBy: 'mentor',
    topics: ['bench'],
  });
  const post = await measure(
    { url: `${base}/v1/pairs/${pairId}/sessions`, method: 'POST', headers, body },
    child,
  );
  await stop(child);
  cleanup();
  rows.push(row(`GET pair, ${database}`, get), row(`POST session, ${database}`, post));
}

const header = ['measure', 'req/s', 'p99 ms', 'server µs/req', 'ratio to raw', 'notes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(
  `\nserver benchmark: ${connections} connections, ${seconds} s each, ${hasTaskset ? 'server on core 0, load on core 1' : 'no taskset: cores shared'}`,
);
console.log(line(header));
for (const r of rows) console.log(line(r));
process.exit(0);
