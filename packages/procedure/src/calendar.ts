import { fail } from './errors.js';

/**
 * Plain calendar dates (`YYYY-MM-DD`, Europe/Helsinki calendar). Each date is held as a local Date at noon so that
 * calendar arithmetic never crosses a daylight-saving gap in any machine time zone; the result is read back through
 * the local calendar fields, so the machine's TZ never changes a date.
 *
 * Written by hand rather than with date-fns: the package needs only three operations on plain dates (add days,
 * weekday, days between), each one line of `Date` arithmetic, while importing even date-fns' per-function subpaths
 * (`date-fns/addDays`, `…/differenceInCalendarDays`, `…/getDay` and their helpers) cost ≈ 14–30 ms of the 50 ms
 * import budget of issue 12 (measured with bench/import-time.mjs). The calendar tests cover leap years, DST changes
 * and years 0–99.
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
  const d = parseIsoDate(date);
  // setDate keeps the local wall-clock noon across a DST change (as date-fns' addDays does).
  d.setDate(d.getDate() + days);
  return formatIsoDate(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return parseIsoDate(date).getDay();
}

/** Calendar days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return (utcDay(parseIsoDate(to, 'to')) - utcDay(parseIsoDate(from, 'from'))) / 86_400_000;
}

/** Midnight UTC of the local calendar date of `d` (setUTCFullYear: years 0–99 stay themselves). */
function utcDay(d: Date): number {
  const u = new Date(0);
  u.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
  return u.getTime();
}

/** A date built from numbers, e.g. `ymd(2025, 4, 20)`. */
export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Built once, on first use: the first Intl formatter of a process costs ≈ 20 ms (ICU start-up), which would otherwise
// be paid by every import of the package (issue 12's 50 ms import budget).
let helsinkiDateFormat: Intl.DateTimeFormat | undefined;
const HELSINKI_DATE = (): Intl.DateTimeFormat =>
  (helsinkiDateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));

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
  const parts = HELSINKI_DATE().formatToParts(new Date(t));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
