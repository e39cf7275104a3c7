// @upward/elements: the classes, the events and `defineUpwardElements`. Importing this module
// registers nothing; `@upward/elements/define` registers every `upward-*` tag.

export { defineElement } from './base/define-element.js';
export { UpwardElement } from './base/upward-element.js';
export { UpwardFeedbackForm } from './components/feedback-form/feedback-form.component.js';
export { UpwardPairCard } from './components/pair-card/pair-card.component.js';
export { UpwardProvider } from './components/provider/provider.component.js';
export { UpwardReviewChecklist } from './components/review-checklist/review-checklist.component.js';
export { UpwardSessionLog } from './components/session-log/session-log.component.js';
export { clientContext } from './context/client-context.js';
export { type DefineOptions, defineUpwardElements, elements } from './define-elements.js';
export * from './events/index.js';
export { type Locale, locales } from './i18n/locale.js';
export { registerTranslation, type UpwardTranslation } from './i18n/translation.js';
export { VERSION } from './version.js';
