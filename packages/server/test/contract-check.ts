// Checks every response the tests receive against the contract: the status must be one the
// operation declares, and a JSON body must match that response's schema.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContract } from '../src/app.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
type Json = any;

const contract: Json = loadContract();
const base = 'https://upward.invalid/openapi';
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema({ $id: base, components: contract.components });

const rebase = (node: Json): Json =>
  Array.isArray(node)
    ? node.map(rebase)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node).map(([k, v]) => [
            k,
            k === '$ref' && typeof v === 'string' ? `${base}${v}` : rebase(v),
          ]),
        )
      : node;

const deref = (node: Json): Json => {
  let current = node;
  while (current?.$ref)
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((v: Json, k: string) => v[k], contract);
  return current;
};

const routes = Object.entries<Json>(contract.paths).map(([path, item]) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  item,
}));
const compiled = new Map<string, ValidateFunction>();

export interface Checked {
  operationId: string | undefined;
  problems: string[];
}

export function checkResponse(
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: unknown,
): Checked {
  const path = url.split('?')[0] ?? url;
  const route = routes.find((r) => r.pattern.test(path));
  const operation = route?.item[method.toLowerCase()];
  if (!route || !operation) {
    // Not a contract route: only a problem document is acceptable (404/405).
    return {
      operationId: undefined,
      problems:
        status === 404
          ? checkProblem(contentType, body)
          : [`${method} ${path} is not in the contract`],
    };
  }
  const declared = operation.responses[String(status)];
  const problems: string[] = [];
  if (!declared) problems.push(`${operation.operationId} does not declare ${status}`);
  const response = declared ? deref(declared) : undefined;
  const type = contentType?.split(';')[0]?.trim();
  if (response?.content && type) {
    const media = response.content[type];
    if (!media) problems.push(`${operation.operationId} ${status} does not declare ${type}`);
    else {
      const key = `${operation.operationId} ${status} ${type}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(rebase(media.schema));
        compiled.set(key, validate);
      }
      if (!validate(body)) {
        problems.push(`${key}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
      }
    }
  }
  return { operationId: operation.operationId, problems };
}

function checkProblem(contentType: string | null, body: unknown): string[] {
  if (!contentType?.startsWith('application/problem+json'))
    return [`expected a problem document, got ${contentType}`];
  const validate = ajv.getSchema(`${base}#/components/schemas/Problem`) as ValidateFunction;
  return validate(body) ? [] : [ajv.errorsText(validate.errors)];
}
