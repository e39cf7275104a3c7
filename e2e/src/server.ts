// Starts the demo server as `pnpm start` does (built workspace, demo data, the examples and the
// drop-in files), on a free loopback port with a fresh database, and stops it with SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const serverMain = path.join(ROOT, 'packages/server/dist/main.js');
const elementsDist = path.join(ROOT, 'packages/elements/dist');
const sdkDist = path.join(ROOT, 'packages/sdk/dist');
export const dropInFile = path.join(elementsDist, 'upward.js');

export interface DemoServer {
  origin: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Fails with the command to run when the workspace has not been built. */
export function assertBuilt(): void {
  const missing = [serverMain, dropInFile, path.join(sdkDist, 'upward-sdk.js')].filter(
    (file) => !existsSync(file),
  );
  if (missing.length > 0) {
    throw new Error(
      `The workspace is not built (missing ${missing.map((file) => path.relative(ROOT, file)).join(', ')}). Run \`pnpm build\` at the root first.`,
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startDemoServer(): Promise<DemoServer> {
  assertBuilt();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'upward-e2e-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverMain], {
    cwd: path.dirname(path.dirname(serverMain)),
    env: {
      ...process.env,
      UPWARD_DEMO: '1',
      UPWARD_STATIC_DIR: path.join(ROOT, 'examples'),
      UPWARD_ASSET_DIRS: [elementsDist, sdkDist].join(path.delimiter),
      UPWARD_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, output: () => output, stop };
}

async function waitForHealth(origin: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The demo server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The demo server did not answer /healthz within 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
