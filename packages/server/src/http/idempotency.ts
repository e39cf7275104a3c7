// Idempotency-Key on creating POSTs: the first response is stored and replayed for a retry with
// the same key and body; the same key with another body is a 422. A key is claimed before the
// handler runs, so two concurrent requests with one key never both create.
import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import { idempotencyKeys } from '../db/schema.js';
import { HttpProblem } from './problem.js';

const keepHours = 24;
/** A claimed key whose request never finished (a crash) may be taken over after this long. */
const abandonedAfterMs = 60_000;
const replayedHeaders = ['location', 'etag', 'content-type'];

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | undefined;
  }
}

export function createIdempotency(db: Db) {
  let claims = 0;

  async function before(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.caller) return;
    const { orgId, personId } = request.caller;
    const route = request.routeOptions.url ?? request.url;
    const bodyHash = createHash('sha256')
      .update(`${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('base64url');
    const where = and(
      eq(idempotencyKeys.orgId, orgId),
      eq(idempotencyKeys.personId, personId),
      eq(idempotencyKeys.key, key),
    );
    if (++claims % 500 === 0) {
      await db
        .delete(idempotencyKeys)
        .where(
          lt(
            idempotencyKeys.createdAt,
            sql`now() - interval '${sql.raw(String(keepHours))} hours'`,
          ),
        );
    }
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ orgId, personId, key, route, bodyHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      request.idempotencyKey = key;
      return;
    }
    const [stored] = await db.select().from(idempotencyKeys).where(where);
    if (!stored) return;
    if (stored.bodyHash !== bodyHash) {
      throw new HttpProblem(
        422,
        'idempotency-key-reused',
        'Idempotency-Key reused',
        'This Idempotency-Key was already used with another request; use a new key for a new request.',
        [{ field: 'header/Idempotency-Key', reason: 'was used with a different body' }],
      );
    }
    if (stored.status === null) {
      if (Date.now() - stored.createdAt.getTime() < abandonedAfterMs) {
        throw new HttpProblem(
          409,
          'request-in-progress',
          'Request in progress',
          'The first request with this Idempotency-Key is still running; retry shortly.',
        );
      }
      await db.update(idempotencyKeys).set({ createdAt: new Date() }).where(where);
      request.idempotencyKey = key;
      return;
    }
    for (const [name, value] of Object.entries(stored.headers ?? {})) reply.header(name, value);
    reply.header('idempotent-replayed', 'true');
    return reply
      .code(stored.status)
      .serializer((payload: unknown) => payload as string)
      .send(stored.body ?? '');
  }

  async function after(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const key = request.idempotencyKey;
    if (!key || !request.caller) return payload;
    const where = and(
      eq(idempotencyKeys.orgId, request.caller.orgId),
      eq(idempotencyKeys.personId, request.caller.personId),
      eq(idempotencyKeys.key, key),
    );
    request.idempotencyKey = undefined;
    if (reply.statusCode >= 400) {
      // Nothing was created: free the key so a corrected request can use it.
      await db.delete(idempotencyKeys).where(where);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of replayedHeaders) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    await db
      .update(idempotencyKeys)
      .set({
        status: reply.statusCode,
        headers,
        body: typeof payload === 'string' ? payload : JSON.stringify(payload),
      })
      .where(where);
    reply.header('idempotent-replayed', 'false');
    return payload;
  }

  return { before, after };
}
