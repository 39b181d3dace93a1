import type { MunicipalityRef } from '../common.js';

/** The fictional municipality of the kit's fixtures (meeting-schema `fixtures.municipality`). */
export const esimerkkila: MunicipalityRef = {
  id: 'esimerkkila',
  name: { fi: 'Esimerkkilän kunta', sv: 'Exempelby kommun' },
  businessId: '1234567-1',
};

export const approvedByExecutive = { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' };
