import { DkVotePanel } from './vote-panel.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-vote-panel', DkVotePanel);

declare global {
  interface HTMLElementTagNameMap {
    'dk-vote-panel': DkVotePanel;
  }
}
