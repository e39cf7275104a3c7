// Optimistic concurrency without bookkeeping: the ETag of every resource read (or written) is
// remembered by URL and sent back as If-Match on the next PATCH or DELETE of that URL, unless
// the caller sets If-Match. A 412 then surfaces as UpwardConflictError with the current version.
import type { Middleware } from 'openapi-fetch';

export function createEtagMiddleware(
  baseUrl: string,
  maxEntries = 1000,
): Middleware & { forget(url: string): void } {
  const etags = new Map<string, string>();
  const keyOf = (url: string) => url.split('?')[0] as string;
  return {
    onRequest({ request }) {
      if (
        (request.method !== 'PATCH' && request.method !== 'DELETE') ||
        request.headers.has('if-match')
      )
        return undefined;
      const etag = etags.get(keyOf(request.url));
      if (!etag) return undefined;
      request.headers.set('if-match', etag);
      return request;
    },
    onResponse({ request, response }) {
      const etag = response.headers.get('etag');
      // A replayed create carries the ETag of its first answer, which may be out of date.
      if (response.ok && etag && response.headers.get('idempotent-replayed') !== 'true') {
        // A created resource is remembered under its Location.
        const location = response.status === 201 ? response.headers.get('location') : null;
        const key = keyOf(location ? absolute(baseUrl, location) : request.url);
        if (etags.size >= maxEntries) etags.delete(etags.keys().next().value as string);
        etags.set(key, etag);
      }
      if (request.method === 'DELETE' && response.ok) etags.delete(keyOf(request.url));
      return undefined;
    },
    forget(url: string) {
      etags.delete(keyOf(absolute(baseUrl, url)));
    },
  };
}

/** A path like `/v1/pairs/…` under the API's base URL (which may itself have a path). */
export function absolute(baseUrl: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return `${baseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
