import { DkAgenda } from './agenda.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-agenda', DkAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'dk-agenda': DkAgenda;
  }
}
