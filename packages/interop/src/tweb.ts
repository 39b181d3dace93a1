import { selectAll } from 'css-select';
import { guardImportAsync, withDataset, type InteropImport } from './toDataset.js';
import type { Element } from 'domhandler';
import { getAttributeValue, getElementsByTagName, textContent } from 'domutils';
import { DocumentBuilder, emptyItem } from './builder.js';
import { parseDocument, squash } from './html.js';
import { baseName, decodePublished, isBytes, slug, toFileList, warn } from './input.js';
import type { AgendaItem, ImportInput, Meeting, Provenance, Section } from './model.js';
import { NameResolver } from './names.js';
import { HEADER_MIN_Y, PdfReader, type PdfLine } from './pdf.js';
import { isWholeMeetingPdf, readWholeMeeting } from './twebMeeting.js';
import { readItemProceedings } from './item-proceedings.js';
import { sectionKindOf } from './sections.js';
import { helsinkiInstant, parseClock, parseFinnishDate } from './time.js';

const prov = (file: string, sourceId?: string, url?: string): Provenance => ({
  system: 'tweb',
  file,
  ...(sourceId ? { sourceId } : {}),
  ...(url ? { url } : {}),
});

/**
 * Import a KTweb (Triplan Tweb) publication: the HTML meeting lists (`pk_kokl_tweb.htm`), item
 * lists (`pk_asil_tweb.htm` / `epj_asil_tweb.htm`), the search form with the list of bodies, and the
 * minutes PDFs (`ktproxy2.dll?doctype=3&docid=…`), read with pdfjs. Word files are listed as
 * warnings, not parsed.
 */
export function importTweb(files: ImportInput): Promise<InteropImport> {
  return guardImportAsync('tweb', () => readTweb(files));
}

async function readTweb(files: ImportInput): Promise<InteropImport> {
  const b = new DocumentBuilder('tweb');
  const pdfs: { name: string; bytes: Uint8Array }[] = [];
  const html: { name: string; text: string; kind: 'haku' | 'meetings' | 'items' }[] = [];
  for (const f of toFileList(files, b.warnings)) {
    const name = baseName(f.name);
    const bytes = typeof f.content === 'string' ? undefined : isBytes(f.content) ? f.content : undefined;
    if (bytes && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
      pdfs.push({ name: f.name, bytes });
      continue;
    }
    if (bytes && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      b.warnings.push(
        warn(
          'unparsed-file',
          f.name,
          '',
          {
            fi: `Word-asiakirjaa (.doc, ${bytes.length} tavua) ei jäsennetty; sen lukeminen vaatisi suuren riippuvuuden.`,
            en: `The Word document (.doc, ${bytes.length} bytes) was not parsed; reading it would need a large dependency.`,
          },
          { size: bytes.length },
        ),
      );
      continue;
    }
    const text = decodePublished(f.content, f.name, b.warnings);
    const kind = text ? htmlKind(text) : undefined;
    if (!text || !kind) {
      b.warnings.push(
        warn(
          'unrecognised-file',
          f.name,
          '',
          {
            fi: 'Tiedosto ei ole KTweb-julkaisun sivu eikä PDF; sitä ei luettu.',
            en: 'The file is neither a KTweb page nor a PDF; it was not read.',
          },
          { ...(bytes ? { size: bytes.length } : {}) },
        ),
      );
      continue;
    }
    html.push({ name: f.name, text, kind });
    void name;
  }
  const rank = { haku: 0, meetings: 1, items: 2 } as const;
  html.sort((x, y) => rank[x.kind] - rank[y.kind] || x.name.localeCompare(y.name));
  const docIndex = new Map<string, AgendaItem>();
  for (const h of html) {
    if (h.kind === 'haku') readBodies(b, h.name, h.text);
    else if (h.kind === 'meetings') readMeetingList(b, h.name, h.text);
    else readItemList(b, h.name, h.text, docIndex);
  }
  const reader = new PdfReader();
  try {
    for (const p of pdfs.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      let lines: PdfLine[];
      try {
        lines = (await reader.read(p.bytes)).lines;
      } catch (e) {
        b.warnings.push(
          warn(
            'unparsed-file',
            p.name,
            '',
            {
              fi: `PDF-tiedostoa ei voitu lukea: ${(e as Error).message}`,
              en: `The PDF could not be read: ${(e as Error).message}`,
            },
            { size: p.bytes.length },
          ),
        );
        continue;
      }
      // A whole meeting in one PDF (cover page, attendance, every §), or one item of a meeting list.
      if (isWholeMeetingPdf(lines)) readWholeMeeting(b, p.name, lines);
      else placePdf(b, p.name, lines, docIndex);
    }
  } finally {
    await reader.close();
  }
  return withDataset(b.build());
}

function htmlKind(text: string): 'haku' | 'meetings' | 'items' | undefined {
  if (!/ktweb|ktwebbin|Triplan/i.test(text)) return undefined;
  if (/pk_asil_tweb\.htm\?\+bid=|epj_asil_tweb\.htm\?\+bid=/i.test(text) && /colheaderPykala/i.test(text))
    return 'items';
  if (/class="colheaderPykala"/i.test(text)) return 'items';
  if (/<select[^>]*name="kirjaamo"/i.test(text)) return 'haku';
  if (/pk_asil_tweb\.htm\?\+bid=|epj_asil_tweb\.htm\?\+bid=/i.test(text)) return 'meetings';
  return undefined;
}

function bodyId(name: string): string {
  return `tweb-${slug(name)}`;
}

/** The search form lists the bodies in `<select name="kirjaamo">`. */
function readBodies(b: DocumentBuilder, file: string, text: string): void {
  const doc = parseDocument(text);
  for (const opt of selectAll('select[name=kirjaamo] option', doc) as unknown as Element[]) {
    const value = getAttributeValue(opt, 'value');
    const name = squash(textContent(opt));
    if (!value || !name) continue;
    b.body(bodyId(name), name, prov(file, value));
  }
}

/** "Kaupunginhallitus: 5/2017" → body and meeting number. */
function splitMeetingLabel(label: string): { body: string; number?: string } {
  const m = /^(.+?):\s*(\d+\/\d{4})\s*$/.exec(label);
  return m ? { body: (m[1] as string).trim(), number: m[2] as string } : { body: label.trim() };
}

function ensureMeeting(
  b: DocumentBuilder,
  file: string,
  bid: string,
  label: string,
  when: string,
  url?: string,
): Meeting {
  const { body, number } = splitMeetingLabel(label);
  const bId = bodyId(body);
  b.body(bId, body, prov(file));
  const date = parseFinnishDate(when) ?? '';
  const meeting = b.meeting(`tweb-${bid}`, () => ({
    id: `tweb-${bid}`,
    bodyId: bId,
    name: label,
    date,
    document: 'minutes',
    attendance: [],
    items: [],
    files: [],
    provenance: prov(file, bid, url),
  }));
  if (number) meeting.number = number;
  const clock = parseClock(when.replace(/^\S+\s*/, ''));
  if (clock && date) {
    const start = helsinkiInstant(date, clock.h, clock.m);
    if (start) meeting.start = start;
  }
  return meeting;
}

/** pk_kokl_tweb.htm: rows of (date and time → link with bid, "Body: n/yyyy"). */
function readMeetingList(b: DocumentBuilder, file: string, text: string): void {
  const doc = parseDocument(text);
  for (const tr of selectAll('tr.data0, tr.data1', doc) as unknown as Element[]) {
    const tds = tr.children.filter((c): c is Element => c.type === 'tag' && c.name === 'td');
    const a = getElementsByTagName('a', tr, true)[0];
    const href = a ? (getAttributeValue(a, 'href') ?? '') : '';
    const bid = /bid=(\d+)/.exec(href)?.[1];
    const when = squash(textContent(tds[0] ?? tr));
    const label = squash(textContent(tds[1] ?? tr));
    if (!bid || !label) {
      b.warnings.push(
        warn(
          'unplaced-text',
          file,
          'meetings',
          { fi: 'Kokousriviä ei voitu lukea.', en: 'A meeting row could not be read.' },
          { text: squash(textContent(tr)) },
        ),
      );
      continue;
    }
    const m = ensureMeeting(b, file, bid, label, when, href);
    m.document = /epj_/i.test(href) ? 'agenda' : 'minutes';
  }
}

/** pk_asil_tweb.htm: header "Body: n/yyyy · date time · Pöytäkirja", then rows of (§, title → PDF, attachments). */
function readItemList(b: DocumentBuilder, file: string, text: string, docIndex: Map<string, AgendaItem>): void {
  const doc = parseDocument(text);
  const header = (selectAll('td.header', doc) as unknown as Element[])
    .map((td) => td)
    .find((td) => /\d{1,2}\.\d{1,2}\.\d{4}/.test(textContent(td)));
  const parts: string[] = [];
  if (header) {
    let cur = '';
    for (const c of header.children) {
      if (c.type === 'tag' && c.name === 'br') {
        parts.push(squash(cur));
        cur = '';
      } else cur += textContent(c);
    }
    parts.push(squash(cur));
  }
  const bid = /bid=(\d+)/.exec(text)?.[1] ?? /(\d+)/.exec(baseName(file))?.[1] ?? slug(baseName(file));
  const meeting = ensureMeeting(b, file, bid, parts[0] ?? '', parts[1] ?? '');
  meeting.document = /esityslista/i.test(parts[2] ?? '') ? 'agenda' : 'minutes';
  meeting.provenance = prov(file, bid, meeting.provenance.url);
  let order = 0;
  for (const tr of selectAll('tr.data0, tr.data1', doc) as unknown as Element[]) {
    const tds = tr.children.filter((c): c is Element => c.type === 'tag' && c.name === 'td');
    const num = squash(textContent(tds[0] ?? tr));
    const link = getElementsByTagName('a', tds[1] ?? tr, true)[0];
    const title = squash(textContent(tds[1] ?? tr));
    const href = link ? (getAttributeValue(link, 'href') ?? '') : '';
    const docid = /docid=(\d+)/.exec(href)?.[1];
    if (!title) continue;
    const itemId = `tweb-${bid}-${docid ?? order}`;
    const item = b.item(meeting, itemId, () => emptyItem(itemId, order, title, prov(file, docid, href || undefined)));
    if (/^\d+$/.test(num)) item.number = num;
    const att = tds[2] ? getElementsByTagName('a', tds[2], true)[0] : undefined;
    if (att) {
      item.attachments.push({
        name: `Liitteet: ${squash(textContent(att))}`,
        url: getAttributeValue(att, 'href') as string,
        mediaType: 'text/html',
        provenance: prov(file, docid),
      });
    }
    if (docid) docIndex.set(docid, item);
    order++;
  }
  for (const a of selectAll('a', doc) as unknown as Element[]) {
    const t = squash(textContent(a));
    if (/^hae (esityslista|pöytäkirja)/i.test(t)) {
      meeting.files.push({
        name: t,
        url: getAttributeValue(a, 'href') as string,
        mediaType: 'text/html',
        provenance: prov(file, bid),
      });
    }
  }
}

const CAPTIONS =
  /^(Tiivistelmä|Esittelyteksti|Esittelijä|Päätösesitys|Päätös|Liitteet|Oheismateriaali|Käsittely|Valmistelijat|Dno|Päätöshistoria|Täytäntöönpanotiedot)$/u;

interface PdfItem {
  title: string;
  caseRef?: string;
  presenter?: string;
  preparers: string[];
  sections: Section[];
  history: string[];
}

/** Turn the caption/text lines of a KTweb item PDF into sections. */
export function pdfSections(lines: readonly PdfLine[]): PdfItem {
  const out: PdfItem = { title: '', preparers: [], sections: [], history: [] };
  const body = lines.filter((l) => l.y < HEADER_MIN_Y);
  const norm = (t: string): string =>
    t
      .replace(/(\p{L})-\s+(?!ja\b|tai\b)/gu, '$1')
      .replace(/\/\s*/gu, '/ ')
      .trim();
  const isCaption = (t: string): boolean => t === 'Dno' || CAPTIONS.test(t) || sectionKindOf(norm(t)) !== undefined;
  let current: Section | undefined;
  let label = '';
  let inLabel = false;
  let last: PdfLine | undefined;
  const open = (title: string, first: string): void => {
    const t = norm(title);
    current = { kind: sectionKindOf(t) ?? 'notes', title: t, text: first };
    out.sections.push(current);
  };
  const append = (text: string, gap: number): void => {
    if (!current) return open('Teksti', text);
    if (!text) return;
    if (current.text === '') current.text = text;
    // A word hyphenated at the end of a line continues on the next ("tilikau-" + "delta").
    else if (/\p{L}-$/u.test(current.text) && /^\p{Ll}/u.test(text) && !/^(ja|tai)\b/u.test(text))
      current.text = current.text.slice(0, -1) + text;
    else current.text = `${current.text}${gap > 20 ? '\n\n' : ' '}${text}`;
  };
  body.forEach((l, idx) => {
    const gap = last && last.page === l.page ? last.y - l.y : 0;
    const prev = last;
    last = l;
    if (!out.title && !l.label && l.content && out.sections.length === 0) {
      out.title = l.content;
      return;
    }
    if (l.label) {
      const next = body[idx + 1];
      const joinsNext =
        next && next.page === l.page && l.y - next.y < 16 && next.label && isCaption(`${l.label} ${next.label}`);
      const continues =
        inLabel &&
        prev &&
        prev.label &&
        prev.page === l.page &&
        prev.y - l.y < 16 &&
        (!isCaption(l.label) || (!isCaption(label) && isCaption(`${label} ${l.label}`)));
      if (continues && current) {
        label = `${label} ${l.label}`;
        current.title = norm(label);
        current.kind = sectionKindOf(current.title) ?? current.kind;
        append(l.content, 0);
        return;
      }
      if (isCaption(l.label) || joinsNext || /[-/]$/u.test(l.label)) {
        label = l.label;
        inLabel = true;
        open(label, l.content);
        return;
      }
      // A row label of a table inside the text (e.g. a budget table): text, not a caption.
      inLabel = false;
      append(`${l.label} ${l.content}`.trim(), gap);
      return;
    }
    inLabel = false;
    if (CAPTIONS.test(l.content)) {
      open(l.content, '');
      return;
    }
    append(l.content, gap);
  });
  // Fields with their own place in the model.
  for (const s of [...out.sections]) {
    if (s.title === 'Dno') {
      out.caseRef = s.text;
      s.kind = 'notes';
    }
    if (/^Esittelijä$/u.test(s.title)) {
      out.presenter = s.text;
      s.kind = 'notes';
    }
    if (s.kind === 'preparers')
      out.preparers = s.text
        .split(/,\s*|(?<!-)\s+ja\s+(?=\p{Ll})/u)
        .map((x) => x.replace(/\s+puh\.?.*$/u, '').trim())
        .filter(Boolean);
    if (s.kind === 'history')
      out.history =
        s.text === '-' ? [] : s.text.split(/\s+(?=\p{Lu}[\p{Ll}\s-]+(?:\d{1,2}\.\d{1,2}\.\d{4}))/u).filter(Boolean);
  }
  return out;
}

function placePdf(b: DocumentBuilder, file: string, lines: PdfLine[], docIndex: Map<string, AgendaItem>): void {
  const parsed = pdfSections(lines);
  const base = baseName(file);
  // KTweb serves an item as ktproxy2.dll?docid=N; saved files keep N as the start of the name.
  let item: AgendaItem | undefined;
  for (const [docid, it] of docIndex) if (base.startsWith(docid)) item = it;
  if (!item) {
    const norm = (s: string): string =>
      s
        .replace(/[\s–-]+/gu, ' ')
        .toLowerCase()
        .trim();
    item = [...docIndex.values()].find((it) => norm(it.title.fi) === norm(parsed.title));
  }
  let meeting: Meeting | undefined;
  if (!item) {
    meeting = b.meeting('tweb-unplaced', () => ({
      id: 'tweb-unplaced',
      bodyId: 'tweb-unknown',
      name: 'Kokous ei tiedossa',
      date: '',
      document: 'minutes',
      attendance: [],
      items: [],
      files: [],
      provenance: prov(file),
    }));
    b.body('tweb-unknown', '', prov(file));
    const id = `tweb-pdf-${slug(base)}`;
    item = b.item(meeting, id, () => emptyItem(id, meeting?.items.length ?? 0, parsed.title, prov(file)));
    b.warnings.push(
      warn(
        'unplaced-text',
        file,
        'meeting',
        {
          fi: 'PDF:n kokousta ei löytynyt annetuista listoista; asia on kokouksessa "tweb-unplaced".',
          en: 'The PDF’s meeting is not in the given lists; the item is kept under meeting "tweb-unplaced".',
        },
        { text: parsed.title },
      ),
    );
  }
  const owner = meeting ?? [...b.meetings.values()].find((m) => m.items.includes(item as AgendaItem));
  if (item.sections.length > 0) {
    // A second rendering of the same item (KTweb keeps an _O "original" next to the PDF).
    item.attachments.push({ name: `Toinen versio: ${base}`, mediaType: 'application/pdf', provenance: prov(file) });
    const same = item.sections.map((s) => s.text).join('\n') === parsed.sections.map((s) => s.text).join('\n');
    if (!same) {
      b.warnings.push(
        warn(
          'unplaced-text',
          file,
          item.id,
          {
            fi: 'Saman asian toinen PDF poikkeaa ensimmäisestä; sen teksti säilytettiin varoituksena.',
            en: 'A second PDF of the same item differs from the first; its text is kept as a warning.',
          },
          { text: parsed.sections.map((s) => `${s.title}: ${s.text}`).join('\n') },
        ),
      );
    }
    return;
  }
  if (!item.title.fi) item.title.fi = parsed.title;
  item.sections = parsed.sections;
  if (parsed.caseRef) item.caseRef = parsed.caseRef;
  if (parsed.presenter) item.presenter = parsed.presenter;
  item.preparers = parsed.preparers;
  item.history = parsed.history.map((text) => ({ text, sections: [] }));
  item.attachments.push({ name: base, mediaType: 'application/pdf', provenance: prov(file) });
  const names = new NameResolver([...b.persons.values()].map((p) => p.name));
  readItemProceedings(item, names, { kinds: ['proceedings', 'decision'], sentences: true, meeting: owner });
}
