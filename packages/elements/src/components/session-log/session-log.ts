import { defineElement } from '../../base/define-element.js';
import { UpwardSessionLog } from './session-log.component.js';

export { UpwardSessionLog };

defineElement('upward-session-log', UpwardSessionLog);

declare global {
  interface HTMLElementTagNameMap {
    'upward-session-log': UpwardSessionLog;
  }
}
