import { DkAttendance } from './attendance.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-attendance', DkAttendance);

declare global {
  interface HTMLElementTagNameMap {
    'dk-attendance': DkAttendance;
  }
}
