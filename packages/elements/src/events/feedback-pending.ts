/**
 * Fired when feedback could not reach the server for a network reason (or a busy server) and is
 * kept on this device, with its Idempotency-Key, to be sent again: `key` is that key, `pending`
 * how many are waiting for the pair, `error` what went wrong.
 */
export class UpwardFeedbackPendingEvent extends Event {
  static readonly type = 'upward-feedback-pending';
  constructor(
    readonly key: string,
    readonly pending: number,
    readonly error: Error,
  ) {
    super(UpwardFeedbackPendingEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-feedback-pending': UpwardFeedbackPendingEvent;
  }
}
