// Every example in the contract must validate against the schema it illustrates, so the
// examples that reach docs, generated types and SDK users never lie.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  contract,
  createValidator,
  deref,
  escapePointer,
  type Json,
  operations,
} from './load-contract.js';

const validator = createValidator();

function errorsOf(validate: ReturnType<typeof validator.at>, value: unknown) {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every schema object (at any depth) inside components.schemas that carries `examples`. */
function schemasWithExamples(): { pointer: string; examples: unknown[] }[] {
  const found: { pointer: string; examples: unknown[] }[] = [];
  const walk = (node: Json, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) walk(child, `${pointer}/${index}`);
      return;
    }
    if (Array.isArray(node.examples)) found.push({ pointer, examples: node.examples });
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'examples') walk(child, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(contract.components.schemas, '/components/schemas');
  return found;
}

describe('schema examples', () => {
  it('every component schema has at least one example', () => {
    const missing = Object.entries<Json>(contract.components.schemas)
      .filter(([, schema]) => !Array.isArray(schema.examples) || schema.examples.length === 0)
      .map(([name]) => name);
    assert.deepEqual(missing, []);
  });

  for (const { pointer, examples } of schemasWithExamples()) {
    it(`${pointer} examples validate`, () => {
      const validate = validator.at(pointer);
      examples.forEach((example, index) => {
        assert.deepEqual(errorsOf(validate, example), [], `example ${index} of ${pointer}`);
      });
    });
  }
});

describe('media type, parameter and header examples', () => {
  const cases: { where: string; schema: Json; value: unknown }[] = [];
  for (const { path, method, operation } of operations()) {
    for (const [status, responseRef] of Object.entries<Json>(operation.responses)) {
      const response = deref(responseRef);
      for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
        for (const [name, exampleRef] of Object.entries<Json>(media.examples ?? {})) {
          cases.push({
            where: `${method} ${path} ${status} ${type} ${name}`,
            schema: media.schema,
            value: deref(exampleRef).value,
          });
        }
        if (media.example !== undefined) {
          cases.push({
            where: `${method} ${path} ${status} ${type}`,
            schema: media.schema,
            value: media.example,
          });
        }
      }
      for (const [name, headerRef] of Object.entries<Json>(response.headers ?? {})) {
        const header = deref(headerRef);
        if (header.example !== undefined) {
          cases.push({
            where: `${method} ${path} ${status} header ${name}`,
            schema: header.schema,
            value: header.example,
          });
        }
      }
    }
    for (const parameterRef of operation.parameters) {
      const parameter = deref(parameterRef);
      if (parameter.example !== undefined) {
        cases.push({
          where: `${method} ${path} parameter ${parameter.name}`,
          schema: parameter.schema,
          value: parameter.example,
        });
      }
    }
  }

  it('finds examples to check', () => {
    assert.ok(cases.length > 100, `only ${cases.length} examples found`);
  });

  const seen = new Set<string>();
  for (const { where, schema, value } of cases) {
    const key = JSON.stringify([schema, value]);
    if (seen.has(key)) continue;
    seen.add(key);
    it(`${where} validates`, () => {
      assert.deepEqual(errorsOf(validator.of(schema), value), []);
    });
  }
});

describe('the example check itself', () => {
  const pairExample = contract.components.schemas.Pair.examples[0];
  const validate = validator.at('/components/schemas/Pair');

  it('accepts the Pair example as it is', () => {
    assert.equal(validate(pairExample), true);
  });

  it('rejects an example whose status is not in the enum', () => {
    assert.equal(validate({ ...pairExample, status: 'dissolved' }), false);
  });

  it('rejects an example with a field the schema does not declare', () => {
    assert.equal(validate({ ...pairExample, salary: 100 }), false);
  });

  it('rejects a session note over 10,000 characters', () => {
    const session = contract.components.schemas.Session.examples[0];
    assert.equal(
      validator.at('/components/schemas/Session')({ ...session, sharedNotes: 'x'.repeat(10001) }),
      false,
    );
  });

  it('rejects a rating outside 1 to 5', () => {
    assert.equal(
      validator.at('/components/schemas/Ratings')({ safety: 0, learning: 5, statusFree: 3 }),
      false,
    );
  });
});
