import { DkConfidential } from './confidential.js';

if (!customElements.get('dk-confidential')) customElements.define('dk-confidential', DkConfidential);

declare global {
  interface HTMLElementTagNameMap {
    'dk-confidential': DkConfidential;
  }
}
