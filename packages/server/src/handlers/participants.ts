// Enrolments: the programme's participants, leads and admins list them; leads and admins enrol
// and change them; a participant may record their own completed training, and nothing else.
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { pgCode, uniqueViolation } from '../db/errors.js';
import { participants, people } from '../db/schema.js';
import { loadProgramme } from '../domain/access.js';
import { summaries, summaryOf, toSummary } from '../domain/people.js';
import { checkTraining, toParticipant } from '../domain/programmes.js';
import { callerOf } from '../http/context.js';
import { checkVersion, withEtag } from '../http/etag.js';
import { decodeCursor, page } from '../http/pagination.js';
import {
  badRequest,
  conflict,
  forbidden,
  HttpProblem,
  notFound,
  staleVersion,
} from '../http/problem.js';
import type { Deps, Handler } from './types.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function participantsHandlers({ db }: Deps) {
  const enrolment = (orgId: string, programmeId: string, personId: string) =>
    db
      .select()
      .from(participants)
      .where(
        and(
          eq(participants.orgId, orgId),
          eq(participants.programmeId, programmeId),
          eq(participants.personId, personId),
        ),
      );

  const listParticipants: Handler<'listParticipants'> = async (request) => {
    const caller = callerOf(request);
    const { programmeId } = request.params;
    const { limit = 25, cursor, role } = request.query;
    await loadProgramme(db, caller, programmeId);
    const after = decodeCursor(cursor);
    if (after && !uuid.test(after.id))
      throw badRequest('The cursor is not one this server gave out.', [
        { field: 'query/cursor', reason: 'is not a cursor from a previous page' },
      ]);
    const rows = await db
      .select({ participant: participants, person: people })
      .from(participants)
      .innerJoin(
        people,
        and(eq(people.orgId, participants.orgId), eq(people.id, participants.personId)),
      )
      .where(
        and(
          eq(participants.orgId, caller.orgId),
          eq(participants.programmeId, programmeId),
          role ? eq(participants.role, role) : undefined,
          after
            ? or(
                gt(people.displayName, after.key),
                and(eq(people.displayName, after.key), gt(participants.personId, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(people.displayName), asc(participants.personId))
      .limit(limit + 1);
    return page(
      rows,
      limit,
      (row) => toParticipant(row.participant, toSummary(row.person)),
      (row) => [row.person.displayName, row.participant.personId],
    );
  };

  const enrolParticipant: Handler<'enrolParticipant'> = async (request, reply) => {
    const caller = callerOf(request);
    const { programmeId } = request.params;
    const body = request.body;
    const { programme, isLead } = await loadProgramme(db, caller, programmeId);
    if (!isLead)
      throw forbidden("Only the programme's leads and organisation admins enrol people.");
    const [person] = await db
      .select()
      .from(people)
      .where(and(eq(people.orgId, caller.orgId), eq(people.id, body.personId)));
    if (!person)
      throw new HttpProblem(
        404,
        'not-found',
        'Not found',
        `No person ${body.personId} in this organisation.`,
        [{ field: '/personId', reason: 'is not a person of this organisation' }],
      );
    checkTraining(programme, body.role, body.trainingCompleted);
    try {
      const [row] = await db
        .insert(participants)
        .values({
          orgId: caller.orgId,
          programmeId,
          personId: person.id,
          role: body.role,
          capacity: body.capacity ?? 1,
          trainingCompleted: body.trainingCompleted ?? [],
          steering: body.steering ?? false,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      reply.code(201).header('location', `/v1/programmes/${programmeId}/participants/${person.id}`);
      return withEtag(reply, toParticipant(row, toSummary(person)));
    } catch (error) {
      if (pgCode(error) === uniqueViolation)
        throw conflict(`${person.displayName} is already enrolled in this programme.`);
      throw error;
    }
  };

  const updateParticipant: Handler<'updateParticipant'> = async (request, reply) => {
    const caller = callerOf(request);
    const { programmeId, personId } = request.params;
    const body = request.body;
    const { programme, isLead } = await loadProgramme(db, caller, programmeId);
    const [current] = await enrolment(caller.orgId, programmeId, personId);
    if (!current) throw notFound(`enrolment of person ${personId} in this programme`);
    if (!isLead) {
      if (caller.personId !== personId)
        throw forbidden("Only the programme's leads and organisation admins change enrolments.");
      const fields = Object.keys(body).filter((field) => field !== 'trainingCompleted');
      if (fields.length > 0)
        throw forbidden(
          `Participants record their own training only; leads and admins change ${fields.join(', ')}.`,
        );
    }
    checkVersion(request, current.version);
    checkTraining(programme, body.role ?? current.role, body.trainingCompleted);
    const [row] = await db
      .update(participants)
      .set({ ...body, version: sql`${participants.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(participants.orgId, caller.orgId),
          eq(participants.programmeId, programmeId),
          eq(participants.personId, personId),
          eq(participants.version, current.version),
        ),
      )
      .returning();
    if (!row) {
      const [now] = await enrolment(caller.orgId, programmeId, personId);
      throw staleVersion(String(request.headers['if-match']), now?.version ?? current.version);
    }
    const names = await summaries(db, caller.orgId, [personId]);
    return withEtag(reply, toParticipant(row, summaryOf(names, personId)));
  };

  return { listParticipants, enrolParticipant, updateParticipant };
}
