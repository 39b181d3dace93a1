import { DkElectronicProcedure } from './electronic-procedure.js';
import { defineElement } from '../shared/define.js';

defineElement('dk-electronic-procedure', DkElectronicProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'dk-electronic-procedure': DkElectronicProcedure;
  }
}
