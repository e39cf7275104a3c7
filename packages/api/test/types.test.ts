// The generated types compile, match the contract today, and catch what the contract forbids.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import openapiTS, { astToString } from 'openapi-typescript';
import type { Feedback, Pair, paths, Session } from '../src/index.js';
import { contractPath } from './load-contract.js';

describe('generated types', () => {
  it('src/schema.ts is what openapi-typescript generates from openapi.yaml now', async () => {
    const fresh = astToString(await openapiTS(new URL(`file://${contractPath}`)));
    const committed = readFileSync(new URL('../src/schema.ts', import.meta.url), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('export interface paths'));
    assert.equal(body(committed), body(fresh), 'run `pnpm --filter @upward/api generate`');
  });

  it('type the contract for SDK and server (checked by tsc)', () => {
    const pairStatus: Pair['status'] = 'paused';
    // @ts-expect-error: 'dissolved' is not a pair status
    const badStatus: Pair['status'] = 'dissolved';
    const visibility: Feedback['visibility'] = 'anonymous';
    // @ts-expect-error: private notes are optional; sharedNotes are not
    const noShared: Session['sharedNotes'] = undefined;
    type ListPairsQuery = NonNullable<paths['/v1/pairs']['get']['parameters']['query']>;
    const query: ListPairsQuery = { status: 'active', limit: 10 };
    assert.deepEqual(
      [pairStatus, badStatus, visibility, noShared, query.status],
      ['paused', 'dissolved', 'anonymous', undefined, 'active'],
    );
  });
});
