// Feedback of a pair: its members give it (upward from the mentor, downward from the mentee when
// the programme allows), and each caller lists only what they may see.
import { and, desc, eq } from 'drizzle-orm';
import { feedback, programmes } from '../db/schema.js';
import { audit, isMember, loadPair } from '../domain/access.js';
import { knowsAuthor, ruleErrors, toFeedback, visibleTo } from '../domain/feedback.js';
import { summaries, summaryOf } from '../domain/people.js';
import { jsonBody, olderRow } from '../domain/sessions.js';
import { callerOf } from '../http/context.js';
import { page } from '../http/pagination.js';
import { conflict, forbidden, notFound, ruleViolated } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function feedbackHandlers({ db }: Deps) {
  const listFeedback: Handler<'listFeedback'> = async (request) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const { limit = 25, cursor } = request.query;
    const access = await loadPair(db, caller, pairId);
    const older = olderRow(cursor, feedback.createdAt, feedback.id);
    await audit(db, caller, access, 'feedback.list', { type: 'pair', id: pairId });
    const rows = await db
      .select()
      .from(feedback)
      .where(
        and(
          eq(feedback.orgId, caller.orgId),
          eq(feedback.pairId, pairId),
          visibleTo(access.side, caller.personId),
          older,
        ),
      )
      .orderBy(desc(feedback.createdAt), desc(feedback.id))
      .limit(limit + 1);
    const authors = await summaries(
      db,
      caller.orgId,
      rows.filter((row) => knowsAuthor(row, access.side, caller.personId)).map((r) => r.authorId),
    );
    return page(
      rows,
      limit,
      (row) =>
        toFeedback(
          row,
          knowsAuthor(row, access.side, caller.personId)
            ? summaryOf(authors, row.authorId)
            : undefined,
        ),
      (row) => [row.createdAt.toISOString(), row.id],
    );
  };

  const giveFeedback: Handler<'giveFeedback'> = async (request, reply) => {
    const caller = callerOf(request);
    const { pairId } = request.params;
    const body = jsonBody(request.body);
    const { pair, side } = await loadPair(db, caller, pairId);
    if (!isMember(side)) throw forbidden("Feedback is given by the pair's two members.");
    const [programme] = await db
      .select({
        concernThemes: programmes.concernThemes,
        allowDownwardFeedback: programmes.allowDownwardFeedback,
      })
      .from(programmes)
      .where(and(eq(programmes.orgId, caller.orgId), eq(programmes.id, pair.programmeId)));
    if (!programme) throw notFound(`programme of pair ${pairId}`);
    const direction = side === 'mentor' ? 'upward' : 'downward';
    if (direction === 'downward' && !programme.allowDownwardFeedback)
      throw forbidden('This programme takes feedback upward only, from the mentor.');
    if (pair.status === 'proposed')
      throw conflict('The pair is only proposed; feedback is given once it has started.');
    const errors = ruleErrors(direction, body, programme);
    if (errors.length > 0)
      throw ruleViolated(
        errors.length === 1
          ? "The feedback breaks one of the programme's rules."
          : "The feedback breaks some of the programme's rules.",
        errors,
      );
    const [row] = await db
      .insert(feedback)
      .values({
        orgId: caller.orgId,
        programmeId: pair.programmeId,
        pairId,
        authorId: caller.personId,
        direction,
        safety: body.ratings.safety,
        learning: body.ratings.learning,
        statusFree: body.ratings.statusFree,
        couldChallenge: body.ratings.couldChallenge ?? null,
        comment: body.comment ?? null,
        concernThemes: body.concernThemes ?? [],
        visibility: body.visibility ?? 'anonymous',
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const authors = await summaries(db, caller.orgId, [caller.personId]);
    // Feedback has no address of its own: it lives in the pair's feedback list.
    reply.code(201).header('location', `/v1/pairs/${pairId}/feedback`);
    return toFeedback(row, summaryOf(authors, caller.personId));
  };

  return { listFeedback, giveFeedback };
}
