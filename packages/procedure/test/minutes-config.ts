import type { Minutes } from '@digikokous/meeting-schema';
import type { AppealConfiguration } from '../src/index.js';

/**
 * The fictional Esimerkkilä's appeal configuration, as a municipality would enter it once (HL 47 §: authorities,
 * where to deliver, contact details). Invented addresses; `example.fi` is reserved for examples.
 */
export const esimerkkilaAppeals: AppealConfiguration = {
  registry: {
    name: { fi: 'Esimerkkilän kunnan kirjaamo', sv: 'Exempelby kommuns registratorskontor' },
    postalAddress: 'PL 1, 99999 Esimerkkilä',
    visitingAddress: 'Kunnantie 1, 99999 Esimerkkilä',
    email: 'kirjaamo@esimerkkila.example.fi',
    eService: 'https://asiointi.esimerkkila.example.fi',
    officeHours: { fi: 'ma–pe 9–15', sv: 'mån–fre 9–15' },
  },
  administrativeCourt: {
    name: { fi: 'Esimerkkilän hallinto-oikeus', sv: 'Exempelby förvaltningsdomstol' },
    postalAddress: 'PL 100, 99990 Esimerkkilä',
    email: 'hallinto-oikeus@oikeus.example.fi',
    eService: 'https://asiointi.oikeus.example.fi',
    officeHours: { fi: 'ma–pe 8–16.15', sv: 'mån–fre 8–16.15' },
  },
  marketCourt: {
    name: { fi: 'Markkinaoikeus', sv: 'Marknadsdomstolen' },
    postalAddress: 'Radanrakentajantie 5, 00520 Helsinki',
    email: 'markkinaoikeus@oikeus.example.fi',
  },
  administrativeCourtFeeEur: 310,
  specialLaws: {
    // A special law with its own appeal, as a municipality would configure it (yksityistielaki 560/2018); the
    // section number and period here are illustrative configuration, not a statement of that law [unverified].
    yksityistielaki: {
      name: { fi: 'laissa yksityisistä teistä (560/2018)', sv: 'lagen om enskilda vägar (560/2018)' },
      citation: 'YksTL 560/2018 97 §',
      periodDays: 30,
    },
  },
};

/** Signs, checks and publishes drafted minutes as the secretary would (KL 107 §, KL 140 §). */
export function signed(
  m: Minutes,
  s: {
    chair: [string, string];
    secretary: [string, string];
    checkers: [string, string][];
    checkedOn: string;
    checkedAt: { fi: string; sv?: string };
    publishedAt?: string;
    url?: string;
    personalDataUntil?: string;
  },
): Minutes {
  const sig = (
    [personId, name]: [string, string],
    role: Minutes['signatures'][number]['role'],
    at: string,
  ): Minutes['signatures'][number] => ({ personId, name, role, method: 'sahkoinen', signedAt: at });
  const out: Minutes = {
    ...m,
    signatures: [
      sig(s.chair, 'puheenjohtaja', `${s.checkedOn}T10:00:00+03:00`),
      sig(s.secretary, 'sihteeri', `${s.checkedOn}T10:05:00+03:00`),
      ...s.checkers.map((c) => sig(c, 'poytakirjantarkastaja', `${s.checkedOn}T11:00:00+03:00`)),
    ],
    checkedOn: s.checkedOn,
    checkedAt: s.checkedAt,
  };
  if (s.publishedAt && s.url && s.personalDataUntil)
    out.publication = {
      publishedAt: s.publishedAt,
      url: s.url,
      personalDataUntil: s.personalDataUntil,
      redactions: [],
    };
  return out;
}
