// Writes dist/openapi.json from openapi.yaml: the server serves it and the SDK and tests load it
// without a YAML parser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const document = parse(readFileSync(join(root, 'openapi.yaml'), 'utf8'));
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
