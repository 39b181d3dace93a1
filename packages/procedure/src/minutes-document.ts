import type {
  AppealInstruction,
  AttendanceRecord,
  Block,
  BodyKind,
  Decision,
  LocalizedRichText,
  Minutes,
  MinutesItem,
  Role,
  Vote,
} from '@digikokous/meeting-schema';
import { bodyKinds, dissentBasisLabels, meetingModeLabels, roleLabels, roles } from '@digikokous/meeting-schema/codes';
import { helsinkiDate } from './calendar.js';
import {
  capitalise,
  draftMinutesText,
  fmtDate,
  fmtTime,
  listJoin,
  plainText,
  T,
  type DraftMinutesOptions,
  type MinutesLanguage,
  type MinutesPerson,
  type MinutesText,
} from './minutes.js';
import { isCouncilKind, isQuorate } from './quorum.js';
import type { MeetingState } from './state.js';

const ms = (instant: string): number => Date.parse(instant);
const paragraphs = (lines: readonly string[]): Block[] =>
  lines.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }));

/**
 * Drafts the minutes (pöytäkirja / protokoll, KL 107 §) as the kit's minutes document (meeting-schema `Minutes`,
 * valid for `parseMinutes`): the meeting, the attendance (arrivals and departures per item), legality and quorum
 * (KL 94 § 4 mom, KL 103 §) with its written text, the minutes checkers, and for each decided § the proposals,
 * votes (KL 104 §), elections and lots (KL 105 §), disqualifications (HL 27–28 §), dissents (KL 106 §), the
 * written proceedings (käsittely / behandling) in the established minute style, the decision and the appeal
 * instruction (KL 134–141 §) whose text carries the computed dates when `publishedOn` is given (KL 140 § 3 mom,
 * KL 138 §, laki 150/1930 5 §).
 *
 * Texts always carry Finnish (the schema requires it); Swedish minutes carry Swedish beside it, and `language`
 * records which one the minutes were drafted in. A § whose decision is not yet recorded is not part of the
 * document (minutes record decisions); {@link draftMinutesText} gives the live text of an open item.
 * The minutes are a draft: no signatures, checking date or publication yet (KL 107 §, KL 140 §).
 */
export function draftMinutes(state: MeetingState, options: DraftMinutesOptions): Minutes {
  const lang = options.lang;
  const fi = draftMinutesText(state, { ...options, lang: 'fi' });
  const sv = lang === 'sv' ? draftMinutesText(state, options) : undefined;
  const rich = (pick: (t: MinutesText) => readonly string[] | undefined): LocalizedRichText | undefined => {
    const f = pick(fi);
    if (!f || f.length === 0) return undefined;
    const out: LocalizedRichText = { fi: paragraphs(f) };
    const s = sv && pick(sv);
    if (s && s.length > 0) out.sv = paragraphs(s);
    return out;
  };
  const people = new Map((options.people ?? []).map((p) => [p.id, p]));
  const nameOf = (id: string) => {
    const p = people.get(id);
    return p ? `${p.givenName} ${p.familyName}` : id;
  };
  const bodyKind: BodyKind = (bodyKinds as readonly string[]).includes(state.body.kind)
    ? (state.body.kind as BodyKind)
    : isCouncilKind(state.body.kind)
      ? 'valtuusto'
      : 'lautakunta';
  const asRole = (r: string | undefined, votingRight: boolean): Role =>
    r !== undefined && (roles as readonly string[]).includes(r)
      ? (r as Role)
      : votingRight
        ? 'jasen'
        : 'muu-lasnaolija';
  const m = state.meeting;
  const startedAt = state.openedAt ?? m.startsAt ?? state.lastAt ?? '1970-01-01T00:00:00Z';
  const endedAt = state.closedAt ?? state.lastAt ?? startedAt;
  const itemEnd = (id: string) => {
    const it = state.items.get(id);
    return it?.closedAt !== undefined ? ms(it.closedAt) : Infinity;
  };

  // ---- attendance --------------------------------------------------------------------------------------------------
  const attendance: AttendanceRecord[] = [];
  for (const a of state.attendance.values()) {
    const first = a.periods[0];
    if (!first) continue;
    const last = a.periods.at(-1)!;
    const rec: AttendanceRecord = {
      personId: a.personId,
      name: nameOf(a.personId),
      role: asRole(a.personId === state.chairId ? 'puheenjohtaja' : a.role, a.votingRight),
      votingRight: a.votingRight,
      status: 'lasna',
      arrivedAt: first.from,
      // HL 27 §: a disqualified member is away during the item; otherwise away when no period overlaps the item.
      absentDuringItemIds: state.itemOrder.filter((id) => {
        const it = state.items.get(id)!;
        if (it.disqualified.has(a.personId)) return true;
        const from = ms(it.openedAt);
        const to = itemEnd(id);
        return !a.periods.some((p) => ms(p.from) <= to && (p.to === undefined || ms(p.to) > from));
      }),
    };
    const mode = a.mode ?? first.mode;
    if (mode) rec.mode = mode;
    if (a.substituteFor !== undefined) rec.substituteFor = a.substituteFor;
    if (first.fromItemId !== undefined) rec.arrivedDuringItemId = first.fromItemId;
    if (last.to !== undefined && last.to !== state.closedAt && last.leftBecause !== 'esteellisyys') {
      rec.leftAt = last.to;
      if (last.toItemId !== undefined) rec.leftDuringItemId = last.toItemId;
    }
    attendance.push(rec);
  }
  const seatRoles = new Set<string>(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);
  const seatHolders = (m.invitees ?? []).filter((i) => seatRoles.has(i.role)).map((i) => i.personId);
  for (const i of m.invitees ?? [])
    if (seatRoles.has(i.role) && !state.attendance.get(i.personId)?.periods.length)
      attendance.push({
        personId: i.personId,
        name: nameOf(i.personId),
        role: i.role,
        votingRight: true,
        status: 'poissa',
        absentDuringItemIds: [],
      });

  // ---- legality and quorum (KL 94 §, KL 103 §) ---------------------------------------------------------------------
  const seats = Math.min(99, Math.max(1, state.body.seats));
  const lq = state.legality;
  const presentNow = [...state.attendance.values()].filter((a) => a.present && a.votingRight).length;
  const membersPresent = Math.min(seats, lq?.membersPresent ?? presentNow);
  const legalityAndQuorum: Minutes['legalityAndQuorum'] = {
    lawfullyConvened: lq?.lawfullyConvened ?? false,
    quorate: lq?.quorate ?? isQuorate({ kind: state.body.kind, seats }, membersPresent),
    membersPresent,
    seats,
  };
  if (lq) legalityAndQuorum.statedAt = lq.at;
  if (lq?.note) legalityAndQuorum.note = lq.note;
  const legalityText = rich((t) => t.legality);
  if (legalityText) legalityAndQuorum.text = legalityText;

  // ---- items -------------------------------------------------------------------------------------------------------
  const agenda = [...(m.items ?? []), ...(options.extraItems ?? [])];
  const items: MinutesItem[] = [];
  for (const itemId of state.itemOrder) {
    const it = state.items.get(itemId)!;
    if (!it.decision) continue;
    const a = agenda.find((x) => x.id === itemId);
    const sectionFi = fi.sections.find((s) => s.itemId === itemId)!;
    const sectionSv = sv?.sections.find((s) => s.itemId === itemId);
    const votes: Vote[] = [];
    for (const v of it.votes) {
      if (!v.closed) continue;
      const ballots = [...v.ballots].map(([personId, option]) => ({ personId, option }));
      // KL 104 §: the members whose seat cast no ballot (a deputy votes for the member they replace).
      const votedSeats = new Set(ballots.map((b) => state.attendance.get(b.personId)?.substituteFor ?? b.personId));
      const vote: Vote = {
        id: v.voteId,
        itemId,
        question: v.question,
        method: v.method,
        ballots,
        absentIds: seatHolders.filter((id) => !votedSeats.has(id)),
        counts: v.closed.counts,
        result: v.closed.result,
        castingVote: v.closed.castingVote,
        winningProposalId: v.closed.winningProposalId,
        openedAt: v.openedAt,
        closedAt: v.closed.at,
      };
      votes.push(vote);
    }
    const { recordedAt: _recordedAt, ...decision } = it.decision;
    const appealText = rich(() => sectionFi.appeal.text);
    if (appealText && sectionSv) appealText.sv = paragraphs(sectionSv.appeal.text);
    const item: MinutesItem = {
      itemId,
      order: items.length + 1,
      sectionNumber: it.sectionNumber,
      title: a?.title ?? { fi: itemId },
      additional: a?.additional ?? false,
      publicity: a?.publicity ?? { status: 'julkinen' },
      attachments: a?.attachments ?? [],
      proposals: it.proposals.map((p) => {
        const out: MinutesItem['proposals'][number] = {
          id: p.id,
          itemId,
          kind: p.kind,
          seconderIds: [...p.seconderIds],
          text: p.text,
          madeAt: p.madeAt,
        };
        if (p.proposerId !== undefined) out.proposerId = p.proposerId;
        if (p.amendsProposalId !== undefined) out.amendsProposalId = p.amendsProposalId;
        if (p.withdrawn) out.withdrawn = true;
        return out;
      }),
      votes,
      elections: it.elections.map(({ heldAt: _heldAt, ...e }) => e),
      disqualifications: it.disqualifications.map((d) => {
        const out: MinutesItem['disqualifications'][number] = {
          id: d.disqualificationId,
          itemId,
          personId: d.personId,
          ground: d.ground,
          declaredBy: d.declaredBy,
          declaredAt: d.at,
          decidedByBody: d.decidedByBody,
          disqualified: d.disqualified,
        };
        if (d.reason) out.reason = d.reason;
        return out;
      }),
      dissents: it.dissents.map((d) => {
        const out: MinutesItem['dissents'][number] = {
          id: d.dissentId,
          itemId,
          personId: d.personId,
          basis: d.basis,
          recordedAt: d.at,
        };
        if (d.writtenReasons) out.writtenReasons = d.writtenReasons;
        return out;
      }),
      speakers: it.speakers.map((s) => {
        const out: NonNullable<MinutesItem['speakers']>[number] = {
          id: s.entryId,
          itemId,
          personId: s.personId,
          kind: s.kind,
          requestedAt: s.requestedAt,
        };
        if (s.repliesToEntryId !== undefined) out.repliesToEntryId = s.repliesToEntryId;
        if (s.grantedAt !== undefined) out.startedAt = s.grantedAt;
        if (s.endedAt !== undefined) out.endedAt = s.endedAt;
        return out;
      }),
      decision: { ...decision, appeal: appealOf(decision, sectionFi.appeal.kind, appealText) },
    };
    if (a?.publicTitle) item.publicTitle = a.publicTitle;
    if (a?.caseId) item.caseId = a.caseId;
    if (a?.registerNumber) item.registerNumber = a.registerNumber;
    if (a?.presenterId) item.presenterId = a.presenterId;
    const proceedings = rich((t) => (t === fi ? sectionFi : sectionSv)?.proceedings);
    if (proceedings) item.proceedings = proceedings;
    items.push(item);
  }

  const doc: Minutes = {
    schemaVersion: '1.0',
    id: `${state.meetingId}-poytakirja`,
    language: lang,
    meeting: {
      id: state.meetingId,
      bodyId: m.bodyId ?? bodyKind,
      bodyKind,
      bodyName: options.bodyName ?? { fi: 'Toimielin', sv: 'Organ' },
      number: m.number ?? 1,
      year: m.year ?? Number(helsinkiDate(startedAt).slice(0, 4)),
      mode: state.mode ?? m.mode ?? 'lasnaolo',
      public: m.public ?? true,
      startedAt,
      endedAt,
    },
    attendance,
    legalityAndQuorum,
    minutesCheckerIds: [...state.minutesCheckerIds],
    items,
    signatures: [],
  };
  if (m.location) doc.meeting.location = m.location;
  return doc;

  /** The appeal instruction as given in the decision (or the default of KL 134–135 §) with the written text. */
  function appealOf(
    decision: Decision,
    kind: AppealInstruction['kind'],
    text: LocalizedRichText | undefined,
  ): AppealInstruction {
    const given = decision.appeal;
    const base: AppealInstruction =
      given ??
      (kind === 'oikaisuvaatimus'
        ? { kind, periodDays: 14, authority: options.bodyName ?? { fi: 'Toimielin', sv: 'Organ' } }
        : kind === 'muutoksenhakukielto'
          ? { kind, legalBasis: 'KL 136 §' }
          : { kind, periodDays: 30, authority: { fi: 'Hallinto-oikeus', sv: 'Förvaltningsdomstolen' } });
    return text ? { ...base, text } : base;
  }
}

export interface RenderMinutesOptions {
  /** The language to render; defaults to the minutes' own `language`, then Finnish. */
  lang?: MinutesLanguage;
  /** People for titles (e.g. "kunnanjohtaja") and family-name order; the records' names are used otherwise. */
  people?: readonly MinutesPerson[];
}

/**
 * Renders a minutes document as Markdown for review, printing or conversion, in the established order of
 * Finnish and Swedish minutes: time, place, attendance, legality and quorum, minutes checkers, then each §
 * with its proceedings (käsittely / behandling), decision, dissents (KL 106 §) and appeal instructions (KL 141 §).
 */
export function renderMinutes(m: Minutes, options: RenderMinutesOptions = {}): string {
  const lang: MinutesLanguage = options.lang ?? m.language ?? 'fi';
  const t = T[lang];
  const council = m.meeting.bodyKind === 'valtuusto';
  const people = new Map((options.people ?? []).map((p) => [p.id, p]));
  const records = new Map(m.attendance.map((a) => [a.personId, a]));
  const loc = (x: { fi: string; sv?: string } | undefined) => (x ? (lang === 'sv' ? (x.sv ?? x.fi) : x.fi) : '');
  const locRich = (x: LocalizedRichText | undefined) =>
    x ? plainText(lang === 'sv' ? (x.sv ?? x.fi) : x.fi) : ([] as string[]);
  const name = (id: string): string => {
    const p = people.get(id);
    return records.get(id)?.name ?? (p ? `${p.givenName} ${p.familyName}` : id);
  };
  const roleOf = (id: string): string => {
    const a = records.get(id);
    if (a?.role === 'puheenjohtaja') return t.chair;
    if (a?.role === 'varajasen') return council ? t.deputyCouncillor : t.deputy;
    if (a?.role === 'jasen' || a?.role === 'varapuheenjohtaja') return council ? t.councillor : t.member;
    const title = people.get(id)?.title;
    if (title) return (lang === 'sv' ? title.sv : title.fi) ?? title.fi;
    return a ? roleLabels[a.role][lang] : '';
  };
  const sectionOf = (itemId: string | undefined) => m.items.find((i) => i.itemId === itemId)?.sectionNumber;
  const ofItem = (itemId: string | undefined, pre: string) => {
    const s = sectionOf(itemId);
    return s === undefined ? '' : lang === 'fi' ? ` § ${s}:n aikana` : ` ${pre} § ${s}`;
  };

  const lines: string[] = [];
  const number = ` ${m.meeting.number}/${m.meeting.year}`;
  lines.push(`# ${loc(m.meeting.bodyName).toUpperCase()} – ${t.minutes}${number}`, '');
  const day = fmtDate(helsinkiDate(m.meeting.startedAt));
  lines.push(`**${t.time}:** ${day} ${t.at} ${fmtTime(m.meeting.startedAt)}–${fmtTime(m.meeting.endedAt)}  `);
  if (m.meeting.location) lines.push(`**${t.place}:** ${loc(m.meeting.location.name)}  `);
  lines.push(`**${t.mode}:** ${meetingModeLabels[m.meeting.mode][lang]}`);

  const openedAt = m.legalityAndQuorum.statedAt ?? m.meeting.startedAt;
  const row = (a: AttendanceRecord) => {
    const notes: string[] = [];
    if (a.mode === 'etana') notes.push(t.remote);
    if (a.substituteFor !== undefined)
      notes.push(
        lang === 'fi'
          ? `varsinainen ${council ? 'valtuutettu' : 'jäsen'}: ${name(a.substituteFor)}`
          : `i stället för ${name(a.substituteFor)}`,
      );
    if (a.arrivedAt !== undefined && ms(a.arrivedAt) > ms(openedAt))
      notes.push(
        lang === 'fi'
          ? `saapui ${t.at} ${fmtTime(a.arrivedAt)}${ofItem(a.arrivedDuringItemId, 'under')}`
          : `anlände ${t.at} ${fmtTime(a.arrivedAt)}${ofItem(a.arrivedDuringItemId, 'under')}`,
      );
    if (a.leftAt !== undefined)
      notes.push(
        lang === 'fi'
          ? `poistui ${t.at} ${fmtTime(a.leftAt)}${ofItem(a.leftDuringItemId, 'under')}`
          : `avlägsnade sig ${t.at} ${fmtTime(a.leftAt)}${ofItem(a.leftDuringItemId, 'under')}`,
      );
    return `- ${a.name}, ${roleOf(a.personId)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  };
  // The chair first, then members, then deputies, each by family name.
  const key = (a: AttendanceRecord) => {
    const rank = a.role === 'puheenjohtaja' ? 0 : a.role === 'varajasen' ? 2 : 1;
    const p = people.get(a.personId);
    return `${rank}${p ? `${p.familyName} ${p.givenName}` : (a.name.split(' ').at(-1) ?? a.name)}`;
  };
  const present = m.attendance
    .filter((a) => a.status === 'lasna' && a.votingRight)
    .sort((x, y) => key(x).localeCompare(key(y), lang));
  const absent = m.attendance.filter((a) => a.status === 'poissa');
  const others = m.attendance.filter((a) => a.status === 'lasna' && !a.votingRight);
  lines.push('', `## ${t.present}`, '', ...present.map(row));
  if (absent.length) lines.push('', `## ${t.absent}`, '', ...absent.map((a) => `- ${a.name}, ${roleOf(a.personId)}`));
  if (others.length) lines.push('', `## ${t.others}`, '', ...others.map(row));
  lines.push('', `## ${t.legality}`, '', ...locRich(m.legalityAndQuorum.text).flatMap((p) => [p, '']));
  if (m.minutesCheckerIds.length) lines.push(`## ${t.checkers}`, '', listJoin(m.minutesCheckerIds.map(name), lang), '');

  for (const it of m.items) {
    lines.push(`## § ${it.sectionNumber} ${loc(it.title)}`, '');
    const p = it.publicity;
    if (p.status === 'salassa-pidettava' || p.status === 'osittain-salassa-pidettava') {
      let marking = p.marking ?? (lang === 'fi' ? 'SALASSA PIDETTÄVÄ' : 'SEKRETESSBELAGD');
      if (lang === 'sv')
        marking = marking
          .replace('SALASSA PIDETTÄVÄ', 'SEKRETESSBELAGD')
          .replace(/\bJulkL\b/, 'OffentlighetsL')
          .replace(/ k$/, ' punkten');
      lines.push(`**${marking}**`, '');
    }
    if (it.registerNumber) lines.push(`${t.register} ${it.registerNumber}  `);
    if (it.presenterId) lines.push(`${t.presenter}: ${name(it.presenterId)}, ${roleOf(it.presenterId)}`);
    if (it.registerNumber || it.presenterId) lines.push('');
    const proceedings = locRich(it.proceedings);
    if (proceedings.length) lines.push(`### ${t.proceedings}`, '', ...proceedings.flatMap((x) => [x, '']));
    lines.push(`### ${t.decision}`, '', ...locRich(it.decision.text).flatMap((x) => [x, '']));
    if (lang === 'sv' && (!it.decision.text.sv || (it.proceedings && !it.proceedings.sv)))
      lines.push(`_${t.untranslated.trim()}_`, '');
    if (it.dissents.length) {
      lines.push(`### ${t.dissents}`, '');
      for (const d of it.dissents) {
        const basis = dissentBasisLabels[d.basis][lang];
        const who = `${capitalise(roleOf(d.personId))} ${name(d.personId)}`.trim();
        const reasons = d.writtenReasons
          ? ` ${lang === 'fi' ? 'Perustelut' : 'Motivering'}: ${loc(d.writtenReasons)}`
          : '';
        lines.push(
          lang === 'fi'
            ? `${who} ilmoitti eriävän mielipiteen (${basis}).${reasons}`
            : `${who} anmälde avvikande mening (${basis}).${reasons}`,
          '',
        );
      }
    }
    const appeal = it.decision.appeal;
    if (appeal)
      lines.push(`### ${appealHeading(appeal.kind, lang)}`, '', ...locRich(appeal.text).flatMap((x) => [x, '']));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function appealHeading(kind: AppealInstruction['kind'], lang: MinutesLanguage): string {
  const h = {
    oikaisuvaatimus: { fi: 'OIKAISUVAATIMUSOHJE', sv: 'ANVISNING OM HUR MAN BEGÄR OMPRÖVNING' },
    kunnallisvalitus: { fi: 'VALITUSOSOITUS, KUNNALLISVALITUS', sv: 'BESVÄRSANVISNING, KOMMUNALBESVÄR' },
    hallintovalitus: { fi: 'VALITUSOSOITUS, HALLINTOVALITUS', sv: 'BESVÄRSANVISNING, FÖRVALTNINGSBESVÄR' },
    muutoksenhakukielto: { fi: 'MUUTOKSENHAKUKIELTO', sv: 'BESVÄRSFÖRBUD' },
  } as const;
  return h[kind][lang];
}
