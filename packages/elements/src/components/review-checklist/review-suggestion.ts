// The suggested outcome: the server's, from the pair's activity (drift signals), moved by the
// answers given so far; and each drift signal in the reader's language.
import type { components } from '@upward/sdk';
import type { ReviewChecklistStrings } from './review-checklist.strings.js';
import type { Outcome, ReviewDraft } from './review-merge.js';

type Review = components['schemas']['Review'];
type DriftSignal = components['schemas']['DriftSignal'];

export const outcomes: readonly Outcome[] = ['on-track', 'needs-attention', 'at-risk'];

const rank: Record<Outcome, number> = { 'on-track': 0, 'needs-attention': 1, 'at-risk': 2 };

export interface Suggestion {
  /** What the activity and the answers together suggest. */
  outcome: Outcome;
  /** What the server suggested from the pair's activity alone. */
  fromActivity: Outcome;
  /** What the answers alone suggest (`on-track` until answering has begun). */
  fromAnswers: Outcome;
  /** Whether answering has begun (an item checked or a note written): only then do answers count. */
  answered: boolean;
  /** Items not checked, of `total`. */
  unchecked: number;
  total: number;
}

/**
 * The suggestion for a review as answered in `draft`. Unchecked items are things that do not
 * (yet) hold: none → on track; up to half → needs attention; more than half → at risk. Answers
 * only ever raise the activity's suggestion, since a drift signal is a fact the answers cannot
 * undo; and they count once answering has begun, so a fresh review shows the activity's view.
 */
export function suggest(review: Review, draft: ReviewDraft): Suggestion {
  const answers = review.items.map((item) => draft.answers[item.id]);
  const total = answers.length;
  const unchecked = answers.filter((answer) => !answer?.checked).length;
  const answered = answers.some((answer) => answer?.checked || answer?.note.trim());
  let fromAnswers: Outcome = 'on-track';
  if (answered && unchecked > 0)
    fromAnswers = unchecked * 2 <= total ? 'needs-attention' : 'at-risk';
  const fromActivity = review.suggestedOutcome;
  const outcome = rank[fromAnswers] > rank[fromActivity] ? fromAnswers : fromActivity;
  return { outcome, fromActivity, fromAnswers, answered, unchecked, total };
}

/** A drift signal as understood from its code and the numbers in the server's detail. */
export type SignalReading =
  | { kind: 'agenda'; set: number; of: number }
  | { kind: 'agenda-only' }
  | { kind: 'cancels'; cancelled: number; of: number }
  | { kind: 'gap'; days: number; cadence: number }
  | { kind: 'never-met'; days: number; cadence: number }
  | { kind: 'rating'; rating: number }
  | { kind: 'generic'; code: DriftSignal['code'] }
  | { kind: 'unknown'; detail: string };

/**
 * Reads a signal: its code says what it is, and the detail (English, from the server) holds the
 * numbers. A detail worded otherwise falls back to the code's plain sentence.
 */
export function readSignal(signal: DriftSignal): SignalReading {
  const numbers = (signal.detail.match(/\d+/g) ?? []).map(Number);
  const [first, second] = numbers;
  switch (signal.code) {
    case 'senior-sets-agenda':
      if (first !== undefined && second !== undefined)
        return { kind: 'agenda', set: first, of: second };
      if (/only session/i.test(signal.detail)) return { kind: 'agenda-only' };
      return { kind: 'generic', code: signal.code };
    case 'senior-cancels':
      if (first !== undefined && second !== undefined)
        return { kind: 'cancels', cancelled: first, of: second };
      return { kind: 'generic', code: signal.code };
    case 'long-gap':
      if (first !== undefined && second !== undefined)
        return /since the pair started/i.test(signal.detail)
          ? { kind: 'never-met', days: first, cadence: second }
          : { kind: 'gap', days: first, cadence: second };
      return { kind: 'generic', code: signal.code };
    case 'low-challenge-rating':
      if (first !== undefined) return { kind: 'rating', rating: first };
      return { kind: 'generic', code: signal.code };
    default:
      return { kind: 'unknown', detail: signal.detail };
  }
}

/** Who is who, for the sentences: the junior mentor's and the senior learner's names. */
export interface Names {
  mentor: string;
  mentee: string;
}

/** A drift signal in plain words, in the reader's language. */
export function describeSignal(
  signal: DriftSignal,
  t: ReviewChecklistStrings,
  names: Names,
  lang: string,
): string {
  const reading = readSignal(signal);
  const s = t.signals;
  switch (reading.kind) {
    case 'agenda':
      return s.agenda(names.mentee, reading.set, reading.of, lang);
    case 'agenda-only':
      return s.agendaOnly(names.mentee);
    case 'cancels':
      return s.cancels(names.mentee, reading.cancelled, reading.of, lang);
    case 'gap':
      return s.gap(reading.days, reading.cadence, lang);
    case 'never-met':
      return s.neverMet(reading.days, reading.cadence, lang);
    case 'rating':
      return s.rating(names.mentor, reading.rating, lang);
    case 'generic':
      return s.generic[reading.code];
    default:
      return reading.detail;
  }
}
