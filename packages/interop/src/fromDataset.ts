import {
  roleLabels,
  type AttendanceRecord,
  type Block,
  type Inline,
  type LocalizedRichText,
  type ParseError,
  type ParseLimits,
  type Role,
} from '@digikokous/meeting-schema';
import { bodyKindOf } from './builder.js';
import {
  parseMeetingDataset,
  type DatasetAgendaItem,
  type DatasetCollection,
  type DatasetMeeting,
  type DatasetProvenance,
  type MeetingDataset,
} from './dataset.js';
import { DECISION_KIND, PROPOSAL_KIND, ROLE } from './meetingSchema.js';
import type {
  AgendaItem,
  Attachment,
  Attendance,
  AttendanceRole,
  Body,
  BodyKind,
  DecisionKind,
  DocumentKind,
  ImportWarning,
  InteropDocument,
  LocalizedText,
  Meeting,
  Person,
  Proposal,
  ProposalKind,
  ProposalStatus,
  Provenance,
  Section,
  Vote,
} from './model.js';
import { helsinkiParts, isoDate, parseFinnishDate } from './time.js';

export interface FromMeetingDatasetOptions {
  /** Name of the dataset file: the `file` of the provenance given to records the dataset gives none. */
  file?: string;
  /** Limits of the validation (see meeting-schema's `ParseLimits`). */
  limits?: Partial<ParseLimits>;
}

/**
 * The interop document built from a dataset, and what the interop view had no place for (one
 * `unmapped-text` warning per field, with its location); or the validation errors of the input.
 */
export type FromMeetingDatasetResult =
  { success: true; document: InteropDocument; warnings: ImportWarning[] } | { success: false; errors: ParseError[] };

const invert = <K extends string, V extends string>(r: Record<K, V>): Map<string, K> =>
  new Map(Object.entries(r).map(([k, v]) => [v as string, k as K]));
const ROLE_BACK = invert<AttendanceRole, Role>(ROLE);
const PROPOSAL_KIND_BACK = invert<ProposalKind, string>(PROPOSAL_KIND);
const DECISION_KIND_BACK = invert<Exclude<DecisionKind, 'unknown'>, string>(DECISION_KIND);
const BODY_KINDS = new Set<string>([
  'valtuusto',
  'hallitus',
  'lautakunta',
  'jaosto',
  'johtokunta',
  'tarkastuslautakunta',
  'toimikunta',
  'viranhaltija',
  'muu',
] satisfies BodyKind[]);
/** Roles that hold a seat or deputise for one: the voting members of an attendance list (KL 103 §). */
const MEMBER_ROLES = new Set<Role>(['puheenjohtaja', 'varapuheenjohtaja', 'jasen', 'varajasen']);

/** Plain text of rich text; `lossy` when formatting (marks, headings, tables) could not be kept. */
function plain(blocks: readonly Block[]): { text: string; lossy: boolean } {
  let lossy = false;
  const inline = (xs: readonly Inline[]): string =>
    xs
      .map((x) => {
        if (x.type === 'break') return '\n';
        if (x.type === 'link') return `${x.content.map((c) => c.text).join('')} (${x.href})`;
        if (x.marks?.length) lossy = true;
        return x.text;
      })
      .join('');
  const block = (b: Block): string => {
    switch (b.type) {
      case 'paragraph':
        return inline(b.content);
      case 'heading':
        lossy = true;
        return inline(b.content);
      case 'list':
        return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '–'} ${it.map(block).join('\n')}`).join('\n');
      case 'quote':
        return b.content.map(block).join('\n\n');
      case 'table':
        lossy = true;
        return [b.caption ?? '', ...b.rows.map((r) => r.cells.map((c) => inline(c.content)).join(' | '))]
          .filter(Boolean)
          .join('\n');
    }
  };
  const text = blocks
    .map(block)
    .filter((t) => t.trim())
    .join('\n\n');
  return { text, lossy };
}

/**
 * A date written in the meeting's title ("Kaupunginhallitus 2017-05-08", "Kokous 7.9.2015"), taken
 * only when it is the meeting's year: meeting-schema keeps a meeting's day only in `startsAt`.
 */
function dateInTitle(title: string | undefined, year: number | undefined): string | undefined {
  if (!title || year === undefined) return undefined;
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(title);
  const d = iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : parseFinnishDate(title);
  return d && Number(d.slice(0, 4)) === year ? d : undefined;
}

const sameProvenance = (a: Provenance, b: DatasetProvenance): boolean =>
  a.system === b.system && a.file === b.file && a.sourceId === b.sourceId && a.url === b.url;

/**
 * Build an interop document (the exporters' input) from a meeting-schema dataset, the inverse of
 * `toMeetingDataset`, so that data held as meeting-schema records can be exported with `toOParl`
 * and `toOpenDecisionApi`. The input is validated first with `parseMeetingDataset`; hostile input
 * gives errors, never an exception.
 *
 * Nothing is invented: a fact the interop view needs but the dataset lacks is left out, except
 * where the view requires a value (a vote's result for the proposal voted on, its sentence); such
 * a value is derived and says so in a warning. Every field the view has no place for comes back
 * as an `unmapped-text` warning with its location. Records the dataset gives provenance keep it;
 * the others get `{ system: 'meeting-schema', file: options.file, sourceId: <dataset id> }`.
 * The dataset's own `warnings` are carried into the document's; an embedded `interop` document is
 * not read (the records are the data).
 */
export function fromMeetingDataset(input: unknown, options: FromMeetingDatasetOptions = {}): FromMeetingDatasetResult {
  const parsed = parseMeetingDataset(input, options.limits);
  if (!parsed.success) return parsed;
  const ds: MeetingDataset = parsed.data;
  const file = options.file ?? '';
  const warnings: ImportWarning[] = [];

  const lost = (where: { file: string }, location: string, value: unknown, fi: string, en: string): void => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    warnings.push({
      code: 'unmapped-text',
      file: where.file,
      location,
      message: { fi, en },
      ...(text ? { text } : {}),
    });
  };
  /** Every field of a record other than `used` that has a value is reported: nothing vanishes silently. */
  const rest = (where: { file: string }, location: string, rec: object, used: readonly string[]): void => {
    for (const [k, v] of Object.entries(rec))
      if (!used.includes(k) && v !== undefined && !(Array.isArray(v) && v.length === 0))
        lost(
          where,
          `${location} › ${k}`,
          v,
          `Kentälle ${k} ei ole paikkaa yhteentoimivuusmallissa.`,
          `The field ${k} has no place in the interop view.`,
        );
  };
  const langs = (where: { file: string }, location: string, t: LocalizedText | undefined): void => {
    if (t) rest(where, location, t, ['fi']);
  };

  // Provenance by collection and id; an entry is "used" once a record of the view carries it.
  const provIndex = new Map<string, DatasetProvenance[]>();
  for (const p of ds.provenance) {
    const key = `${p.collection}\u0000${p.id}`;
    const list = provIndex.get(key);
    if (list) list.push(p);
    else provIndex.set(key, [p]);
  }
  const used = new Set<DatasetProvenance>();
  const toProv = (p: DatasetProvenance): Provenance => ({
    system: p.system,
    file: p.file,
    ...(p.sourceId !== undefined ? { sourceId: p.sourceId } : {}),
    ...(p.url !== undefined ? { url: p.url } : {}),
  });
  const provsOf = (collection: DatasetCollection, id: string): Provenance[] => {
    const list = provIndex.get(`${collection}\u0000${id}`) ?? [];
    list.forEach((p) => used.add(p));
    return list.length ? list.map(toProv) : [{ system: 'meeting-schema', file, sourceId: id }];
  };
  /** The file of a record's first provenance, for the location of a warning (the entry is not kept by this). */
  const fileOf = (collection: DatasetCollection, id: string): string =>
    provIndex.get(`${collection}\u0000${id}`)?.[0]?.file ?? file;
  const provOf = (collection: DatasetCollection, id: string): Provenance => {
    const list = provIndex.get(`${collection}\u0000${id}`) ?? [];
    const first = list[0];
    if (!first) return { system: 'meeting-schema', file, sourceId: id };
    const p = toProv(first);
    // Entries equal to the one kept are kept by it; a second, different origin is reported at the end.
    list.forEach((x) => sameProvenance(p, x) && used.add(x));
    return p;
  };
  /** A sub-record (proposal, vote …) has the provenance of its item in the view; an equal entry is kept by it. */
  const sameAsItem = (collection: DatasetCollection, id: string, item: Provenance): void =>
    (provIndex.get(`${collection}\u0000${id}`) ?? []).forEach((x) => sameProvenance(item, x) && used.add(x));

  // People → names: the view names people by their name; the ids come back through `person-<slug>`.
  const nameOf = new Map<string, string>();
  const persons: Person[] = ds.people.map((p) => {
    const name = p.givenName === p.familyName ? p.familyName : `${p.givenName} ${p.familyName}`;
    nameOf.set(p.id, name);
    const where = { file: fileOf('people', p.id) };
    langs(where, `people/${p.id} › title`, p.title);
    rest(where, `people/${p.id}`, p, ['id', 'givenName', 'familyName', 'title']);
    return { id: p.id, name, titles: p.title ? [p.title.fi] : [] };
  });
  const person = (id: string | undefined): string | undefined => (id ? (nameOf.get(id) ?? id) : undefined);

  const bodies: Body[] = ds.bodies.map((b) => {
    const provenance = provsOf('bodies', b.id);
    const where = { file: provenance[0]?.file ?? file };
    // A kind the dataset leaves out is read from the name, as the importers do (KL 30 §).
    const kind: BodyKind = b.kind ? (BODY_KINDS.has(b.kind) ? (b.kind as BodyKind) : 'muu') : bodyKindOf(b.name.fi);
    if (b.kind && !BODY_KINDS.has(b.kind))
      lost(
        where,
        `bodies/${b.id} › kind`,
        b.kind,
        'Toimielimen lajia ei ole yhteentoimivuusmallissa; laji on "muu".',
        'The body kind is not in the interop view; it is "muu".',
      );
    rest(where, `bodies/${b.id}`, b, ['id', 'name', 'kind']);
    return { id: b.id, name: { ...b.name }, kind, provenance };
  });

  const casesById = new Map(ds.cases.map((c) => [c.id, c] as const));
  for (const c of ds.cases) {
    const where = { file: fileOf('cases', c.id) };
    rest(where, `cases/${c.id}`, c, ['id', 'registerNumber', 'title', 'taskClassification', 'handlings']);
  }
  const byItem = <T extends { itemId: string }>(list: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(x.itemId, [...(m.get(x.itemId) ?? []), x]);
    return m;
  };
  const proposalsOf = byItem(ds.proposals);
  const votesOf = byItem(ds.votes);
  const decisionsOf = byItem(ds.decisions);
  const disqOf = byItem(ds.disqualifications);
  const dissentsOf = byItem(ds.dissents);

  const handlingDate = new Map<string, string>();
  for (const h of ds.cases.flatMap((c) => c.handlings))
    if (!handlingDate.has(h.meetingId)) handlingDate.set(h.meetingId, h.date);
  const recordsOf = new Map<string, AttendanceRecord[]>();
  for (const a of ds.attendance) recordsOf.set(a.meetingId, [...(recordsOf.get(a.meetingId) ?? []), ...a.records]);

  const meetings: Meeting[] = ds.meetings.map((m) => meetingOf(m));

  function meetingOf(m: DatasetMeeting): Meeting {
    const provenance = provOf('meetings', m.id);
    const where = { file: provenance.file };
    const loc = `meetings/${m.id}`;
    // The plain date: the Helsinki calendar day of the start, else the date of a handling of the meeting.
    const date =
      (m.startsAt ? helsinkiParts(m.startsAt)?.date : undefined) ??
      handlingDate.get(m.id) ??
      dateInTitle(m.title?.fi, m.year) ??
      '';
    if (!date && m.year !== undefined)
      lost(
        where,
        `${loc} › year`,
        String(m.year),
        'Kokouksen päivä ei ole tiedossa, vain vuosi.',
        'Only the year of the meeting is known, not its date.',
      );
    const document: DocumentKind =
      m.state === 'poytakirja-tarkastettu' || m.state === 'poytakirja-julkaistu' ? 'minutes' : 'agenda';
    if (
      m.state !== 'esityslista-julkaistu' &&
      m.state !== 'poytakirja-julkaistu' &&
      m.state !== 'poytakirja-tarkastettu'
    )
      lost(where, `${loc} › state`, m.state, 'Kokouksen tilalle ei ole paikkaa.', 'The meeting state has no place.');
    langs(where, `${loc} › title`, m.title);
    rest(where, loc, m, ['id', 'bodyId', 'number', 'year', 'title', 'state', 'startsAt', 'items']);

    const records = recordsOf.get(m.id) ?? [];
    sameAsItem('attendance', m.id, provenance);
    const attendance = records.flatMap((r) => attendanceOf(r, where, loc));
    const items = [...m.items].sort((a, b) => a.order - b.order).map((it) => itemOf(it, m, where));
    return {
      id: m.id,
      bodyId: m.bodyId,
      name: m.title?.fi ?? '',
      date,
      ...(m.startsAt ? { start: m.startsAt } : {}),
      ...(m.number !== undefined ? { number: String(m.number) } : {}),
      document,
      ...(m.state === 'poytakirja-tarkastettu' ? { checked: true } : {}),
      attendance,
      items,
      files: [],
      provenance,
    };
  }

  function attendanceOf(r: AttendanceRecord, where: { file: string }, loc: string): Attendance[] {
    const l = `${loc} › attendance › ${r.personId}`;
    if (r.status === 'poissa') {
      lost(
        where,
        l,
        r,
        'Poissaolijalle ei ole paikkaa läsnäololuettelossa.',
        'An absent person has no place on the attendance list.',
      );
      return [];
    }
    rest(where, l, r, ['personId', 'name', 'role', 'votingRight', 'status', 'arrivedAt', 'leftAt']);
    const role = ROLE_BACK.get(r.role) ?? 'muu';
    return [
      {
        personId: r.personId,
        name: r.name,
        role,
        ...(role === 'muu' && r.role !== 'muu-lasnaolija' ? { roleText: roleLabels[r.role].fi } : {}),
        group: r.votingRight || MEMBER_ROLES.has(r.role) ? 'member' : 'other',
        ...(r.arrivedAt ? { arrivedAt: r.arrivedAt } : {}),
        ...(r.leftAt ? { leftAt: r.leftAt } : {}),
      },
    ];
  }

  function richSection(
    kind: Section['kind'],
    title: string,
    t: LocalizedRichText,
    where: { file: string },
    l: string,
  ): Section {
    const { text, lossy } = plain(t.fi);
    if (lossy)
      lost(
        where,
        l,
        '',
        'Tekstin muotoilu (korostukset, otsikot, taulukot) ei säilynyt; teksti säilyi.',
        'The formatting (marks, headings, tables) was not kept; the text was.',
      );
    for (const lang of ['sv', 'en', 'se'] as const) {
      const other = t[lang];
      if (other)
        lost(
          where,
          `${l} › ${lang}`,
          plain(other).text,
          'Osiolla on vain suomenkielinen teksti.',
          'A section holds Finnish text only.',
        );
    }
    return { kind, title, text };
  }

  function itemOf(it: DatasetAgendaItem, m: DatasetMeeting, mWhere: { file: string }): AgendaItem {
    const provenance = provOf('agendaItems', it.id);
    const where = { file: provenance.file || mWhere.file };
    const loc = `meetings/${m.id}/items/${it.id}`;
    const c = it.caseId ? casesById.get(it.caseId) : undefined;
    rest(where, loc, it, [
      'id',
      'order',
      'sectionNumber',
      'title',
      'caseId',
      'registerNumber',
      'presenterId',
      'preparerIds',
      'background',
      'draftDecision',
      'attachments',
      'additional',
    ]);
    if (c && c.title.fi !== it.title.fi)
      lost(
        where,
        `cases/${c.id} › title`,
        c.title.fi,
        'Asian otsikolle ei ole paikkaa.',
        'The case title has no place.',
      );
    const number = it.sectionNumber !== undefined ? String(it.sectionNumber) : undefined;

    const sections: Section[] = [];
    if (it.background)
      sections.push(richSection('background', 'Selostus', it.background, where, `${loc} › background`));
    let draft = it.draftDecision
      ? richSection('draftDecision', 'Päätösehdotus', it.draftDecision, where, `${loc} › draftDecision`)
      : undefined;

    // The pohjaehdotus without a proposer is the päätösehdotus (as toMeetingDataset writes it).
    const proposals: Proposal[] = [];
    const all = proposalsOf.get(it.id) ?? [];
    const isDraft = (id: string | undefined): boolean =>
      !!id && all.some((p) => p.id === id && p.kind === 'pohjaehdotus' && !p.proposerId);
    const voteList = votesOf.get(it.id) ?? [];
    for (const p of all) {
      const pl = `proposals/${p.id}`;
      langs(where, `${pl} › text`, p.text);
      if (p.kind === 'pohjaehdotus' && !p.proposerId) {
        const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
        if (!draft) draft = { kind: 'draftDecision', title: 'Päätösehdotus', text: p.text.fi };
        else if (norm(draft.text) !== norm(p.text.fi))
          lost(
            where,
            `${pl} › text`,
            p.text.fi,
            'Pohjaehdotus poikkeaa päätösehdotuksesta.',
            'The base proposal differs from the draft decision.',
          );
        rest(where, pl, p, ['id', 'itemId', 'kind', 'seconderIds', 'text']);
        sameAsItem('proposals', p.id, provenance);
        continue;
      }
      rest(where, pl, p, ['id', 'itemId', 'kind', 'proposerId', 'seconderIds', 'text', 'withdrawn']);
      sameAsItem('proposals', p.id, provenance);
      const won = voteList.some(
        (v) => v.winningProposalId === p.id || (v.question && v.result && v.question[v.result] === p.id),
      );
      const status: ProposalStatus | undefined = p.withdrawn
        ? 'withdrawn'
        : won
          ? 'approved'
          : p.seconderIds.length
            ? 'seconded'
            : undefined;
      const proposer = person(p.proposerId);
      proposals.push({
        id: p.id,
        kind: PROPOSAL_KIND_BACK.get(p.kind) ?? 'amendment',
        ...(proposer ? { proposer } : {}),
        seconders: p.seconderIds.map((s) => person(s) ?? s),
        text: p.text.fi,
        ...(status ? { status } : {}),
      });
    }
    if (draft) sections.push(draft);

    const votes: Vote[] = voteList.map((v) => {
      const vl = `votes/${v.id}`;
      sameAsItem('votes', v.id, provenance);
      rest(where, vl, v, [
        'id',
        'itemId',
        'question',
        'ballots',
        'absentIds',
        'counts',
        'result',
        'castingVote',
        'winningProposalId',
      ]);
      if (v.question) langs(where, `${vl} › question › text`, v.question.text);
      const own = (id: string | undefined): id is string => !!id && proposals.some((p) => p.id === id);
      // The proposal voted on against the base proposal, and who won (KL 104 §).
      const asked = v.question ? [v.question.jaa, v.question.ei].filter(own) : [];
      const winner = v.winningProposalId ?? (v.question && v.result ? v.question[v.result] : undefined);
      const proposalId =
        asked.length === 1 ? asked[0] : asked.length === 2 ? v.question?.ei : own(winner) ? winner : undefined;
      let result: Vote['result'];
      if (proposalId && winner) result = winner === proposalId ? 'approved' : 'rejected';
      else if (winner && isDraft(winner)) result = 'rejected';
      else {
        // Neither the question nor the winner is given: read by the usual form of the question, the
        // base proposal "jaa" and the other "ei"; the reading is reported.
        const side = v.result ?? (v.counts.jaa === v.counts.ei ? undefined : v.counts.jaa > v.counts.ei ? 'jaa' : 'ei');
        result = side === 'ei' ? 'approved' : 'rejected';
        lost(
          where,
          `${vl} › result`,
          side ?? '',
          'Äänestyksen tulos ehdotukselle on johdettu oletuksella, että pohjaehdotus oli jaa.',
          'The outcome for the proposal is derived assuming the base proposal was jaa.',
        );
      }
      const c = v.counts;
      const counts: Vote['counts'] = { jaa: c.jaa, ei: c.ei };
      if (c.tyhja !== undefined) counts.tyhjä = c.tyhja;
      if (c.poissa !== undefined) counts.poissa = c.poissa;
      const ballots = [
        ...v.ballots.map((b) => ({
          name: person(b.personId) ?? b.personId,
          option: b.option === 'tyhja' ? ('tyhjä' as const) : b.option,
        })),
        ...(v.absentIds ?? []).map((id) => ({ name: person(id) ?? id, option: 'poissa' as const })),
      ];
      const parts = [`jaa ${c.jaa}`, `ei ${c.ei}`];
      if (c.tyhja !== undefined) parts.push(`tyhjää ${c.tyhja}`);
      if (c.poissa !== undefined) parts.push(`poissa ${c.poissa}`);
      return {
        id: v.id,
        ...(proposalId ? { proposalId } : {}),
        counts,
        result,
        // The sentence of the minutes is not a meeting-schema field: the counts are written out instead.
        text: `Äänestys: ${parts.join(', ')}.`,
        ...(v.question?.text ? { question: v.question.text.fi } : {}),
        ...(ballots.length ? { ballots } : {}),
        ...(v.castingVote ? { castingVote: 'chair' as const } : {}),
      };
    });

    const [dec, ...more] = decisionsOf.get(it.id) ?? [];
    let decision: AgendaItem['decision'];
    if (dec) {
      const dl = `decisions/${dec.id}`;
      sameAsItem('decisions', dec.id, provenance);
      rest(where, dl, dec, ['id', 'itemId', 'kind', 'text', 'voteIds']);
      const s = richSection('decision', 'Päätös', dec.text, where, `${dl} › text`);
      sections.push(s);
      decision = { kind: DECISION_KIND_BACK.get(dec.kind) ?? 'unknown', text: s.text };
    }
    for (const d of more) {
      sameAsItem('decisions', d.id, provenance);
      lost(where, `decisions/${d.id}`, d, 'Asiakohdalla on vain yksi päätös.', 'An item holds one decision only.');
    }

    const disqualifications = (disqOf.get(it.id) ?? []).map((d) => {
      sameAsItem('disqualifications', d.id, provenance);
      langs(where, `disqualifications/${d.id} › reason`, d.reason);
      rest(where, `disqualifications/${d.id}`, d, ['id', 'itemId', 'personId', 'reason']);
      return { name: person(d.personId) ?? d.personId, text: d.reason?.fi ?? '' };
    });
    const dissents = (dissentsOf.get(it.id) ?? []).map((d) => {
      sameAsItem('dissents', d.id, provenance);
      langs(where, `dissents/${d.id} › writtenReasons`, d.writtenReasons);
      rest(where, `dissents/${d.id}`, d, ['id', 'itemId', 'personId', 'writtenReasons']);
      return { name: person(d.personId) ?? d.personId, text: d.writtenReasons?.fi ?? '' };
    });
    const attachments: Attachment[] = it.attachments.map((a) => {
      const p = provOf('agendaItems', a.id);
      langs(where, `${loc}/attachments/${a.id} › name`, a.name);
      rest(where, `${loc}/attachments/${a.id}`, a, ['id', 'name', 'mediaType', 'url']);
      return {
        name: a.name.fi,
        ...(a.url ? { url: a.url } : {}),
        ...(a.mediaType ? { mediaType: a.mediaType } : {}),
        provenance: p,
      };
    });

    const presenter = person(it.presenterId);
    const caseRef = it.registerNumber ?? c?.registerNumber;
    return {
      id: it.id,
      order: it.order - 1,
      ...(number ? { number } : {}),
      title: { ...it.title },
      ...(caseRef ? { caseRef } : {}),
      ...(c?.taskClassification ? { classification: c.taskClassification } : {}),
      ...(presenter ? { presenter } : {}),
      preparers: it.preparerIds.map((id) => person(id) ?? id),
      ...(it.additional ? { additional: true } : {}),
      sections,
      proposals,
      votes,
      ...(decision ? { decision } : {}),
      disqualifications,
      dissents,
      attachments,
      history: [],
      provenance,
    };
  }

  // Memberships: the view derives them from the attendance lists; one not seen there is reported.
  const onList = new Set(
    meetings.flatMap((m) =>
      m.attendance
        .filter((a) => a.group === 'member')
        .map((a) => `${m.bodyId}\u0000${a.personId}\u0000${ROLE[a.role]}`),
    ),
  );
  for (const ms of ds.memberships) {
    const where = { file: fileOf('memberships', ms.id) };
    const seenOnList = onList.has(`${ms.bodyId}\u0000${ms.personId}\u0000${ms.role}`);
    if (!seenOnList)
      lost(
        where,
        `memberships/${ms.id}`,
        ms,
        'Jäsenyys ei näy yhdenkään kokouksen läsnäololuettelossa.',
        'The membership is on no attendance list.',
      );
    else rest(where, `memberships/${ms.id}`, ms, ['id', 'personId', 'bodyId', 'role', 'votingRight']);
  }

  // People, memberships and cases have no provenance in the view: theirs is kept when it is the
  // origin of a meeting, item or body of the view (toMeetingDataset derives it from those again).
  const kept = new Set<string>();
  const key = (p: Provenance | DatasetProvenance): string => JSON.stringify([p.system, p.file, p.sourceId, p.url]);
  for (const b of bodies) b.provenance.forEach((p) => kept.add(key(p)));
  for (const m of meetings) {
    kept.add(key(m.provenance));
    for (const it of m.items) kept.add(key(it.provenance));
  }
  for (const p of ds.provenance)
    if ((p.collection === 'people' || p.collection === 'memberships' || p.collection === 'cases') && kept.has(key(p)))
      used.add(p);
  // Provenance the view has no place for (a person's of its own, a proposal's that differs from its item's).
  const unused = new Map<string, DatasetProvenance[]>();
  for (const p of ds.provenance) if (!used.has(p)) unused.set(p.collection, [...(unused.get(p.collection) ?? []), p]);
  for (const [collection, list] of unused)
    lost(
      { file: list[0]?.file ?? file },
      `provenance › ${collection}`,
      list,
      `${list.length} alkuperätietoa (${collection}) ei ole yhteentoimivuusmallissa omina tietoinaan.`,
      `${list.length} provenance entries (${collection}) have no place of their own in the interop view.`,
    );

  const document: InteropDocument = {
    format: 'digikokous-interop',
    version: 1,
    system: ds.source.system,
    bodies,
    persons,
    meetings,
    warnings: [...ds.warnings.map((w) => ({ ...w })), ...warnings],
  };
  return { success: true, document, warnings };
}
