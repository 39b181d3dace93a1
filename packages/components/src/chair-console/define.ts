import { DkChairConsole } from './chair-console.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-chair-console', DkChairConsole);

declare global {
  interface HTMLElementTagNameMap {
    'dk-chair-console': DkChairConsole;
  }
}
