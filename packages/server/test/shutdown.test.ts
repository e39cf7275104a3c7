// Graceful shutdown: on SIGTERM the server finishes what it accepted, and everything it
// acknowledged is still there after a restart on the same data folder.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startMain(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      UPWARD_DEMO: '1',
      UPWARD_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('the server did not start');
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', resolve));

describe('graceful shutdown (embedded database)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'upward-shutdown-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loses nothing it acknowledged when stopped mid-load, and a second process cannot share the data', async () => {
    const port = await freePort();
    const first = await startMain(dataDir, port);
    const second = spawn(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env,
        UPWARD_DEMO: '1',
        UPWARD_DATA_DIR: dataDir,
        PORT: String(await freePort()),
      },
      stdio: 'ignore',
    });
    assert.notEqual(await exitOf(second), 0, 'a second server on the same folder refuses to start');

    const tokenResponse = await fetch(`${first.base}/demo/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'jordan.reyes@northwind.example' }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const exited = exitOf(first.child);
    const requests = Array.from({ length: 40 }, async (_, i) => {
      await sleep(i * 3);
      try {
        const response = await fetch(`${first.base}/v1/people`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            displayName: `Shutdown ${i}`,
            email: `shutdown.${i}@northwind.example`,
            level: 1,
          }),
        });
        return { status: response.status, body: (await response.json()) as { id?: string } };
      } catch {
        return { status: 0, body: {} }; // refused after the listener closed: never acknowledged
      }
    });
    await sleep(30);
    first.child.kill('SIGTERM');
    const results = await Promise.all(requests);
    assert.equal(await exited, 0, 'a clean exit');

    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.body.id);
    assert.ok(acknowledged.length > 0, 'some requests were acknowledged before the stop');
    assert.deepEqual(
      results.filter((r) => ![201, 503, 0].includes(r.status)),
      [],
      'every request was either done, turned away with 503, or never reached the server',
    );

    const restarted = await startMain(dataDir, port);
    const listed = await fetch(`${restarted.base}/v1/people?q=Shutdown&limit=100`, { headers });
    const { items } = (await listed.json()) as { items: { id: string }[] };
    const stored = new Set(items.map((p) => p.id));
    assert.deepEqual(
      acknowledged.filter((id) => !stored.has(id as string)),
      [],
      'every acknowledged person survived',
    );
    const done = exitOf(restarted.child);
    restarted.child.kill('SIGTERM');
    assert.equal(await done, 0);
  });
});
