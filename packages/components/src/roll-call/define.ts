import { DkRollCall } from './roll-call.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-roll-call', DkRollCall);

declare global {
  interface HTMLElementTagNameMap {
    'dk-roll-call': DkRollCall;
  }
}
