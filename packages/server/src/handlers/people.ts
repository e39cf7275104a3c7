import { and, asc, eq, gt, ilike, or, sql } from 'drizzle-orm';
import { pgCode } from '../db/errors.js';
import { people } from '../db/schema.js';
import { toPerson } from '../domain/persons.js';
import { type Caller, callerOf } from '../http/context.js';
import { checkVersion, withEtag } from '../http/etag.js';
import { decodeCursor, page } from '../http/pagination.js';
import { conflict, forbidden, notFound, staleVersion } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

const selfEditable = new Set(['displayName', 'expertise', 'interests', 'locale']);
const isUniqueViolation = (error: unknown) => pgCode(error) === '23505';

export function peopleHandlers({ db }: Deps) {
  const sees = (caller: Caller, personId: string) =>
    caller.isAdmin || caller.isLead || caller.personId === personId;

  const listPeople: Handler<'listPeople'> = async (request) => {
    const caller = callerOf(request);
    const { limit = 25, cursor, q } = request.query;
    const after = decodeCursor(cursor);
    const rows = await db
      .select()
      .from(people)
      .where(
        and(
          eq(people.orgId, caller.orgId),
          q
            ? or(
                ilike(people.displayName, `%${escapeLike(q)}%`),
                ilike(people.email, `%${escapeLike(q)}%`),
                ilike(people.department, `%${escapeLike(q)}%`),
              )
            : undefined,
          after
            ? or(
                gt(people.displayName, after.key),
                and(eq(people.displayName, after.key), gt(people.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(people.displayName), asc(people.id))
      .limit(limit + 1);
    return page(
      rows,
      limit,
      (row) => toPerson(row, sees(caller, row.id)),
      (row) => [row.displayName, row.id],
    );
  };

  const createPerson: Handler<'createPerson'> = async (request, reply) => {
    const caller = callerOf(request);
    if (!caller.isAdmin) throw forbidden('Only organisation admins add people.');
    const body = request.body;
    try {
      const [row] = await db
        .insert(people)
        .values({
          orgId: caller.orgId,
          displayName: body.displayName,
          email: body.email,
          level: body.level,
          department: body.department ?? null,
          managerId: body.managerId ?? null,
          expertise: body.expertise ?? [],
          interests: body.interests ?? [],
          locale: body.locale ?? null,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      reply.code(201).header('location', `/v1/people/${row.id}`);
      return withEtag(reply, toPerson(row, true));
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`Someone with the email ${body.email} is already in the directory.`);
      throw error;
    }
  };

  const getPerson: Handler<'getPerson'> = async (request, reply) => {
    const caller = callerOf(request);
    const [row] = await db
      .select()
      .from(people)
      .where(and(eq(people.orgId, caller.orgId), eq(people.id, request.params.personId)));
    if (!row) throw notFound(`person ${request.params.personId}`);
    return withEtag(reply, toPerson(row, sees(caller, row.id)));
  };

  const updatePerson: Handler<'updatePerson'> = async (request, reply) => {
    const caller = callerOf(request);
    const { personId } = request.params;
    const body = request.body;
    // Existence first: someone of another organisation is missing (404), not forbidden.
    const [current] = await db
      .select()
      .from(people)
      .where(and(eq(people.orgId, caller.orgId), eq(people.id, personId)));
    if (!current) throw notFound(`person ${personId}`);
    if (!caller.isAdmin) {
      if (caller.personId !== personId)
        throw forbidden('Only organisation admins change other people.');
      const fields = Object.keys(body).filter((field) => !selfEditable.has(field));
      if (fields.length > 0)
        throw forbidden(`Only organisation admins change ${fields.join(', ')}.`);
    }
    checkVersion(request, current.version);
    try {
      const [row] = await db
        .update(people)
        .set({ ...body, version: sql`${people.version} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(people.orgId, caller.orgId),
            eq(people.id, personId),
            eq(people.version, current.version),
          ),
        )
        .returning();
      if (!row) {
        const [latest] = await db
          .select({ version: people.version })
          .from(people)
          .where(and(eq(people.orgId, caller.orgId), eq(people.id, personId)));
        throw staleVersion(
          String(request.headers['if-match']),
          latest?.version ?? current.version + 1,
        );
      }
      return withEtag(reply, toPerson(row, true));
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`Someone with the email ${body.email} is already in the directory.`);
      throw error;
    }
  };

  return { listPeople, createPerson, getPerson, updatePerson };
}

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
