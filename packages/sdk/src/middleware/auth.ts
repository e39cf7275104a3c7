// Bearer auth: a static token, or `getToken()` called lazily, cached until shortly before the
// token's `exp`, and called again (once) when the server answers 401, as hosts that refresh
// tokens (SharePoint, Teams, LMS launches) need.
import type { Middleware } from 'openapi-fetch';

export type TokenSource = string | (() => string | Promise<string>);

export interface Auth {
  middleware: Middleware;
  /** Drops the cached token and fetches a new one; false when the token is static. */
  refresh(): Promise<string | undefined>;
}

/** How long before a token's `exp` the SDK asks `getToken()` for a fresh one. */
export const renewBeforeMs = 30_000;

/** A JWT's `exp` in ms; never, for a token that is not a JWT or has no `exp`. */
function expiryOf(token: string): number {
  try {
    const payload = token.split('.')[1] ?? '';
    const { exp } = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/')));
    return typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function createAuth(source: TokenSource | undefined): Auth {
  // The token once known, so the common path adds no await to a call.
  let token: string | undefined = typeof source === 'string' ? source : undefined;
  let renewAt = Number.POSITIVE_INFINITY;
  let pending: Promise<string> | undefined;
  const fetchToken = () => {
    if (typeof source !== 'function') return Promise.resolve(token);
    pending ??= Promise.resolve(source()).then(
      (value) => {
        token = value;
        renewAt = expiryOf(value) - renewBeforeMs;
        pending = undefined;
        return value;
      },
      (error) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const withToken = (request: Request, value: string | undefined) => {
    if (value) request.headers.set('authorization', `Bearer ${value}`);
    return request;
  };
  return {
    middleware: {
      onRequest({ request }) {
        if (request.headers.has('authorization') || source === undefined) return undefined;
        if (token !== undefined && Date.now() < renewAt) return withToken(request, token);
        return fetchToken().then((value) => withToken(request, value));
      },
    },
    async refresh() {
      if (typeof source !== 'function') return undefined;
      token = undefined;
      return fetchToken();
    },
  };
}
