import { DkConnectionStatus } from './connection-status.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-connection-status', DkConnectionStatus);

declare global {
  interface HTMLElementTagNameMap {
    'dk-connection-status': DkConnectionStatus;
  }
}
