import { DkConfidential } from './confidential.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-confidential', DkConfidential);

declare global {
  interface HTMLElementTagNameMap {
    'dk-confidential': DkConfidential;
  }
}
