import { DkMinutes } from './minutes.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-minutes', DkMinutes);

declare global {
  interface HTMLElementTagNameMap {
    'dk-minutes': DkMinutes;
  }
}
