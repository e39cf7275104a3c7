import { defineElement } from '../../base/define-element.js';
import { UpwardReviewChecklist } from './review-checklist.component.js';

export { UpwardReviewChecklist };

defineElement('upward-review-checklist', UpwardReviewChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'upward-review-checklist': UpwardReviewChecklist;
  }
}
