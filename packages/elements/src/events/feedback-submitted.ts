import type { components } from '@upward/sdk';

/**
 * Fired when feedback the caller gave reached the server: at once, or later from the outbox
 * (after a network failure, a reload). `feedback` is the stored feedback; `replayed` is true
 * when the server had it already (an earlier attempt landed, its answer was lost).
 */
export class UpwardFeedbackSubmittedEvent extends Event {
  static readonly type = 'upward-feedback-submitted';
  constructor(
    readonly feedback: components['schemas']['Feedback'],
    readonly replayed = false,
  ) {
    super(UpwardFeedbackSubmittedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-feedback-submitted': UpwardFeedbackSubmittedEvent;
  }
}
