// Problem details (RFC 9457) as typed errors.
import type { components } from './schema.js';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** An error answer of the Upward API, or a request that never got one (status 0). */
export class UpwardError extends Error {
  override readonly name: string = 'UpwardError';
  /** HTTP status; 0 when no response arrived (network failure, timeout). */
  readonly status: number;
  /** The problem type, stable to switch on (e.g. `/problems/validation-failed`). */
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** One entry per offending field: `field` is a JSON Pointer into the body, or `query/<name>`. */
  readonly fieldErrors: FieldError[];
  readonly requestId: string | undefined;
  readonly problem: Problem | undefined;

  constructor(
    status: number,
    problem: Partial<Problem> | undefined,
    options?: { cause?: unknown },
  ) {
    super(problem?.detail ?? problem?.title ?? `Upward request failed (${status})`, options);
    this.status = status;
    this.type = problem?.type ?? (status === 0 ? '/problems/network' : 'about:blank');
    this.title = problem?.title ?? (status === 0 ? 'No response' : `HTTP ${status}`);
    this.detail = problem?.detail;
    this.fieldErrors = problem?.errors ?? [];
    this.requestId = problem?.requestId;
    this.problem = problem && typeof problem.status === 'number' ? (problem as Problem) : undefined;
  }

  /** The reason given for one field, e.g. `error.fieldError('/durationMinutes')`. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.reason;
  }
}

/** 412: the resource changed since it was read. Nothing was written; reload and apply again. */
export class UpwardConflictError extends UpwardError {
  override readonly name = 'UpwardConflictError';
  /** The version the server holds now (its ETag is this number in quotes). */
  readonly currentVersion: number | undefined;

  constructor(problem: Partial<Problem> | undefined) {
    super(412, problem);
    this.currentVersion = problem?.currentVersion;
  }
}

export function toUpwardError(
  response: Response | undefined,
  body: unknown,
  cause?: unknown,
): UpwardError {
  const problem = body && typeof body === 'object' ? (body as Partial<Problem>) : undefined;
  const status = response?.status ?? 0;
  if (status === 412) return new UpwardConflictError(problem);
  return new UpwardError(
    status,
    problem ?? (typeof body === 'string' && body ? { detail: body } : undefined),
    { cause },
  );
}

export const isUpwardError = (error: unknown): error is UpwardError => error instanceof UpwardError;
export const isConflict = (error: unknown): error is UpwardConflictError =>
  error instanceof UpwardConflictError;
