import type { Schema } from '@upward/api';

type Role = Schema<'Role'>;

import { and, eq } from 'drizzle-orm';
import { organisations, participants, people, programmes } from '../db/schema.js';
import { toPerson } from '../domain/persons.js';
import { callerOf } from '../http/context.js';
import { notFound } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function meHandlers({ db }: Deps) {
  const getMe: Handler<'getMe'> = async (request) => {
    const caller = callerOf(request);
    const [person] = await db
      .select()
      .from(people)
      .where(and(eq(people.orgId, caller.orgId), eq(people.id, caller.personId)));
    const [organisation] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.id, caller.orgId));
    if (!person || !organisation) throw notFound('person for this token');
    const enrolments = await db
      .select({
        programmeId: participants.programmeId,
        programmeName: programmes.name,
        role: participants.role,
        steering: participants.steering,
      })
      .from(participants)
      .innerJoin(programmes, eq(programmes.id, participants.programmeId))
      .where(and(eq(participants.orgId, caller.orgId), eq(participants.personId, caller.personId)))
      .orderBy(programmes.name);
    const roles = new Set<Role>(enrolments.map((e) => e.role));
    if (caller.isAdmin) roles.add('admin');
    if (caller.isLead) roles.add('lead');
    return {
      person: toPerson(person, true),
      organisation: { id: organisation.id, name: organisation.name },
      roles: [...roles],
      enrolments,
    };
  };
  return { getMe };
}
