import { DocumentBuilder, emptyItem } from './builder.js';
import { htmlToText, parseDocument, toBlocks } from './html.js';
import { arr, hostile, readJson, rec, safeJson, toFileList, warn } from './input.js';
import { guardImport, withDataset, type InteropImport } from './toDataset.js';
import type {
  AgendaItem,
  Attachment,
  Attendance,
  Handling,
  ImportInput,
  Meeting,
  Provenance,
  Section,
  SectionKind,
  Vote,
} from './model.js';
import { NameResolver } from './names.js';
import { parseProceedings } from './proceedings.js';
import {
  applyAttendanceChanges,
  findAttendanceChanges,
  findDisqualifications,
  findDissents,
  makeDecision,
  roleOf,
} from './sections.js';
import { helsinkiInstant, helsinkiParts, parseFinnishDate } from './time.js';
import { parsePythonLiteral } from './pyliteral.js';

/**
 * Import CaseM's OpenNC OData responses: `Nodes` and `Nodes({id})/SubNodes()` (root → bodies →
 * meetings), `Contents()` filtered by a meeting node, and `Contents({id})/ExtendedProperties`.
 * The content id of an ExtendedProperties response is not in the response; it is read from the file
 * name (`contents_{id}_extended_properties.json`, the Paatos-Scraper naming) or from `odata.id`.
 */
export function importCaseM(files: ImportInput): InteropImport {
  return guardImport('casem', () => readCaseM(files));
}

function readCaseM(files: ImportInput): InteropImport {
  const b = new DocumentBuilder('casem');
  type Node = { NodeId: number; ParentId: number; Type: number; name: string; file: string; url?: string };
  type Content = {
    ContentId: number;
    Subject: string;
    TemplateId: number;
    meetingNode?: number;
    file: string;
    PublicDate?: string;
    fileIds: number[];
    url?: string;
  };
  const nodes = new Map<number, Node>();
  const contents = new Map<number, Content>();
  const props = new Map<number, { file: string; values: Map<string, string> }>();
  // ExtendedProperties responses carry no content id of their own; matched after every file is read.
  const pendingProps: { file: string; values: Map<string, string>; odataId?: number }[] = [];

  for (const f of toFileList(files, b.warnings)) {
    try {
      readFile(f);
    } catch (e) {
      b.warnings.push(hostile(f.name, e));
    }
  }
  function readFile(f: { name: string; content: unknown }): void {
    const parsed = readJson(f.content);
    if (!parsed.ok) {
      b.warnings.push(
        warn('invalid-json', f.name, '', {
          fi: `Tiedosto ei ole JSONia: ${parsed.error}`,
          en: `The file is not JSON: ${parsed.error}`,
        }),
      );
      return;
    }
    const v = rec(parsed.value);
    const meta = v && typeof v['odata.metadata'] === 'string' ? v['odata.metadata'] : '';
    const rows = v && Array.isArray(v.value) ? (v.value as unknown[]) : undefined;
    if (!meta || !rows) {
      b.warnings.push(
        warn('unrecognised-file', f.name, '', {
          fi: 'Tiedosto ei ole OpenNC OData -vastaus; sitä ei luettu.',
          en: 'The file is not an OpenNC OData response; it was not read.',
        }),
      );
      return;
    }
    // The service root, from "http://{kunta}.cloudnc.fi/api/opennc/v1/$metadata#Nodes".
    const root = /^https?:\/\/[^\s$]+\/(?=\$metadata#)/.exec(meta)?.[0];
    if (/#Nodes$/.test(meta)) {
      rows.forEach((r, idx) => {
        const n = rec(r);
        if (!n || typeof n.NodeId !== 'number') {
          b.warnings.push(
            warn(
              'invalid-value',
              f.name,
              `value[${idx}]`,
              { fi: 'Solmulta puuttuu NodeId.', en: 'The node has no NodeId.' },
              { text: safeJson(r) },
            ),
          );
          return;
        }
        const fi = arr(n.Names).find((x) => x.LanguageId === 1)?.Name;
        nodes.set(n.NodeId, {
          NodeId: n.NodeId,
          ParentId: Number(n.ParentId),
          Type: Number(n.Type),
          name: typeof fi === 'string' ? fi : '',
          file: f.name,
          ...(root ? { url: `${root}Nodes(${n.NodeId})` } : {}),
        });
      });
    } else if (/#Contents$/.test(meta)) {
      rows.forEach((r, idx) => {
        const c = rec(r);
        if (!c || typeof c.ContentId !== 'number') {
          b.warnings.push(
            warn(
              'invalid-value',
              f.name,
              `value[${idx}]`,
              { fi: 'Sisällöltä puuttuu ContentId.', en: 'The content has no ContentId.' },
              { text: safeJson(r) },
            ),
          );
          return;
        }
        const meetingNode = arr(c.Classifications).find((x) => x.Type === 7)?.NodeId;
        const links = arr(c.FileLinks);
        const content: Content = {
          ContentId: c.ContentId,
          Subject: typeof c.Subject === 'string' ? c.Subject : '',
          TemplateId: Number(c.TemplateId),
          file: f.name,
          fileIds: links.map((l) => Number(l.FileId)).filter((x) => Number.isFinite(x)),
        };
        if (typeof meetingNode === 'number') content.meetingNode = meetingNode;
        if (typeof c.PublicDate === 'string') content.PublicDate = c.PublicDate;
        if (root) content.url = `${root}Contents(${c.ContentId})`;
        contents.set(c.ContentId, content);
      });
    } else if (/#ExtendedProperties$/.test(meta)) {
      const values = new Map<string, string>();
      rows.forEach((r, idx) => {
        const p = rec(r);
        if (!p || typeof p.Name !== 'string') {
          b.warnings.push(
            warn(
              'invalid-value',
              f.name,
              `value[${idx}]`,
              { fi: 'Ominaisuudelta puuttuu nimi.', en: 'The property has no Name.' },
              { text: safeJson(r) },
            ),
          );
          return;
        }
        const text =
          typeof p.Text === 'string'
            ? p.Text
            : typeof p.Number === 'number' || typeof p.Number === 'string'
              ? String(p.Number)
              : typeof p.Date === 'string'
                ? p.Date
                : '';
        values.set(
          p.Name,
          values.has(p.Name) && text ? `${values.get(p.Name) as string}\n${text}` : values.get(p.Name) || text,
        );
      });
      // `odata.id` (or a metadata URL) naming `Contents(N)`, when the service gives one.
      const odataId = Number(
        /Contents\((\d+)\)/.exec(`${typeof v?.['odata.id'] === 'string' ? v?.['odata.id'] : ''} ${meta}`)?.[1],
      );
      pendingProps.push({ file: f.name, values, ...(Number.isFinite(odataId) ? { odataId } : {}) });
    } else {
      b.warnings.push(
        warn('unrecognised-file', f.name, meta, {
          fi: 'Tuntematon OData-kokoelma; sitä ei luettu.',
          en: 'Unknown OData collection; it was not read.',
        }),
      );
    }
  }

  // Whose ExtendedProperties: the id the response names; else a number in the file's path that is a
  // known content ("contents_4020_extended_properties.json", "4020/ep.json"); else the one content
  // whose Subject equals the Name property; else the Paatos-Scraper name pattern.
  for (const p of pendingProps) {
    const numbers = [...p.file.matchAll(/\d+/g)].map((m) => Number(m[0]));
    const name = p.values.get('Name')?.trim();
    const bySubject = name
      ? [...contents.values()].filter((c) => c.Subject.trim() === name && !props.has(c.ContentId))
      : [];
    const id =
      p.odataId ??
      numbers.find((n) => contents.has(n) && !props.has(n)) ??
      (bySubject.length === 1 ? bySubject[0]?.ContentId : undefined) ??
      Number(/contents_(\d+)_/i.exec(p.file)?.[1]);
    if (id === undefined || !Number.isFinite(id)) {
      b.warnings.push(
        warn(
          'missing-linked-file',
          p.file,
          '',
          {
            fi: 'Lisäominaisuuksien sisältöä ei tunnistettu (ei tunnistetta, tiedostonimeä eikä otsikkoa); ne säilytettiin varoituksena.',
            en: 'The content of these ExtendedProperties was not identified (no id, file name or title); they are kept as a warning.',
          },
          { text: [...p.values].map(([k, t]) => `${k}: ${t}`).join('\n') },
        ),
      );
      continue;
    }
    props.set(id, { file: p.file, values: p.values });
  }

  // Bodies (type 144) and meetings (type 143 or a content classification of type 7).
  const bodyOf = (nodeId: number | undefined): Node | undefined => {
    let n = nodeId === undefined ? undefined : nodes.get(nodeId);
    for (let guard = 0; n && guard < 20; guard++) {
      if (n.Type === 144) return n;
      n = nodes.get(n.ParentId);
    }
    return undefined;
  };
  const prov = (file: string, sourceId: string | number, url?: string): Provenance => ({
    system: 'casem',
    file,
    sourceId: String(sourceId),
    ...(url ? { url } : {}),
  });
  for (const n of nodes.values())
    if (n.Type === 144) b.body(`casem-${n.NodeId}`, n.name, prov(n.file, n.NodeId, n.url));
  const meetingFor = (nodeId: number, name: string, file: string): Meeting => {
    const node = nodes.get(nodeId);
    const body = bodyOf(nodeId);
    const bodyId = body ? `casem-${body.NodeId}` : 'casem-unknown';
    if (!body) b.body(bodyId, '', prov(file, 'unknown'));
    const label = node?.name || name;
    return b.meeting(`casem-${nodeId}`, () => ({
      id: `casem-${nodeId}`,
      bodyId,
      name: `${body?.name ?? ''} ${label}`.trim(),
      date: parseFinnishDate(label) ?? '',
      document: 'agenda',
      attendance: [],
      items: [],
      files: [],
      provenance: prov(node?.file ?? file, nodeId, node?.url),
    }));
  };
  for (const n of nodes.values()) if (n.Type === 143) meetingFor(n.NodeId, n.name, n.file);

  const known = new Set(KNOWN_PROPERTIES);
  for (const c of contents.values()) {
    try {
      placeContent(c);
    } catch (e) {
      b.warnings.push(hostile(c.file, e, `Contents(${c.ContentId})`));
    }
  }
  function placeContent(c: Content): void {
    const p = props.get(c.ContentId);
    if (c.meetingNode === undefined) {
      b.warnings.push(
        warn(
          'unplaced-text',
          c.file,
          `Contents(${c.ContentId})`,
          { fi: 'Sisältöä ei ole liitetty kokoukseen.', en: 'The content is not classified under a meeting.' },
          { text: c.Subject },
        ),
      );
      return;
    }
    const meeting = meetingFor(c.meetingNode, '', c.file);
    const values = p?.values ?? new Map<string, string>();
    const file = p?.file ?? c.file;
    for (const [name, text] of values) {
      if (!known.has(name) && text.trim()) {
        b.warnings.push(
          warn(
            'unplaced-text',
            file,
            name,
            { fi: `Tuntematon ominaisuus ${name}.`, en: `Unknown property ${name}.` },
            { text },
          ),
        );
      }
    }
    const participants = values.get('Participant_councilman');
    if (participants) meeting.attendance = readParticipants(b, participants, meeting.date);
    const agenda = values.get('AgendaAttachment');
    if (agenda) meeting.files.push(...readLinks(agenda, prov(file, c.ContentId)));
    if (c.TemplateId === 71 || (!c.Subject && !values.get('Name'))) return; // the meeting's own page
    const itemId = `casem-${c.ContentId}`;
    const item = b.item(meeting, itemId, () => emptyItem(itemId, 0, c.Subject, prov(file, c.ContentId, c.url)));
    readItem(b, item, values, meeting, file);
    const name = values.get('Name');
    if (c.Subject.trim() && name?.trim() && c.Subject.trim() !== name.trim())
      b.warnings.push(
        warn(
          'unplaced-text',
          file,
          `Contents(${c.ContentId}) › Subject`,
          {
            fi: 'Sisällön Subject poikkeaa Name-ominaisuudesta; otsikoksi otettiin Name, molemmat ovat tässä.',
            en: 'The content’s Subject differs from its Name property; Name is the title, both are here.',
          },
          { text: `Subject: ${c.Subject}\nName: ${name}` },
        ),
      );
    if (!p) {
      b.warnings.push(
        warn('missing-linked-file', c.file, `Contents(${c.ContentId})/ExtendedProperties`, {
          fi: 'Asian lisäominaisuuksia ei annettu; vain otsikko luettiin.',
          en: 'The item’s ExtendedProperties were not given; only the title was read.',
        }),
      );
    }
  }
  for (const [id, p] of props) {
    if (!contents.has(id)) {
      b.warnings.push(
        warn(
          'missing-linked-file',
          p.file,
          `Contents(${id})`,
          {
            fi: 'Sisältöä ei löytynyt Contents-vastauksista; ominaisuuksia ei sijoitettu.',
            en: 'The content is missing from the Contents responses; its properties were not placed.',
          },
          { text: [...p.values].map(([k, t]) => `${k}: ${t}`).join('\n') },
        ),
      );
    }
  }
  // Order by § when given, else by content id (the publishing order).
  for (const m of b.meetings.values()) {
    m.items.sort((x, y) => (Number(x.number) || 1e9) - (Number(y.number) || 1e9) || x.id.localeCompare(y.id));
    m.items.forEach((it, i) => (it.order = i));
    if (m.items.some((it) => it.decision && it.decision.text.trim())) m.document = 'minutes';
  }
  return withDataset(b.build());
}

const KNOWN_PROPERTIES = [
  'Name',
  'Article',
  'CaseNativeId',
  'IsAdditionalTopic',
  'Description',
  'Decisionproposal',
  'Decision',
  'Inform',
  'Attachments',
  'HistoryTopics',
  'Draftsmans',
  'Presenters',
  'DraftingNotes',
  'DecisionNotes',
  'Eventhandling',
  'Disqualification',
  'DissentingOpinion',
  'Votings',
  'Participant_councilman',
  'Correctioninstructions',
  'AgendaAttachment',
];

const SECTION_OF: [string, SectionKind, string][] = [
  ['Draftsmans', 'preparers', 'Valmistelijat'],
  ['Description', 'background', 'Selostus'],
  ['DraftingNotes', 'notes', 'Valmistelun huomautukset'],
  ['Decisionproposal', 'draftDecision', 'Päätösehdotus'],
  ['Eventhandling', 'proceedings', 'Käsittely'],
  ['Disqualification', 'disqualification', 'Esteellisyys'],
  ['Decision', 'decision', 'Päätös'],
  ['DecisionNotes', 'notes', 'Päätöksen huomautukset'],
  ['DissentingOpinion', 'dissent', 'Eriävä mielipide'],
  ['Inform', 'inform', 'Tiedoksi'],
  ['Correctioninstructions', 'appeal', 'Muutoksenhaku'],
];

/** `Name;#title;#phone;#email;#` records separated by `!#` (Draftsmans, Presenters). */
function people(text: string | undefined): { name: string; title?: string }[] {
  if (!text) return [];
  return text
    .split('!#')
    .map((r) => r.split(';#'))
    .filter((f) => (f[0] ?? '').trim())
    .map((f) =>
      f[1]?.trim() ? { name: (f[0] as string).trim(), title: f[1].trim() } : { name: (f[0] as string).trim() },
    );
}

/**
 * `name;#role;#arrived;#left;#group` records separated by `!#` (KL 107 §: the minutes record
 * attendance). An empty group is read as a member unless the role is the secretary's.
 */
export function readParticipants(b: DocumentBuilder, text: string, date: string): Attendance[] {
  const out: Attendance[] = [];
  for (const record of text.split('!#')) {
    const f = record.split(';#').map((x) => x.trim());
    const name = f[0];
    if (!name) continue;
    const roleText = f[1] ?? '';
    const groupField = f.slice(4).find((x) => x === 'member' || x === 'other');
    const secretary = /secretary|sihteeri|pöytäkirjanpitäjä/i.test(roleText);
    const group = groupField === 'other' || (!groupField && secretary) ? 'other' : 'member';
    const a: Attendance = {
      personId: b.person(name, roleText || undefined).id,
      name,
      role: roleOf(roleText, group === 'member'),
      group,
    };
    if (roleText) a.roleText = roleText;
    const arrived = instantOf(f[2], date);
    const left = instantOf(f[3], date);
    if (arrived) a.arrivedAt = arrived;
    if (left) a.leftAt = left;
    out.push(a);
  }
  return out;
}

/** "2016-09-13 09:00:00" or "09:50" (on the meeting date) in Helsinki time. */
function instantOf(text: string | undefined, date: string): string | undefined {
  if (!text) return undefined;
  const full = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (full) return helsinkiInstant(full[1] as string, Number(full[2]), Number(full[3]), Number(full[4] ?? 0));
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (clock && date) return helsinkiInstant(date, Number(clock[1]), Number(clock[2]));
  return undefined;
}

function readLinks(html: string, provenance: Provenance): Attachment[] {
  const out: Attachment[] = [];
  for (const block of toBlocks(parseDocument(html))) {
    for (const l of block.links) {
      const a: Attachment = { name: l.text, url: l.href, provenance };
      if (/\.pdf$/i.test(l.text)) a.mediaType = 'application/pdf';
      out.push(a);
    }
    if (block.links.length === 0 && block.text) out.push({ name: block.text, provenance });
  }
  return out;
}

function readItem(
  b: DocumentBuilder,
  item: AgendaItem,
  values: Map<string, string>,
  meeting: Meeting,
  file: string,
): void {
  const name = values.get('Name');
  if (name) item.title.fi = name;
  const article = values.get('Article');
  if (article && article !== '0') item.number = article;
  const dno = values.get('CaseNativeId');
  if (dno) item.caseRef = dno;
  if (values.get('IsAdditionalTopic') === 'True') item.additional = true;
  const presenters = people(values.get('Presenters'));
  if (presenters[0]) item.presenter = [presenters[0].title, presenters[0].name].filter(Boolean).join(' ');
  item.preparers = people(values.get('Draftsmans')).map((p) => p.name);
  const sections: Section[] = [];
  for (const [prop, kind, title] of SECTION_OF) {
    const raw = values.get(prop);
    if (!raw || !raw.trim()) continue;
    const text =
      prop === 'Draftsmans' || prop === 'Presenters'
        ? people(raw)
            .map((p) => [p.name, p.title].filter(Boolean).join(', '))
            .join('\n\n')
        : htmlToText(raw);
    if (text) sections.push({ kind, title, text });
  }
  item.sections = sections;
  const attachments = values.get('Attachments');
  if (attachments)
    item.attachments = readLinks(attachments, { system: 'casem', file, sourceId: item.provenance.sourceId ?? '' });

  const names = new NameResolver([
    ...meeting.attendance.map((a) => a.name),
    ...[...b.persons.values()].map((p) => p.name),
  ]);
  const proceedings = sections
    .filter((s) => s.kind === 'proceedings' || s.kind === 'decision')
    .flatMap((s) => s.text.split('\n\n'));
  const r = parseProceedings(proceedings, names, item.id, { sentences: true });
  item.proposals = r.proposals;
  item.votes = mergeVotes(r.votes, readVotings(values.get('Votings'), `${item.id}-named`, file, b));
  const disq = sections.find((s) => s.kind === 'disqualification');
  item.disqualifications = disq
    ? disq.text
        .split('\n\n')
        .map((t) => ({ name: names.resolve(t.split(/[,(]/)[0] ?? '') ?? (t.split(/[,(]/)[0] ?? '').trim(), text: t }))
    : findDisqualifications(proceedings, names);
  const dissent = sections.find((s) => s.kind === 'dissent');
  item.dissents = dissent
    ? dissent.text.split('\n\n').map((t) => ({
        text: t,
        ...(names.resolve(t.split(/[,(]/)[0] ?? '') ? { name: names.resolve(t.split(/[,(]/)[0] ?? '') as string } : {}),
      }))
    : findDissents(proceedings, names);
  const changes = findAttendanceChanges(proceedings, names, meeting.date, helsinkiInstant);
  if (changes.length) {
    item.attendanceChanges = changes;
    applyAttendanceChanges(meeting, changes);
  }
  const decision = sections.find((s) => s.kind === 'decision');
  if (decision) item.decision = makeDecision(decision.text, item.proposals, item.votes);
  const history = values.get('HistoryTopics');
  if (history) item.history = readHistory(history, item.id, file, b);
}

/** Votings: `[{'Title': question, 'Votes': {'Kyllä': [names], 'Ei': [names], …}}]` (a Python literal, or JSON). */
export function readVotings(input: unknown, idPrefix: string, file: string, b: DocumentBuilder): Vote[] {
  if (input === undefined || input === null) return [];
  let parsed: unknown = input;
  const text = typeof input === 'string' ? input.trim() : '';
  if (typeof input === 'string' && (!text || text === '[]')) return [];
  try {
    if (typeof input === 'string') parsed = /^\[?\s*\{\s*"/.test(text) ? JSON.parse(text) : parsePythonLiteral(text);
  } catch (e) {
    b.warnings.push(
      warn(
        'invalid-value',
        file,
        `${idPrefix}/Votings`,
        {
          fi: `Äänestystietoa ei voitu lukea: ${(e as Error).message}`,
          en: `The votings could not be read: ${(e as Error).message}`,
        },
        { text },
      ),
    );
    return [];
  }
  const out: Vote[] = [];
  const list = Array.isArray(parsed) ? parsed : [parsed];
  list.forEach((entry, idx) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const votes = (e.Votes ?? {}) as Record<string, unknown>;
    const ballots: NonNullable<Vote['ballots']> = [];
    for (const key of Object.keys(votes)) {
      const option = /^(kyllä|jaa|yes)$/i.test(key)
        ? 'jaa'
        : /^(ei|no)$/i.test(key)
          ? 'ei'
          : /^(tyhjä|tyhjää|blank)$/i.test(key)
            ? 'tyhjä'
            : /^(poissa|absent)$/i.test(key)
              ? 'poissa'
              : undefined;
      const names = votes[key];
      if (!option || !Array.isArray(names)) {
        b.warnings.push(
          warn(
            'invalid-value',
            file,
            `${idPrefix}/Votings[${idx}].Votes.${key}`,
            { fi: `Tuntematon äänestysvaihtoehto ${key}.`, en: `Unknown vote option ${key}.` },
            { text: JSON.stringify(names) },
          ),
        );
        continue;
      }
      for (const n of names) if (typeof n === 'string') ballots.push({ name: n, option });
    }
    const count = (o: string): number => ballots.filter((x) => x.option === o).length;
    const counts: Vote['counts'] = { jaa: count('jaa'), ei: count('ei') };
    if (count('tyhjä')) counts.tyhjä = count('tyhjä');
    if (count('poissa')) counts.poissa = count('poissa');
    const v: Vote = {
      id: `${idPrefix}${idx + 1}`,
      counts,
      result: counts.jaa >= counts.ei ? 'rejected' : 'approved',
      text: typeof e.Title === 'string' ? e.Title : '',
      ballots,
    };
    if (typeof e.Title === 'string') v.question = e.Title;
    out.push(v);
  });
  return out;
}

function readHistory(text: string, itemId: string, file: string, b: DocumentBuilder): Handling[] {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    b.warnings.push(
      warn(
        'invalid-value',
        file,
        `${itemId}/HistoryTopics`,
        { fi: 'Päätöshistoria ei ole JSONia.', en: 'HistoryTopics is not JSON.' },
        { text },
      ),
    );
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.map((entry, idx) => {
    const h = (entry ?? {}) as Record<string, unknown>;
    const s = (k: string): string => (typeof h[k] === 'string' ? (h[k] as string) : '');
    const sections: Section[] = [];
    const add = (kind: SectionKind, title: string, html: string): void => {
      const t = htmlToText(html);
      if (t) sections.push({ kind, title, text: t });
    };
    add('background', 'Selostus', s('Description'));
    add('draftDecision', 'Päätösehdotus', s('DescisionProposal') || s('DecisionProposal'));
    add('decision', 'Päätös', s('Descision') || s('Decision'));
    add('disqualification', 'Esteellisyys', s('Disqualification'));
    add('dissent', 'Eriävä mielipide', s('DissentingOpinion'));
    add('notes', 'Kokouksen sisältö', s('Meetingcontent'));
    const ms = /\/Date\((-?\d+)\)\//.exec(s('MeetingDate'));
    const date = ms ? helsinkiParts(new Date(Number(ms[1])).toISOString())?.date : undefined;
    const handling: Handling = { text: [s('Party'), date].filter(Boolean).join(' '), sections };
    if (s('Party')) handling.body = s('Party');
    if (date) handling.date = date;
    if (s('Article') && s('Article') !== '0') handling.number = s('Article');
    const names = new NameResolver([...b.persons.values()].map((p) => p.name));
    const decision = sections.find((x) => x.kind === 'decision');
    const r = parseProceedings(decision ? decision.text.split('\n\n') : [], names, `${itemId}-h${idx + 1}`, {
      sentences: true,
    });
    const votings = readVotings(h.Votings, `${itemId}-h${idx + 1}-named`, file, b);
    if (r.proposals.length) handling.proposals = r.proposals;
    const votes = mergeVotes(r.votes, votings);
    if (votes.length) handling.votes = votes;
    if (decision) handling.decision = makeDecision(decision.text, r.proposals, handling.votes ?? []);
    const changes = findAttendanceChanges(
      decision ? decision.text.split('\n\n') : [],
      names,
      date ?? '',
      helsinkiInstant,
    );
    if (changes.length) handling.attendanceChanges = changes;
    return handling;
  });
}

/** The same vote told twice, in the prose and in Votings: keep the prose vote, add the named ballots. */
export function mergeVotes(prose: Vote[], named: Vote[]): Vote[] {
  const out = [...prose];
  for (const n of named) {
    const same = out.find(
      (p) =>
        p.counts.jaa === n.counts.jaa &&
        p.counts.ei === n.counts.ei &&
        (!p.ballots || p.ballots.length === 0 || p.ballots.length === n.ballots?.length),
    );
    if (same) {
      if (n.ballots?.length) same.ballots = n.ballots;
      if (n.question) same.question = n.question;
    } else out.push(n);
  }
  return out;
}
