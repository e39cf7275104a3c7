// RFC 9457 problem details: every error the server sends is one of these.

import type { FieldError, Problem } from '@upward/api';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra: { currentVersion?: number; retryAfter?: number } = {},
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, 'validation-failed', 'The request is not valid', detail, errors);
export const unauthorized = (detail: string) =>
  new HttpProblem(401, 'unauthorized', 'Sign-in required', detail);
export const forbidden = (detail: string) =>
  new HttpProblem(403, 'forbidden', 'Not allowed', detail);
export const notFound = (what: string) =>
  new HttpProblem(404, 'not-found', 'Not found', `No ${what}.`);
export const conflict = (detail: string) => new HttpProblem(409, 'conflict', 'Conflict', detail);
export const ruleViolated = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(422, 'rule-violated', 'The request breaks a programme rule', detail, errors);
export const staleVersion = (sent: string, current: number) =>
  new HttpProblem(
    412,
    'stale-version',
    'The resource has changed',
    `You sent version ${sent}; the stored version is "${current}". Reload, then apply your change again.`,
    undefined,
    { currentVersion: current },
  );
export const preconditionRequired = () =>
  new HttpProblem(
    428,
    'precondition-required',
    'If-Match required',
    'Send the ETag you read in If-Match.',
  );

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: HttpProblem) {
  const body: Problem = {
    type: `/problems/${problem.code}`,
    title: problem.title,
    status: problem.status,
    requestId: String(request.id),
  };
  if (problem.detail) body.detail = problem.detail;
  if (problem.errors?.length) body.errors = problem.errors;
  if (problem.extra.currentVersion !== undefined)
    body.currentVersion = problem.extra.currentVersion;
  if (problem.extra.retryAfter !== undefined) reply.header('retry-after', problem.extra.retryAfter);
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .serializer(JSON.stringify)
    .send(body);
}

const formatReasons: Record<string, string> = {
  'date-time': 'must be a date and time such as 2026-11-20T15:00:00Z',
  uuid: 'must be an id (a UUID)',
  email: 'must be an email address',
  uri: 'must be a full web address',
};

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns Ajv's errors into one field error per offending field, with a reason a person can read. */
export function fieldErrors(validation: AjvError[], context: string | undefined): FieldError[] {
  const seen = new Map<string, string>();
  for (const error of validation) {
    let pointer = error.instancePath;
    let reason = error.message ?? 'is not valid';
    if (error.keyword === 'required') {
      pointer = `${pointer}/${String(error.params.missingProperty)}`;
      reason = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      pointer = `${pointer}/${String(error.params.additionalProperty)}`;
      reason = 'is not a known field';
    } else if (error.keyword === 'maxLength') {
      reason = `must be at most ${String(error.params.limit)} characters`;
    } else if (error.keyword === 'format') {
      reason = formatReasons[String(error.params.format)] ?? reason;
    } else if (error.keyword === 'pattern') {
      reason = 'has characters or a shape that are not allowed';
    } else if (error.keyword === 'enum') {
      reason = `must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
    } else if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      continue; // the branch errors say more
    }
    const field =
      context === 'body' || context === undefined
        ? pointer
        : `${context === 'querystring' ? 'query' : context === 'params' ? 'path' : 'header'}${pointer || ''}`;
    if (!seen.has(field)) seen.set(field, reason.slice(0, 500));
  }
  if (seen.size === 0 && validation[0])
    seen.set(validation[0].instancePath, validation[0].message ?? 'is not valid');
  return [...seen].map(([field, reason]) => ({ field, reason }));
}

/** Maps every error that reaches Fastify to a problem document; never leaks internals. */
export function problemFor(
  error: FastifyError & { validation?: AjvError[]; validationContext?: string },
) {
  if (error instanceof HttpProblem) return error;
  if (error.validation) {
    const errors = fieldErrors(error.validation, error.validationContext);
    const count = errors.length;
    return badRequest(`${count} field${count === 1 ? ' is' : 's are'} not valid.`, errors);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'payload-too-large', 'Body too large', error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'Send application/json.',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return badRequest('The body is empty; send a JSON object.', [
        { field: '', reason: 'is required' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badRequest('The body is not valid JSON.', [
        { field: '', reason: 'is not valid JSON' },
      ]);
  }
  if (error.name === 'SyntaxError' || error.statusCode === 400) {
    return badRequest('The body is not valid JSON.', [{ field: '', reason: 'is not valid JSON' }]);
  }
  if (error.statusCode === 401 || error.name === 'Unauthorized') {
    return unauthorized('The request has no valid bearer token.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new HttpProblem(error.statusCode, 'bad-request', 'Bad request', error.message);
  }
  return undefined;
}
