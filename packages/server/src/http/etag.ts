// Optimistic concurrency: `version` goes out as a strong ETag and must come back in If-Match.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { preconditionRequired, staleVersion } from './problem.js';

export const etag = (version: number) => `"${version}"`;

/** The version the client read, from If-Match (428 when missing). */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || header === '') throw preconditionRequired();
  // The contract's pattern admits `"3"` and `W/"3"` (proxies weaken ETags); both name version 3.
  return Number(header.replace(/^W\//, '').replaceAll('"', ''));
}

/** Throws 412 with the current version unless the client's If-Match names it. */
export function checkVersion(request: FastifyRequest, current: number) {
  const expected = expectedVersion(request);
  if (expected !== current) throw staleVersion(String(request.headers['if-match']), current);
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, resource: T): T {
  reply.header('etag', etag(resource.version));
  return resource;
}
