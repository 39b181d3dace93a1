import { DkDecision } from './decision.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-decision', DkDecision);

declare global {
  interface HTMLElementTagNameMap {
    'dk-decision': DkDecision;
  }
}
