import { DkElection } from './election.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-election', DkElection);

declare global {
  interface HTMLElementTagNameMap {
    'dk-election': DkElection;
  }
}
