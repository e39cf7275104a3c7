// Feedback inside a pair: who may read which, and the programme's rules for giving it.
import type { Feedback, FieldError, PersonSummary } from '@upward/api';
import { eq, or, type SQL } from 'drizzle-orm';
import { feedback, type programmes } from '../db/schema.js';
import { isMember, type PairSide } from './access.js';

export type FeedbackRow = typeof feedback.$inferSelect;
type Rules = Pick<typeof programmes.$inferSelect, 'concernThemes'>;

/**
 * What the caller may list: a member what they gave and what the partner shared with them; a
 * lead or admin what was given to the programme. Anonymous feedback only ever reaches its author.
 */
export function visibleTo(side: PairSide, personId: string): SQL | undefined {
  return isMember(side)
    ? or(eq(feedback.authorId, personId), eq(feedback.visibility, 'partner'))
    : eq(feedback.visibility, 'programme');
}

/** Whether the caller may know who gave this feedback. */
export function knowsAuthor(row: FeedbackRow, side: PairSide, personId: string): boolean {
  if (row.authorId === personId) return true;
  return isMember(side) ? row.visibility === 'partner' : row.visibility === 'programme';
}

export function toFeedback(row: FeedbackRow, author: PersonSummary | undefined): Feedback {
  const ratings: Feedback['ratings'] = {
    safety: row.safety,
    learning: row.learning,
    statusFree: row.statusFree,
  };
  if (row.couldChallenge !== null) ratings.couldChallenge = row.couldChallenge;
  const item: Feedback = {
    id: row.id,
    pairId: row.pairId,
    direction: row.direction,
    ratings,
    concernThemes: row.concernThemes,
    visibility: row.visibility,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.comment !== null) item.comment = row.comment;
  if (author) item.author = author;
  return item;
}

/** Field errors for feedback that breaks the programme's rules. */
export function ruleErrors(
  direction: Feedback['direction'],
  body: { ratings: Feedback['ratings']; concernThemes?: string[] },
  programme: Rules,
): FieldError[] {
  const errors: FieldError[] = [];
  if (direction === 'downward' && body.ratings.couldChallenge !== undefined)
    errors.push({
      field: '/ratings/couldChallenge',
      reason: 'is rated only in upward feedback, by the mentor',
    });
  const themes = new Set(programme.concernThemes.map((theme) => theme.id));
  body.concernThemes?.forEach((id, index) => {
    if (!themes.has(id))
      errors.push({
        field: `/concernThemes/${index}`,
        reason: "is not a concern theme of this programme's taxonomy",
      });
  });
  return errors;
}
