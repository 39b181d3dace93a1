import type { PublicationRules } from '../publication.js';
import { approvedByExecutive, esimerkkila } from './esimerkkila.js';

const site = 'https://esimerkkila.example.fi';
const doc = (kind: PublicationRules['mandatoryDocuments'][number]['kind'], fi: string, sv: string, path: string) => ({
  kind,
  title: { fi, sv },
  url: `${site}/${path}`,
});

/** Esimerkkilä's publication rules (fictional). */
export const examplePublicationRules: PublicationRules = {
  schemaVersion: '1.0',
  municipality: esimerkkila,
  approval: { version: '1.0', approvedBy: approvedByExecutive, approvedOn: '2026-03-02', reviewDue: '2027-03-01' },
  website: `${site}/paatoksenteko`,
  agendas: { publishedWithInvitation: true, onlineDaysAfterMeeting: 30 },
  minutesOnlineYears: 4,
  recordings: { streamPublicMeetings: true, keepRecordings: true, retentionDays: 365 },
  noRemedyPersonalData: 'longest-period',
  mandatoryDocuments: [
    doc('strategy', 'Kuntastrategia', 'Kommunstrategi', 'strategia'),
    doc('hallintosaanto', 'Hallintosääntö', 'Förvaltningsstadga', 'hallintosaanto'),
    doc('budget', 'Talousarvio ja -suunnitelma', 'Budget och ekonomiplan', 'talousarvio'),
    doc('financial-statements', 'Tilinpäätös', 'Bokslut', 'tilinpaatos'),
    doc('audit-evaluation', 'Arviointikertomus', 'Utvärderingsberättelse', 'arviointikertomus'),
    doc('auditor-report', 'Tilintarkastuskertomus', 'Revisionsberättelse', 'tilintarkastus'),
    doc('cooperation-agreements', 'Yhteistoimintasopimukset', 'Samarbetsavtal', 'sopimukset'),
    doc('group-guideline', 'Konserniohje', 'Koncerndirektiv', 'konserniohje'),
    doc('declarations-of-interests', 'Sidonnaisuusilmoitukset', 'Redogörelser för bindningar', 'sidonnaisuudet'),
    doc('fees-of-elected-officials', 'Luottamushenkilöiden palkkiot', 'Arvoden för förtroendevalda', 'palkkiot'),
    doc('service-fees', 'Palvelumaksut', 'Serviceavgifter', 'maksut'),
  ],
};
