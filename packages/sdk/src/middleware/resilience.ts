// What it takes to send a request again: retries with exponential backoff and full jitter
// (network errors, 429 and 503, honouring Retry-After) for safe methods and for POSTs that carry
// an Idempotency-Key, and one more try with a fresh token after a 401. Runs last on the way out,
// so it keeps a copy of the finished request (headers and body) to replay. The request's signal
// (the caller's, and the call's deadline) covers every attempt: once it fires, nothing is resent.
import type { Middleware } from 'openapi-fetch';

export interface RetryOptions {
  /** Attempts after the first; 0 turns retries off. Default 3. */
  retries?: number;
  /** First backoff in ms (doubles each time, with full jitter). Default 200. */
  baseDelayMs?: number;
  /** Longest single wait in ms, Retry-After included. Default 10,000. */
  maxDelayMs?: number;
}

interface Options {
  fetch: typeof fetch;
  retry: Required<RetryOptions>;
  refreshToken: () => Promise<string | undefined>;
  onUnauthorized: (() => void) | undefined;
  sleep?: (ms: number) => Promise<void>;
}

const safe = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const retryableStatus = new Set([429, 503]);

export function createResilienceMiddleware(options: Options): Middleware {
  // Keyed by the request itself, so a call that never reaches onResponse/onError (a later
  // middleware answered or threw) leaves nothing behind once the request is gone.
  const pending = new WeakMap<Request, { copy: Request; signal: AbortSignal }>();
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const canRetry = (request: Request) =>
    safe.has(request.method) ||
    (request.method === 'POST' && request.headers.has('idempotency-key'));
  const backoff = (attempt: number) => {
    const ceiling = Math.min(options.retry.maxDelayMs, options.retry.baseDelayMs * 2 ** attempt);
    return Math.random() * ceiling;
  };
  const retryAfter = (response: Response) => {
    const value = response.headers.get('retry-after');
    if (!value) return undefined;
    const seconds = Number(value);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
    return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), options.retry.maxDelayMs) : undefined;
  };

  /** Sends the kept copy again until it gets an answer worth returning, or attempts run out. */
  async function resend(request: Request, first: { response?: Response; error?: unknown }) {
    const entry = pending.get(request);
    pending.delete(request);
    let { response, error } = first;
    if (!entry) return { response, error };
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      if (entry.signal.aborted) return { response, error: entry.signal.reason };
      let wait: number | undefined;
      let headers: Headers | undefined;
      if (response?.status === 401 && !refreshed) {
        refreshed = true;
        const token = await options.refreshToken().catch(() => undefined);
        if (!token) break;
        headers = new Headers(entry.copy.headers);
        headers.set('authorization', `Bearer ${token}`);
        wait = 0;
        attempt--; // a token refresh is not a retry
      } else if (attempt >= options.retry.retries || !canRetry(entry.copy)) {
        break;
      } else if (response && retryableStatus.has(response.status)) {
        wait = retryAfter(response) ?? backoff(attempt);
      } else if (!response && error !== undefined) {
        wait = backoff(attempt);
      } else {
        break;
      }
      await response?.body?.cancel().catch(() => {});
      if (wait) await sleep(wait);
      if (headers) entry.copy = new Request(entry.copy, { headers });
      try {
        // A body can be read once: each attempt sends a copy of the kept request.
        response = await options.fetch(entry.copy.body ? entry.copy.clone() : entry.copy);
        error = undefined;
      } catch (caught) {
        response = undefined;
        error = caught;
      }
    }
    if (response?.status === 401) options.onUnauthorized?.();
    return { response, error };
  }

  return {
    onRequest({ request }) {
      // A request without a body can be sent again as it is; one with a body needs a copy.
      pending.set(request, {
        copy: request.body ? request.clone() : request,
        signal: request.signal,
      });
      return undefined;
    },
    async onResponse({ request, response }) {
      if (response.ok || (response.status !== 401 && !retryableStatus.has(response.status))) {
        pending.delete(request);
        return undefined;
      }
      const result = await resend(request, { response });
      if (result.response) return result.response;
      throw result.error;
    },
    async onError({ request, error }) {
      const result = await resend(request, { error });
      return (
        result.response ??
        (result.error instanceof Error ? result.error : new Error(String(result.error)))
      );
    },
  };
}
