import type { AgendaItem, MeetingEvent } from '@digikokous/meeting-schema';
import { speechKindLabels, type SpeechKind } from '@digikokous/meeting-schema/codes';

/**
 * WebVTT (W3C WebVTT, https://www.w3.org/TR/webvtt1/) for meeting recordings: the chapters of a recording, one per §,
 * from the meeting log's item-opened and item-closed instants against the recording start, and the speaker segments
 * from speaker-granted and speaker-ended. A host publishes the tracks beside the video (Digipalvelulaki 306/2019: a
 * kept recording must be accessible within 14 days). The parser reads captions from any source and never throws.
 * Written by hand: the format needs a hundred lines, and no small well-kept library covers both writing and a
 * tolerant parse without a DOM.
 */

/** A cue: start and end in seconds from the recording start, plain text (no markup), an optional voice. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  id?: string;
  /** The speaker (`<v Name>`), when the cue names one. */
  voice?: string;
}

/** `hh:mm:ss.mmm`. */
export function formatTimestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

const escape = (t: string) =>
  t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/-->/g, '--&gt;')
    .replace(/\r?\n\r?\n+/g, '\n');

/** Serialises cues as a WebVTT file; text is escaped so that no cue can break the file or inject markup. */
export function toWebVtt(cues: readonly Cue[]): string {
  const body = cues.map((c) => {
    const id = c.id ? `${c.id.replace(/-->|\r?\n/g, ' ')}\n` : '';
    const voice = c.voice ? `<v ${escape(c.voice)}>` : '';
    return `${id}${formatTimestamp(c.start)} --> ${formatTimestamp(c.end)}\n${voice}${escape(c.text)}`;
  });
  return ['WEBVTT', ...body].join('\n\n') + '\n';
}

const TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
function seconds(ts: string): number | undefined {
  const m = TIME.exec(ts.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}
const decode = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

/**
 * Parses WebVTT text into cues, tolerantly: a malformed block is skipped and counted, never thrown. Markup is
 * stripped to text (a `<v Name>` voice is kept as `voice`). At most `limit` cues are read.
 */
export function parseWebVtt(source: unknown, limit = 100_000): { cues: Cue[]; skipped: number } {
  const cues: Cue[] = [];
  let skipped = 0;
  if (typeof source !== 'string' || !/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(source)) return { cues, skipped: 1 };
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .slice(1);
  for (const block of blocks) {
    if (cues.length >= limit) break;
    const lines = block.split('\n').filter((l) => l !== '');
    if (!lines.length || /^(NOTE|STYLE|REGION)\b/.test(lines[0]!)) continue;
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at < 0 || at > 1) {
      skipped++;
      continue;
    }
    const [from, rest = ''] = lines[at]!.split('-->');
    const start = seconds(from!);
    const end = seconds(rest.trim().split(/\s+/)[0] ?? '');
    if (start === undefined || end === undefined || end < start) {
      skipped++;
      continue;
    }
    const raw = lines.slice(at + 1).join('\n');
    const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(raw)?.[1]?.trim();
    const cue: Cue = { start, end, text: decode(raw.replace(/<[^>]*>/g, '')).trim() };
    if (at === 1) cue.id = lines[0]!;
    if (voice) cue.voice = decode(voice);
    cues.push(cue);
  }
  return { cues, skipped };
}

export interface MeetingTrackOptions {
  /** The instant the recording starts (ISO with offset). */
  recordingStart: string;
  /** The instant it ends; a § still open then ends there. */
  recordingEnd?: string;
  /** The agenda items: chapter titles use the public title of a confidential item, or a mention (JulkL 22 §). */
  items: readonly Pick<AgendaItem, 'id' | 'title' | 'publicTitle' | 'publicity'>[];
  nameOf: (personId: string) => string;
  language?: 'fi' | 'sv' | 'en';
}

const CONFIDENTIAL = { fi: 'Salassa pidettävä asia', sv: 'Sekretessbelagt ärende', en: 'Confidential item' };

/** The chapters (one per §) and speaker segments of a recording, as cues. */
export function meetingCues(
  events: readonly MeetingEvent[],
  options: MeetingTrackOptions,
): { chapters: Cue[]; speakers: Cue[] } {
  const lang = options.language ?? 'fi';
  const t0 = Date.parse(options.recordingStart);
  const endAll = options.recordingEnd ? (Date.parse(options.recordingEnd) - t0) / 1000 : undefined;
  // Instants outside the recording are clamped to it, so what happened before or after leaves empty cues (dropped).
  const rel = (at: string) => Math.min(endAll ?? Infinity, Math.max(0, (Date.parse(at) - t0) / 1000));
  const items = new Map(options.items.map((i) => [i.id, i]));
  const chapters: Cue[] = [];
  const speakers: Cue[] = [];
  const requested = new Map<string, { personId: string; kind: SpeechKind }>();
  const speaking = new Map<string, Cue>();
  let open: Cue | undefined;
  let last = 0;
  const closeChapter = (at: number) => {
    if (open) open.end = Math.max(open.start, at);
    open = undefined;
  };
  for (const e of events) {
    const at = rel(e.at);
    last = Math.max(last, at);
    switch (e.type) {
      case 'item-opened': {
        closeChapter(at);
        const item = items.get(e.payload.itemId);
        const name = !item
          ? CONFIDENTIAL[lang]
          : item.publicity.status === 'julkinen'
            ? (item.title[lang] ?? item.title.fi)
            : item.publicTitle
              ? (item.publicTitle[lang] ?? item.publicTitle.fi)
              : CONFIDENTIAL[lang];
        open = { id: `s${e.payload.sectionNumber}`, start: at, end: at, text: `§ ${e.payload.sectionNumber} ${name}` };
        chapters.push(open);
        break;
      }
      case 'item-closed':
        closeChapter(at);
        break;
      case 'speaker-requested':
        requested.set(e.payload.entryId, { personId: e.payload.personId, kind: e.payload.kind });
        break;
      case 'speaker-granted': {
        const r = requested.get(e.payload.entryId);
        if (!r) break;
        const name = options.nameOf(r.personId);
        const kind = r.kind === 'puheenvuoro' ? '' : ` (${speechKindLabels[r.kind][lang]})`;
        const cue: Cue = { start: at, end: at, text: `${name}${kind}`, voice: name };
        speaking.set(e.payload.entryId, cue);
        speakers.push(cue);
        break;
      }
      case 'speaker-ended': {
        const cue = speaking.get(e.payload.entryId);
        if (cue) cue.end = Math.max(cue.start, at);
        speaking.delete(e.payload.entryId);
        break;
      }
      case 'meeting-closed':
        closeChapter(at);
        break;
      default:
        break;
    }
  }
  const end = endAll ?? last;
  closeChapter(end);
  for (const cue of speaking.values()) cue.end = Math.max(cue.start, end);
  // A recording that starts after an item opened clips the chapter to 0; empty chapters are dropped.
  return { chapters: chapters.filter((c) => c.end > c.start), speakers: speakers.filter((c) => c.end > c.start) };
}

/** The chapters and speakers tracks of a recording as WebVTT files, for `<track kind="chapters">` and publication. */
export function meetingTracks(
  events: readonly MeetingEvent[],
  options: MeetingTrackOptions,
): { chapters: string; speakers: string } {
  const { chapters, speakers } = meetingCues(events, options);
  return { chapters: toWebVtt(chapters), speakers: toWebVtt(speakers) };
}
