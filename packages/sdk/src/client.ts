// createUpwardClient: the typed openapi-fetch client for the Upward API, plus what it lacks.
import createClient, { type Client } from 'openapi-fetch';
import { createAuth, type TokenSource } from './middleware/auth.js';
import { createEtagMiddleware } from './middleware/etag.js';
import { idempotencyMiddleware } from './middleware/idempotency.js';
import { createResilienceMiddleware, type RetryOptions } from './middleware/resilience.js';
import type { paths } from './schema.js';

export interface UpwardClientOptions {
  /** Where the API lives, e.g. `https://upward.example.com` (without `/v1`). */
  baseUrl: string;
  /** A bearer token that does not change. */
  token?: string;
  /** Called lazily for a token, cached, and called again once after a 401. */
  getToken?: () => string | Promise<string>;
  /** A fetch of your own (tests, instrumentation, a proxy). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /**
   * Deadline of a call in ms, retries included; none by default. Worth setting in interactive
   * UIs (e.g. 15,000). It costs about 20 µs a call in Node (the request is built with a signal).
   */
  timeoutMs?: number;
  /** Retries for network errors, 429 and 503; `false` for none. */
  retry?: RetryOptions | false;
  /** Called when a request is still 401 after a token refresh: sign the user in again. */
  onUnauthorized?: () => void;
}

export type UpwardClient = Client<paths> & {
  /** Forgets the ETag remembered for a URL (the next update then needs an explicit If-Match). */
  forgetVersion(url: string): void;
};

export function createUpwardClient(options: UpwardClientOptions): UpwardClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const auth = createAuth(options.getToken ?? (options.token as TokenSource | undefined));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const etags = createEtagMiddleware(baseUrl);
  const retry = options.retry === false ? { retries: 0 } : (options.retry ?? {});
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: fetchImpl,
  });
  client.use(
    auth.middleware,
    idempotencyMiddleware,
    etags,
    // Last: it keeps the finished request to send again.
    createResilienceMiddleware({
      fetch: fetchImpl,
      retry: { retries: 3, baseDelayMs: 200, maxDelayMs: 10_000, ...retry },
      refreshToken: auth.refresh,
      onUnauthorized: options.onUnauthorized,
    }),
  );
  withDeadlines(client, options.timeoutMs ?? 0);
  return Object.assign(client, {
    forgetVersion: (url: string) => etags.forget(new URL(url, options.baseUrl).href),
  });
}

const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * Gives every call a deadline by handing openapi-fetch the signal to build its request with
 * (the caller's signal joined with a timeout), rather than rebuilding each request afterwards.
 */
function withDeadlines(client: Client<paths>, timeoutMs: number) {
  if (!timeoutMs) return;
  for (const method of methods) {
    const call = client[method] as (
      url: unknown,
      init?: { signal?: AbortSignal | null },
    ) => Promise<unknown>;
    client[method] = ((url: unknown, init?: { signal?: AbortSignal | null }) => {
      // A timer cleared when the call settles (AbortSignal.timeout would linger for the full time).
      const deadline = new AbortController();
      const timer = setTimeout(
        () =>
          deadline.abort(
            new DOMException('The call took longer than its deadline.', 'TimeoutError'),
          ),
        timeoutMs,
      );
      const signal = init?.signal
        ? AbortSignal.any([init.signal, deadline.signal])
        : deadline.signal;
      return call(url, { ...init, signal }).finally(() => clearTimeout(timer));
    }) as never;
  }
}
