// Where each package's test counts go, shared by scripts/node-test.mjs, scripts/test-all.mjs
// and any other runner's reporter (e.g. @web/test-runner's, later).
//
// A package's runner writes <root>/.test-results/<id>.json, one JSON object (or one JSON line):
//   {"runner":"...","passed":N,"failed":N,"skipped":N}
// where <id> is the package name with the scope's `@` dropped and anything outside
// [A-Za-z0-9._-] turned into `-` (`@upward/api` -> `upward-api`). A package with two runners
// writes <id>.json and <id>.<runner>.json (e.g. `upward-elements.browser.json`).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = path.join(ROOT, '.test-results');

/** `@upward/api` -> `upward-api` */
export function resultId(packageName) {
  const id = packageName
    .replace(/^@/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return id === '' ? 'package' : id;
}

/** The result file of a package's runner; `runner` names a second runner's file. */
export function resultFile(packageName, runner) {
  const suffix = runner ? `.${resultId(runner)}` : '';
  return path.join(RESULTS_DIR, `${resultId(packageName)}${suffix}.json`);
}
