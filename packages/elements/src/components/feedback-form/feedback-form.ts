import { defineElement } from '../../base/define-element.js';
import { UpwardFeedbackForm } from './feedback-form.component.js';

export { UpwardFeedbackForm };

defineElement('upward-feedback-form', UpwardFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'upward-feedback-form': UpwardFeedbackForm;
  }
}
