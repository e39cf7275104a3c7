// Configuration mistakes stop the server at start, with the variable to set.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readConfig } from '../src/config.js';

describe('configuration', () => {
  it('needs production tokens or demo mode', () => {
    assert.throws(() => readConfig({}), /UPWARD_JWKS_URL .* or UPWARD_DEMO=1/);
  });

  it('checks the issuer and the audience of production tokens, so both must be set', () => {
    const jwks = { UPWARD_JWKS_URL: 'https://idp.example/jwks.json' };
    assert.throws(() => readConfig(jwks), /UPWARD_JWT_ISSUER and UPWARD_JWT_AUDIENCE/);
    assert.throws(
      () => readConfig({ ...jwks, UPWARD_JWT_ISSUER: 'https://idp.example' }),
      /UPWARD_JWT_AUDIENCE/,
    );
    const config = readConfig({
      ...jwks,
      UPWARD_JWT_ISSUER: 'https://idp.example',
      UPWARD_JWT_AUDIENCE: 'upward',
    });
    assert.equal(config.issuer, 'https://idp.example');
    assert.equal(config.audience, 'upward');
  });

  it('refuses numbers that are not whole and not positive', () => {
    assert.throws(
      () => readConfig({ UPWARD_DEMO: '1', PORT: 'eighty' }),
      /PORT must be a whole number/,
    );
    assert.throws(
      () => readConfig({ UPWARD_DEMO: '1', UPWARD_RATE_LIMIT: '-1' }),
      /UPWARD_RATE_LIMIT must be a whole number/,
    );
  });

  it('reads the drop-in folders with the platform separator', () => {
    const dirs = ['/srv/upward/elements/dist', '/srv/upward/sdk/dist'];
    const config = readConfig({ UPWARD_DEMO: '1', UPWARD_ASSET_DIRS: dirs.join(path.delimiter) });
    assert.deepEqual(config.assetDirs, dirs);
  });
});
