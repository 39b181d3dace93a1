import { DkVoteResult } from './vote-result.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-vote-result', DkVoteResult);

declare global {
  interface HTMLElementTagNameMap {
    'dk-vote-result': DkVoteResult;
  }
}
