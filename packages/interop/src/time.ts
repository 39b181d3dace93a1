/**
 * Europe/Helsinki local time without a time-zone database: EET (+02:00) with EU summer time
 * (+03:00) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC
 * (Directive 2000/84/EC). Finland has followed this rule since 1981; the sources are from 2013–2017.
 */

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** UTC offset in minutes of Helsinki at a UTC instant. */
export function helsinkiOffsetAt(utcMillis: number): number {
  const y = new Date(utcMillis).getUTCFullYear();
  const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
  return utcMillis >= start && utcMillis < end ? 180 : 120;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` from day, month, year, or undefined when no such date exists. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  return isValidDate(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : undefined;
}

/** Read a Finnish date "8.5.2017" or "08.05.2017" anywhere in the text. */
export function parseFinnishDate(text: string): string | undefined {
  const m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  if (!m) return undefined;
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/**
 * The ISO instant (with the Helsinki offset of that moment) of a local date and time.
 * In the repeated autumn hour the earlier (summer-time) reading is chosen.
 */
export function helsinkiInstant(date: string, hours: number, minutes: number, seconds = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || hours > 23 || minutes > 59 || seconds > 59 || hours < 0 || minutes < 0) return undefined;
  const localAsUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hours, minutes, seconds);
  let offset = helsinkiOffsetAt(localAsUtc - 180 * 60000);
  if (helsinkiOffsetAt(localAsUtc - offset * 60000) !== offset) offset = helsinkiOffsetAt(localAsUtc - 120 * 60000);
  const sign = offset >= 0 ? '+' : '-';
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Read "klo 15.31" / "15:30" to hours and minutes. */
export function parseClock(text: string): { h: number; m: number } | undefined {
  const m = /(?:klo\s*)?\b(\d{1,2})[.:](\d{2})\b/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? { h, m: min } : undefined;
}

/** Local parts of an ISO instant with offset, in Helsinki time. */
export function helsinkiParts(instant: string): { date: string; h: number; m: number; s: number } | undefined {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return undefined;
  const local = new Date(t + helsinkiOffsetAt(t) * 60000);
  return {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    h: local.getUTCHours(),
    m: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  };
}
