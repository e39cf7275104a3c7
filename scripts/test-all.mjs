#!/usr/bin/env node
// `pnpm test` at the root: runs every workspace package's `test` script one package at a time,
// then adds up the counts their runners wrote to .test-results/ (see scripts/test-results.mjs)
// and prints, as the very last line, `N passed, N failed` (`, N skipped` when some were).
//
// Exits non-zero when pnpm's run failed, a test failed, no test passed, a package that has a
// `test` script wrote no result file, or a result file cannot be read.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, ROOT, resultId } from './test-results.mjs';

const PNPM = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';

/** Workspace packages (not the root) whose package.json has a `test` script. */
function packagesWithTests() {
  const listed = spawnSync(PNPM, ['ls', '-r', '--depth', '-1', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (listed.error || listed.status !== 0) {
    const reason = listed.error?.message ?? listed.stderr.trim();
    throw new Error(`could not list the workspace packages (pnpm ls): ${reason}`);
  }
  const found = [];
  for (const pkg of JSON.parse(listed.stdout)) {
    if (path.resolve(pkg.path) === ROOT) continue;
    const manifest = JSON.parse(readFileSync(path.join(pkg.path, 'package.json'), 'utf8'));
    if (typeof manifest.scripts?.test === 'string') found.push(manifest.name ?? pkg.name);
  }
  return found;
}

function runPnpmTests() {
  return new Promise((resolve) => {
    const child = spawn(PNPM, ['-r', '--workspace-concurrency=1', '--no-bail', 'run', 'test'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', (error) =>
      resolve({ code: 1, reason: `could not start pnpm: ${error.message}` }),
    );
    child.on('exit', (code, signal) => {
      if (signal) resolve({ code: 1, reason: `pnpm was stopped by ${signal}` });
      else resolve({ code: code ?? 1, reason: `pnpm -r run test exited with code ${code}` });
    });
  });
}

function count(value, field, file) {
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${file}: "${field}" is not a count: ${JSON.stringify(value)}`);
  }
  return value;
}

/** One JSON object, or JSON lines (each one object): the counts they hold, added up. */
function readResult(file) {
  const text = readFileSync(file, 'utf8').trim();
  let records;
  try {
    records = [JSON.parse(text)];
  } catch {
    records = text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line);
        } catch {
          throw new Error(`${path.basename(file)}: not JSON: ${line.slice(0, 120)}`);
        }
      });
  }
  if (records.length === 0) throw new Error(`${path.basename(file)} is empty`);
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const record of records) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new Error(`${path.basename(file)}: not a JSON object`);
    }
    for (const field of ['passed', 'failed', 'skipped']) {
      sum[field] += count(record[field], field, path.basename(file));
    }
  }
  return sum;
}

/** Does `id`'s package have a result file: `<id>.json` or `<id>.<runner>.json`? */
function hasResult(id, names) {
  return names.some((name) => name === `${id}.json` || name.startsWith(`${id}.`));
}

async function main() {
  const problems = [];

  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });

  let expected = [];
  try {
    expected = packagesWithTests();
  } catch (error) {
    problems.push(error.message);
  }

  const run = await runPnpmTests();
  if (run.code !== 0) problems.push(run.reason);

  const names = existsSync(RESULTS_DIR)
    ? readdirSync(RESULTS_DIR)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];

  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const name of names) {
    try {
      const result = readResult(path.join(RESULTS_DIR, name));
      total.passed += result.passed;
      total.failed += result.failed;
      total.skipped += result.skipped;
    } catch (error) {
      problems.push(`unreadable result file .test-results/${name}: ${error.message}`);
    }
  }

  for (const pkg of expected) {
    const id = resultId(pkg);
    if (!hasResult(id, names)) {
      problems.push(`${pkg} has a test script but wrote no result file (.test-results/${id}.json)`);
    }
  }

  if (total.failed > 0) problems.push(`${total.failed} test(s) failed`);

  console.log('');
  for (const problem of problems) console.log(`test-all: ${problem}`);
  if (total.passed === 0) console.log('no test ran');

  const failing = problems.length > 0 || total.passed === 0;
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exitCode = failing ? 1 : 0;
}

main().catch((error) => {
  console.log(`test-all: ${error?.stack ?? error}`);
  console.log('0 passed, 0 failed');
  process.exitCode = 1;
});
