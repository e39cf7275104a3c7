// An Idempotency-Key on every creating POST, unless the caller set one. The key is set once on
// the request, so every retry of that call carries the same key and the server creates once.
import type { Middleware } from 'openapi-fetch';

const randomKey = () =>
  globalThis.crypto?.randomUUID?.() ??
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const idempotencyMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'POST' || request.headers.has('idempotency-key')) return undefined;
    request.headers.set('idempotency-key', randomKey());
    return request;
  },
};
