import { selectAll } from 'css-select';
import { getAttributeValue, textContent, getElementsByTagName } from 'domutils';
import { guardImport, withDataset, type InteropImport } from './toDataset.js';
import type { Element } from 'domhandler';
import { DocumentBuilder, emptyItem } from './builder.js';
import { dataBlocks, parseDocument, squash, toBlocks, type TextBlock } from './html.js';
import { baseName, decodePublished, toFileList, warn } from './input.js';
import type { Attendance, Handling, ImportInput, Meeting, Provenance, Section } from './model.js';
import { NameResolver } from './names.js';
import { readItemProceedings } from './item-proceedings.js';
import { parseProceedings } from './proceedings.js';
import { makeDecision, roleOf, sectionKindOf } from './sections.js';
import { helsinkiInstant, parseClock, parseFinnishDate } from './time.js';

/**
 * Import Dynasty's static "kokous" HTML export (windows-1252): TELIMET.HTM (bodies),
 * TELIN-{id}.HTM (a body's meetings), {meetingId}.HTM (a meeting) and {meetingId}-{n}.HTM (an item).
 * Files are recognised by the class of their `<body>`, with the file name as a fallback.
 */
export function importDynasty(files: ImportInput): InteropImport {
  return guardImport('dynasty', () => readDynasty(files));
}

function readDynasty(files: ImportInput): InteropImport {
  const b = new DocumentBuilder('dynasty');
  const list = toFileList(files, b.warnings);
  const pages: { name: string; kind: PageKind; html: string }[] = [];
  for (const f of list) {
    const name = baseName(f.name);
    const decoded = decodePublished(f.content, f.name, b.warnings);
    const kind = decoded === undefined ? undefined : pageKind(name, decoded);
    // Dynasty 10 marks its data DATABEGIN / DATAEND; the static export DATA_BEGIN / DATA_END.
    const html = decoded
      ?.replace(/<!--\s*DATABEGIN\s*-->/g, '<!--DATA_BEGIN-->')
      .replace(/<!--\s*DATAEND\s*-->/g, '<!--DATA_END-->');
    if (html === undefined || kind === undefined) {
      b.warnings.push(
        warn(
          'unrecognised-file',
          f.name,
          '',
          {
            fi: 'Tiedosto ei ole Dynastyn kokousjulkaisun sivu; sitä ei luettu.',
            en: 'The file is not a page of a Dynasty meeting publication; it was not read.',
          },
          { size: sizeOf(f.content) },
        ),
      );
      continue;
    }
    pages.push({ name: f.name, kind, html });
  }
  // Lists first, so that meetings and items find their body; items last, so that they find attendance.
  const rank = { telimet: 0, frames: 0, telin: 1, meetings: 1, meeting: 2, item: 3 } as const;
  pages.sort((x, y) => rank[x.kind] - rank[y.kind] || x.name.localeCompare(y.name));
  for (const p of pages) {
    if (p.kind === 'telimet') readBodies(b, p.name, p.html);
    else if (p.kind === 'frames') readFrames(b, p.name, p.html);
    else if (p.kind === 'meetings') readFrames(b, p.name, p.html, dreqId(p.name, 'meetings'));
    else if (p.kind === 'telin') readBodyMeetings(b, p.name, p.html);
    else if (p.kind === 'meeting') readMeeting(b, p.name, p.html);
    else readItem(b, p.name, p.html);
  }
  return withDataset(b.build());
}

function sizeOf(content: unknown): number | undefined {
  if (typeof content === 'string') return new TextEncoder().encode(content).length;
  if (content instanceof Uint8Array) return content.length;
  return undefined;
}

type PageKind = 'telimet' | 'telin' | 'meeting' | 'item' | 'frames' | 'meetings';

/**
 * The `page` and `id` of a saved Dynasty 10 page from its name, however it was saved:
 * `DREQUEST.PHP?page=meetingitem&id=2023277-5`, `DREQUEST.PHP_page=meetingitem_id=2023277-5.html` …
 */
function dreqName(name: string): { page?: string; id?: string } {
  const page = /page[=_-](meeting_frames|meetingitem|meetings|meeting)(?![a-z])/i.exec(name)?.[1]?.toLowerCase();
  const id = /(?:^|[?&_;])id[=_-]([\d-]+)/i.exec(name)?.[1];
  return { ...(page ? { page } : {}), ...(id ? { id } : {}) };
}

function dreqId(name: string, page: string): string | undefined {
  const d = dreqName(name);
  return d.page === page ? d.id : undefined;
}

const DREQ = (page: string): RegExp => new RegExp(`DREQUEST\\.PHP\\?page=${page}&(?:amp;)?id=([\\d-]+)`, 'gi');

/**
 * Dynasty 10's `cgi/DREQUEST.PHP` pages (what Espoo, Kokkola, Paimio and others publish today): from
 * the name when it says (`page=…`), else from the links the page holds — an item page has the
 * "Kokousasia PDF-muodossa" and appeal links around its DATABEGIN/DATAEND data, a meeting page
 * links its items (`page=meetingitem&id=M-n`), a body's page and the body list link meetings
 * (`page=meeting&id=M`), the body list several bodies (`page=meetings&id=B`).
 */
function dynasty10Kind(name: string, html: string): PageKind | undefined {
  if (!/<a\s[^>]*href=/i.test(html)) return undefined;
  const page = dreqName(name).page;
  if (page === 'meeting_frames') return 'frames';
  if (page === 'meetings') return 'meetings';
  if (page === 'meeting') return 'meeting';
  if (page === 'meetingitem') return 'item';
  if (!/DREQUEST\.PHP/i.test(html)) return undefined;
  const count = (re: RegExp): number => new Set([...html.matchAll(re)].map((m) => m[1])).size;
  if (
    /<!--\s*DATABEGIN\s*-->/i.test(html) &&
    /Kokousasia(?:&nbsp;|\s)PDF-muodossa|Muutoksenhakuohje|caption navigation/i.test(html)
  )
    return 'item';
  if (count(DREQ('meetingitem')) > 0) return 'meeting';
  const bodies = count(DREQ('meetings'));
  if (bodies > 1) return 'frames';
  if (count(DREQ('meeting')) > 0) return 'meetings';
  return undefined;
}

function pageKind(name: string, html: string): PageKind | undefined {
  const d10 = dynasty10Kind(name, html);
  if (d10) return d10;
  const cls = /<body[^>]*class="([^"]*)"/i.exec(html)?.[1] ?? '';
  if (cls === 'bodyTelimet') return 'telimet';
  if (cls === 'bodyTelin') return 'telin';
  if (cls === 'bodyKokous') return 'meeting';
  if (cls === 'bodyKokousasia') return 'item';
  if (!/<html/i.test(html)) return undefined;
  if (/^TELIMET\.HTM$/i.test(name)) return 'telimet';
  if (/^TELIN-\d+\.HTM$/i.test(name)) return 'telin';
  if (/^\d+-\d+\.HTM$/i.test(name)) return 'item';
  if (/^\d+\.HTM$/i.test(name)) return 'meeting';
  return undefined;
}

const prov = (file: string, sourceId?: string, url?: string): Provenance => {
  const p: Provenance = { system: 'dynasty', file };
  if (sourceId) p.sourceId = sourceId;
  if (url) p.url = url;
  return p;
};

function decodeEntities(text: string): string {
  return squash(textContent(parseDocument(text)));
}

/** TELIMET.HTM: one record per body, marked `<!--TIETUE:TELIN-id-->` `<!--name-->`. */
function readBodies(b: DocumentBuilder, file: string, html: string): void {
  const re = /<!--TIETUE:(TELIN-\d+)-->\s*<!--([^>]*?)-->([\s\S]*?)<!--TIETUE-->/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(html))) {
    n++;
    const id = m[1] as string;
    const url = /href="([^"]*TELIN-\d+\.HTM)"/i.exec(m[3] as string)?.[1];
    b.body(`dynasty-${id}`, decodeEntities(m[2] as string), prov(file, id, url));
  }
  if (n === 0) unplacedPage(b, file, html, 'TELIMET');
}

function bodyFromLinks(b: DocumentBuilder, file: string, html: string): string | undefined {
  const m = /<a href="([^"]*\/(TELIN-\d+)\.HTM)">([^<]*)<\/a>/i.exec(html);
  if (m) {
    const id = `dynasty-${m[2] as string}`;
    b.body(id, decodeEntities(m[3] as string), prov(file, m[2], m[1]));
    return id;
  }
  // Dynasty 10: the body's meeting list, `DREQUEST.PHP?page=meetings&id=B` (the same ids as TELIN-B).
  const d = /<a[^>]*href=["']([^"']*DREQUEST\.PHP\?page=meetings&(?:amp;)?id=(\d+)[^"']*)["'][^>]*>([^<]*)<\/a>/i.exec(
    html,
  );
  if (!d) return undefined;
  const id = `dynasty-TELIN-${d[2] as string}`;
  b.body(id, decodeEntities(d[3] as string), prov(file, `TELIN-${d[2] as string}`, decodeEntities(d[1] as string)));
  return id;
}

/**
 * Dynasty 10's body list (`page=meeting_frames`) and a body's meetings (`page=meetings&id=B`): rows
 * with the body (`page=meetings&id=B`), the date and the meeting (`page=meeting&id=M`, "Esityslista"
 * or "Pöytäkirja"). The same records as TELIMET.HTM and TELIN-B.HTM.
 */
function readFrames(b: DocumentBuilder, file: string, html: string, ownBody?: string): void {
  const doc = parseDocument(html);
  let n = 0;
  let ownName = '';
  if (ownBody) {
    // The page's heading names the body ("Kokouslistat: Tekninen lautakunta" or the body alone).
    const h = (selectAll('h1, h2, h3, .title, .otsikko', doc) as unknown as Element[])
      .map((e) => squash(textContent(e)))
      .find(Boolean);
    ownName = h?.replace(/^(Kokouslistat|Kokoukset)\s*:?\s*/u, '') ?? '';
    b.body(`dynasty-TELIN-${ownBody}`, ownName, prov(file, `TELIN-${ownBody}`));
  }
  for (const tr of selectAll('tr', doc) as unknown as Element[]) {
    if (getElementsByTagName('tr', tr.children, true).length > 0) continue;
    const links = getElementsByTagName('a', tr, true).map((a) => ({
      href: decodeEntities(getAttributeValue(a, 'href') ?? ''),
      text: squash(textContent(a)),
      cls: getAttributeValue(a, 'class') ?? '',
      html: a,
    }));
    const bodyLink = links.find((l) => /page=meetings&id=\d+/i.test(l.href));
    const meetingLinks = links.filter((l) => /page=meeting&id=\d+/i.test(l.href));
    const bodyNum = bodyLink ? /id=(\d+)/.exec(bodyLink.href)?.[1] : ownBody;
    if (bodyLink && bodyNum)
      b.body(`dynasty-TELIN-${bodyNum}`, bodyLink.text, prov(file, `TELIN-${bodyNum}`, bodyLink.href));
    const rowText = squash(textContent(tr));
    if (meetingLinks.length === 0) {
      if (!bodyLink && rowText && !/^(toimielin|päivämäärä|kokous|asiakirja)/iu.test(rowText))
        b.warnings.push(
          warn(
            'unplaced-text',
            file,
            'meetings',
            { fi: 'Riviä ei voitu sijoittaa.', en: 'A row could not be placed.' },
            { text: rowText },
          ),
        );
      continue;
    }
    const date = parseFinnishDate(rowText) ?? '';
    const bodyId = bodyNum ? `dynasty-TELIN-${bodyNum}` : 'dynasty-unknown';
    const bodyName = bodyLink?.text ?? ownName;
    for (const l of meetingLinks) {
      const sourceId = /id=(\d+)/.exec(l.href)?.[1] as string;
      n++;
      const id = `dynasty-${sourceId}`;
      const meeting = b.meeting(id, () => newMeeting(id, bodyId, date, file, sourceId, l.href));
      if (!meeting.date && date) meeting.date = date;
      if (meeting.bodyId === 'dynasty-unknown') meeting.bodyId = bodyId;
      // A row may link both the agenda and the minutes; the minutes win.
      const minutes = /pöytäkirja|protocol/iu.test(`${l.text} ${l.cls} ${getAttributeValue(l.html, 'title') ?? ''}`);
      if (minutes) meeting.document = 'minutes';
      else if (
        /esityslista/iu.test(l.text) &&
        meeting.items.length === 0 &&
        !meetingLinks.some((x) => /pöytäkirja/iu.test(x.text))
      )
        meeting.document = 'agenda';
      if (!meeting.name) meeting.name = `${bodyName} ${meeting.date}`.trim();
    }
  }
  if (n === 0) unplacedPage(b, file, html, ownBody ? 'meetings' : 'meeting_frames');
}

function newMeeting(id: string, bodyId: string, date: string, file: string, sourceId: string, url?: string): Meeting {
  return {
    id,
    bodyId,
    name: '',
    date,
    document: 'minutes',
    attendance: [],
    items: [],
    files: [],
    provenance: prov(file, sourceId, url),
  };
}

/** TELIN-{id}.HTM: the meetings of a body, each `<!--TIETUE:id--><!--date--><!--file--><!--n-->`. */
function readBodyMeetings(b: DocumentBuilder, file: string, html: string): void {
  const own = /^TELIN-\d+/i.exec(baseName(file))?.[0];
  const title = toBlocks(parseDocument(html)).find((x) => x.markers.includes('RSPEAK_START'));
  const bodyName = title?.text.replace(/^Kokouslistat\s*/u, '') ?? '';
  const bodyId = own ? `dynasty-${own.toUpperCase()}` : (bodyFromLinks(b, file, html) ?? 'dynasty-unknown');
  b.body(bodyId, bodyName, prov(file, own));
  const re =
    /<!--TIETUE:(\d+)-->\s*<!--(\d{4}-\d{2}-\d{2})-->\s*<!--([^>]*)-->\s*<!--([^>]*)-->([\s\S]*?)<!--TIETUE-->/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(html))) {
    n++;
    const sourceId = m[1] as string;
    const link = /<a href="([^"]*)">([^<]*)<\/a>/i.exec(m[5] as string);
    const meeting = b.meeting(`dynasty-${sourceId}`, () =>
      newMeeting(`dynasty-${sourceId}`, bodyId, m?.[2] as string, file, sourceId, link?.[1]),
    );
    const label = decodeEntities(link?.[2] ?? '');
    meeting.document = /esityslista/i.test(label) ? 'agenda' : 'minutes';
    if (!meeting.name) meeting.name = `${bodyName} ${meeting.date}`;
  }
  if (n === 0) unplacedPage(b, file, html, 'TELIN');
}

function unplacedPage(b: DocumentBuilder, file: string, html: string, location: string): void {
  const text = dataBlocks(toBlocks(parseDocument(html)))
    .map((x) => x.text)
    .join('\n');
  if (text.trim()) {
    b.warnings.push(
      warn(
        'unplaced-text',
        file,
        location,
        {
          fi: 'Sivulta ei löytynyt tunnettuja tietueita; teksti säilytettiin varoituksena.',
          en: 'No known records found on the page; its text is kept as a warning.',
        },
        { text },
      ),
    );
  }
}

/** "Kaupunginhallitus<br>Pöytäkirja 08.05.2017 klo 15:30 / Tarkastettu" */
function readHeader(blocks: TextBlock[]): {
  body?: string;
  kind?: 'agenda' | 'minutes';
  date?: string;
  clock?: { h: number; m: number };
  checked: boolean;
  paragraph?: string;
} {
  const i = blocks.findIndex((x) => x.markers.includes('RSPEAK_START'));
  const first = blocks[i];
  const second = blocks[i + 1];
  if (i < 0 || !first) return { checked: false };
  const line = second && !second.markers.includes('RSPEAK_STOP') ? second.text : first.text;
  const out: ReturnType<typeof readHeader> = { body: first.text, checked: /tarkastettu/i.test(line) };
  if (/esityslista/i.test(line)) out.kind = 'agenda';
  else if (/pöytäkirja/i.test(line)) out.kind = 'minutes';
  const date = parseFinnishDate(line);
  if (date) out.date = date;
  const clock = /klo\s+(\d{1,2}[.:]\d{2})/.exec(line);
  if (clock?.[1]) {
    const c = parseClock(clock[1]);
    if (c) out.clock = c;
  }
  const para = /Pykälä\s+(\d+)/.exec(line)?.[1];
  if (para) out.paragraph = para;
  return out;
}

function cells(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
}

/** A meeting page: header, item list, appeal instructions and attendance. */
function readMeeting(b: DocumentBuilder, file: string, html: string): void {
  const fromLinks = /DREQUEST\.PHP\?page=meetingitem&(?:amp;)?id=(\d+)-\d+/i.exec(html)?.[1];
  const sourceId =
    dreqId(file, 'meeting') ??
    (dreqName(file).page ? fromLinks : undefined) ??
    /^(\d+)/.exec(baseName(file))?.[1] ??
    fromLinks ??
    baseName(file);
  const blocks = toBlocks(parseDocument(html));
  const header = readHeader(blocks);
  const begin = html.indexOf('<!--DATA_BEGIN-->');
  const end = html.indexOf('<!--DATA_END-->');
  const doc = parseDocument(begin >= 0 ? html.slice(begin, end > begin ? end : undefined) : html);
  const linked = bodyFromLinks(b, file, html);
  const bodyId = linked ?? 'dynasty-unknown';
  const id = `dynasty-${sourceId}`;
  const meeting = b.meeting(id, () => newMeeting(id, bodyId, header.date ?? '', file, sourceId));
  // A Dynasty 10 meeting page may not link its body; the body list already placed the meeting.
  if (linked || meeting.bodyId === 'dynasty-unknown') meeting.bodyId = bodyId;
  meeting.provenance = prov(file, sourceId, meeting.provenance.url);
  if (header.date) meeting.date = header.date;
  if (header.kind) meeting.document = header.kind;
  meeting.checked = header.checked;
  if (header.body || !meeting.name) meeting.name = `${header.body ?? ''} ${meeting.date}`.trim();
  if (header.clock && meeting.date) {
    const start = helsinkiInstant(meeting.date, header.clock.h, header.clock.m);
    if (start) meeting.start = start;
  }
  let mode = '';
  const attendance: Attendance[] = [];
  for (const tr of selectAll('tr', doc) as unknown as Element[]) {
    if (getElementsByTagName('tr', tr.children, true).length > 0) continue; // outer layout rows
    const tds = cells(tr);
    const texts = tds.map((td) => squash(textContent(td)));
    if (tds.some((td) => /tcHea/.test(getAttributeValue(td, 'class') ?? ''))) {
      const joined = texts.filter(Boolean).join(' ');
      if (joined) mode = /muutoksenhaku/i.test(joined) ? 'appeal' : /^pykälä/i.test(joined) ? 'items' : joined;
      const pdf = tds
        .flatMap((td) => getElementsByTagName('a', td, true))
        .find((a) => /\.PDF$/i.test(getAttributeValue(a, 'href') ?? ''));
      if (pdf) {
        meeting.files.push({
          name: squash(textContent(pdf)),
          url: getAttributeValue(pdf, 'href') as string,
          mediaType: 'application/pdf',
          provenance: prov(file, sourceId),
        });
      }
      continue;
    }
    if (texts.every((t) => !t)) continue;
    const link = tds.flatMap((td) => getElementsByTagName('a', td, true))[0];
    const href = link ? (getAttributeValue(link, 'href') ?? '') : '';
    const itemLink = /page=meetingitem&(?:amp;)?id=\d+-\d+/i.test(href);
    if ((mode === 'items' || itemLink) && link) {
      const n = /\/(\d+)-(\d+)\.HTM$/i.exec(href) ?? /page=meetingitem&(?:amp;)?id=(\d+)-(\d+)/i.exec(href);
      if (n) {
        const itemId = `dynasty-${n[1] as string}-${n[2] as string}`;
        const item = b.item(meeting, itemId, () =>
          emptyItem(itemId, Number(n[2]) - 1, '', prov(file, `${n[1]}-${n[2]}`, href)),
        );
        item.title.fi = squash(textContent(link));
        const num = texts[0]?.replace(/\D/g, '');
        if (num) item.number = num;
        item.provenance.url = href;
        continue;
      }
    }
    if (mode === 'appeal' && link) {
      meeting.files.push({
        name: `${squash(textContent(link))} (§ ${texts[0] ?? ''})`,
        url: href,
        mediaType: 'application/pdf',
        provenance: prov(file, sourceId),
      });
      continue;
    }
    if (/saapuvilla/i.test(mode) || /läsnä/i.test(mode)) {
      const member = /jäsenet/i.test(mode);
      const a = attendanceOf(meeting.date, texts.filter(Boolean), member);
      if (a) {
        b.person(a.name, a.roleText);
        attendance.push(a);
        continue;
      }
    }
    b.warnings.push(
      warn(
        'unplaced-text',
        file,
        mode || 'meeting',
        {
          fi: 'Kokoussivun riviä ei voitu sijoittaa.',
          en: 'A row of the meeting page could not be placed.',
        },
        { text: texts.join(' | ') },
      ),
    );
  }
  if (attendance.length > 0) meeting.attendance = attendance;
}

/** "Pia Kauma, saapui klo 16.53 § 146 käsittelyn aikana" or ["Mari Immonen", "kaupunginsihteeri, poistui klo 17.40"]. */
export function attendanceOf(date: string, texts: string[], member: boolean): Attendance | undefined {
  const parts = texts
    .join(', ')
    .split(/\s*,\s*/u)
    .filter(Boolean);
  const name = parts.shift();
  if (!name || !/^\p{Lu}/u.test(name)) return undefined;
  const a: Attendance = { personId: '', name, role: member ? 'jäsen' : 'muu', group: member ? 'member' : 'other' };
  const titles: string[] = [];
  const notes: string[] = [];
  for (const part of parts) {
    const arrived = /saapui/i.test(part);
    const left = /poistui|poissa/i.test(part);
    if (arrived || left) {
      const c = parseClock(part);
      const at = c && date ? helsinkiInstant(date, c.h, c.m) : undefined;
      if (at && arrived) a.arrivedAt = at;
      if (at && left) a.leftAt = at;
      notes.push(part);
      continue;
    }
    const role = roleOf(part, member);
    if (role !== 'jäsen' && role !== 'muu') a.role = role;
    titles.push(part);
  }
  if (titles.length) a.roleText = titles.join(', ');
  if (notes.length) a.note = notes.join('; ');
  a.personId = `person-${slugName(name)}`;
  return a;
}

function slugName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const BOILERPLATE = /^(Edellinen asia|Seuraava asia|Edellinen asia \| Seuraava asia|Kokousasia PDF-muodossa)$/u;

/** An item page: header lines, then the titled sections; sections after "Päätöshistoria" are earlier handlings. */
function readItem(b: DocumentBuilder, file: string, html0: string): void {
  // Dynasty 10's navigation table (previous / next item, appeal instructions, the item as PDF) is
  // not text of the item: its two document links are kept as attachments, the rest is dropped.
  const nav = /<table[^>]*class=["'][^"']*\bnavigation\b[^"']*["'][^>]*>[\s\S]*?<\/table>/gi;
  const navLinks = [...html0.matchAll(nav)].flatMap((m) =>
    [...m[0].matchAll(/<a[^>]*href=["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi)]
      .map((a) => ({ href: decodeEntities(a[1] as string), text: decodeEntities(a[2] as string) }))
      .filter((a) => /PDF-muodossa|Muutoksenhaku/iu.test(a.text) && a.href !== '#'),
  );
  const html = html0.replace(nav, '');
  const name = baseName(file);
  // Static export: "{meeting}-{n}.HTM"; Dynasty 10: "page=meetingitem&id={meeting}-{n}", else the
  // item's own PDF link ("Kokousasia PDF-muodossa": kokous/{meeting}-{n}.PDF).
  const d10 = dreqId(file, 'meetingitem');
  const ids =
    (d10 ? /^(\d+)-(\d+)$/.exec(d10) : null) ??
    (dreqName(file).page ? null : /^(\d+)-(\d+)/.exec(name)) ??
    /kokous\/(\d+)-(\d+)\.PDF/i.exec(html0);
  const doc = parseDocument(html);
  const all = toBlocks(doc);
  const header = readHeader(all);
  const meetingLink =
    /<a href="([^"]*\/(\d+)\.HTM)">([^<]*)<\/a>/i.exec(html) ??
    /<a[^>]*href=["']([^"']*DREQUEST\.PHP\?page=meeting&(?:amp;)?id=(\d+)[^"']*)["'][^>]*>([^<]*)<\/a>/i.exec(html);
  const meetingSource = ids?.[1] ?? meetingLink?.[2] ?? name;
  const itemSource = ids ? `${ids[1]}-${ids[2]}` : name;
  const bodyId = bodyFromLinks(b, file, html) ?? 'dynasty-unknown';
  const meetingId = `dynasty-${meetingSource}`;
  const meeting = b.meeting(meetingId, () => {
    const m = newMeeting(meetingId, bodyId, header.date ?? '', file, meetingSource, meetingLink?.[1]);
    m.name = `${header.body ?? ''} ${header.date ?? ''}`.trim();
    if (header.kind) m.document = header.kind;
    return m;
  });
  const itemId = `dynasty-${itemSource}`;
  const item = b.item(meeting, itemId, () =>
    emptyItem(itemId, ids ? Number(ids[2]) - 1 : meeting.items.length, '', prov(file, itemSource)),
  );
  item.provenance = { ...prov(file, itemSource), ...(item.provenance.url ? { url: item.provenance.url } : {}) };
  if (header.paragraph) item.number = header.paragraph;
  for (const l of navLinks)
    if (!item.attachments.some((a) => a.url === l.href))
      item.attachments.push({
        name: l.text,
        url: l.href,
        mediaType: /\.PDF$/i.test(l.href) ? 'application/pdf' : 'text/html',
        provenance: prov(file, itemSource),
      });

  const blocks = dataBlocks(all).filter((x) => !BOILERPLATE.test(x.text));
  // Header: attachments list, register number, classification, earlier references, § and title.
  let i = 0;
  const refs: string[] = [];
  let inAttachments = false;
  for (; i < blocks.length; i++) {
    const x = blocks[i] as TextBlock;
    if ((x.lead && sectionKindOf(x.lead) && x.lead !== 'Liitteet') || /^Valmistelij/u.test(x.text)) break;
    if (x.text === 'Liitteet' && i < 3) {
      inAttachments = true;
      continue;
    }
    const pdf = x.links.find((l) => /\.PDF$/i.test(l.href));
    if (inAttachments && pdf) {
      item.attachments.push({
        name: x.text,
        url: pdf.href,
        mediaType: 'application/pdf',
        provenance: prov(file, itemSource),
      });
      continue;
    }
    inAttachments = false;
    if (/^\d+\/\d{4}$/.test(x.text) || /^[A-ZÅÄÖ]{2,10}[/ -]\d+[/ -]/.test(x.text)) item.caseRef = x.text;
    else if (/^\d{2}(\.\d{2}){1,5}$/.test(x.text)) item.classification = x.text;
    else if (/^§\s*\d+$/.test(x.text)) item.number = x.text.replace(/\D/g, '');
    else if (item.number && !item.title.fi) item.title.fi = x.text;
    else if (item.number && item.title.fi && blocks[i - 1]?.text.startsWith('§')) item.title.fi = x.text;
    else refs.push(x.text);
  }
  // The title line may have been taken from the meeting list already; the page's own line wins.
  if (refs.length) item.sections.push({ kind: 'notes', title: 'Viittaukset', text: refs.join('\n') });

  // Sections.
  let target: { sections: Section[] } = item;
  let current: Section | undefined;
  let handling: Handling | undefined;
  const open = (kind: Section['kind'], title: string, first: string): void => {
    current = { kind, title, text: first };
    target.sections.push(current);
  };
  for (; i < blocks.length; i++) {
    const x = blocks[i] as TextBlock;
    const headingKind = x.lead ? sectionKindOf(x.lead) : undefined;
    if (/^Valmistelij/u.test(x.text)) {
      open('preparers', x.text.replace(/:$/, ''), '');
      continue;
    }
    if (x.lead && headingKind) {
      const rest = squash(x.text.slice(x.text.indexOf(x.lead) + x.lead.length));
      if (headingKind === 'history') {
        handling = { text: '', sections: [] };
        item.history.push(handling);
        target = handling;
        current = undefined;
        continue;
      }
      open(headingKind, x.lead.replace(/:$/, ''), rest);
      continue;
    }
    if (handling && !current && !handling.text) {
      handling.text = x.text;
      continue;
    }
    if (!current) {
      b.warnings.push(
        warn(
          'unplaced-text',
          file,
          'item',
          { fi: 'Tekstiä ennen ensimmäistä otsikkoa.', en: 'Text before the first heading.' },
          { text: x.text },
        ),
      );
      continue;
    }
    current.text = current.text ? `${current.text}\n\n${x.text}` : x.text;
  }

  // Structured fields from the sections of this handling.
  const names = new NameResolver([
    ...meeting.attendance.map((a) => a.name),
    ...[...b.persons.values()].map((p) => p.name),
  ]);
  for (const s of item.sections) {
    const paras = s.text.split('\n\n');
    if (s.kind === 'preparers')
      item.preparers = paras
        .filter((p) => /^\p{Lu}/u.test(p) && !/@/.test(p))
        .map((p) => p.split(/,\s*puh/u)[0] as string);
    if (
      s.kind === 'draftDecision' &&
      !item.presenter &&
      paras[0] &&
      /^\p{Lu}\p{Ll}+(\s+\p{Lu}[\p{L}-]+)+$/u.test(paras[0])
    )
      item.presenter = paras[0];
  }
  const result = readItemProceedings(item, names, { kinds: ['proceedings'], meeting });
  for (const token of result.unresolved) {
    b.warnings.push(
      warn(
        'unresolved-name',
        file,
        `${itemId}/proceedings`,
        {
          fi: `Nimeä "${token}" ei löytynyt läsnäololuettelosta; se säilytettiin kirjoitettuna.`,
          en: `The name "${token}" was not found on the attendance list; it is kept as written.`,
        },
        { text: token },
      ),
    );
  }
  // Earlier handlings carry their own proceedings (e.g. the tabling of § 127 on 10.4.2017).
  item.history.forEach((h, i) => {
    const paras = h.sections.filter((s) => s.kind === 'proceedings').flatMap((s) => s.text.split('\n\n'));
    const r = parseProceedings(paras, names, `${itemId}-h${i + 1}`);
    if (r.proposals.length) h.proposals = r.proposals;
    if (r.votes.length) h.votes = r.votes;
    const d = h.sections.find((s) => s.kind === 'decision');
    if (d) h.decision = makeDecision(d.text, r.proposals, r.votes);
  });
}
