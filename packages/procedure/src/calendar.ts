// Each function by its own path: the date-fns barrel costs ~200 ms to import (issue 12's 50 ms import budget).
import { addDays as dfAddDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDay } from 'date-fns/getDay';
import { fail } from './errors.js';

/**
 * Plain calendar dates (`YYYY-MM-DD`, Europe/Helsinki calendar). Each date is held as a local Date at noon so that
 * date-fns' calendar arithmetic never crosses a daylight-saving gap in any machine time zone; the result is read
 * back through the local calendar fields, so the machine's TZ never changes a date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(date: string, name = 'date'): Date {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (m !== null) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const out = new Date(y, mo - 1, d, 12, 0, 0, 0);
    out.setFullYear(y); // years 0–99 would otherwise map to 1900–1999
    if (out.getFullYear() === y && out.getMonth() === mo - 1 && out.getDate() === d) return out;
  }
  return fail(
    'invalid-date',
    `${name}: päivämäärän on oltava muotoa VVVV-KK-PP.`,
    `${name}: the date must be a calendar date YYYY-MM-DD.`,
    `${name}: datumet måste ha formen ÅÅÅÅ-MM-DD.`,
  );
}

export function formatIsoDate(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** `date` plus `days` calendar days (negative counts backwards, määräaikalaki 4 §). */
export function addDays(date: string, days: number): string {
  return formatIsoDate(dfAddDays(parseIsoDate(date), days));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return getDay(parseIsoDate(date));
}

/** Calendar days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseIsoDate(to, 'to'), parseIsoDate(from, 'from'));
}

/** A date built from numbers, e.g. `ymd(2025, 4, 20)`. */
export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Built once: an Intl formatter is costly to construct.
const HELSINKI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Helsinki calendar date of an instant (ISO string with offset), e.g. when the minutes went online. Uses the
 * platform's IANA zone data through Intl, so it is right for both EET and EEST whatever the machine's TZ.
 */
export function helsinkiDate(instant: string): string {
  const t = Date.parse(instant);
  if (typeof instant !== 'string' || !/(Z|[+-]\d{2}:\d{2})$/.test(instant) || Number.isNaN(t)) {
    fail(
      'invalid-instant',
      'Ajanhetken on oltava ISO-muotoinen ja sisällettävä aikavyöhyke.',
      'The instant must be ISO 8601 with an offset.',
      'Tidpunkten måste vara ISO 8601 med tidszon.',
    );
  }
  const parts = HELSINKI_DATE.formatToParts(new Date(t));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
