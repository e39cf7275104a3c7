// A review's answers as the reader edits them, the body that saves them, and the item-by-item
// merge that settles two people's edits after the server refused a stale save (412): what only
// one side changed is taken from that side; what both changed differently is a choice.
import type { components } from '@upward/sdk';

type Review = components['schemas']['Review'];
type ReviewUpdate = components['schemas']['ReviewUpdate'];
export type Outcome = components['schemas']['ReviewOutcome'];

/** One item's answer. A missing note is `''` (the API drops an empty note). */
export interface Answer {
  checked: boolean;
  note: string;
}

/** Answers by item id, plus the outcome chosen so far. */
export interface ReviewDraft {
  answers: Record<string, Answer>;
  outcome: Outcome | null;
}

const blank: Answer = { checked: false, note: '' };

/** The contract's limit for a note (`Text`). */
export const noteLimit = 4000;

export function draftOf(review: Review): ReviewDraft {
  const answers: Record<string, Answer> = {};
  for (const item of review.items)
    answers[item.id] = { checked: item.checked, note: item.note ?? '' };
  return { answers, outcome: review.outcome };
}

export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return (a?.checked ?? false) === (b?.checked ?? false) && (a?.note ?? '') === (b?.note ?? '');
}

/** The ids (in the review's order) whose answer differs between two drafts. */
export function changedItems(review: Review, from: ReviewDraft, to: ReviewDraft): string[] {
  return review.items
    .map((item) => item.id)
    .filter((id) => !sameAnswer(from.answers[id], to.answers[id]));
}

/** Whether `draft` holds anything the server's `base` does not. */
export function isDirty(review: Review, base: ReviewDraft, draft: ReviewDraft): boolean {
  return base.outcome !== draft.outcome || changedItems(review, base, draft).length > 0;
}

/**
 * The body that saves what changed since `base`: only the items the reader changed (so an
 * answer nobody touched is never sent back over someone else's), and the outcome if it changed.
 * Undefined when there is nothing to save and the review is not being completed.
 */
export function toUpdate(
  review: Review,
  base: ReviewDraft,
  draft: ReviewDraft,
  complete = false,
): ReviewUpdate | undefined {
  const items = changedItems(review, base, draft).map((id) => {
    const answer = draft.answers[id] as Answer;
    return { id, checked: answer.checked, note: answer.note };
  });
  const body: ReviewUpdate = {};
  if (items.length) body.items = items;
  if (complete || draft.outcome !== base.outcome) body.outcome = draft.outcome;
  if (complete) body.complete = true;
  return Object.keys(body).length ? body : undefined;
}

/** One side's pick for an item (or the outcome) both sides changed. */
export type Side = 'mine' | 'theirs';

/** The key of the outcome among the picks: never an item id (ids are slugs). */
export const outcomeKey = ':outcome';

export interface Merge {
  /** The merged draft, with each conflict still holding the reader's own answer. */
  draft: ReviewDraft;
  /** Items only the other person changed: their answer was taken. */
  fromTheirs: string[];
  /** Items only the reader changed: kept. */
  fromMine: string[];
  /** Items both changed, differently: the reader chooses. `outcomeKey` for the outcome. */
  conflicts: string[];
}

/**
 * Three-way merge of the reader's draft with the other person's saved version, both made from
 * `base` (the version the reader loaded). Works item by item over the newer review's items.
 */
export function mergeDrafts(
  review: Review,
  base: ReviewDraft,
  mine: ReviewDraft,
  theirs: ReviewDraft,
): Merge {
  const merged: ReviewDraft = { answers: {}, outcome: theirs.outcome };
  const fromTheirs: string[] = [];
  const fromMine: string[] = [];
  const conflicts: string[] = [];
  for (const { id } of review.items) {
    const start = base.answers[id] ?? blank;
    const own = mine.answers[id] ?? start;
    const other = theirs.answers[id] ?? blank;
    const iChanged = !sameAnswer(start, own);
    const theyChanged = !sameAnswer(start, other);
    if (!theyChanged) {
      merged.answers[id] = { ...own };
      if (iChanged) fromMine.push(id);
    } else if (!iChanged || sameAnswer(own, other)) {
      merged.answers[id] = { ...other };
      if (!iChanged) fromTheirs.push(id);
    } else {
      // Both changed it, each differently: the reader's answer stays until they choose.
      merged.answers[id] = { ...own };
      conflicts.push(id);
    }
  }
  const iChose = mine.outcome !== base.outcome;
  const theyChose = theirs.outcome !== base.outcome;
  if (iChose) merged.outcome = mine.outcome;
  if (iChose && theyChose && mine.outcome !== theirs.outcome) conflicts.push(outcomeKey);
  else if (iChose && !theyChose) fromMine.push(outcomeKey);
  else if (theyChose && !iChose) fromTheirs.push(outcomeKey);
  return { draft: merged, fromTheirs, fromMine, conflicts };
}

/** The merge with the reader's picks applied to its conflicts. */
export function resolve(
  merge: Merge,
  theirs: ReviewDraft,
  picks: Record<string, Side | undefined>,
): ReviewDraft {
  const answers = { ...merge.draft.answers };
  let outcome = merge.draft.outcome;
  for (const key of merge.conflicts) {
    if (picks[key] !== 'theirs') continue;
    if (key === outcomeKey) outcome = theirs.outcome;
    else answers[key] = { ...(theirs.answers[key] as Answer) };
  }
  return { answers, outcome };
}

/** Notes longer than the contract allows, by item id. */
export function tooLongNotes(draft: ReviewDraft): string[] {
  return Object.entries(draft.answers)
    .filter(([, answer]) => answer.note.length > noteLimit)
    .map(([id]) => id);
}

const outcomes: readonly (Outcome | null)[] = ['on-track', 'needs-attention', 'at-risk', null];

/**
 * The reader's unsaved changes as kept on this device: each changed item with the answer it
 * replaced (to tell, after a reload, whether someone else changed it meanwhile), and the outcome.
 * Items the reader did not touch are not kept.
 */
export interface KeptChanges {
  reviewId: string;
  items: Record<string, { was: Answer; now: Answer }>;
  outcome?: { was: Outcome | null; now: Outcome | null };
}

export function keptChanges(
  review: Review,
  base: ReviewDraft,
  draft: ReviewDraft,
): KeptChanges | undefined {
  const items: KeptChanges['items'] = {};
  for (const id of changedItems(review, base, draft))
    items[id] = { was: base.answers[id] ?? blank, now: draft.answers[id] ?? blank };
  const outcome =
    base.outcome !== draft.outcome ? { was: base.outcome, now: draft.outcome } : undefined;
  if (Object.keys(items).length === 0 && !outcome) return undefined;
  return outcome ? { reviewId: review.id, items, outcome } : { reviewId: review.id, items };
}

const isAnswer = (value: unknown): value is Answer =>
  typeof (value as Answer | undefined)?.checked === 'boolean' &&
  typeof (value as Answer).note === 'string';

/** Kept changes read back from this device, where they have the right shape. */
export function storedChanges(raw: unknown): KeptChanges | undefined {
  const value = raw as Partial<KeptChanges> | undefined;
  if (typeof value?.reviewId !== 'string' || !value.items || typeof value.items !== 'object')
    return undefined;
  const items: KeptChanges['items'] = {};
  for (const [id, change] of Object.entries(value.items)) {
    if (isAnswer(change?.was) && isAnswer(change.now))
      items[id] = { was: { ...change.was }, now: { ...change.now } };
  }
  const { outcome } = value;
  const kept: KeptChanges = { reviewId: value.reviewId, items };
  if (outcome && outcomes.includes(outcome.was) && outcomes.includes(outcome.now))
    kept.outcome = { was: outcome.was, now: outcome.now };
  return kept;
}

/**
 * Kept changes laid over the review as the server holds it now. Where someone else changed an
 * item the reader changed too (to something else), `conflict` is true and `base` keeps what the
 * reader started from, so the usual choice (see theirs, merge item by item, reload) decides;
 * nothing of theirs is overwritten without it.
 */
export function restoreChanges(review: Review, kept: KeptChanges) {
  const current = draftOf(review);
  const base: ReviewDraft = { answers: { ...current.answers }, outcome: current.outcome };
  const draft: ReviewDraft = { answers: { ...current.answers }, outcome: current.outcome };
  let conflict = false;
  for (const { id } of review.items) {
    const change = kept.items[id];
    if (!change) continue;
    draft.answers[id] = change.now;
    const theirs = current.answers[id];
    if (!sameAnswer(theirs, change.was) && !sameAnswer(theirs, change.now)) {
      base.answers[id] = change.was;
      conflict = true;
    }
  }
  if (kept.outcome) {
    draft.outcome = kept.outcome.now;
    if (current.outcome !== kept.outcome.was && current.outcome !== kept.outcome.now) {
      base.outcome = kept.outcome.was;
      conflict = true;
    }
  }
  return { base, draft, conflict };
}
