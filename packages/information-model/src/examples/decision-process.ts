/**
 * The municipal decision-making process (Kuntalaki 410/2015) as example data: its stages, the records each
 * stage forms (kokouskutsu, esityslista, liite, pöytäkirja, ote, oikaisuvaatimus) with retention and publicity
 * defaults, linked to the document kinds of `@digikokous/meeting-schema`, and the same as a JHS 191 plan.
 *
 * Retention periods and the publicity of the invitation and extracts are **[unverified] configurable defaults**:
 * they come from the municipality's own records-management decisions, not from statute.
 */
import type { SchemaName } from '@digikokous/meeting-schema';
import type { ActionClass, RecordClass } from '../codes.js';
import type { Retention, TosAction, TosPlan, TosRecord, UsageRestrictions } from '../tos.js';

export const decisionStages = [
  'preparation',
  'presentation',
  'decision',
  'notification',
  'appeal',
  'implementation',
  'archiving',
] as const;
export type DecisionStage = (typeof decisionStages)[number];

export const decisionRecordKinds = [
  'kokouskutsu',
  'esityslista',
  'liite',
  'poytakirja',
  'ote',
  'oikaisuvaatimus',
] as const;
export type DecisionRecordKind = (typeof decisionRecordKinds)[number];

export interface DecisionRecordDefaults {
  kind: DecisionRecordKind;
  label: { fi: string; en: string };
  /** JHS 191 AsiakirjaluokkaTeksti and its specifier. */
  recordClass: RecordClass;
  recordClassSpecifier: string;
  /** The meeting-schema document that carries this record's content. */
  meetingSchemaDocument: SchemaName;
  restrictions: UsageRestrictions;
  retention: Retention;
  /** When a non-public record becomes public (Kasittelysaannot/JulkisuusluokkaMuutosTeksti). */
  publicityChange?: string;
  legalBasis: string;
}

/** Defaults of the six records of a council decision. */
export const decisionRecordDefaults: Readonly<Record<DecisionRecordKind, DecisionRecordDefaults>> = {
  kokouskutsu: {
    kind: 'kokouskutsu',
    label: { fi: 'Kokouskutsu', en: 'Meeting invitation' },
    recordClass: 'Kutsu',
    recordClassSpecifier: 'Kokouskutsu',
    meetingSchemaDocument: 'Meeting',
    restrictions: { publicityClass: 1, personalData: 2 },
    retention: { period: 10, basis: 'Kunnan päätös [unverified]', start: 'Asiakirjan päivämäärä' },
    legalBasis: 'Kuntalaki 410/2015 94 § (kutsu ja julkaiseminen tietoverkossa)',
  },
  esityslista: {
    kind: 'esityslista',
    label: { fi: 'Esityslista', en: 'Agenda' },
    recordClass: 'Esityslista',
    recordClassSpecifier: 'Esityslista päätösehdotuksineen',
    meetingSchemaDocument: 'AgendaItem',
    restrictions: { publicityClass: 4, personalData: 2 },
    retention: { period: -1, basis: 'Pysyvä säilytys: arkistolaitoksen päätös [unverified]' },
    publicityChange:
      'Päätöksen allekirjoitus tai pöytäkirjan tarkastus (JulkL 621/1999 6 § 1 mom 8 k); julkaistaan harkinnan mukaan jo aiemmin (JulkL 9 § 2 mom, KL 29 § 2 mom)',
    legalBasis: 'Kuntalaki 410/2015 29 § 2 mom; Julkisuuslaki 621/1999 6 § 1 mom 8 k',
  },
  liite: {
    kind: 'liite',
    label: { fi: 'Liite', en: 'Attachment' },
    recordClass: 'Liite',
    recordClassSpecifier: 'Esityslistan ja pöytäkirjan liite',
    meetingSchemaDocument: 'Attachment',
    restrictions: {
      publicityClass: 2,
      personalData: 2,
      secrecyPeriod: 25,
      secrecyReason: 'JulkL (621/1999) 24.1 § (peruste merkitään liitekohtaisesti)',
      secrecyPeriodStart: 'Asiakirjan päivämäärä',
    },
    retention: { period: -1, basis: 'Pysyvä säilytys: arkistolaitoksen päätös [unverified]' },
    legalBasis: 'Julkisuuslaki 621/1999 24 §, 25 §, 31 §',
  },
  poytakirja: {
    kind: 'poytakirja',
    label: { fi: 'Pöytäkirja', en: 'Minutes' },
    recordClass: 'Pöytäkirja',
    recordClassSpecifier: 'Valtuuston pöytäkirja',
    meetingSchemaDocument: 'Minutes',
    restrictions: { publicityClass: 1, personalData: 2 },
    retention: { period: -1, basis: 'Pysyvä säilytys: arkistolaitoksen päätös [unverified]' },
    publicityChange: 'Pöytäkirjan tarkastus (JulkL 621/1999 6 § 1 mom 6 k; KL 140 §)',
    legalBasis: 'Kuntalaki 410/2015 107 §, 140 §; Julkisuuslaki 621/1999 6 § 1 mom 6 k',
  },
  ote: {
    kind: 'ote',
    label: { fi: 'Pöytäkirjanote', en: 'Extract from the minutes' },
    recordClass: 'Ote',
    recordClassSpecifier: 'Pöytäkirjanote muutoksenhakuohjeineen',
    meetingSchemaDocument: 'Minutes',
    restrictions: { publicityClass: 1, personalData: 2 },
    retention: { period: 10, basis: 'Kunnan päätös [unverified]', start: 'Asiakirjan päivämäärä' },
    legalBasis: 'Kuntalaki 410/2015 139 § (tiedoksianto asianosaiselle); Hallintolaki 434/2003 59 §',
  },
  oikaisuvaatimus: {
    kind: 'oikaisuvaatimus',
    label: { fi: 'Oikaisuvaatimus', en: 'Claim for rectification' },
    recordClass: 'Oikaisuvaatimus',
    recordClassSpecifier: 'Oikaisuvaatimus päätöksestä',
    meetingSchemaDocument: 'Case',
    restrictions: { publicityClass: 1, personalData: 2 },
    retention: { period: -1, basis: 'Pysyvä säilytys päätöksen yhteydessä [unverified]' },
    legalBasis: 'Kuntalaki 410/2015 134 §, 135 §, 138 §; Julkisuuslaki 621/1999 7 § 1 mom',
  },
};

export interface DecisionStageInfo {
  stage: DecisionStage;
  label: { fi: string; en: string };
  /** The JHS 191 action class of the stage; archiving is the retention of the records, not an action. */
  actionClass: ActionClass | null;
  records: DecisionRecordKind[];
  legalBasis: string;
}

/** The stages in order: preparation → presentation → decision → notification → appeal → implementation → archiving. */
export const decisionProcessStages: readonly DecisionStageInfo[] = [
  {
    stage: 'preparation',
    label: { fi: 'Valmistelu', en: 'Preparation' },
    actionClass: 'valmistelu',
    records: ['kokouskutsu', 'esityslista', 'liite'],
    legalBasis: 'Kuntalaki 410/2015 93 §, 94 §',
  },
  {
    stage: 'presentation',
    label: { fi: 'Esittely', en: 'Presentation' },
    actionClass: 'päätöksenteko',
    records: ['esityslista'],
    legalBasis: 'Kuntalaki 410/2015 90 § 2 mom, 93 §',
  },
  {
    stage: 'decision',
    label: { fi: 'Päätöksenteko', en: 'Decision' },
    actionClass: 'päätöksenteko',
    records: ['poytakirja'],
    legalBasis: 'Kuntalaki 410/2015 103 §, 104 §, 107 §',
  },
  {
    stage: 'notification',
    label: { fi: 'Tiedoksianto', en: 'Notification' },
    actionClass: 'tiedoksianto',
    records: ['ote', 'poytakirja'],
    legalBasis: 'Kuntalaki 410/2015 139 §, 140 §',
  },
  {
    stage: 'appeal',
    label: { fi: 'Muutoksenhaku', en: 'Appeal' },
    actionClass: 'muutoksenhaku',
    records: ['oikaisuvaatimus'],
    legalBasis: 'Kuntalaki 410/2015 134–138 §',
  },
  {
    stage: 'implementation',
    label: { fi: 'Toimeenpano', en: 'Implementation' },
    actionClass: 'toimeenpano',
    records: ['ote'],
    legalBasis: 'Kuntalaki 410/2015 143 §',
  },
  {
    stage: 'archiving',
    label: { fi: 'Arkistointi', en: 'Archiving' },
    actionClass: null,
    records: ['kokouskutsu', 'esityslista', 'liite', 'poytakirja', 'ote', 'oikaisuvaatimus'],
    legalBasis: 'Arkistolaki 831/1994 8 §; Tiedonhallintalaki 906/2019 21 §',
  },
];

function record(kind: DecisionRecordKind, id: string): TosRecord {
  const d = decisionRecordDefaults[kind];
  return {
    id,
    restrictions: { ...d.restrictions },
    retention: { ...d.retention },
    recordClass: d.recordClass,
    recordClassSpecifier: d.recordClassSpecifier,
    informationSystem: kind === 'oikaisuvaatimus' ? 'Asianhallintajärjestelmä' : 'Sähköinen kokousjärjestelmä',
    ...(d.publicityChange ? { handlingRules: { publicityClassChange: d.publicityChange } } : {}),
  };
}

const actions: TosAction[] = [
  {
    id: 'hkm-valmistelu',
    actionClass: 'valmistelu',
    description: 'Asian valmistelu, esityslistan ja kokouskutsun laatiminen (KL 93 §, 94 §)',
    processState: 'Valmistelussa',
    records: [
      record('kokouskutsu', 'hkm-kokouskutsu'),
      record('esityslista', 'hkm-esityslista'),
      record('liite', 'hkm-liite'),
    ],
  },
  {
    id: 'hkm-paatoksenteko',
    actionClass: 'päätöksenteko',
    description: 'Esittely ja päätöksenteko kokouksessa; pöytäkirjan laatiminen ja tarkastus (KL 90 §, 107 §)',
    processState: 'Ratkaistavana',
    records: [record('poytakirja', 'hkm-poytakirja')],
  },
  {
    id: 'hkm-tiedoksianto',
    actionClass: 'tiedoksianto',
    description: 'Pöytäkirjan julkaiseminen ja otteiden lähettäminen asianosaisille (KL 139 §, 140 §)',
    processState: 'Toimitettu tiedoksi',
    records: [record('ote', 'hkm-ote')],
  },
  {
    id: 'hkm-muutoksenhaku',
    actionClass: 'muutoksenhaku',
    description: 'Oikaisuvaatimuksen käsittely (KL 134 §)',
    processState: 'Muutoksenhaku',
    records: [record('oikaisuvaatimus', 'hkm-oikaisuvaatimus')],
  },
  {
    id: 'hkm-toimeenpano',
    actionClass: 'toimeenpano',
    description: 'Päätöksen täytäntöönpano (KL 143 §)',
    processState: 'Toimeenpantava',
    records: [{ ...record('ote', 'hkm-taytantoonpano-ote'), recordClassSpecifier: 'Täytäntöönpano-ote' }],
  },
];

/** A JHS 191 plan for council decision-making (task class 00 02 00 of the Helsinki classification). */
export const councilDecisionTosPlan: TosPlan = {
  id: 'esimerkkikunta-tos',
  name: { fi: 'Esimerkkikunnan tiedonohjaussuunnitelma', en: 'Records management plan of Esimerkkikunta' },
  contactPerson: 'Arkistonmuodostaja',
  version: '1.0',
  status: 1,
  meta: { organisation: 'Esimerkkikunta', created: '2026-11-01', validFrom: '2027-01-01' },
  classes: [
    {
      id: 'luokka-00-02-00',
      code: '00 02 00',
      status: 1,
      title: { fi: 'Kaupunginvaltuuston päätöksenteko', en: 'Decision-making of the city council' },
      description: 'Valtuuston asioiden valmistelu, päätöksenteko, tiedoksianto, muutoksenhaku ja toimeenpano.',
      process: {
        id: 'prosessi-valtuusto',
        informationSystem: 'Sähköinen kokousjärjestelmä',
        restrictions: { publicityClass: 1, personalData: 2 },
        retention: { period: -1, basis: 'Pysyvä säilytys: arkistolaitoksen päätös [unverified]' },
        actions,
        mainDataGroups: 'Kokouksen tiedot, asiat, päätösehdotukset, päätökset, läsnäolijat, äänestykset',
        owner: 'Hallintojohtaja',
      },
    },
  ],
};
