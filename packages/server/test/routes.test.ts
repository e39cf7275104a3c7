// The server's routes are the contract's operations: none missing, none extra.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadContract } from '../src/app.js';
import { startServer, type TestServer } from './harness.js';

const methods = ['get', 'post', 'put', 'patch', 'delete'];
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
const contract = loadContract() as any;
const operations = Object.entries<Record<string, { operationId: string }>>(contract.paths).flatMap(
  ([path, item]) => methods.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`),
);

describe('routes and the contract', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer('embedded');
  });
  after(() => server.close());

  it('registers exactly one route per contract operation (demo mode)', () => {
    assert.deepEqual([...server.app.registeredRoutes].sort(), [...operations].sort());
  });

  it('has no demo routes outside demo mode', async () => {
    const { buildApp } = await import('../src/app.js');
    const { readConfig } = await import('../src/config.js');
    const config = readConfig({
      UPWARD_JWKS_URL: 'https://127.0.0.1:9/jwks.json',
      UPWARD_JWT_ISSUER: 'https://idp.example',
      UPWARD_JWT_AUDIENCE: 'upward',
    });
    const app = await buildApp(config, server.database, { logger: false });
    await app.ready();
    const expected = operations.filter((operation) => !operation.includes(' /demo/'));
    assert.deepEqual([...app.registeredRoutes].sort(), expected.sort());
    assert.equal(operations.length - expected.length, 2);
    const response = await app.inject({ method: 'GET', url: '/demo/people' });
    assert.equal(response.statusCode, 404);
    await app.close();
  });

  it('has a handler for every operationId', async () => {
    const { createHandlers } = await import('../src/handlers/index.js');
    const handlers = createHandlers({
      db: server.db,
      database: server.database,
      config: {} as never,
      tokens: {} as never,
      contract,
    });
    const ids = Object.values<Record<string, { operationId: string }>>(contract.paths).flatMap(
      (item) => methods.filter((m) => item[m]).map((m) => item[m]?.operationId as string),
    );
    assert.deepEqual(
      ids.filter((id) => typeof (handlers as Record<string, unknown>)[id] !== 'function'),
      [],
    );
    assert.deepEqual(
      Object.keys(handlers).filter((id) => !ids.includes(id)),
      [],
      'no handler outside the contract',
    );
  });
});
