import type { Meeting } from './model.js';
import { helsinkiParts } from './time.js';

/**
 * iCalendar (RFC 5545) for one meeting, written by hand: the format is small, and no well-kept
 * JavaScript library generates a VTIMEZONE for Europe/Helsinki (they either omit it or need a full
 * time-zone database). The VTIMEZONE gives the EU rule in force since 1996 (last Sunday of March at
 * 03:00 → EEST, last Sunday of October at 04:00 → EET).
 */
export interface ICalendarOptions {
  /** Stamp of the calendar object (DTSTAMP), an ISO instant; injected so output is reproducible. */
  dtstamp: string;
  /** Link to the published agenda (esityslista). */
  agendaUrl?: string;
  /** Domain used in the UID. */
  uidDomain?: string;
  /** Length of the meeting when no end is known; default 120 minutes. */
  durationMinutes?: number;
  location?: string;
  /** Body name shown in the summary. */
  bodyName?: string;
}

export const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escape a TEXT value (RFC 5545 § 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 § 3.1). */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let curBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (curBytes + n > limit) {
      out.push(cur);
      cur = ' ';
      curBytes = 1;
      limit = 75;
    }
    cur += ch;
    curBytes += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const pad = (n: number): string => String(n).padStart(2, '0');

function localStamp(instant: string): string | undefined {
  const p = helsinkiParts(instant);
  return p ? `${p.date.replace(/-/g, '')}T${pad(p.h)}${pad(p.m)}${pad(p.s)}` : undefined;
}

function utcStamp(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`dtstamp is not an ISO instant: ${instant}`);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A VCALENDAR with one VEVENT for the meeting, lines CRLF-terminated. */
export function toICalendar(meeting: Meeting, options: ICalendarOptions): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Digikokous//interop//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const timed = meeting.start ? localStamp(meeting.start) : undefined;
  if (timed) lines.push(...HELSINKI_VTIMEZONE);
  lines.push('BEGIN:VEVENT');
  lines.push(`UID:${escapeText(meeting.id)}@${options.uidDomain ?? 'digikokous.invalid'}`);
  lines.push(`DTSTAMP:${utcStamp(options.dtstamp)}`);
  if (timed && meeting.start) {
    lines.push(`DTSTART;TZID=Europe/Helsinki:${timed}`);
    const end = new Date(Date.parse(meeting.start) + (options.durationMinutes ?? 120) * 60000).toISOString();
    lines.push(`DTEND;TZID=Europe/Helsinki:${localStamp(end) as string}`);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(meeting.date)) {
    const d = meeting.date.replace(/-/g, '');
    const next = new Date(Date.parse(`${meeting.date}T00:00:00Z`) + 86400000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    lines.push(`DTSTART;VALUE=DATE:${d}`, `DTEND;VALUE=DATE:${next}`);
  } else {
    throw new RangeError(`meeting ${meeting.id} has no date`);
  }
  const summary = [options.bodyName, meeting.document === 'agenda' ? 'kokous' : 'kokous (pöytäkirja)']
    .filter(Boolean)
    .join(' – ');
  lines.push(`SUMMARY:${escapeText(meeting.name || summary)}`);
  const agenda = meeting.items.map((it) => `${it.number ? `§ ${it.number} ` : `${it.order + 1}. `}${it.title.fi}`);
  const description = [
    options.agendaUrl ? `Esityslista: ${options.agendaUrl}` : '',
    agenda.length ? `Asiat:\n${agenda.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (options.location) lines.push(`LOCATION:${escapeText(options.location)}`);
  if (options.agendaUrl) lines.push(`URL:${options.agendaUrl}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
