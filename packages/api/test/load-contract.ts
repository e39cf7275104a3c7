import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export const contractPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically here
export type Json = any;

export const contract: Json = parse(readFileSync(contractPath, 'utf8'));

const base = 'https://upward.invalid/openapi';

/** Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) loaded with every component schema. */
export function createValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  // OpenAPI's own keywords inside schemas; Ajv rejects unknown keywords in strict mode.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: base, components: { schemas: contract.components.schemas } });
  return {
    ajv,
    /** A validator for the schema at a JSON Pointer of the contract, e.g. `/components/schemas/Pair`. */
    at(pointer: string) {
      const validate = ajv.compile({ $ref: `${base}#${pointer}` });
      return validate;
    },
    /** Validates a schema that may hold `$ref`s into the contract's components. */
    of(schema: Json) {
      return ajv.compile(rebase(schema));
    },
  };
}

function rebase(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([key, value]) =>
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? [key, `${base}${value}`]
          : [key, rebase(value)],
      ),
    );
  }
  return schema;
}

/** Follows a local `$ref` (`#/components/...`) to its target. */
export function deref(node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce((value: Json, key: string) => value?.[key], contract);
    if (current === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
  }
  return current;
}

export const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Every operation of the contract with its path and method. */
export function operations(): { path: string; method: string; operation: Json }[] {
  const all: { path: string; method: string; operation: Json }[] = [];
  for (const [path, item] of Object.entries<Json>(contract.paths)) {
    for (const method of methods) {
      if (item[method]) {
        all.push({
          path,
          method,
          operation: {
            ...item[method],
            parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])],
          },
        });
      }
    }
  }
  return all;
}

/** JSON Pointer escaping (RFC 6901). */
export const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
