// The SDK's types are the contract's, generated, never hand-written: src/schema.ts must be what
// openapi-typescript makes of packages/api/openapi.yaml today.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

describe('generated types', () => {
  it('src/schema.ts matches the contract', async () => {
    const contract = new URL('../../api/openapi.yaml', import.meta.url);
    const fresh = astToString(await openapiTS(contract));
    const committed = readFileSync(
      fileURLToPath(new URL('../src/schema.ts', import.meta.url)),
      'utf8',
    );
    const body = (text: string) => text.slice(text.indexOf('export interface paths'));
    assert.equal(body(committed), body(fresh), 'run `pnpm --filter @upward/sdk generate`');
  });
});
