// Split out of codes.ts (which re-exports it) so that a bundle needing only these lists leaves the others out.
import type { CodeLabel } from './codes.js';

/** Kinds of appeal instruction attached to a decision (KL 134–136 §, KL 141 §, HL 46–47 §). */
export const appealKinds = ['oikaisuvaatimus', 'kunnallisvalitus', 'hallintovalitus', 'muutoksenhakukielto'] as const;
/** A kind of appeal instruction. */
export type AppealKind = (typeof appealKinds)[number];
/** Labels of {@link AppealKind}. */
export const appealKindLabels: Readonly<Record<AppealKind, CodeLabel>> = {
  oikaisuvaatimus: {
    fi: 'oikaisuvaatimusohje',
    sv: 'anvisning om hur man begär omprövning',
    en: 'instructions for a claim for rectification',
  },
  kunnallisvalitus: {
    fi: 'valitusosoitus, kunnallisvalitus',
    sv: 'besvärsanvisning, kommunalbesvär',
    en: 'appeal instructions, municipal appeal',
  },
  hallintovalitus: {
    fi: 'valitusosoitus, hallintovalitus',
    sv: 'besvärsanvisning, förvaltningsbesvär',
    en: 'appeal instructions, administrative appeal',
  },
  muutoksenhakukielto: { fi: 'muutoksenhakukielto', sv: 'besvärsförbud', en: 'prohibition of appeal' },
};
