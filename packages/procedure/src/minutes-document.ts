import type {
  AppealInstruction,
  AttendanceRecord,
  Block,
  BodyKind,
  LocalizedRichText,
  Minutes,
  MinutesAppealInstruction,
  MinutesItem,
  Role,
  Vote,
} from '@digikokous/meeting-schema';
import { bodyKinds, roles } from '@digikokous/meeting-schema/codes';
import { helsinkiDate } from './calendar.js';
import { draftMinutesText, type DraftMinutesOptions, type MinutesText, type MinutesTextAppeal } from './minutes.js';
import { personalDataRemovalAfter, type AppealRemedy } from './minutes/appeal.js';
import { isCouncilKind, isQuorate } from './quorum.js';
import type { MeetingState } from './state.js';

export { renderMinutes, renderMinutesHtml, type RenderMinutesOptions } from './minutes/render.js';

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
 * The remedy of each § is chosen per decision (`appealInstructionFor`) and written once into the appendix
 * `appealInstructions` (KL 141 §), which each § references by `appealInstructionId`. The base proposal is in
 * `draftDecision`; a confidential § handled behind closed doors in a public meeting has `closedSession` (KL 101 §).
 * The minutes are a draft: no signatures, checking date or publication yet (KL 107 §, KL 140 §); add them as the
 * secretary signs ({@link personalDataUntil} gives the publication's removal date).
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
  // Each item's span parsed once (not once per attendee and item).
  const spans = state.itemOrder.map((id) => {
    const it = state.items.get(id)!;
    return { id, it, from: ms(it.openedAt), to: it.closedAt !== undefined ? ms(it.closedAt) : Infinity };
  });

  // ---- attendance --------------------------------------------------------------------------------------------------
  const attendance: AttendanceRecord[] = [];
  const absentDuring = (
    periods: MeetingState['attendance'] extends Map<string, infer A>
      ? A extends { periods: infer P }
        ? P
        : never
      : never,
    personId: string,
  ): string[] => {
    const ps = (periods as { from: string; to?: string }[]).map((p) => ({
      from: ms(p.from),
      to: p.to === undefined ? Infinity : ms(p.to),
    }));
    const out: string[] = [];
    for (const s of spans) {
      if (s.it.disqualified.has(personId)) out.push(s.id);
      else if (!ps.some((p) => p.from <= s.to && p.to > s.from)) out.push(s.id);
    }
    return out;
  };
  for (const a of state.attendance.values()) {
    const first = a.periods[0];
    if (!first) continue;
    const last = a.periods.at(-1)!;
    const rec: AttendanceRecord = {
      personId: a.personId,
      name: nameOf(a.personId),
      role: asRole(
        a.personId === state.chairId && a.role !== 'varapuheenjohtaja' ? 'puheenjohtaja' : a.role,
        a.votingRight,
      ),
      votingRight: a.votingRight,
      status: 'lasna',
      arrivedAt: first.from,
      // HL 27 §: a disqualified member is away during the item; otherwise away when no period overlaps the item.
      absentDuringItemIds: absentDuring(a.periods, a.personId),
    };
    const mode = a.mode ?? first.mode;
    if (mode) rec.mode = mode;
    if (a.substituteFor !== undefined) rec.substituteFor = a.substituteFor;
    if (first.fromItemId !== undefined) rec.arrivedDuringItemId = first.fromItemId;
    if (last.to !== undefined && last.to !== state.closedAt && last.leftBecause !== 'esteellisyys') {
      rec.leftAt = last.to;
      if (last.toItemId !== undefined) rec.leftDuringItemId = last.toItemId;
      if (last.leftCause === 'connection-lost') rec.leftCause = 'connection-lost';
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
  // The § open when the chair stated legality and quorum prints that text, once.
  if (lq) {
    const at = ms(lq.at);
    const during = spans.find((x) => x.from <= at && at <= x.to);
    if (during) legalityAndQuorum.itemId = during.id;
  }

  // ---- items -------------------------------------------------------------------------------------------------------
  const agenda = [...(m.items ?? []), ...(options.extraItems ?? [])];
  const items: MinutesItem[] = [];
  const fiSections = new Map(fi.sections.map((x) => [x.itemId, x]));
  const svSections = sv && new Map(sv.sections.map((x) => [x.itemId, x]));
  const agendaById = new Map(agenda.map((x) => [x.id, x]));
  const appendix: MinutesAppealInstruction[] = [];
  const appendixByText = new Map<string, MinutesAppealInstruction>();
  for (const itemId of state.itemOrder) {
    const it = state.items.get(itemId)!;
    if (!it.decision) continue;
    const a = agendaById.get(itemId);
    const sectionFi = fiSections.get(itemId)!;
    const sectionSv = svSections?.get(itemId);
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
    const { recordedAt: _recordedAt, appeal: _recorded, ...decision } = it.decision;
    const instruction = appendixEntry(sectionFi.appeal, sectionSv?.appeal, it.sectionNumber);
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
      decision,
      appealInstructionId: instruction.id,
    };
    const appeal = schemaAppeal(sectionFi.appeal.remedy, it.decision.appeal);
    if (appeal) item.decision.appeal = appeal;
    if (sectionFi.closedSession) item.closedSession = true;
    const base = rich((t) => (t === fi ? sectionFi : sectionSv)?.baseProposal);
    if (base && sectionSv?.baseProposalInFinnish) delete base.sv;
    if (base) item.draftDecision = base;
    if (a?.publicTitle) item.publicTitle = a.publicTitle;
    if (a?.caseId) item.caseId = a.caseId;
    if (a?.registerNumber) item.registerNumber = a.registerNumber;
    if (a?.presenterId) item.presenterId = a.presenterId;
    const proceedings = rich((t) => (t === fi ? sectionFi : sectionSv)?.proceedings);
    if (proceedings) item.proceedings = proceedings;
    if (sectionSv && sectionSv.proceedingsInFinnish.length > 0)
      item.proceedingsInOriginalLanguage = [...sectionSv.proceedingsInFinnish];
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
  if (appendix.length > 0) doc.appealInstructions = appendix;
  if (options.municipalityName) doc.municipalityName = options.municipalityName;
  if (state.chairId) doc.chairId = state.chairId;
  if (state.secretaryId) doc.secretaryId = state.secretaryId;
  if (sv) doc.translation = { from: 'fi', complete: !sv.untranslated };
  return doc;

  /** One appendix entry per distinct instruction text; the § numbers it covers accumulate (KL 141 §). */
  function appendixEntry(
    a: MinutesTextAppeal,
    b: MinutesTextAppeal | undefined,
    sectionNumber: number,
  ): MinutesAppealInstruction {
    // The text follows from the remedy (and the publication date, the same for the whole draft).
    const key = JSON.stringify(a.remedy);
    const found = appendixByText.get(key);
    if (found) {
      found.sectionNumbers.push(sectionNumber);
      return found;
    }
    const text: LocalizedRichText = { fi: paragraphs(a.text) };
    if (b) text.sv = paragraphs(b.text);
    const entry: MinutesAppealInstruction = {
      id: `muutoksenhaku-${appendix.length + 1}`,
      kind: a.kind,
      sectionNumbers: [sectionNumber],
      legalBasis: [...a.remedy.legalBasis],
      text,
    };
    if (a.remedy.periodDays !== undefined) entry.periodDays = a.remedy.periodDays;
    if (a.remedy.prohibitionGround) entry.prohibitionGround = a.remedy.prohibitionGround;
    if (a.remedy.authority) entry.authority = a.remedy.authority;
    appendix.push(entry);
    appendixByText.set(key, entry);
    return entry;
  }
}

/** The decision's `appeal` in the schema's four kinds (the procurement remedy lives in the appendix only). */
function schemaAppeal(r: AppealRemedy, recorded: AppealInstruction | undefined): AppealInstruction | undefined {
  const name = r.addressee ?? r.authority?.name;
  switch (r.kind) {
    case 'muutoksenhakukielto':
      return { kind: r.kind, legalBasis: r.legalBasis.join(', ') };
    case 'oikaisuvaatimus':
      return name ? { kind: r.kind, periodDays: 14, authority: name } : recorded;
    case 'kunnallisvalitus':
    case 'hallintovalitus':
      return name && r.periodDays !== undefined
        ? { kind: r.kind, periodDays: r.periodDays, authority: name }
        : recorded;
    case 'hankintaoikaisu':
      return recorded;
  }
}

/**
 * The last day personal data may stay online (KL 140 § 1 mom): the end of the longest remedy period of the
 * minutes' own instructions, counted from the members' notification 7 days after `publishedOn` (KL 140 § 3 mom).
 * Minutes whose §s carry only claims for rectification keep personal data 14 days, not the 30 of an appeal.
 */
export function personalDataUntil(minutes: Pick<Minutes, 'appealInstructions'>, publishedOn: string): string {
  let last = personalDataRemovalAfter({ kind: 'muutoksenhakukielto', legalBasis: [] }, publishedOn);
  for (const a of minutes.appealInstructions ?? []) {
    const remedy: AppealRemedy = { kind: a.kind, legalBasis: a.legalBasis };
    if (a.periodDays !== undefined) remedy.periodDays = a.periodDays;
    const day = personalDataRemovalAfter(remedy, publishedOn);
    if (day > last) last = day;
  }
  return last;
}
