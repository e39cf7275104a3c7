// Turns verified claims into the caller, creating the organisation and person rows the first
// time a token names them (an identity provider is the source of people; a back-end sync can
// fill in level, department and manager through the people API).
import type { Claims } from '../auth/tokens.js';
import type { Db } from '../db/connect.js';
import { pgCode, uniqueViolation } from '../db/errors.js';
import { organisations, people } from '../db/schema.js';
import type { Caller } from './context.js';

export function createCallers(db: Db) {
  const known = new Set<string>();
  return {
    async resolve(claims: Claims): Promise<Caller> {
      const key = `${claims.orgId}:${claims.personId}`;
      if (!known.has(key)) {
        await db
          .insert(organisations)
          .values({ id: claims.orgId, name: claims.orgName ?? 'Organisation' })
          .onConflictDoNothing();
        const person = {
          id: claims.personId,
          orgId: claims.orgId,
          displayName: claims.name ?? claims.email ?? 'Member',
          email: claims.email ?? null,
        };
        try {
          await db.insert(people).values(person).onConflictDoNothing({ target: people.id });
        } catch (error) {
          if (pgCode(error) !== uniqueViolation) throw error;
          // Someone else in the directory has this email (added by a sync under another id):
          // the person still gets in, without the email, and an admin can reconcile the two.
          await db
            .insert(people)
            .values({ ...person, email: null })
            .onConflictDoNothing({ target: people.id });
        }
        if (known.size > 100_000) known.clear();
        known.add(key);
      }
      return {
        personId: claims.personId,
        orgId: claims.orgId,
        isAdmin: claims.roles.includes('admin'),
        isLead: claims.roles.includes('lead'),
        claims,
      };
    },
  };
}
