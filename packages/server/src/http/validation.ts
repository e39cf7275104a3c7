// Request validation from the contract's schemas. Bodies are checked as sent (no type coercion:
// "45" is not a number, and no default or unknown field slips through); query strings, paths and
// headers are text on the wire, so they are coerced to the declared types.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { FastifySchemaCompiler } from 'fastify';

function createAjv(coerce: boolean) {
  const ajv = new Ajv2020({
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: coerce,
    strict: false,
  });
  addFormats.default(ajv);
  // RFC 3339 admits instants the database cannot store or JavaScript cannot read (year 0000, a
  // leap second): accept only those that round-trip, so no date reaches the database to fail there.
  const rfc3339 = (fullFormats['date-time'] as { validate: (value: string) => boolean }).validate;
  ajv.addFormat('date-time', (value: string) => {
    if (!rfc3339(value)) return false;
    const time = Date.parse(value);
    return Number.isFinite(time) && time >= Date.UTC(1970, 0, 1) && time < Date.UTC(10000, 0, 1);
  });
  return ajv;
}

export function validatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = createAjv(false);
  const coercing = createAjv(true);
  return ({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object);
}
