import type { MeetingRules } from '../meeting-rules.js';
import { approvedByExecutive, esimerkkila } from './esimerkkila.js';

/** Esimerkkilä's meeting rules: the settings its system applies and the bodies' choices (fictional). */
export const exampleMeetingRules: MeetingRules = {
  schemaVersion: '1.0',
  municipality: esimerkkila,
  approval: {
    version: '1.0',
    approvedBy: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' },
    approvedOn: '2026-06-15',
    reviewDue: '2027-06-14',
  },
  firstArticle: 140,
  procedureRules: {
    invitationLeadDays: 5,
    defaultVotingMethod: 'electronic',
    councilTablingShare: { numerator: 1, denominator: 4 },
  },
  bodies: [
    {
      id: 'kv',
      kind: 'valtuusto',
      name: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' },
      electronicMeetings: true,
      electronicProcedure: false,
      publicMeetings: true,
    },
    {
      id: 'kh',
      kind: 'hallitus',
      name: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' },
      electronicMeetings: true,
      electronicProcedure: true,
      publicMeetings: false,
    },
    {
      id: 'sivla',
      kind: 'lautakunta',
      name: { fi: 'Sivistyslautakunta', sv: 'Bildningsnämnden' },
      electronicMeetings: true,
      electronicProcedure: true,
      publicMeetings: false,
    },
    {
      id: 'tekla',
      kind: 'lautakunta',
      name: { fi: 'Tekninen lautakunta', sv: 'Tekniska nämnden' },
      electronicMeetings: true,
      electronicProcedure: true,
      publicMeetings: false,
    },
  ],
  electronicMeetings: {
    cameraAndAudioForAll: true,
    confidentialFromPrivatePlace: true,
    publicFollowsOnline: true,
    platformBallotSecrecy: true,
  },
  equipmentProvidedBy: approvedByExecutive,
  minutesChecking: { checkers: 2, electronicSignature: true },
};
