import { DkPublicView } from './public-view.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-public-view', DkPublicView);

declare global {
  interface HTMLElementTagNameMap {
    'dk-public-view': DkPublicView;
  }
}
