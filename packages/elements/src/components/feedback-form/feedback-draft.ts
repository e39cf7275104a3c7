// The feedback form's values as chosen and typed, and the way to and from the API's feedback:
// validation with the contract's limits, the body to send, server field errors mapped back onto
// the form's fields, and the draft kept on this device (per person and pair) as the user types.
import type { components, FieldError } from '@upward/sdk';
import type { FeedbackFormStrings } from './feedback-form.strings.js';

export type FeedbackCreate = components['schemas']['FeedbackCreate'];
export type Visibility = components['schemas']['FeedbackVisibility'];
export type Direction = components['schemas']['Feedback']['direction'];
export type RatingKey = keyof components['schemas']['Ratings'];

export interface FeedbackDraft {
  /** 1 to 5 per rating; a rating not chosen yet is absent. */
  ratings: Partial<Record<RatingKey, number>>;
  comment: string;
  /** Ids from the programme's concern-theme taxonomy. */
  concernThemes: string[];
  visibility: Visibility;
}

export type DraftField = RatingKey | 'comment' | 'concernThemes' | 'visibility';
export type DraftErrors = Partial<Record<DraftField | 'form', string>>;

/** The ratings every feedback needs (the contract's `Ratings.required`), in the form's order. */
export const requiredRatings: readonly RatingKey[] = ['safety', 'learning', 'statusFree'];

/** The ratings shown for a direction: "could challenge" is rated only upward, by the mentor. */
export function ratingsFor(direction: Direction): readonly RatingKey[] {
  return direction === 'upward' ? [...requiredRatings, 'couldChallenge'] : requiredRatings;
}

/** Who reads it, safest first: the order the choices are offered in. */
export const visibilities: readonly Visibility[] = ['anonymous', 'partner', 'programme'];

/** The contract's limits (packages/api/openapi.yaml: Text, ThemeIds). */
export const limits = { comment: 4000, themes: 10 };

const fields: readonly DraftField[] = [
  'safety',
  'learning',
  'statusFree',
  'couldChallenge',
  'comment',
  'concernThemes',
  'visibility',
];

/** A new draft: nothing rated, and the safest visibility (anonymous). */
export function emptyDraft(): FeedbackDraft {
  return { ratings: {}, comment: '', concernThemes: [], visibility: 'anonymous' };
}

/** Whether the user has chosen or typed anything worth keeping. */
export function isBlank(draft: FeedbackDraft): boolean {
  return (
    Object.keys(draft.ratings).length === 0 &&
    draft.comment.trim() === '' &&
    draft.concernThemes.length === 0 &&
    draft.visibility === 'anonymous'
  );
}

/** What is wrong with the draft, by field, in the reader's language; empty when it can be sent. */
export function validateDraft(
  draft: FeedbackDraft,
  direction: Direction,
  t: FeedbackFormStrings,
  lang: string,
): DraftErrors {
  const errors: DraftErrors = {};
  for (const key of ratingsFor(direction)) {
    const value = draft.ratings[key];
    const required = requiredRatings.includes(key);
    if (value === undefined ? required : !isRating(value)) errors[key] = t.ratingRequired;
  }
  if (draft.comment.length > limits.comment)
    errors.comment = t.tooLong(limits.comment, draft.comment.length, lang);
  if (draft.concernThemes.length > limits.themes) errors.concernThemes = t.tooManyThemes;
  return errors;
}

/**
 * The body to send. "Could challenge" goes only with upward feedback; an empty comment is left
 * out; ratings not chosen yet are left out (the server then names them).
 */
export function toFeedbackBody(draft: FeedbackDraft, direction: Direction): FeedbackCreate {
  const ratings: Partial<FeedbackCreate['ratings']> = {};
  for (const key of ratingsFor(direction)) {
    const value = draft.ratings[key];
    if (value !== undefined) ratings[key] = value;
  }
  const body: FeedbackCreate = {
    ratings: ratings as FeedbackCreate['ratings'],
    concernThemes: [...draft.concernThemes],
    visibility: draft.visibility,
  };
  if (draft.comment.trim() !== '') body.comment = draft.comment;
  return body;
}

/** A body back into a draft (feedback the server refused goes back into the form, not lost). */
export function draftFromBody(body: FeedbackCreate): FeedbackDraft {
  return {
    ratings: { ...body.ratings },
    comment: body.comment ?? '',
    concernThemes: [...(body.concernThemes ?? [])],
    visibility: body.visibility ?? 'anonymous',
  };
}

/**
 * Feedback the server refused, back into a form that meanwhile holds another draft: nothing of
 * either is dropped. Its ratings win, the comments are both kept, the themes joined; where the
 * two chose different readers, the safest choice (anonymous) is taken, so nobody is exposed.
 */
export function mergeDrafts(current: FeedbackDraft, returned: FeedbackDraft): FeedbackDraft {
  if (isBlank(current)) return returned;
  const comments = [returned.comment, current.comment].filter((each) => each.trim() !== '');
  return {
    ratings: { ...current.ratings, ...returned.ratings },
    comment: comments.join('\n\n'),
    concernThemes: [...new Set([...returned.concernThemes, ...current.concernThemes])],
    visibility: current.visibility === returned.visibility ? current.visibility : 'anonymous',
  };
}

/** The server's field errors (JSON Pointers into the body), placed on the form's fields. */
export function errorsFromServer(
  fieldErrors: readonly FieldError[],
  fallback: string,
): DraftErrors {
  const errors: DraftErrors = {};
  for (const { field, reason } of fieldErrors) {
    const [, first, second] = field.split('/');
    const name = (first === 'ratings' ? second : first) as DraftField | undefined;
    const key = name && fields.includes(name) ? name : 'form';
    errors[key] = errors[key] ? `${errors[key]} ${reason}` : reason;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

// ---------------------------------------------------------------------------------------------
// The draft kept on this device

/** A draft as stored: the values and when they were last saved. */
export interface StoredDraft {
  draft: FeedbackDraft;
  savedAt: string;
}

/** The storage key of one person's draft for one pair. */
export function draftKey(personId: string, pairId: string): string {
  return `upward:feedback-draft:v1:${personId}:${pairId}`;
}

/** Saves the draft; a blank one removes what was stored. False when storage refused it. */
export function saveDraft(
  storage: Storage,
  personId: string,
  pairId: string,
  draft: FeedbackDraft,
  now = new Date(),
): boolean {
  try {
    const key = draftKey(personId, pairId);
    if (isBlank(draft)) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ draft, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

/** The stored draft, if there is a readable one. */
export function loadDraft(
  storage: Storage,
  personId: string,
  pairId: string,
): StoredDraft | undefined {
  try {
    const raw = storage.getItem(draftKey(personId, pairId));
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Partial<StoredDraft>;
    const draft = sanitize(stored.draft);
    return draft && typeof stored.savedAt === 'string'
      ? { draft, savedAt: stored.savedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: Storage, personId: string, pairId: string): void {
  try {
    storage.removeItem(draftKey(personId, pairId));
  } catch {
    // Nothing stored, or nothing that can be: either way nothing is left behind here.
  }
}

/** A draft read from storage, kept only where it has the right shape. */
function sanitize(value: unknown): FeedbackDraft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Partial<FeedbackDraft>;
  const draft = emptyDraft();
  if (raw.ratings && typeof raw.ratings === 'object') {
    for (const key of fields) {
      const rating = (raw.ratings as Record<string, unknown>)[key];
      if (isRating(rating)) draft.ratings[key as RatingKey] = rating;
    }
  }
  if (typeof raw.comment === 'string') draft.comment = raw.comment;
  if (Array.isArray(raw.concernThemes))
    draft.concernThemes = raw.concernThemes.filter((id) => typeof id === 'string');
  if (raw.visibility && visibilities.includes(raw.visibility)) draft.visibility = raw.visibility;
  return draft;
}
