import { defineElement } from '../../base/define-element.js';
import { UpwardProvider } from './provider.component.js';

export { UpwardProvider };

defineElement('upward-provider', UpwardProvider);

declare global {
  interface HTMLElementTagNameMap {
    'upward-provider': UpwardProvider;
  }
}
