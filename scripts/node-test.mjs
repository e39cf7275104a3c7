#!/usr/bin/env node
// Runs one package's tests with Node's built-in test runner, TypeScript through tsx.
// Run it from the package folder: `"test": "node ../../scripts/node-test.mjs"`.
//
// - Test files: every `*.test.ts` under ./test, at any depth, sorted (Node 20's --test has no
//   globs, so the files are listed here).
// - Output: the spec reporter on stdout, and the counts (scripts/count-reporter.mjs) as one JSON
//   line in <root>/.test-results/<package name, sanitised>.json, which scripts/test-all.mjs reads.
// - Extra arguments go to node before the files: `pnpm test -- --test-concurrency=1`,
//   `--test-name-pattern=...`, `--test-timeout=...` (the default timeout is 120000 ms a test).
// - Exits with node's exit code; 1 if no test file is found.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, ROOT, resultFile as resultFileOf } from './test-results.mjs';

const cwd = process.cwd();
const testDir = path.join(cwd, 'test');
const DEFAULT_TIMEOUT_MS = 120_000;

function packageName() {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
    if (typeof manifest.name === 'string' && manifest.name !== '') return manifest.name;
  } catch {
    // no package.json: fall back to the folder's name
  }
  return path.basename(cwd);
}

function findTestFiles(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found
    .map((file) => path.relative(cwd, file).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** tsx is a root dev dependency: resolve it from here, so a package need not depend on it. */
function tsxLoader() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return 'tsx';
  }
}

const name = packageName();
const files = findTestFiles(testDir);
if (files.length === 0) {
  console.error(`node-test: ${name}: no *.test.ts file under ${testDir}: nothing to run`);
  process.exit(1);
}

const resultFile = resultFileOf(name);
mkdirSync(RESULTS_DIR, { recursive: true });
rmSync(resultFile, { force: true });

const extra = process.argv.slice(2);
const hasTimeout = extra.some(
  (arg) => arg === '--test-timeout' || arg.startsWith('--test-timeout='),
);

const args = [
  '--import',
  tsxLoader(),
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${path.join(ROOT, 'scripts', 'count-reporter.mjs')}`,
  `--test-reporter-destination=${resultFile}`,
  ...(hasTimeout ? [] : [`--test-timeout=${DEFAULT_TIMEOUT_MS}`]),
  ...extra,
  ...files,
];

const child = spawn(process.execPath, args, { cwd, stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`node-test: could not start node: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`node-test: node was stopped by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
