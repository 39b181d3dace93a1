import type { Locale } from './locale.js';
import type { Text } from './types.js';

/** Localised text in the reader's language, falling back to Finnish (always present). */
export function text(value: Text | undefined, locale: Locale): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value.fi;
}

/**
 * The language the text is actually in when it is not the reader's: `'fi'` when localised text falls back to
 * Finnish on a Swedish or English page, so that the caller marks it with `lang="fi"` (WCAG 3.1.2). Plain strings
 * are taken to be in the reader's language.
 */
export function fallbackLang(value: Text | undefined, locale: Locale): 'fi' | undefined {
  if (value == null || typeof value === 'string' || locale === 'fi') return undefined;
  return value[locale] == null ? 'fi' : undefined;
}

/** The BCP 47 tag of a locale for Intl; Swedish as used in Finland. */
const TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

// Intl formatters are costly to build and every render formats many values (79 arrival times, the counts of
// a vote), so each is built once per locale and reused.
function perLocale<T>(make: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(TAGS[locale])));
    return value;
  };
}
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const timeFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'Europe/Helsinki' }),
);
const sizeFormat = (unit: 'megabyte' | 'kilobyte') =>
  perLocale((tag) => new Intl.NumberFormat(tag, { style: 'unit', unit, maximumFractionDigits: 1 }));
const megabytes = sizeFormat('megabyte');
const kilobytes = sizeFormat('kilobyte');
const pluralRules = perLocale((tag) => new Intl.PluralRules(tag));

/** A number in the locale's format. */
export function num(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** A clock time of an ISO instant in the Europe/Helsinki calendar (the meeting's time zone). */
export function time(instant: string | undefined, locale: Locale): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return timeFormat(locale).format(date);
}

/** A file size in kB or MB, in the locale's format. */
export function bytes(size: number, locale: Locale): string {
  const mb = size >= 1_000_000;
  return (mb ? megabytes : kilobytes)(locale).format(size / (mb ? 1_000_000 : 1_000));
}

/** Elapsed minutes and seconds, e.g. "2.05" → spoken as "2 min 5 s" through the `label` form. */
export function elapsed(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** Chooses the plural form through Intl.PluralRules: forms are [one, other]. */
export function plural(count: number, locale: Locale, forms: readonly [string, string]): string {
  const form = pluralRules(locale).select(count) === 'one' ? forms[0] : forms[1];
  return form.replace('{n}', num(count, locale));
}
