/**
 * Tweb (KTweb) whole-meeting PDFs: the usual Tweb publication of a meeting's minutes or agenda as
 * one PDF (Nykarleby's, made with iText). Swedish and Finnish: the cover page (body, number, date,
 * time, place), the attendance list with [X] marks (KL 107 §: the minutes record who attended),
 * signatures and the checking of the minutes (KL 140 §), the table of contents, one § per page
 * group with its sections (Beredning / Förslag / Beslut, Valmistelija / Ehdotus / Päätös, Behandling
 * / Käsittely) and earlier handlings, and the appeal instructions (KL 134–141 §). Text that
 * extracts garbled from a broken font map is kept, with a warning that says so.
 */
import type { DocumentBuilder } from './builder.js';
import { emptyItem } from './builder.js';
import { garbledScore, isGarbled } from './garbled.js';
import { slug, warn } from './input.js';
import type {
  AgendaItem,
  Attendance,
  AttendanceRole,
  Handling,
  Meeting,
  Provenance,
  Section,
  SectionKind,
} from './model.js';
import { NameResolver } from './names.js';
import type { PdfLine } from './pdf.js';
import { readItemProceedings } from './item-proceedings.js';
import { makeDecision } from './sections.js';
import { helsinkiInstant, parseFinnishDate } from './time.js';

const prov = (file: string, sourceId?: string): Provenance => ({
  system: 'tweb',
  file,
  ...(sourceId ? { sourceId } : {}),
});

/** Levenshtein distance, for headings that a broken font map changed by a letter or two. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Does `text` read as one of `words`, allowing about one changed letter in four? */
function fuzzy(text: string, words: readonly string[], share = 4): boolean {
  const t = text
    .toLowerCase()
    .replace(/[^\p{L} ]+/gu, '')
    .trim();
  if (!t) return false;
  return words.some((w) => t === w || editDistance(t, w) <= Math.max(1, Math.floor(w.length / share)));
}

const DOC_KIND = /^(Protokoll|Föredragningslista|Pöytäkirja|Esityslista)$/iu;
const COVER = {
  body: ['organ', 'toimielin'],
  time: ['sammanträdestid', 'kokousaika', 'aika'],
  place: ['sammanträdesplats', 'kokouspaikka', 'paikka'],
  items: ['ärenden', 'asiat', 'käsitellyt asiat', 'ärenden som skall behandlas', 'käsiteltävät asiat'],
} as const;
const ATTENDANCE_START = ['beslutande', 'päättäjät', 'läsnä', 'närvarande'];
const GROUPS: [readonly string[], Attendance['group'] | 'deputy'][] = [
  [['ordinarie', 'varsinaiset', 'varsinaiset jäsenet', 'jäsenet', 'ledamöter'], 'member'],
  [['ersättare', 'varajäsenet', 'varajäsen', 'ersättarna'], 'deputy'],
  [['övriga närvarande', 'muut läsnäolijat', 'muut saapuvilla olleet', 'muut osallistujat', 'övriga'], 'other'],
];
const SIGNATURES = ['elektroniska underskrifter', 'underskrifter', 'allekirjoitukset', 'sähköiset allekirjoitukset'];
const CHECKING = [
  'elektronisk protokolljustering',
  'protokolljustering',
  'protokolljusterare',
  'pöytäkirjantarkastus',
  'sähköinen pöytäkirjantarkastus',
  'pöytäkirjan tarkastajat',
];
const APPEAL = /omprövning|besvär|oikaisuvaatimus|muutoksenhaku|valitusosoitus|besvärsförbud|valituskielto/iu;

/** Is this the text of a Tweb whole-meeting PDF (a cover page with the body and the meeting time)? */
export function isWholeMeetingPdf(lines: readonly PdfLine[]): boolean {
  const first = lines.filter((l) => l.page <= 3);
  const kind = first.some((l) => DOC_KIND.test(l.runs[0]?.s.trim() ?? ''));
  const body = first.some((l) => fuzzy(l.runs[0]?.s ?? '', COVER.body) && l.runs.length > 1);
  const paragraphHeader = lines.some((l) => l.runs.some((r) => /^\d+\s*§$/u.test(r.s.trim())));
  return kind && body && paragraphHeader;
}

interface Page {
  page: number;
  lines: PdfLine[];
  /** The § of the running header, if any. */
  section?: string;
  header: boolean;
}

const cellsOf = (l: PdfLine): string[] => {
  // Two columns on the cover (x ≈ 71 and ≈ 331).
  const cols: string[] = ['', ''];
  for (const r of l.runs) {
    const c = r.x < 300 ? 0 : 1;
    cols[c] = `${cols[c]} ${r.s}`.trim();
  }
  return cols.filter(Boolean);
};
const textOf = (l: PdfLine): string =>
  l.runs
    .map((r) => r.s)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "Haverinen Emilia" (Tweb prints the family name first) → "Emilia Haverinen". */
function givenFirst(name: string, known: ReadonlySet<string>): string {
  if (known.has(name)) return name;
  const words = name.split(/\s+/u);
  if (words.length < 2) return name;
  const swapped = [...words.slice(-1), ...words.slice(0, -1)].join(' ');
  return swapped;
}

/** Roles as Swedish and Finnish minutes write them (KL 107 §). */
function roleOfText(text: string, group: Attendance['group'] | 'deputy'): AttendanceRole {
  const t = text.toLowerCase();
  if (/\bvice ordförande\b|\bvarapuheenjohtaja\b|viceordförande/u.test(t)) return 'varapuheenjohtaja';
  if (/\bordförande\b|\bpuheenjohtaja\b/u.test(t)) return 'puheenjohtaja';
  if (/föredragande|esittelijä/u.test(t)) return 'esittelijä';
  if (/prot\.?\s*förare|protokollförare|sekreterare|sihteeri|pöytäkirjanpitäjä/u.test(t)) return 'sihteeri';
  if (/sakkunnig|asiantuntija/u.test(t)) return 'asiantuntija';
  if (group === 'deputy') return 'varajäsen';
  return group === 'member' ? 'jäsen' : 'muu';
}

interface Cover {
  kind?: 'minutes' | 'agenda';
  number?: string;
  year?: string;
  body?: string;
  time?: string;
  place?: string;
  items?: string;
}

function readCover(lines: readonly PdfLine[]): Cover {
  const cover: Cover = {};
  const best = new Map<keyof typeof COVER, { value: string; rank: number }>();
  // The table of contents repeats the cover's facts in a font that extracts cleanly: it wins.
  const tocPages = new Set(lines.filter((l) => /\.{4,}/u.test(textOf(l))).map((l) => l.page));
  for (const l of lines) {
    const head = l.runs[0]?.s.trim() ?? '';
    const rest = l.runs
      .slice(1)
      .map((r) => r.s)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (DOC_KIND.test(head)) {
      const m = /(\d+)\/(\d{4})/u.exec(rest);
      if (m && !cover.number) {
        cover.kind = /protokoll|pöytäkirja/iu.test(head) ? 'minutes' : 'agenda';
        cover.number = m[1] as string;
        cover.year = m[2] as string;
      }
      continue;
    }
    let label = head;
    let value = rest;
    // "Ärenden 10§–19§" in one run.
    const joined = /^(\p{L}+)\s+(\d.*)$/u.exec(head);
    if (!value && joined) {
      label = joined[1] as string;
      value = joined[2] as string;
    }
    if (!value) continue;
    // The nearest label ("Kokousaika" and "Kokouspaikka" are two letters apart).
    const norm = label
      .toLowerCase()
      .replace(/[^\p{L} ]+/gu, '')
      .trim();
    let key: keyof typeof COVER | undefined;
    let dist = 99;
    for (const k of Object.keys(COVER) as (keyof typeof COVER)[]) {
      if (!fuzzy(label, COVER[k])) continue;
      const d = Math.min(...COVER[k].map((w) => editDistance(norm, w)));
      if (d < dist) {
        dist = d;
        key = k;
      }
    }
    if (!key) continue;
    const rank = (tocPages.has(l.page) ? 0 : 100) + garbledScore(value);
    const old = best.get(key);
    if (old === undefined || rank < old.rank) best.set(key, { value, rank });
  }
  for (const [k, v] of best) cover[k] = v.value;
  return cover;
}

interface TocEntry {
  number: string;
  title: string;
  attachments: string[];
}

/** The table of contents: "16 § Sammanträdets laglighet … 1", "- Bil. …" lines for attachments. */
function readToc(lines: readonly PdfLine[]): Map<string, TocEntry> {
  const toc = new Map<string, TocEntry>();
  let last: TocEntry | undefined;
  let lastAttachment = -1;
  for (const l of lines) {
    const t = textOf(l);
    const dotted = /\.{4,}/u.test(t);
    const clean = t.replace(/\s*\.{3,}\s*\d*\s*$/u, '').trim();
    const m = /^(\d+)\s*§\s+(.+)$/u.exec(clean);
    if (m && dotted) {
      last = { number: m[1] as string, title: m[2] as string, attachments: [] };
      toc.set(last.number, last);
      lastAttachment = -1;
    } else if (last && /^-\s+/u.test(clean)) {
      last.attachments.push(clean.replace(/^-\s+/u, ''));
      lastAttachment = last.attachments.length - 1;
      if (!dotted) continue;
    } else if (last && lastAttachment >= 0 && dotted && l.runs[0] && l.runs[0].x > 65) {
      // The second line of a long attachment name.
      last.attachments[lastAttachment] = `${last.attachments[lastAttachment]} ${clean}`;
    } else if (dotted) last = undefined;
  }
  return toc;
}

/** What the cover says about who attended and who signed. */
interface CoverPeople {
  attendance: (Attendance & { present: boolean; written: string })[];
  signatures: { name: string; role?: string; signedOn?: string }[];
  checkers: { name: string; signedOn?: string }[];
  electronicallySigned: boolean;
  publication?: string;
  certifiedBy?: string;
}

function readPeople(lines: readonly PdfLine[], date: string): CoverPeople {
  const out: CoverPeople = { attendance: [], signatures: [], checkers: [], electronicallySigned: false };
  type Mode = 'none' | 'attendance' | 'signatures' | 'checking';
  let mode: Mode = 'none';
  const groups: (Attendance['group'] | 'deputy')[] = ['member', 'member'];
  const entries: { col: number; text: string; group: Attendance['group'] | 'deputy' }[] = [];
  const sigCells: { col: number; text: string }[][] = [];
  const footer: { name: string; date?: string }[] = [];
  for (const l of lines) {
    const t = textOf(l);
    // The electronic-signature footer at the page bottom: "Tobias Wik, 30.03.2023".
    if ((l.runs[0]?.x ?? 99) < 40 && l.y < 70) {
      if (/undertecknats elektroniskt|allekirjoitettu sähköisesti/iu.test(t)) out.electronicallySigned = true;
      else {
        const m = /^([^,]+),.*?(\d{1,2}\.\d{1,2}\.\d{4})\s*$/u.exec(t);
        if (m)
          footer.push({
            name: (m[1] as string).trim(),
            ...(parseFinnishDate(m[2] as string) ? { date: parseFinnishDate(m[2] as string) as string } : {}),
          });
      }
      continue;
    }
    const first = (l.runs[0]?.s ?? '').trim();
    if (fuzzy(first.split(/\s+/u)[0] ?? '', ATTENDANCE_START) && mode === 'none') {
      mode = 'attendance';
      continue;
    }
    if (fuzzy(t, SIGNATURES)) {
      mode = 'signatures';
      continue;
    }
    // The checking heading, also when a broken font map changed a third of its letters.
    if (fuzzy(t, CHECKING) || (mode === 'signatures' && l.runs.length === 1 && fuzzy(t, CHECKING, 3))) {
      mode = 'checking';
      sigCells.push([]);
      continue;
    }
    if (/^[_–-]{5,}$/u.test(t)) {
      if (mode === 'attendance') mode = 'none';
      continue;
    }
    const pub = /(publiceras|julkaistaan|nähtävänä).*?(\d{1,2}\.\d{1,2}\.\d{4})/iu.exec(t);
    if (pub) out.publication = parseFinnishDate(pub[2] as string);
    else if (/publiceras på|julkaistaan/iu.test(t)) out.publication = undefined;
    const certified = /^(Intygar|Vakuuttaa|Todistaa)\s*:/u.test(t);
    if (certified) out.certifiedBy = t.replace(/^[^:]+:\s*/u, '');
    const www = /^www\.\S+\s+(\d{1,2}\.\d{1,2}\.\d{4})/u.test(t);
    if (out.publication === undefined && www) out.publication = parseFinnishDate(t);
    // These statements end the signature block.
    if (pub || www || certified || /publiceras på|julkaistaan/iu.test(t)) {
      if (mode === 'signatures' || mode === 'checking') mode = 'none';
      continue;
    }
    if (mode === 'attendance') {
      cellsOf(l).forEach((cell, i) => {
        const col = l.runs.length && cellsOf(l).length === 1 ? ((l.runs[0]?.x ?? 0) < 300 ? 0 : 1) : i;
        const group = GROUPS.find(([words]) => fuzzy(cell, words));
        if (group) {
          if (col === 0) groups[1] = group[1];
          groups[col] = group[1];
          return;
        }
        entries.push({ col, text: cell, group: groups[col] ?? 'member' });
      });
    } else if (mode === 'signatures' || mode === 'checking') {
      const row = l.runs.map((r) => ({ col: r.x < 300 ? 0 : 1, text: r.s.trim() }));
      if (mode === 'signatures') sigCells.push(row);
      else
        (sigCells[sigCells.length - 1] as { col: number; text: string }[]).push(
          ...row.map((r) => ({ ...r, col: r.col + 10 })),
        );
    }
  }
  // Signatures: a row of names, then a row of their roles ("ordförande", "protokollförare").
  const names = new Set<string>();
  let pendingNames: { col: number; text: string }[] = [];
  for (const row of sigCells) {
    for (const c of row) {
      if (c.col >= 10) {
        out.checkers.push({ name: c.text });
        names.add(c.text);
      } else if (/^\p{Ll}/u.test(c.text)) {
        const n = pendingNames.find((p) => p.col === c.col);
        const s = out.signatures.find((x) => x.name === n?.text);
        if (s) s.role = c.text;
      } else {
        pendingNames = pendingNames.filter((p) => p.col !== c.col).concat(c);
        out.signatures.push({ name: c.text });
        names.add(c.text);
      }
    }
  }
  for (const f of footer) {
    const s = out.signatures.find((x) => x.name === f.name) ?? out.checkers.find((x) => x.name === f.name);
    if (s && f.date) s.signedOn = f.date;
  }
  for (const e of entries) {
    const m = /^\[\s*([Xx]?)\s*\]\s*(.*)$/u.exec(e.text);
    const present = m ? (m[1] as string) !== '' : true;
    const body = (m ? (m[2] as string) : e.text).trim();
    if (!body) continue;
    const [rawName = '', ...rest] = body.split(/\s*,\s*/u);
    const roleText = rest.join(', ');
    const name = givenFirst(rawName.trim(), names);
    const a: Attendance & { present: boolean; written: string } = {
      personId: `person-${slug(name)}`,
      name,
      role: roleOfText(roleText, e.group),
      group: e.group === 'other' ? 'other' : 'member',
      present,
      written: e.text,
    };
    if (roleText) a.roleText = roleText;
    // "klockan 16.00–16.50, §10–13": when an official was present, and for which §§.
    const times = [...roleText.matchAll(/(\d{1,2})[.:](\d{2})/gu)];
    if (times.length >= 1 && date) {
      const at = helsinkiInstant(date, Number(times[0]?.[1]), Number(times[0]?.[2]));
      if (at) a.arrivedAt = at;
      const until = times[1] ? helsinkiInstant(date, Number(times[1][1]), Number(times[1][2])) : undefined;
      if (until) a.leftAt = until;
    }
    const sections = /§\s*[\d–-]+(?:\s*[–-]\s*\d+)?|\d+\s*§/u.exec(roleText);
    if (sections) a.note = sections[0];
    out.attendance.push(a);
  }
  return out;
}

/** The section a caption opens ("Beredning:", "Stadsdirektör X:s förslag:", "Ungdomsfullmäktiges beslut:"). */
function captionKind(caption: string): SectionKind | 'earlier' | undefined {
  const c = caption.toLowerCase().replace(/[:\s]+$/u, '');
  const words = c.split(/\s+/u);
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  if (/^(tidigare|aiempi|aikaisempi)\b/u.test(c) && fuzzy(last, ['behandling', 'käsittely', 'käsittelyt']))
    return 'earlier';
  const table: [string[], SectionKind][] = [
    [['beredning', 'valmistelija', 'valmistelijat', 'valmistelu', 'lisätiedot'], 'preparers'],
    [['förslag', 'ehdotus', 'päätösehdotus', 'beslutsförslag', 'esitys'], 'draftDecision'],
    [['beslut', 'päätös'], 'decision'],
    [['behandling', 'käsittely'], 'proceedings'],
    [['bilaga', 'bilagor', 'liite', 'liitteet'], 'attachments'],
    [['delges', 'tiedoksi', 'kännedom'], 'inform'],
    [['jäv', 'esteellisyys'], 'disqualification'],
  ];
  for (const [keys, kind] of table) if (fuzzy(last, keys)) return kind;
  return undefined;
}

const HANDLING = /^(.{2,80}?)\s+([\d.]{3,12})\s*,\s*(\d+)\s*§/u;
const SEPARATOR = /^[_–—-]{4,}/u;
const CASE_REF = /^(?:Dnr\s+)?[A-ZÅÄÖ]{2,}\/\d+\/[\d.]+\/\d{4}$/u;

interface Handled {
  heading?: string;
  body?: string;
  date?: string;
  number?: string;
  sections: Section[];
  /** Proposer and presenter as the draft's caption names them ("Ordförande Emilia Haverinens förslag"). */
  presenter?: string;
  /** The preparer, on the caption's line ("Beredning: Ungdomsledare Katarina Östman"). */
  preparer?: string;
}

/**
 * Read one § from its pages: the heading, the register number, sections by caption, earlier
 * handlings ("Personalsektionen 22.10.2022, 55 §") before the present one.
 */
function readParagraph(
  lines: readonly PdfLine[],
  number: string,
  meetingDate: string,
): { title: string; caseRef?: string; current: Handled; earlier: Handled[]; history: string } {
  let title = '';
  let caseRef: string | undefined;
  const handlings: Handled[] = [];
  let cur: Handled = { sections: [] };
  let sawHandling = false;
  let section: Section | undefined;
  let listing = false;
  let history = '';
  let prev: PdfLine | undefined;
  let headingSeen = false;
  let titleNext = false;
  // A separator after a dated earlier handling closes it; text after it is the next handling.
  let closed = false;
  const append = (text: string, gap: number): void => {
    if (!text) return;
    if (!section) {
      section = { kind: 'background', title: 'Teksti', text: '' };
      cur.sections.push(section);
    }
    if (!section.text) section.text = text;
    else if (/\p{L}-$/u.test(section.text) && /^\p{Ll}/u.test(text)) section.text = section.text.slice(0, -1) + text;
    else section.text = `${section.text}${gap > 20 ? '\n\n' : ' '}${text}`;
  };
  for (const l of lines) {
    const gap = prev && prev.page === l.page ? prev.y - l.y : 0;
    prev = l;
    const t = textOf(l);
    const left = (l.runs[0]?.x ?? 0) < 110;
    const first = (l.runs[0]?.s ?? '').trim();
    if (!t) continue;
    if (SEPARATOR.test(first)) {
      section = undefined;
      if (cur.heading) closed = true;
      continue;
    }
    if (!caseRef && CASE_REF.test(t)) {
      caseRef = t.replace(/^Dnr\s+/u, '');
      continue;
    }
    // The § heading: "16 § Title", "17§ Title", or "188 §" with the title on the next line.
    const h = new RegExp(`^${number}\\s*§\\s*(.*)$`, 'u').exec(t);
    if (h && left && !HANDLING.test(t)) {
      if (!headingSeen) {
        headingSeen = true;
        title = (h[1] as string).trim();
        titleNext = !title;
      }
      continue;
    }
    if (titleNext) {
      title = t;
      titleNext = false;
      continue;
    }
    const hm = HANDLING.exec(t);
    const isHandling = !!hm && left && l.runs.length === 1;
    if (closed && !isHandling && l.label !== ATTACHMENT) {
      handlings.push(cur);
      cur = { sections: [] };
      section = undefined;
    }
    closed = false;
    if (hm && isHandling) {
      if (listing && gap < 20) {
        history = history ? `${history}\n${t}` : t;
        continue;
      }
      listing = false;
      if (sawHandling || cur.sections.length > 0) handlings.push(cur);
      sawHandling = true;
      const date = parseFinnishDate(hm[2] as string);
      cur = {
        heading: t,
        body: (hm[1] as string).trim(),
        number: hm[3] as string,
        sections: [],
        ...(date ? { date } : {}),
      };
      section = undefined;
      continue;
    }
    listing = false;
    if (left) {
      const colon = first.indexOf(':');
      const caption = colon > 0 && colon < 90 ? first.slice(0, colon) : first;
      const kind = captionKind(caption);
      const rest = (colon > 0 && colon < 90 ? first.slice(colon + 1) : '').trim();
      const tail = l.runs
        .slice(1)
        .map((r) => r.s)
        .join(' ')
        .trim();
      if (kind === 'earlier') {
        listing = true;
        section = undefined;
        continue;
      }
      if (kind || (colon > 0 && colon === first.length - 1 && first.length < 90)) {
        section = {
          kind: kind ?? 'notes',
          title: caption.trim(),
          text: [rest, tail].filter(Boolean).join(' '),
        };
        cur.sections.push(section);
        if (kind === 'preparers' && section.text) cur.preparer = section.text;
        if (kind === 'draftDecision') {
          // "Ordförande Emilia Haverinens förslag" → "Ordförande Emilia Haverinen".
          const who = caption
            .trim()
            .split(/\s+/u)
            .slice(0, -1)
            .join(' ')
            .replace(/(\p{L})s$/u, '$1')
            .replace(/(\p{L}):n$/u, '$1');
          if (who) cur.presenter = who;
        }
        continue;
      }
    }
    append(t, gap);
  }
  handlings.push(cur);
  // The present handling: the one dated the meeting's day with this §, else the last.
  let idx = handlings.findIndex((x) => x.date === meetingDate && x.number === number);
  // Else the last handling with this § (a handling heading may carry a wrong date), else the last.
  if (idx < 0) idx = handlings.map((x) => x.number).lastIndexOf(number);
  if (idx < 0) idx = handlings.length - 1;
  const current = handlings[idx] as Handled;
  const earlier = handlings.filter((_, i) => i !== idx && (handlings[i]?.sections.length ?? 0) > 0);
  return { title, ...(caseRef ? { caseRef } : {}), current, earlier, history };
}

/** Import one whole-meeting PDF into the builder. */
export function readWholeMeeting(b: DocumentBuilder, file: string, lines: readonly PdfLine[]): void {
  // Pages, with the § of their running header ("Protokoll 16 § 09.05.2023 Sida").
  const pages: Page[] = [];
  for (const l of lines) {
    let p = pages[pages.length - 1];
    if (!p || p.page !== l.page) {
      p = { page: l.page, lines: [], header: false };
      pages.push(p);
      const head = l.runs[0]?.s.trim() ?? '';
      if (DOC_KIND.test(head) && l.y > 700) {
        p.header = true;
        const sec = l.runs.find((r) => /^\d+\s*§$/u.test(r.s.trim()));
        if (sec) p.section = sec.s.replace(/\D/gu, '');
      }
    }
    p.lines.push(l);
  }
  const firstItemPage = pages.findIndex((p) => p.section !== undefined);
  const coverPages = pages.slice(0, firstItemPage < 0 ? pages.length : firstItemPage);
  const coverLines = coverPages.flatMap((p) => p.lines);
  const cover = readCover(coverLines);
  const toc = readToc(coverLines);
  const date = parseFinnishDate(cover.time ?? '') ?? '';
  const bodyName = (cover.body ?? '').trim();
  const language = /Protokoll|Föredragningslista/u.test(coverLines.map(textOf).join(' ')) ? 'sv' : 'fi';
  const bId = `tweb-${slug(bodyName || 'tuntematon')}`;
  const body = b.body(bId, bodyName, prov(file));
  if (language === 'sv' && bodyName) body.name.sv = bodyName;
  const year = cover.year ?? date.slice(0, 4);
  const meetingId = `tweb-${slug(bodyName || 'tuntematon')}-${year || 'x'}-${cover.number ?? slug(file)}`;
  const existing = b.meetings.get(meetingId);
  if (existing && existing.items.length > 0) {
    b.warnings.push(
      warn(
        'unplaced-text',
        file,
        meetingId,
        {
          fi: 'Saman kokouksen toinen PDF; sen teksti säilytettiin varoituksena.',
          en: 'A second PDF of the same meeting; its text is kept as a warning.',
        },
        { text: lines.map(textOf).join('\n') },
      ),
    );
    existing.files.push({ name: file, mediaType: 'application/pdf', provenance: prov(file) });
    return;
  }
  const meeting: Meeting = b.meeting(meetingId, () => ({
    id: meetingId,
    bodyId: bId,
    name: `${bodyName}: ${cover.number ?? ''}/${year}`,
    date,
    document: cover.kind ?? 'minutes',
    attendance: [],
    items: [],
    files: [],
    provenance: prov(file, cover.number ? `${cover.number}/${year}` : undefined),
  }));
  meeting.language = language;
  if (cover.number) meeting.number = `${cover.number}/${year}`;
  const clocks = [...(cover.time ?? '').replace(/\d{1,2}\.\d{1,2}\.\d{4}/u, '').matchAll(/(\d{1,2})[.:](\d{2})/gu)];
  if (date && clocks[0]) {
    const s = helsinkiInstant(date, Number(clocks[0][1]), Number(clocks[0][2]));
    if (s) meeting.start = s;
  }
  // The end time is on the first cover only ("16:15 – 17:22"); the table of contents gives the start.
  const times = coverLines
    .map(textOf)
    .map((t) => /(\d{1,2})[.:](\d{2})\s*[–-]\s*(\d{1,2})[.:](\d{2})/u.exec(t))
    .find(Boolean);
  if (date && times) {
    const e = helsinkiInstant(date, Number(times[3]), Number(times[4]));
    if (e) meeting.end = e;
  }
  if (cover.place) meeting.location = cover.place;
  const people = readPeople(coverPages[0]?.lines ?? [], date);
  for (const p of coverPages.slice(1)) {
    const more = readPeople(p.lines, date);
    if (more.publication) people.publication = more.publication;
    if (more.certifiedBy) people.certifiedBy = more.certifiedBy;
  }
  const absent: string[] = [];
  for (const a of people.attendance) {
    b.person(a.name, a.roleText);
    if (!a.present) {
      absent.push(a.written);
      continue;
    }
    const { present: _p, written: _w, ...rec } = a;
    void _p;
    void _w;
    meeting.attendance.push(rec);
  }
  if (absent.length > 0) meeting.absent = absent;
  if (people.signatures.length > 0) meeting.signatures = people.signatures;
  if (people.checkers.length > 0) meeting.checkers = people.checkers;
  if (people.publication) meeting.publishedOn = people.publication;
  if (people.certifiedBy) meeting.certifiedBy = people.certifiedBy;
  // Checked (justerat) when every checker has signed (KL 140 §: the checked minutes go online).
  if (meeting.document === 'minutes' && people.checkers.length > 0 && people.checkers.every((c) => c.signedOn))
    meeting.checked = true;
  meeting.files.push({ name: file, mediaType: 'application/pdf', provenance: prov(file) });

  const garbled = (location: string, text: string): void => {
    if (!isGarbled(text)) return;
    b.warnings.push(
      warn(
        'garbled-text',
        file,
        location,
        {
          fi: 'Teksti näyttää sotkeutuneen PDF:n fontin virheellisen merkistökartan (ToUnicode) vuoksi; se säilytettiin sellaisenaan.',
          en: 'The text looks garbled by a broken font map (ToUnicode) in the PDF; it is kept as extracted.',
        },
        { text },
      ),
    );
  };
  for (const [label, value] of Object.entries(cover))
    if (typeof value === 'string') garbled(`${meetingId} › ${label}`, value);

  // §§: page groups by the running header; pages without a § header after the first § are
  // attachments of the § before them, or the appeal instructions.
  const groups = new Map<string, PdfLine[]>();
  const order: string[] = [];
  const appeal: PdfLine[] = [];
  let lastSection: string | undefined;
  for (const p of pages.slice(firstItemPage < 0 ? pages.length : firstItemPage)) {
    const body = p.lines.filter((l) => !(p.header && l.y > 730));
    if (p.section) {
      lastSection = p.section;
      if (!groups.has(p.section)) {
        groups.set(p.section, []);
        order.push(p.section);
      }
      groups.get(p.section)?.push(...body);
    } else if (APPEAL.test(body.slice(0, 6).map(textOf).join(' ')) || appeal.length > 0) appeal.push(...body);
    else if (lastSection) {
      // An attachment printed into the minutes ("Bilaga Personalsektionen, 28.03.2023 § 23").
      const lines0 = body.map(textOf).filter(Boolean);
      const item = groups.get(lastSection);
      if (item && lines0.length) item.push(...markAttachment(body));
    }
  }
  const names = new NameResolver([...meeting.attendance.map((a) => a.name), ...people.signatures.map((s) => s.name)]);
  order.forEach((num, idx) => {
    const parsed = readParagraph(groups.get(num) ?? [], num, date);
    const entry = toc.get(num);
    const title = entry?.title ?? parsed.title;
    const itemId = `${meetingId}-${num}`;
    const item: AgendaItem = b.item(meeting, itemId, () => emptyItem(itemId, idx, title, prov(file, `${num} §`)));
    item.number = num;
    if (language === 'sv') item.title.sv = title;
    if (parsed.caseRef) item.caseRef = parsed.caseRef;
    if (parsed.title && entry && parsed.title !== entry.title)
      garbled(`${itemId} › title`, `${parsed.title}\n(${entry.title})`);
    item.sections = parsed.current.sections;
    if (parsed.history) item.sections.unshift({ kind: 'history', title: 'Tidigare behandling', text: parsed.history });
    if (parsed.current.presenter) item.presenter = parsed.current.presenter;
    if (parsed.current.preparer)
      item.preparers = parsed.current.preparer.split(/\s*,\s*|\s+(?:och|ja)\s+/u).filter(Boolean);
    for (const a of entry?.attachments ?? [])
      item.attachments.push({ name: a, mediaType: 'application/pdf', provenance: prov(file, `${num} §`) });
    item.history = parsed.earlier.map((h): Handling => {
      const handling: Handling = { text: h.heading ?? '', sections: h.sections };
      if (h.body) handling.body = h.body;
      if (h.date) handling.date = h.date;
      if (h.number) handling.number = h.number;
      const d = h.sections.find((s) => s.kind === 'decision');
      if (d?.text) handling.decision = makeDecision(d.text, [], []);
      return handling;
    });
    for (const s of item.sections) garbled(`${itemId} › ${s.title}`, s.text);
    item.history.forEach((h, i) => {
      for (const s of h.sections) garbled(`${itemId} › history[${i}] › ${s.title}`, s.text);
    });
    readItemProceedings(item, names, { kinds: ['proceedings', 'decision'], sentences: true, meeting });
  });
  if (appeal.length > 0) {
    const text = joinLines(appeal);
    meeting.appeal = text;
    garbled(`${meetingId} › appeal`, text);
  }
  // Every § the table of contents lists must have been read.
  for (const [num, e] of toc)
    if (!groups.has(num))
      b.warnings.push(
        warn(
          'unplaced-text',
          file,
          `${meetingId} › ${num} §`,
          {
            fi: 'Sisällysluettelon pykälää ei löytynyt PDF:n sivuilta.',
            en: 'A § of the table of contents was not found on the pages of the PDF.',
          },
          { text: `${num} § ${e.title}` },
        ),
      );
}

/** The label of the line that leads an attachment page (a mark, never extracted text). */
const ATTACHMENT = '\u0000attachment';

/** Lines of an attachment page, led by a caption line so that they become an attachments section. */
function markAttachment(lines: readonly PdfLine[]): PdfLine[] {
  const first = lines[0];
  if (!first) return [];
  const lead: PdfLine = {
    page: first.page,
    y: first.y + 30,
    label: ATTACHMENT,
    content: '',
    runs: [{ x: 71, s: 'Bilaga:' }],
  };
  // Body lines are moved right of the caption column so that none of them reads as a caption.
  return [lead, ...lines.map((l) => ({ ...l, runs: l.runs.map((r) => ({ ...r, x: Math.max(r.x, 135) })) }))];
}

function joinLines(lines: readonly PdfLine[]): string {
  let out = '';
  let prev: PdfLine | undefined;
  for (const l of lines) {
    const t = textOf(l);
    if (!t) continue;
    const gap = prev && prev.page === l.page ? prev.y - l.y : 99;
    out = out ? `${out}${gap > 20 ? '\n\n' : '\n'}${t}` : t;
    prev = l;
  }
  return out;
}
