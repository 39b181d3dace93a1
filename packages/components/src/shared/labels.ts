import type { AttendanceMode, Role, SpeechKind } from '@digikokous/meeting-schema/codes';
import type { Locale } from './locale.js';

/**
 * Labels of the meeting-schema code lists the components show, as plain object literals.
 *
 * Why a copy: `@digikokous/meeting-schema/codes` builds every list through a helper call, which a bundler
 * cannot tree-shake, so importing one label record pulls in all of them (13 kB minified, over the 8 kB gzip
 * budget per component). `test/labels.test.ts` asserts that these equal the code lists, so they cannot drift.
 */
type Labels<C extends string> = Readonly<Record<C, Readonly<Record<Locale, string>>>>;

export const roleLabels: Labels<Role> = {
  puheenjohtaja: { fi: 'puheenjohtaja', sv: 'ordförande', en: 'chair' },
  varapuheenjohtaja: { fi: 'varapuheenjohtaja', sv: 'vice ordförande', en: 'vice-chair' },
  jasen: { fi: 'jäsen', sv: 'ledamot', en: 'member' },
  varajasen: { fi: 'varajäsen', sv: 'ersättare', en: 'deputy member' },
  esittelija: { fi: 'esittelijä', sv: 'föredragande', en: 'presenting official' },
  sihteeri: { fi: 'sihteeri', sv: 'sekreterare', en: 'secretary' },
  poytakirjanpitaja: { fi: 'pöytäkirjanpitäjä', sv: 'protokollförare', en: 'minute-taker' },
  asiantuntija: { fi: 'asiantuntija', sv: 'sakkunnig', en: 'expert' },
  kunnanjohtaja: { fi: 'kunnanjohtaja', sv: 'kommundirektör', en: 'municipal manager' },
  pormestari: { fi: 'pormestari', sv: 'borgmästare', en: 'mayor' },
  'kunnanhallituksen-edustaja': {
    fi: 'kunnanhallituksen edustaja',
    sv: 'kommunstyrelsens representant',
    en: 'representative of the municipal executive',
  },
  'nuorisovaltuuston-edustaja': {
    fi: 'nuorisovaltuuston edustaja',
    sv: 'ungdomsfullmäktiges representant',
    en: 'youth council representative',
  },
  'vanhusneuvoston-edustaja': {
    fi: 'vanhusneuvoston edustaja',
    sv: 'äldrerådets representant',
    en: "older people's council representative",
  },
  'vammaisneuvoston-edustaja': {
    fi: 'vammaisneuvoston edustaja',
    sv: 'rådet för personer med funktionsnedsättnings representant',
    en: 'disability council representative',
  },
  'muu-lasnaolija': { fi: 'muu läsnäolija', sv: 'annan närvarande', en: 'other attendee' },
};

export const attendanceModeLabels: Labels<AttendanceMode> = {
  'paikan-paalla': { fi: 'paikan päällä', sv: 'på plats', en: 'on site' },
  etana: { fi: 'etäyhteydellä', sv: 'på distans', en: 'remote' },
};

export const speechKindLabels: Labels<SpeechKind> = {
  puheenvuoro: { fi: 'puheenvuoro', sv: 'anförande', en: 'speech' },
  vastauspuheenvuoro: { fi: 'vastauspuheenvuoro', sv: 'replik', en: 'reply' },
  tyojarjestyspuheenvuoro: { fi: 'työjärjestyspuheenvuoro', sv: 'ordningsfråga', en: 'point of order' },
  esittelypuheenvuoro: { fi: 'esittelypuheenvuoro', sv: 'presentationsanförande', en: 'presentation' },
};

/** Seat-holding roles, counted for quorum (KL 103 §); equals the code list's `seatRoles`. */
export const seatRoles: readonly Role[] = ['puheenjohtaja', 'varapuheenjohtaja', 'jasen'];
