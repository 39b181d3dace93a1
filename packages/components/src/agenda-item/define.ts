import { DkAgendaItem } from './agenda-item.js';
import { defineElement } from '../shared/define.js';
// The item renders <dk-confidential> for parts the viewer may not see.
import '../confidential/define.js';

defineElement('dk-agenda-item', DkAgendaItem);

declare global {
  interface HTMLElementTagNameMap {
    'dk-agenda-item': DkAgendaItem;
  }
}
