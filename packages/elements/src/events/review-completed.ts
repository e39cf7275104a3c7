import type { components } from '@upward/sdk';

/** Fired when the caller completes the review with a confirmed outcome; `review` is the completed review. */
export class UpwardReviewCompletedEvent extends Event {
  static readonly type = 'upward-review-completed';
  constructor(readonly review: components['schemas']['Review']) {
    super(UpwardReviewCompletedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-review-completed': UpwardReviewCompletedEvent;
  }
}
