// The audit log of a pair: every read of its data by a programme lead or org admin. It is the
// members' window onto who looked; the leads it records cannot read it.
import { and, desc, eq } from 'drizzle-orm';
import { auditEntries } from '../db/schema.js';
import { loadPair } from '../domain/access.js';
import { summaries, summaryOf } from '../domain/people.js';
import { olderThan } from '../domain/time-cursor.js';
import { callerOf } from '../http/context.js';
import { page } from '../http/pagination.js';
import { forbidden } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function auditHandlers({ db }: Deps) {
  const listPairAudit: Handler<'listPairAudit'> = async (request) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const { limit = 25, cursor } = request.query;
    const { side } = await loadPair(db, caller, pairId);
    if (side === 'lead' && !caller.isAdmin)
      throw forbidden("A pair's audit log is for its two members and organisation admins.");
    const rows = await db
      .select()
      .from(auditEntries)
      .where(
        and(
          eq(auditEntries.orgId, caller.orgId),
          eq(auditEntries.pairId, pairId),
          olderThan(cursor, auditEntries.at, auditEntries.id),
        ),
      )
      .orderBy(desc(auditEntries.at), desc(auditEntries.id))
      .limit(limit + 1);
    const actors = await summaries(
      db,
      caller.orgId,
      rows.map((row) => row.actorId),
    );
    return page(
      rows,
      limit,
      (row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actor: summaryOf(actors, row.actorId),
        action: row.action,
        resource: { type: row.resourceType, id: row.resourceId },
      }),
      (row) => [row.at.toISOString(), row.id],
    );
  };

  return { listPairAudit };
}
