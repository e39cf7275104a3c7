// A reporter for @web/test-runner (wtr 0.20 API) that counts tests, not suites, and at the end of
// the run writes one JSON line {"runner":"wtr","passed":N,"failed":N,"skipped":N} to
// <root>/.test-results/<package>.json (see scripts/test-results.mjs), which scripts/test-all.mjs
// adds up. When wtr stops it also prints `N passed, N failed`, for people and for CI logs.
//
// Use it next to wtr's own reporters, in web-test-runner.config.mjs:
//   reporters: [defaultReporter(), wtrCountReporter()]
//
// What counts (the same rules as scripts/count-reporter.mjs for node:test):
// - a test that passes: passed; a skipped test (it.skip, xit, or a pending test): skipped;
// - a test that fails: failed;
// - a test file (one per browser) that failed without any of its tests failing (it failed to
//   load, a hook threw, the browser crashed or timed out, it never finished): one failure, so a
//   failing run never reports 0 failed;
// - a failing coverage threshold is not a test: wtr itself exits non-zero for it.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, resultFile } from './test-results.mjs';

function packageName(cwd) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
    if (typeof manifest.name === 'string' && manifest.name !== '') return manifest.name;
  } catch {
    // no package.json: fall back to the folder's name
  }
  return path.basename(cwd);
}

/** Counts the tests of one suite and of every suite inside it. */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const inner of suite.suites ?? []) countSuite(inner, counts);
}

/** The counts of a finished run: one entry per test file and browser (a "session"). */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, counts);
    const finished = session.status === 'FINISHED';
    const sessionFailed = !finished || session.passed !== true || (session.errors ?? []).length > 0;
    if (sessionFailed && counts.failed === 0) counts.failed = 1;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

/**
 * @param {{ packageName?: string, file?: string }} [options] where the counts go: by default
 *   <root>/.test-results/<id of the package in the current folder>.json.
 * @returns {import('@web/test-runner').Reporter}
 */
export function wtrCountReporter(options = {}) {
  const file = options.file ?? resultFile(options.packageName ?? packageName(process.cwd()));
  let sessions;
  let counts;

  function write(all) {
    counts = countSessions(all);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ runner: 'wtr', ...counts })}\n`);
  }

  return {
    start(args) {
      sessions = args.sessions;
      mkdirSync(RESULTS_DIR, { recursive: true });
      rmSync(file, { force: true });
    },
    onTestRunFinished(args) {
      write(args.sessions);
    },
    stop(args) {
      // A run stopped before it finished (an error, a signal): count what there is.
      if (!counts && sessions) write(Array.from(sessions.all()));
      if (!counts) return;
      const lines = [];
      if (args?.testCoverage && !args.testCoverage.passed)
        lines.push('Coverage is below the configured thresholds: the run fails.');
      const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
      lines.push(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
      // wtr's terminal swallows what reporters log once it stops, and prints its last progress
      // after them: the summary goes out as the process exits, below everything else.
      const summary = `\n${lines.join('\n')}\n`;
      process.once('exit', () => process.stdout.write(summary));
    },
  };
}

export default wtrCountReporter;
