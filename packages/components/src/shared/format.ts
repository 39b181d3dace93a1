import type { Locale } from './locale.js';
import type { Text } from './types.js';

/** Localised text in the reader's language, falling back to Finnish (always present). */
export function text(value: Text | undefined, locale: Locale): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value.fi;
}

/** The BCP 47 tag of a locale for Intl; Swedish as used in Finland. */
const TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

/** A number in the locale's format. */
export function num(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale]).format(value);
}

/** A clock time of an ISO instant in the Europe/Helsinki calendar (the meeting's time zone). */
export function time(instant: string | undefined, locale: Locale): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(TAGS[locale], { timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(date);
}

/** A file size in kB or MB, in the locale's format. */
export function bytes(size: number, locale: Locale): string {
  const mb = size >= 1_000_000;
  return new Intl.NumberFormat(TAGS[locale], {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(size / (mb ? 1_000_000 : 1_000));
}

/** Elapsed minutes and seconds, e.g. "2.05" → spoken as "2 min 5 s" through the `label` form. */
export function elapsed(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** Chooses the plural form through Intl.PluralRules: forms are [one, other]. */
export function plural(count: number, locale: Locale, forms: readonly [string, string]): string {
  const form = new Intl.PluralRules(TAGS[locale]).select(count) === 'one' ? forms[0] : forms[1];
  return form.replace('{n}', num(count, locale));
}
