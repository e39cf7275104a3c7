import type { components } from '@upward/sdk';

/** Fired when the caller logs a session; `session` is the stored session. */
export class UpwardSessionLoggedEvent extends Event {
  static readonly type = 'upward-session-logged';
  constructor(readonly session: components['schemas']['Session']) {
    super(UpwardSessionLoggedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-session-logged': UpwardSessionLoggedEvent;
  }
}
