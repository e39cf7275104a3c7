import type { components } from '@upward/sdk';

/**
 * Fired when the caller saves answers to the open review; `review` is the stored review.
 * `merged` is true when the save merged the caller's answers with someone else's newer save.
 */
export class UpwardReviewSavedEvent extends Event {
  static readonly type = 'upward-review-saved';
  constructor(
    readonly review: components['schemas']['Review'],
    readonly merged = false,
  ) {
    super(UpwardReviewSavedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-review-saved': UpwardReviewSavedEvent;
  }
}
