// The languages an element can speak beyond its built-in English. `@upward/elements/locales/de`
// and `/ar` register theirs on import; a page can register its own with `registerTranslation`.
import type { FeedbackFormStrings } from '../components/feedback-form/feedback-form.strings.js';
import type { PairCardStrings } from '../components/pair-card/pair-card.strings.js';
import type { ReviewChecklistStrings } from '../components/review-checklist/review-checklist.strings.js';
import type { SessionLogStrings } from '../components/session-log/session-log.strings.js';
import type { CommonStrings } from './common.strings.js';

/** Every string of every element in one language. A missing string is a compile error. */
export interface UpwardTranslation {
  common: CommonStrings;
  pairCard: PairCardStrings;
  sessionLog: SessionLogStrings;
  feedbackForm: FeedbackFormStrings;
  reviewChecklist: ReviewChecklistStrings;
}

interface Registry {
  /** By lower-case BCP 47 tag: `de`, `pt-br`. */
  readonly translations: Map<string, UpwardTranslation>;
  /** Told of every registration: one listener per copy of the package on the page. */
  readonly listeners: Set<() => void>;
}

// On a global, so that two copies of the package on one page (an app's and a CMS plugin's)
// share their languages. Bump the version when the shape of `Registry` changes.
const key = Symbol.for('@upward/elements/translations@0');
const global = globalThis as { [key]?: Registry };
global[key] ??= { translations: new Map(), listeners: new Set() };
const registry = global[key];

const normalize = (tag: string) => tag.trim().toLowerCase().replaceAll('_', '-');

/**
 * Makes a language available to every Upward element on the page (`de`, or a regional `de-CH`
 * that wins over `de`), and re-renders the elements already there. Registering again replaces.
 */
export function registerTranslation(locale: string, translation: UpwardTranslation): void {
  registry.translations.set(normalize(locale), translation);
  for (const listener of registry.listeners) listener();
}

/** The translation registered for exactly this tag, if any. */
export function translationFor(locale: string): UpwardTranslation | undefined {
  return registry.translations.get(normalize(locale));
}

/** Calls `listener` after every registration, from any copy of the package. */
export function onTranslationRegistered(listener: () => void): void {
  registry.listeners.add(listener);
}
