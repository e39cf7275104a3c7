// A throwaway PostgreSQL 15 cluster on loopback for the tests: initdb in a temporary folder, a
// free port, fsync off; stopped when the test process exits. PostgreSQL refuses to run as root,
// so as root it runs as the `postgres` user that Debian's package creates.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.env.UPWARD_PG_BIN ?? '/usr/lib/postgresql/15/bin';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let cluster:
  | Promise<{ url: (db: string) => string; createDatabase: (name: string) => void }>
  | undefined;

/** Starts (once per process) a cluster, or uses UPWARD_TEST_DATABASE_URL's server if set. */
export function postgres() {
  cluster ??= start();
  return cluster;
}

async function start() {
  if (!existsSync(join(bin, 'postgres'))) {
    throw new Error(
      `PostgreSQL 15 server binaries are not in ${bin}: install them (apt-get install -y postgresql) or set UPWARD_PG_BIN.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'upward-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(bin, command),
      asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args,
      {
        stdio: 'pipe',
      },
    );
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const server = spawn(
    asRoot ? 'runuser' : join(bin, 'postgres'),
    [
      ...(asRoot ? ['-u', 'postgres', '--', join(bin, 'postgres')] : []),
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    { stdio: 'ignore' },
  );
  // The cluster must not keep the test process alive; it is stopped when the process exits.
  server.unref();
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      server.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const psql = (sql: string) =>
    execFileSync(
      'psql',
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-v',
        'ON_ERROR_STOP=1',
        '-qc',
        sql,
      ],
      {
        stdio: 'pipe',
      },
    );
  for (let attempt = 0; ; attempt++) {
    try {
      psql('select 1');
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    createDatabase: (name: string) => {
      psql(`create database ${name}`);
    },
  };
}
