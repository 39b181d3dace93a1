import { html, type TemplateResult } from 'lit';
import type { Locale } from './locale.js';
import type { Text } from './types.js';

/**
 * Localised text for the meeting components, marked `lang="fi"` when it falls back to Finnish inside a Swedish or
 * English page (WCAG 3.1.2 Language of Parts), so that a screen reader switches its voice.
 */
export function lt(value: Text | undefined, locale: Locale): TemplateResult | string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  const own = value[locale];
  if (own !== undefined) return own;
  return locale === 'fi' ? value.fi : html`<span lang="fi">${value.fi}</span>`;
}

/** A code label `{ fi, sv, en }` in the locale. */
export function label(labels: { fi: string; sv: string; en: string }, locale: Locale): string {
  return labels[locale];
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A plain ISO date (`YYYY-MM-DD`, a Europe/Helsinki calendar date) in the locale's long format, without drift. */
export function isoDate(date: string | undefined, locale: Locale): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
