/**
 * Europe/Helsinki local time from the platform's IANA time-zone data through Intl (Node and browsers ship it), so
 * every year is right: EET (+02:00), EU summer time (+03:00) since 1981 (Directive 2000/84/EC), the summer time of
 * 1942 and the local mean time before 1921, which is rounded to whole minutes for ISO 8601 offsets.
 */

// Built once, on first use: an Intl formatter is costly to construct, and a program that never reads a
// time (the CLI printing its usage) should not pay for it at module load.
let helsinkiOffsetFormat: Intl.DateTimeFormat | undefined;

/** UTC offset in minutes of Helsinki at a UTC instant. */
export function helsinkiOffsetAt(utcMillis: number): number {
  helsinkiOffsetFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Helsinki',
    timeZoneName: 'longOffset',
  });
  const name = helsinkiOffsetFormat.formatToParts(utcMillis).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!m) return 0; // "GMT": no offset
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Math.round(Number(m[4] ?? 0) / 60);
  return m[1] === '-' ? -minutes : minutes;
}

const DAY = 86_400_000;

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
  // The offsets in force a day before and after; the one that maps back to itself is the reading. In the repeated
  // autumn hour both do, and the larger (summer time) is the earlier; in the skipped spring hour neither does.
  const candidates = [helsinkiOffsetAt(localAsUtc - DAY), helsinkiOffsetAt(localAsUtc + DAY)];
  const fits = candidates.filter((o) => helsinkiOffsetAt(localAsUtc - o * 60000) === o);
  const offset = fits.length > 0 ? Math.max(...fits) : (candidates[1] as number);
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
