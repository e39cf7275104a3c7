// The contract's own conventions (DESIGN.md, "Contract"), checked operation by operation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contract, deref, type Json, operations } from './load-contract.js';

const all = operations();
const publicRoutes = new Set([
  'get /healthz',
  'get /openapi.json',
  'get /demo/people',
  'post /demo/tokens',
]);
const refName = (node: Json) =>
  typeof node?.$ref === 'string' ? node.$ref.split('/').pop() : undefined;
const parameterNames = (operation: Json) => operation.parameters.map((p: Json) => deref(p).name);

describe('operations', () => {
  it('have unique operationIds, a summary, a description and a tag', () => {
    const ids = all.map(({ operation }) => operation.operationId);
    assert.equal(new Set(ids).size, ids.length);
    for (const { path, method, operation } of all) {
      assert.match(operation.operationId ?? '', /^[a-z][A-Za-z]+$/, `${method} ${path}`);
      assert.ok(operation.summary, `${method} ${path} summary`);
      assert.ok(operation.description, `${method} ${path} description`);
      assert.equal(operation.tags?.length, 1, `${method} ${path} tags`);
    }
  });

  it('cover the v1 domain', () => {
    const ids = new Set(all.map(({ operation }) => operation.operationId));
    for (const id of [
      'getMe',
      'listProgrammes',
      'createProgramme',
      'getProgramme',
      'updateProgramme',
      'listParticipants',
      'enrolParticipant',
      'updateParticipant',
      'listPairs',
      'createPair',
      'getPair',
      'updatePair',
      'listSessions',
      'logSession',
      'getSession',
      'updateSession',
      'deleteSession',
      'listFeedback',
      'giveFeedback',
      'listReviews',
      'startReview',
      'getReview',
      'updateReview',
      'getProgrammeInsights',
      'listPairAudit',
      'listDemoPeople',
      'createDemoToken',
      'getHealth',
      'getContract',
    ]) {
      assert.ok(ids.has(id), `missing ${id}`);
    }
  });

  it('live under /v1, except health, the contract and the demo routes', () => {
    for (const { path, method, operation } of all) {
      const isPublic = publicRoutes.has(`${method} ${path}`);
      assert.equal(path.startsWith('/v1/'), !isPublic, `${method} ${path}`);
      if (path.startsWith('/demo/')) assert.deepEqual(operation.tags, ['demo']);
    }
  });

  it('require the bearer token, except the public routes, which say so explicitly', () => {
    assert.deepEqual(contract.security, [{ bearerAuth: [] }]);
    for (const { path, method, operation } of all) {
      if (publicRoutes.has(`${method} ${path}`))
        assert.deepEqual(operation.security, [{}], `${method} ${path}`);
      else assert.equal(operation.security, undefined, `${method} ${path} overrides security`);
    }
  });

  it('answer 401, 429 and 500 as problem documents', () => {
    for (const { path, method, operation } of all) {
      for (const status of ['401', '429', '500']) {
        assert.ok(operation.responses[status], `${method} ${path} lacks ${status}`);
      }
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        if (Number(status) < 400) continue;
        const content = deref(response).content;
        assert.deepEqual(
          Object.keys(content),
          ['application/problem+json'],
          `${method} ${path} ${status}`,
        );
        assert.equal(refName(content['application/problem+json'].schema), 'Problem');
      }
    }
  });

  it('send RateLimit headers on every response, and Retry-After on 429', () => {
    for (const { path, method, operation } of all) {
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        const headers = deref(response).headers ?? {};
        assert.ok(headers.RateLimit && headers['RateLimit-Policy'], `${method} ${path} ${status}`);
        if (status === '429') assert.ok(headers['Retry-After'], `${method} ${path} 429`);
      }
    }
  });
});

describe('lists', () => {
  const lists = all.filter(({ method, operation }) => {
    if (method !== 'get') return false;
    const schema = deref(operation.responses['200']).content['application/json'].schema;
    return refName(schema)?.endsWith('Page');
  });

  it('exist for every collection', () => {
    assert.equal(lists.length, 8, `${lists.length} lists`);
  });

  it('take limit and cursor and return items with nextCursor', () => {
    for (const { path, operation } of lists) {
      assert.deepEqual(
        parameterNames(operation).filter((n: string) => n === 'limit' || n === 'cursor'),
        ['limit', 'cursor'],
        path,
      );
      const page = deref(deref(operation.responses['200']).content['application/json'].schema);
      assert.deepEqual(page.required, ['items', 'nextCursor'], path);
      assert.equal(page.properties.items.type, 'array', path);
    }
  });
});

describe('writes', () => {
  it('updates and deletes take If-Match and answer 412 and 428', () => {
    const writes = all.filter(({ method }) => method === 'patch' || method === 'delete');
    assert.ok(writes.length >= 7);
    for (const { path, method, operation } of writes) {
      assert.ok(parameterNames(operation).includes('If-Match'), `${method} ${path}`);
      assert.ok(operation.responses['412'] && operation.responses['428'], `${method} ${path}`);
    }
  });

  it('updates answer the resource with its ETag', () => {
    for (const { path, operation } of all.filter(({ method }) => method === 'patch')) {
      assert.ok(deref(operation.responses['200']).headers.ETag, path);
    }
  });

  it('creating POSTs take Idempotency-Key and answer 201 with Location', () => {
    const creates = all.filter(({ method, path }) => method === 'post' && path.startsWith('/v1/'));
    assert.ok(creates.length >= 7);
    for (const { path, operation } of creates) {
      assert.ok(parameterNames(operation).includes('Idempotency-Key'), path);
      const created = deref(operation.responses['201']);
      assert.ok(created.headers.Location && created.headers['Idempotent-Replayed'], path);
      assert.ok(operation.responses['422'], `${path} 422 for a reused key`);
    }
  });

  it('request bodies reject unknown fields', () => {
    for (const { path, method, operation } of all) {
      const body =
        operation.requestBody && deref(operation.requestBody).content['application/json'].schema;
      if (body) assert.equal(deref(body).additionalProperties, false, `${method} ${path}`);
    }
  });
});

describe('editable resources', () => {
  it('carry version, createdAt and updatedAt', () => {
    for (const name of ['Person', 'Programme', 'Participant', 'Pair', 'Session', 'Review']) {
      const schema = contract.components.schemas[name];
      for (const field of ['version', 'createdAt', 'updatedAt']) {
        assert.ok(schema.required.includes(field), `${name}.${field}`);
      }
    }
  });
});
