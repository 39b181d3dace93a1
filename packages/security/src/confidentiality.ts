/**
 * Secrecy markings and secrecy periods under the Openness Act (Julkisuuslaki 621/1999, JulkL).
 *
 * - JulkL 24 § 1 mom: the grounds (points 1–32, 31 a–c); points 24–32 protect private life.
 * - JulkL 25 § (2–3 mom as amended by 907/2019): the marking "SALASSA PIDETTÄVÄ" /
 *   "SEKRETESSBELAGD" together with the legal ground.
 * - JulkL 31 §: secrecy lasts 25 years; for 24 § 1 mom 24–32, 50 years after the person's
 *   death or 100 years if the death is not known; counted from the document's date.
 * - Määräaikalaki 150/1930 3 §: a period in years ends on the same calendar date (the last day
 *   of February when that date does not exist).
 */

import { secrecyGrounds, secrecyGroundLabels, secrecyGroundPointLabel } from '@digikokous/meeting-schema/codes';

export interface ConfidentialityBasis {
  /** `JulkL` (default) or another act, e.g. `Potilaslaki 785/1992`. */
  readonly law?: string;
  readonly section: string | number;
  readonly subsection?: string | number;
  /** Point (kohta), e.g. `25` or `'31 a'`. */
  readonly point?: string | number;
  /** Free text of the ground as printed, when the structured form is not enough. */
  readonly text?: string;
  /** The printed citation (as in `@digikokous/meeting-schema`), e.g. `JulkL 24 § 1 mom. 25 k`. */
  readonly citation?: string;
}

/**
 * Short labels of JulkL 24 § 1 mom points, keyed by the point as printed (`'1'` … `'32'`,
 * `'31 a'`, `'31 b'`). Derived from the one code list in `@digikokous/meeting-schema/codes`
 * (`secrecyGrounds`, `secrecyGroundLabels`), where each label's source is noted; the labels are
 * paraphrases, so check them against Finlex before publishing them as legal text.
 */
export const JULKL_24_GROUNDS: Readonly<Record<string, { readonly fi: string; readonly en: string }>> = Object.freeze(
  Object.fromEntries(
    secrecyGrounds.map((ground) => {
      const { fi, en } = secrecyGroundLabels[ground];
      return [secrecyGroundPointLabel(ground), Object.freeze({ fi, en })];
    }),
  ),
);

/** Parse `JulkL 24 § 1 mom. 25 k` (also `JulkL (621/1999) 24.1 § 25 kohta`, `OffL 24 § 1 mom. 25 punkten`). */
export function parseConfidentialityBasis(text: string): ConfidentialityBasis | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  let m = /^(JulkL|OffL)(?: \(621\/1999\))? (\d+) § (\d+) mom\.? (\d+(?: ?[a-c])?) (?:k|kohta|punkten|p)\.?$/i.exec(t);
  if (m)
    return {
      law: 'JulkL',
      section: m[2] ?? '',
      subsection: m[3] ?? '',
      point: (m[4] ?? '').replace(/(\d)([a-c])$/i, '$1 $2'),
    };
  m = /^(JulkL|OffL)(?: \(621\/1999\))? (\d+)\.(\d+) § (\d+(?: ?[a-c])?) (?:k|kohta|punkten|p)\.?$/i.exec(t);
  if (m)
    return {
      law: 'JulkL',
      section: m[2] ?? '',
      subsection: m[3] ?? '',
      point: (m[4] ?? '').replace(/(\d)([a-c])$/i, '$1 $2'),
    };
  m = /^(JulkL|OffL)(?: \(621\/1999\))? (\d+) §$/i.exec(t);
  if (m) return { law: 'JulkL', section: m[2] ?? '' };
  return undefined;
}

function asBasis(basis: ConfidentialityBasis | string): ConfidentialityBasis {
  if (typeof basis === 'string') {
    const parsed = parseConfidentialityBasis(basis);
    if (!parsed) throw new TypeError(`Unrecognised confidentiality basis: ${basis.slice(0, 80)}`);
    return parsed;
  }
  if (
    basis === null ||
    typeof basis !== 'object' ||
    (typeof basis.section !== 'string' && typeof basis.section !== 'number')
  ) {
    throw new TypeError('A confidentiality basis needs at least a section');
  }
  return basis;
}

export type MarkingLanguage = 'fi' | 'sv' | 'en';

/** The ground as printed: `JulkL 24 § 1 mom. 25 k` (fi), `OffL 24 § 1 mom. 25 punkten` (sv). */
export function formatConfidentialityBasis(basis: ConfidentialityBasis | string, lang: MarkingLanguage = 'fi'): string {
  const b = asBasis(basis);
  if (typeof b.text === 'string' && b.text.trim() !== '') return b.text.trim();
  if (lang === 'fi' && typeof b.citation === 'string' && b.citation.trim() !== '') return b.citation.trim();
  const law = b.law ?? 'JulkL';
  const isJulkL = law === 'JulkL';
  const name = isJulkL ? (lang === 'sv' ? 'OffL' : 'JulkL') : law;
  let s = `${name} ${b.section} §`;
  if (b.subsection !== undefined) s += ` ${b.subsection} ${lang === 'en' ? 'subs.' : 'mom.'}`;
  if (b.point !== undefined) s += ` ${b.point} ${lang === 'sv' ? 'punkten' : lang === 'en' ? 'para.' : 'k'}`;
  return s;
}

export interface ConfidentialityMarking {
  /** `SALASSA PIDETTÄVÄ`, `SEKRETESSBELAGD`, or `CONFIDENTIAL` (English is informative, not the legal marking). */
  readonly text: string;
  readonly ground: string;
  /** The full stamp, e.g. `SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 25 k`. */
  readonly marking: string;
  readonly legalBasis: 'JulkL 25 §';
}

const MARKING_TEXT: Record<MarkingLanguage, string> = {
  fi: 'SALASSA PIDETTÄVÄ',
  sv: 'SEKRETESSBELAGD',
  en: 'CONFIDENTIAL',
};

/** The secrecy marking with its legal ground (JulkL 25 §). */
export function confidentialityMarking(
  basis: ConfidentialityBasis | string,
  lang: MarkingLanguage = 'fi',
): ConfidentialityMarking {
  const text = MARKING_TEXT[lang];
  if (text === undefined) throw new TypeError('lang must be fi, sv or en');
  const ground = formatConfidentialityBasis(basis, lang);
  return { text, ground, marking: `${text} ${ground}`, legalBasis: 'JulkL 25 §' };
}

/** Whether the basis is one of JulkL 24 § 1 mom points 24–32 (protection of private life). */
export function isPrivateLifeBasis(basis: ConfidentialityBasis | string): boolean {
  const b = asBasis(basis);
  if ((b.law ?? 'JulkL') !== 'JulkL' || String(b.section) !== '24') return false;
  if (b.subsection !== undefined && String(b.subsection) !== '1') return false;
  const n = Number.parseInt(String(b.point ?? ''), 10);
  return Number.isInteger(n) && n >= 24 && n <= 32;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(d: string, name: string): [number, number, number] {
  const m = typeof d === 'string' ? ISO_DATE.exec(d) : null;
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const da = Number(m?.[3]);
  if (!m || mo < 1 || mo > 12 || da < 1 || da > daysIn(y, mo)) throw new TypeError(`${name} must be a date YYYY-MM-DD`);
  return [y, mo, da];
}

function daysIn(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Add whole years on the calendar (määräaikalaki 3 §): 29 Feb → 28 Feb when the target year has none. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = parseDate(date, 'date');
  const ty = y + years;
  return iso(ty, m, Math.min(d, daysIn(ty, m)));
}

function nextDay(date: string): string {
  const [y, m, d] = parseDate(date, 'date');
  if (d < daysIn(y, m)) return iso(y, m, d + 1);
  if (m < 12) return iso(y, m + 1, 1);
  return iso(y + 1, 1, 1);
}

export interface SecrecyPeriod {
  /** Last day of secrecy, `YYYY-MM-DD`. */
  readonly endsOn: string;
  /** First day the document is public by this rule (the day after `endsOn`; configurable in practice). */
  readonly publicFrom: string;
  readonly years: 25 | 50 | 100;
  readonly from: 'document' | 'death';
  readonly rule: 'general-25' | 'private-life-death-50' | 'private-life-unknown-death-100';
  readonly legalBasis: 'JulkL 31 §';
}

/**
 * Secrecy period (JulkL 31 §): 25 years from the document's date; for private-life grounds
 * (24 § 1 mom 24–32) 50 years after the person's death, or 100 years from the document's date
 * when the death is not known. Extensions by Government decree (up to 30 years) are not modelled.
 */
export function secrecyEndsOn(
  basis: ConfidentialityBasis | string,
  documentDate: string,
  options: { deathDate?: string } = {},
): SecrecyPeriod {
  parseDate(documentDate, 'documentDate');
  if (isPrivateLifeBasis(basis)) {
    if (options.deathDate !== undefined) {
      parseDate(options.deathDate, 'deathDate');
      const endsOn = addYears(options.deathDate, 50);
      return {
        endsOn,
        publicFrom: nextDay(endsOn),
        years: 50,
        from: 'death',
        rule: 'private-life-death-50',
        legalBasis: 'JulkL 31 §',
      };
    }
    const endsOn = addYears(documentDate, 100);
    return {
      endsOn,
      publicFrom: nextDay(endsOn),
      years: 100,
      from: 'document',
      rule: 'private-life-unknown-death-100',
      legalBasis: 'JulkL 31 §',
    };
  }
  asBasis(basis);
  const endsOn = addYears(documentDate, 25);
  return {
    endsOn,
    publicFrom: nextDay(endsOn),
    years: 25,
    from: 'document',
    rule: 'general-25',
    legalBasis: 'JulkL 31 §',
  };
}
