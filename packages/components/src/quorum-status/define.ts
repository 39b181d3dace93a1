import { DkQuorumStatus } from './quorum-status.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-quorum-status', DkQuorumStatus);

declare global {
  interface HTMLElementTagNameMap {
    'dk-quorum-status': DkQuorumStatus;
  }
}
