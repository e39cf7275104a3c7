import type { components } from '@upward/sdk';

/** Fired when the caller saves a change to one of their sessions. */
export class UpwardSessionUpdatedEvent extends Event {
  static readonly type = 'upward-session-updated';
  constructor(readonly session: components['schemas']['Session']) {
    super(UpwardSessionUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-session-updated': UpwardSessionUpdatedEvent;
  }
}
