// For callers who prefer exceptions: the data of a call, or an UpwardError.
import { toUpwardError } from './errors.js';

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * `const pair = await unwrap(client.GET('/v1/pairs/{pairId}', { params: { path: { pairId } } }))`:
 * the data, or throws UpwardError (UpwardConflictError for a 412). A network failure that
 * survived the retries is thrown as UpwardError with status 0.
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (error) {
    throw toUpwardError(
      undefined,
      { title: 'No response', detail: (error as Error)?.message },
      error,
    );
  }
  if (result.error !== undefined || !result.response.ok)
    throw toUpwardError(result.response, result.error);
  return result.data as T;
}
