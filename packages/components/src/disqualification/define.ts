import { DkDisqualification } from './disqualification.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-disqualification', DkDisqualification);

declare global {
  interface HTMLElementTagNameMap {
    'dk-disqualification': DkDisqualification;
  }
}
