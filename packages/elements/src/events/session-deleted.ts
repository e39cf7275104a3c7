/** Fired when the caller deletes one of their sessions. */
export class UpwardSessionDeletedEvent extends Event {
  static readonly type = 'upward-session-deleted';
  constructor(
    readonly pairId: string,
    readonly sessionId: string,
  ) {
    super(UpwardSessionDeletedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-session-deleted': UpwardSessionDeletedEvent;
  }
}
