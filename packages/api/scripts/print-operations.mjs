// Prints the contract's operations, grouped by tag: a quick look at the API from the terminal.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contract = JSON.parse(readFileSync(join(root, 'dist', 'openapi.json'), 'utf8'));
const byTag = new Map();
for (const [path, item] of Object.entries(contract.paths)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    const operation = item[method];
    if (!operation) continue;
    const tag = operation.tags?.[0] ?? 'other';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag
      .get(tag)
      .push(`  ${method.toUpperCase().padEnd(6)} ${path.padEnd(48)} ${operation.summary}`);
  }
}
console.log(`${contract.info.title} ${contract.info.version}: ${join(root, 'openapi.yaml')}\n`);
for (const [tag, lines] of byTag) console.log(`${tag}\n${lines.join('\n')}\n`);
