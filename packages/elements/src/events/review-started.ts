import type { components } from '@upward/sdk';

/** Fired when the caller starts a review; `review` is the new open review. */
export class UpwardReviewStartedEvent extends Event {
  static readonly type = 'upward-review-started';
  constructor(readonly review: components['schemas']['Review']) {
    super(UpwardReviewStartedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-review-started': UpwardReviewStartedEvent;
  }
}
