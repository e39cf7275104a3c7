export { UpwardFeedbackPendingEvent } from './feedback-pending.js';
export { UpwardFeedbackSubmittedEvent } from './feedback-submitted.js';
export { UpwardReviewCompletedEvent } from './review-completed.js';
export { UpwardReviewSavedEvent } from './review-saved.js';
export { UpwardReviewStartedEvent } from './review-started.js';
export { UpwardSessionDeletedEvent } from './session-deleted.js';
export { UpwardSessionLoggedEvent } from './session-logged.js';
export { UpwardSessionUpdatedEvent } from './session-updated.js';
export { type DataState, UpwardStateChangedEvent } from './state-changed.js';
