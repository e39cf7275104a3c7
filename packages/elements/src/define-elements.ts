import { defineElement } from './base/define-element.js';
import { UpwardFeedbackForm } from './components/feedback-form/feedback-form.component.js';
import { UpwardPairCard } from './components/pair-card/pair-card.component.js';
import { UpwardProvider } from './components/provider/provider.component.js';
import { UpwardReviewChecklist } from './components/review-checklist/review-checklist.component.js';
import { UpwardSessionLog } from './components/session-log/session-log.component.js';

/** Every element, by its tag without the prefix. */
export const elements = {
  provider: UpwardProvider,
  'pair-card': UpwardPairCard,
  'session-log': UpwardSessionLog,
  'feedback-form': UpwardFeedbackForm,
  'review-checklist': UpwardReviewChecklist,
} as const;

export interface DefineOptions {
  /** Tag prefix, `upward` by default: `acme` gives `<acme-pair-card>` (when two copies share a page). */
  prefix?: string;
  /** A registry of your own (e.g. a scoped registry); the global `customElements` by default. */
  registry?: CustomElementRegistry;
}

/**
 * Registers every Upward element and returns the tags:
 * `defineUpwardElements()`, or `defineUpwardElements({ prefix: 'acme' })`.
 */
export function defineUpwardElements(options: DefineOptions = {}): string[] {
  const prefix = options.prefix ?? 'upward';
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(prefix))
    throw new TypeError(
      `"${prefix}" is not a valid tag prefix (lowercase letters, digits, dashes).`,
    );
  return Object.entries(elements).map(([name, element]) => {
    const tag = `${prefix}-${name}`;
    defineElement(tag, element, options.registry);
    return tag;
  });
}
