// Sessions of a pair: its two members list, log, read, update and delete them. Leads and admins
// get 403 (session content is the pair's); everyone else 404.
import { and, eq, sql } from 'drizzle-orm';
import { sessions } from '../db/schema.js';
import { createSessionLogger } from '../domain/log-session.js';
import { summaries } from '../domain/people.js';
import {
  heldAtOf,
  jsonBody,
  loadSession,
  memberPair,
  type SessionRow,
  sessionPage,
  toSession,
} from '../domain/sessions.js';
import { callerOf } from '../http/context.js';
import { checkVersion, withEtag } from '../http/etag.js';
import { page } from '../http/pagination.js';
import { conflict, forbidden, staleVersion } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function sessionsHandlers({ db }: Deps) {
  const logSessionRow = createSessionLogger(db);
  const loggers = (orgId: string, rows: SessionRow[]) =>
    summaries(
      db,
      orgId,
      rows.map((row) => row.loggedBy),
    );

  const listSessions: Handler<'listSessions'> = async (request) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const { limit = 25, cursor } = request.query;
    await memberPair(db, caller, pairId);
    const rows = await sessionPage(db, caller.orgId, pairId, cursor, limit);
    const people = await loggers(caller.orgId, rows);
    return page(
      rows,
      limit,
      (row) => toSession(row, people, caller.personId),
      (row) => [row.heldAt.toISOString(), row.id],
    );
  };

  const logSession: Handler<'logSession'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const body = jsonBody(request.body);
    const logged = await logSessionRow(caller, pairId, body, heldAtOf(body.heldAt));
    if (!logged) {
      // Nothing was inserted: say why (404 no such pair, 403 not a member, 409 not loggable now).
      const pair = await memberPair(db, caller, pairId);
      throw conflict(`The pair is ${pair.status}; sessions are logged for active or paused pairs.`);
    }
    const { session: row, people } = logged;
    reply.code(201).header('location', `/v1/pairs/${pairId}/sessions/${row.id}`);
    return withEtag(reply, toSession(row, people, caller.personId));
  };

  const getSession: Handler<'getSession'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId, sessionId } = request.params;
    await memberPair(db, caller, pairId);
    const row = await loadSession(db, caller, pairId, sessionId);
    return withEtag(reply, toSession(row, await loggers(caller.orgId, [row]), caller.personId));
  };

  const updateSession: Handler<'updateSession'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId, sessionId } = request.params;
    const { heldAt, ...body } = jsonBody(request.body);
    await memberPair(db, caller, pairId);
    const current = await loadSession(db, caller, pairId, sessionId);
    if (body.privateNote !== undefined && current.loggedBy !== caller.personId)
      throw forbidden('Only the member who logged this session writes its private note.');
    checkVersion(request, current.version);
    const [row] = await db
      .update(sessions)
      .set({
        ...body,
        ...(heldAt !== undefined ? { heldAt: heldAtOf(heldAt) } : {}),
        version: sql`${sessions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(sessions.orgId, caller.orgId),
          eq(sessions.id, sessionId),
          eq(sessions.version, current.version),
        ),
      )
      .returning();
    if (!row) {
      // A concurrent writer won: it changed the session (412) or deleted it (404).
      const latest = await loadSession(db, caller, pairId, sessionId);
      throw staleVersion(String(request.headers['if-match']), latest.version);
    }
    return withEtag(reply, toSession(row, await loggers(caller.orgId, [row]), caller.personId));
  };

  const deleteSession: Handler<'deleteSession'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId, sessionId } = request.params;
    await memberPair(db, caller, pairId);
    const current = await loadSession(db, caller, pairId, sessionId);
    if (current.loggedBy !== caller.personId)
      throw forbidden('Only the member who logged this session deletes it.');
    checkVersion(request, current.version);
    const deleted = await db
      .delete(sessions)
      .where(
        and(
          eq(sessions.orgId, caller.orgId),
          eq(sessions.id, sessionId),
          eq(sessions.version, current.version),
        ),
      )
      .returning({ id: sessions.id });
    if (deleted.length === 0) {
      const latest = await loadSession(db, caller, pairId, sessionId);
      throw staleVersion(String(request.headers['if-match']), latest.version);
    }
    return reply.code(204).send();
  };

  return { listSessions, logSession, getSession, updateSession, deleteSession };
}
