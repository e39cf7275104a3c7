import { defineElement } from '../../base/define-element.js';
import { UpwardPairCard } from './pair-card.component.js';

export { UpwardPairCard };

defineElement('upward-pair-card', UpwardPairCard);

declare global {
  interface HTMLElementTagNameMap {
    'upward-pair-card': UpwardPairCard;
  }
}
