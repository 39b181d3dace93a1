import { DkRecording } from './recording.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-recording', DkRecording);

declare global {
  interface HTMLElementTagNameMap {
    'dk-recording': DkRecording;
  }
}
