import { DkProposals } from './proposals.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-proposals', DkProposals);

declare global {
  interface HTMLElementTagNameMap {
    'dk-proposals': DkProposals;
  }
}
