// Split out of codes.ts (which re-exports it): the spreads below keep a bundler from dropping these lists when
// unused, so they live in a module of their own that a bundle importing only other lists never includes.
import type { CodeLabel } from './codes.js';
import { appealKindLabels, appealKinds } from './codes-appeal.js';

/**
 * Remedies a minutes appendix can carry (KL 141 §, HL 46–47 §): the {@link appealKinds} and the procurement remedy
 * (hankintaoikaisu to the contracting entity and an appeal to the Market Court, Hankintalaki 1397/2016), which a
 * procurement decision carries instead of the municipal remedies.
 */
export const remedyKinds = [...appealKinds, 'hankintaoikaisu'] as const;
/** A remedy of a minutes appendix. */
export type RemedyKind = (typeof remedyKinds)[number];
/** Labels of {@link RemedyKind}: the heading of the instruction (printed in capitals in the minutes). */
export const remedyKindLabels: Readonly<Record<RemedyKind, CodeLabel>> = {
  ...appealKindLabels,
  hankintaoikaisu: {
    fi: 'hankintaoikaisuohje ja valitusosoitus markkinaoikeuteen',
    sv: 'anvisning om upphandlingsrättelse och besvärsanvisning till marknadsdomstolen',
    en: 'procurement rectification and appeal to the Market Court',
  },
};
