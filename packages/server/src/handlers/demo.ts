import { and, eq } from 'drizzle-orm';
import { people } from '../db/schema.js';
import { demoPeople } from '../demo/people.js';
import { notFound } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function demoHandlers({ db, tokens }: Deps) {
  const listDemoPeople: Handler<'listDemoPeople'> = async () => ({
    items: demoPeople.map((p) => ({
      email: p.email,
      displayName: p.displayName,
      organisation: p.org.name,
      organisationId: p.org.id,
      role: p.role,
    })),
  });

  const createDemoToken: Handler<'createDemoToken'> = async (request, reply) => {
    const email = request.body.email.toLowerCase();
    const seed = demoPeople.find((p) => p.email === email);
    if (!seed)
      throw notFound(
        `demo person with the email ${request.body.email}; GET /demo/people lists them`,
      );
    const [person] = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, seed.org.id), eq(people.email, seed.email)));
    if (!person) throw notFound(`demo person with the email ${request.body.email}`);
    const { token, expiresAt } = await tokens.signDemo({
      sub: person.id,
      org: seed.org.id,
      roles: seed.tokenRoles,
      name: seed.displayName,
      email: seed.email,
      orgName: seed.org.name,
      expiresInSeconds: request.body.expiresInSeconds,
    });
    reply.code(201);
    return { token, expiresAt: expiresAt.toISOString() };
  };

  return { listDemoPeople, createDemoToken };
}
