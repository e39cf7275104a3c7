// Programmes: admins see all of the organisation's, everyone else those they are enrolled in.
// Admins and leads create them (the creator is enrolled as lead); programme leads and admins
// change them, and the phase only moves forward.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { participants, programmes } from '../db/schema.js';
import { loadProgramme } from '../domain/access.js';
import { defaultChecklist } from '../domain/default-checklist.js';
import { checkUniqueIds, movesBack, toProgramme } from '../domain/programmes.js';
import { olderThan } from '../domain/time-cursor.js';
import { callerOf } from '../http/context.js';
import { checkVersion, withEtag } from '../http/etag.js';
import { page } from '../http/pagination.js';
import { conflict, forbidden, staleVersion } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function programmesHandlers({ db }: Deps) {
  const listProgrammes: Handler<'listProgrammes'> = async (request) => {
    const caller = callerOf(request);
    const { limit = 25, cursor, phase } = request.query;
    const enrolled = db
      .select({ id: participants.programmeId })
      .from(participants)
      .where(and(eq(participants.orgId, caller.orgId), eq(participants.personId, caller.personId)));
    const rows = await db
      .select()
      .from(programmes)
      .where(
        and(
          eq(programmes.orgId, caller.orgId),
          phase ? eq(programmes.phase, phase) : undefined,
          caller.isAdmin ? undefined : inArray(programmes.id, enrolled),
          olderThan(cursor, programmes.createdAt, programmes.id),
        ),
      )
      .orderBy(desc(programmes.createdAt), desc(programmes.id))
      .limit(limit + 1);
    return page(rows, limit, toProgramme, (row) => [row.createdAt.toISOString(), row.id]);
  };

  const createProgramme: Handler<'createProgramme'> = async (request, reply) => {
    const caller = callerOf(request);
    if (!caller.isAdmin && !caller.isLead)
      throw forbidden('Only organisation admins and leads create programmes.');
    const body = request.body;
    checkUniqueIds(body);
    const row = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(programmes)
        .values({
          orgId: caller.orgId,
          name: body.name,
          purpose: body.purpose,
          focus: body.focus,
          successMeasures: body.successMeasures ?? [],
          phase: body.phase ?? 'pilot',
          reviewCadenceDays: body.reviewCadenceDays ?? 42,
          checklistTemplate: body.checklistTemplate ?? defaultChecklist,
          concernThemes: body.concernThemes ?? [],
          training: body.training ?? [],
          requireTrainingBeforePairing: body.requireTrainingBeforePairing ?? false,
          anonymityThreshold: body.anonymityThreshold ?? 5,
          allowPeers: body.allowPeers ?? false,
          allowDownwardFeedback: body.allowDownwardFeedback ?? true,
        })
        .returning();
      if (!created) throw new Error('insert returned nothing');
      await tx.insert(participants).values({
        orgId: caller.orgId,
        programmeId: created.id,
        personId: caller.personId,
        role: 'lead',
        capacity: 0,
      });
      return created;
    });
    reply.code(201).header('location', `/v1/programmes/${row.id}`);
    return withEtag(reply, toProgramme(row));
  };

  const getProgramme: Handler<'getProgramme'> = async (request, reply) => {
    const { programme } = await loadProgramme(db, callerOf(request), request.params.programmeId);
    return withEtag(reply, toProgramme(programme));
  };

  const updateProgramme: Handler<'updateProgramme'> = async (request, reply) => {
    const caller = callerOf(request);
    const { programmeId } = request.params;
    const body = request.body;
    const { programme, isLead } = await loadProgramme(db, caller, programmeId);
    if (!isLead) throw forbidden("Only the programme's leads and organisation admins change it.");
    checkVersion(request, programme.version);
    if (body.phase && movesBack(programme.phase, body.phase))
      throw conflict(
        `The phase only moves forward (pilot, active, closed): ${programme.phase} cannot go back to ${body.phase}.`,
      );
    checkUniqueIds(body);
    const [row] = await db
      .update(programmes)
      .set({ ...body, version: sql`${programmes.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(programmes.orgId, caller.orgId),
          eq(programmes.id, programmeId),
          eq(programmes.version, programme.version),
        ),
      )
      .returning();
    if (!row) {
      const { programme: now } = await loadProgramme(db, caller, programmeId);
      throw staleVersion(String(request.headers['if-match']), now.version);
    }
    return withEtag(reply, toProgramme(row));
  };

  return { listProgrammes, createProgramme, getProgramme, updateProgramme };
}
