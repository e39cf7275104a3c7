export { UpwardSessionDeletedEvent } from './session-deleted.js';
export { UpwardSessionLoggedEvent } from './session-logged.js';
export { UpwardSessionUpdatedEvent } from './session-updated.js';
export { type DataState, UpwardStateChangedEvent } from './state-changed.js';
