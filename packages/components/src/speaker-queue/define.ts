import { DkSpeakerQueue } from './speaker-queue.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-speaker-queue', DkSpeakerQueue);

declare global {
  interface HTMLElementTagNameMap {
    'dk-speaker-queue': DkSpeakerQueue;
  }
}
