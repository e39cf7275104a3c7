// A custom reporter for Node's test runner (Node 20 API): counts tests, not suites, and at the
// end yields one JSON line: {"runner":"node:test","passed":N,"failed":N,"skipped":N}.
// scripts/node-test.mjs sends that line to <root>/.test-results/<package>.json, which
// scripts/test-all.mjs adds up.
//
// What counts:
// - a test that passes: passed; one that is skipped or todo (even a failing todo): skipped;
// - a test that fails, is cancelled, or is a test file that failed to load or exited badly: failed;
// - a suite (`describe`) is not a test, except when it fails by itself (a hook, or its callback,
//   threw) and none of the tests inside it was counted as failed: then it counts as one failure,
//   so that a failing run never reports 0 failed;
// - a test file that passes without holding any test is not a test.

const SUITE = 'suite';

/** Per file: failures counted so far at each nesting level of the subtree being reported. */
const openFailures = new Map();

/**
 * Takes the failures counted inside the subtree that just closed at `nesting` and returns them.
 * The runner reports a test (or suite) after all of its subtests, so every failure counted at a
 * deeper level since the last event at this level or above belongs to it.
 */
function closeSubtree(file, nesting) {
  const levels = openFailures.get(file) ?? [];
  let inside = 0;
  for (let level = nesting + 1; level < levels.length; level += 1) {
    inside += levels[level] ?? 0;
  }
  levels.length = Math.min(levels.length, nesting + 1);
  openFailures.set(file, levels);
  return inside;
}

function addFailures(file, nesting, count) {
  const levels = openFailures.get(file) ?? [];
  while (levels.length <= nesting) levels.push(0);
  levels[nesting] = (levels[nesting] ?? 0) + count;
  openFailures.set(file, levels);
}

function isEmptyFileTest(data) {
  return data.nesting === 0 && typeof data.file === 'string' && data.name === data.file;
}

export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    const file = data.file ?? '';
    const nesting = data.nesting ?? 0;
    const failuresInside = closeSubtree(file, nesting);

    if (data.details?.type === SUITE) {
      if (event.type === 'test:fail' && failuresInside === 0) {
        failed += 1;
        addFailures(file, nesting, failuresInside + 1);
      } else {
        addFailures(file, nesting, failuresInside);
      }
      continue;
    }

    if (data.skip || data.todo) {
      skipped += 1;
      addFailures(file, nesting, failuresInside);
    } else if (event.type === 'test:fail') {
      failed += 1;
      addFailures(file, nesting, failuresInside + 1);
    } else {
      if (!isEmptyFileTest(data)) passed += 1;
      addFailures(file, nesting, failuresInside);
    }
  }

  yield `${JSON.stringify({ runner: 'node:test', passed, failed, skipped })}\n`;
}
