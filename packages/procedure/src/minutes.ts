import type { AgendaItem, Block, Inline, LocalizedRichText } from '@digikokous/meeting-schema';
import {
  baseProposalSourceLabels,
  disqualificationGroundCitations,
  disqualificationGroundLabels,
  dissentBasisLabels,
  electionKindLabels,
  meetingModeLabels,
  proposalKindLabels,
  roleLabels,
  speechKindLabels,
  voteMethodLabels,
  type BaseProposalSource,
  type Role,
} from '@digikokous/meeting-schema/codes';
import { helsinkiDate } from './calendar.js';
import { invitationLatest } from './deadlines.js';
import { baseProposal } from './item-queries.js';
import {
  appealInstructionFor,
  appealInstructionText,
  type AppealConfiguration,
  type AppealRemedy,
  type RemedyChoice,
} from './minutes/appeal.js';
import { fi as phrasesFi } from './minutes/phrases-fi.js';
import type { MinutesLanguage, MinutesPhrases } from './minutes/phrases.js';
import { sv as phrasesSv } from './minutes/phrases-sv.js';
import { isCouncilKind, requiredForQuorum } from './quorum.js';
import type { ItemState, MeetingState, ProposalState } from './state.js';

export type { MinutesLanguage } from './minutes/phrases.js';

/** The phrase table of a language. */
export function phrasesFor(lang: MinutesLanguage): MinutesPhrases {
  return lang === 'sv' ? phrasesSv : phrasesFi;
}

/** A person's display data; any `Person` of meeting-schema fits. */
export interface MinutesPerson {
  id: string;
  givenName: string;
  familyName: string;
  title?: { fi: string; sv?: string };
}

export interface DraftMinutesOptions {
  lang: MinutesLanguage;
  /** People for names (e.g. the organisation fixture's `people`); ids are shown otherwise. */
  people?: readonly MinutesPerson[];
  /** The body's name, e.g. `{ fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' }`. */
  bodyName?: { fi: string; sv?: string };
  /** The municipality's name for the front page, e.g. `{ fi: 'Esimerkkilän kunta', sv: 'Exempelby kommun' }`. */
  municipalityName?: { fi: string; sv?: string };
  /** Agenda items not in `meeting.items` (e.g. an additional item taken up under KL 95 §). */
  extraItems?: readonly AgendaItem[];
  /** The date the minutes go online (YYYY-MM-DD): appeal dates are then computed (KL 140 § 3 mom, KL 138 §). */
  publishedOn?: string;
  /**
   * Authorities and special laws for the appeal instructions (HL 47 §). Without it the instructions name the body
   * and the court recorded with the decision (or "hallinto-oikeus") without contact details.
   */
  appeal?: AppealConfiguration;
  /** The secretary's remedy per item id where the default of {@link appealInstructionFor} does not apply. */
  remedies?: Readonly<Record<string, RemedyChoice>>;
  /** How an attendee without a seat is described, e.g. `{ p001: { fi: 'valtuuston puheenjohtaja', sv: … } }`. */
  attendeeRoles?: Readonly<Record<string, { fi: string; sv?: string }>>;
}

export interface MinutesTextAppeal {
  kind: AppealRemedy['kind'];
  heading: string;
  text: string[];
  /** The last day of the period when the publication date is known. */
  lastDay?: string;
  remedy: AppealRemedy;
}

export interface MinutesTextSection {
  itemId: string;
  sectionNumber: number;
  title: string;
  registerNumber?: string;
  /** The secrecy marking when the item is confidential (JulkL 24 §, 25 §). */
  secrecyMarking?: string;
  /** Set when the item was handled behind closed doors in a public meeting (KL 101 §). */
  closedSession?: string;
  /** "Esittelijä: …" (never in the council, which has no presenting official). */
  presenter?: string;
  /** Päätösehdotus / kunnanhallituksen ehdotus: the base proposal as it was put. */
  baseProposalHeading?: string;
  baseProposal: string[];
  /** True when the base proposal exists only in Finnish (Swedish minutes keep it in Finnish, marked). */
  baseProposalInFinnish: boolean;
  /** Käsittely / Behandling, paragraph by paragraph. */
  proceedings: string[];
  /** Indexes of `proceedings` paragraphs kept in Finnish in Swedish minutes (quoted proposals). */
  proceedingsInFinnish: number[];
  /** Päätös / Beslut. */
  decision: string[];
  /** Eriävät mielipiteet / Avvikande meningar (KL 106 §). */
  dissents: string[];
  appeal: MinutesTextAppeal;
  /** True when some text was only available in Finnish (Swedish minutes). */
  untranslated: boolean;
}

/**
 * The minutes as plain text paragraphs per part (the text model behind {@link draftMinutes}): useful for live
 * minutes of an item still open, which the minutes document does not yet contain.
 */
export interface MinutesText {
  lang: MinutesLanguage;
  title: string;
  meetingId: string;
  municipality?: string;
  body: string;
  time: string;
  place?: string;
  mode?: string;
  chair?: string;
  secretary?: string;
  attendance: { present: string[]; absent: string[]; others: string[] };
  /** Kokouksen laillisuus ja päätösvaltaisuus / Sammanträdets laglighet och beslutförhet (KL 94 §, KL 103 §). */
  legality: string[];
  minutesCheckers: string[];
  sections: MinutesTextSection[];
  /** True when a Swedish text fell back to Finnish somewhere (the minutes are a translation in part). */
  untranslated: boolean;
}

/** d.m.yyyy as Finnish and Swedish minutes write dates. */
export function fmtDate(iso: string): string {
  return phrasesFi.date(iso);
}

// Built on first use (the first Intl formatter of a process is costly; see calendar.ts).
let timeFormat: Intl.DateTimeFormat | undefined;
/** hh.mm in Helsinki time. */
export function fmtTime(instant: string): string {
  timeFormat ??= new Intl.DateTimeFormat('fi-FI', {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = timeFormat.formatToParts(new Date(Date.parse(instant)));
  const h = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const m = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${h}.${m}`;
}

export function listJoin(names: readonly string[], lang: MinutesLanguage): string {
  return phrasesFor(lang).list(names);
}

export function plainText(blocks: readonly Block[]): string[] {
  const inline = (xs: readonly Inline[]): string =>
    xs
      .map((x) => (x.type === 'text' ? x.text : x.type === 'link' ? x.content.map((c) => c.text).join('') : ' '))
      .join('');
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') out.push(inline(b.content));
    else if (b.type === 'list')
      b.items.forEach((item, i) => out.push(`${b.ordered ? `${i + 1}.` : '–'} ${plainText(item).join(' ')}`));
    else if (b.type === 'quote') out.push(...plainText(b.content));
    else if (b.type === 'table') for (const r of b.rows) out.push(r.cells.map((c) => inline(c.content)).join(' | '));
  }
  return out;
}

/** The generic authorities used when no {@link AppealConfiguration} is given (no contact details). */
export function fallbackAppealConfiguration(
  bodyName: { fi: string; sv?: string },
  court?: { fi: string; sv?: string },
): AppealConfiguration {
  return {
    registry: { name: bodyName },
    administrativeCourt: { name: court ?? { fi: 'hallinto-oikeus', sv: 'förvaltningsdomstolen' } },
  };
}

/**
 * Where the base proposal of a § comes from (hallintosääntö [unverified]): the chair's own items (legality, the
 * agenda), else in the council the executive's proposal (KL 93 §), else the presenting official's or the chair's.
 */
export function baseProposalSource(
  council: boolean,
  presenterId: string | undefined,
  chairId: string | undefined,
): BaseProposalSource {
  if (presenterId !== undefined && presenterId === chairId) return 'puheenjohtaja';
  if (council) return 'kunnanhallitus';
  return presenterId !== undefined ? 'esittelija' : 'puheenjohtaja';
}

/** The role word of a person in this meeting (chair, vice-chair, member, deputy; others by title and role). */
export function roleWord(
  p: MinutesPhrases,
  council: boolean,
  role: string | undefined,
  opts: { isChair?: boolean; title?: { fi: string; sv?: string }; override?: { fi: string; sv?: string } },
): string {
  const lang = p.lang;
  const pick = (t: { fi: string; sv?: string } | undefined) => (t ? (lang === 'sv' ? (t.sv ?? t.fi) : t.fi) : '');
  if (opts.override) return pick(opts.override);
  if (opts.isChair && role === 'varapuheenjohtaja') return p.presidingViceChair;
  if (opts.isChair || role === 'puheenjohtaja') return roleLabels.puheenjohtaja[lang];
  if (role === 'varapuheenjohtaja') return roleLabels.varapuheenjohtaja[lang];
  if (role === 'varajasen') return council ? p.h.deputyCouncillor : p.h.deputy;
  if (role === 'jasen') return council ? p.h.councillor : p.h.member;
  const title = pick(opts.title);
  const label =
    role !== undefined && role in roleLabels && role !== 'muu-lasnaolija' ? roleLabels[role as Role][lang] : '';
  if (title && label && title !== label) return `${title}, ${label}`;
  return title || label;
}

/**
 * Writes the text of the minutes (pöytäkirja, KL 107 §) from the replayed meeting through the phrase table of the
 * language: the front-page facts, attendance, the legality-and-quorum section once (KL 94 § 4 mom, KL 103 §, the
 * required number from {@link requiredForQuorum}), the minutes checkers, and for each § the base proposal, the
 * proceedings in the established minute style (disqualifications: KL 97 § 1 mom in the council, HL 27–28 §
 * elsewhere; who proposed what and who seconded; proposals that lapsed; the voting order approved; each vote with
 * the named ballots; tabling framed "jaa = asian käsittelyä jatketaan, ei = asia jätetään pöydälle"; a tie decided
 * by the presiding chair, KL 104 §; elections and lots, KL 105 §), closed-session notes (KL 101 §), the decision,
 * dissents (KL 106 §) and the appeal instruction chosen per decision ({@link appealInstructionFor}, KL 134–141 §).
 */
export function draftMinutesText(state: MeetingState, options: DraftMinutesOptions): MinutesText {
  const lang = options.lang;
  const P = phrasesFor(lang);
  const council = isCouncilKind(state.body.kind);
  const people = new Map((options.people ?? []).map((p) => [p.id, p]));
  const name = (id: string | undefined): string => {
    if (id === undefined) return '';
    const p = people.get(id);
    return p ? `${p.givenName} ${p.familyName}` : id;
  };
  const collator = new Intl.Collator(lang);
  // One family-name order for every list of names (ballots): sorted once, compared by rank afterwards.
  const familyKey = (id: string): string => {
    const p = people.get(id);
    return p ? `${p.familyName} ${p.givenName}` : id;
  };
  const rankIds = [...new Set([...state.attendance.keys(), ...people.keys()])].sort((a, b) =>
    collator.compare(familyKey(a), familyKey(b)),
  );
  const rank = new Map(rankIds.map((id, i) => [id, i]));
  const byFamily = (ids: Iterable<string>): string[] =>
    [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)).map(name);

  const roles = new Map<string, string>();
  const roleOf = (id: string): string => {
    const known = roles.get(id);
    if (known !== undefined) return known;
    const r = roleFor(id);
    roles.set(id, r);
    return r;
  };
  const roleFor = (id: string): string => {
    const a = state.attendance.get(id);
    const role = a?.role ?? (a?.votingRight ? 'jasen' : undefined);
    const opts: Parameters<typeof roleWord>[3] = { isChair: id === state.chairId };
    const title = people.get(id)?.title;
    if (title) opts.title = title;
    const override = options.attendeeRoles?.[id];
    if (override) opts.override = override;
    return roleWord(P, council, role, opts);
  };
  const who = (id: string | undefined): string => {
    if (id === undefined) return '';
    const r = roleOf(id);
    return r ? `${capitalise(r)} ${name(id)}` : name(id);
  };
  const whoLower = (id: string | undefined): string => {
    const r = id === undefined ? '' : roleOf(id);
    return r ? `${r} ${name(id)}` : name(id);
  };
  const allItems = [...(state.meeting.items ?? []), ...(options.extraItems ?? [])];
  const agenda = new Map(allItems.map((i) => [i.id, i]));
  const flags = { untranslated: false, any: false };
  const loc = (text: { fi: string; sv?: string } | undefined): string => {
    if (text === undefined) return '';
    if (lang === 'sv') {
      if (text.sv !== undefined) return text.sv;
      flags.untranslated = true;
      flags.any = true;
    }
    return text.fi;
  };
  const locRich = (text: LocalizedRichText | undefined): string[] => {
    if (text === undefined) return [];
    if (lang === 'sv') {
      if (text.sv !== undefined) return plainText(text.sv);
      flags.untranslated = true;
      flags.any = true;
    }
    return plainText(text.fi);
  };

  const bodyName = loc(options.bodyName) || (lang === 'fi' ? 'Toimielin' : 'Organ');
  const bodyNoun = council ? (lang === 'fi' ? 'valtuusto' : 'fullmäktige') : bodyName.toLowerCase();
  // ---- heading, time, place, attendance --------------------------------------------------------------------------
  const number =
    state.meeting.number !== undefined && state.meeting.year !== undefined
      ? ` ${state.meeting.number}/${state.meeting.year}`
      : '';
  const title = `${bodyName.toUpperCase()} – ${P.h.minutes}${number}`;
  const start = state.openedAt ?? state.meeting.startsAt;
  const time = start
    ? `${P.date(helsinkiDate(start))} ${P.h.at} ${fmtTime(start)}${state.closedAt ? `–${fmtTime(state.closedAt)}` : ''}`
    : '';
  const presentRows: { key: string; rank: number; line: string }[] = [];
  const othersRows: { key: string; rank: number; line: string }[] = [];
  const sectionOf = (itemId: string | undefined) =>
    itemId === undefined ? undefined : state.items.get(itemId)?.sectionNumber;
  const openedAt = state.legality?.at ?? state.openedAt;
  for (const a of state.attendance.values()) {
    if (a.periods.length === 0) continue;
    const notes: string[] = [];
    if (a.mode === 'etana' || a.periods.some((p) => p.mode === 'etana')) notes.push(P.h.remote);
    if (a.substituteFor !== undefined) notes.push(P.substituteFor(name(a.substituteFor), council));
    const first = a.periods[0]!;
    if (openedAt !== undefined && first.from > openedAt)
      notes.push(P.arrived(fmtTime(first.from), sectionOf(first.fromItemId)));
    for (const p of a.periods) {
      if (p.to !== undefined && p.to !== state.closedAt && p.leftBecause !== 'esteellisyys')
        notes.push(
          (p.leftCause === 'connection-lost' ? P.connectionLost : P.left)(fmtTime(p.to), sectionOf(p.toItemId)),
        );
    }
    const line = `${name(a.personId)}, ${roleOf(a.personId)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    // The chair first, then the vice-chairs, members and deputies, each by family name.
    const r = a.personId === state.chairId ? 0 : a.role === 'varapuheenjohtaja' ? 1 : a.role === 'varajasen' ? 3 : 2;
    (a.votingRight ? presentRows : othersRows).push({ key: familyKey(a.personId), rank: r, line });
  }
  presentRows.sort((x, y) => x.rank - y.rank || collator.compare(x.key, y.key));
  const present = presentRows.map((r) => r.line);
  const seatRoles = new Set(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);
  const absent = (state.meeting.invitees ?? [])
    .filter((i) => seatRoles.has(i.role) && !state.attendance.has(i.personId))
    .map((i) => `${name(i.personId)}, ${council ? P.h.councillor : P.h.member}`);

  // ---- legality and quorum ---------------------------------------------------------------------------------------
  const legality: string[] = [];
  const lq = state.legality;
  if (lq) {
    const need = requiredForQuorum({ kind: state.body.kind, seats: lq.seats });
    legality.push(
      P.legalityStated(lq.lawfullyConvened, lq.quorate),
      P.presentCount(lq.membersPresent, lq.seats, council, need, council ? 'KL 103 § 1 mom' : 'KL 103 § 2 mom'),
    );
  }
  const invited = state.meeting.invitationSentAt;
  const meetingDate = state.meeting.startsAt ? helsinkiDate(state.meeting.startsAt) : undefined;
  if (invited && meetingDate) {
    const latest = invitationLatest({ meetingDate, body: state.body });
    const sent = helsinkiDate(invited);
    const basis = council ? 'KL 94 § 4 mom' : lang === 'fi' ? 'hallintosääntö' : 'förvaltningsstadgan';
    legality.push(P.invitation(sent, latest, basis, sent <= latest));
  }
  const minutesCheckers = state.minutesCheckerIds.length ? [P.list(state.minutesCheckerIds.map(name))] : [];

  // ---- the sections ------------------------------------------------------------------------------------------------
  const appealConfig =
    options.appeal ?? fallbackAppealConfiguration(options.bodyName ?? { fi: 'Toimielin', sv: 'Organ' });
  const publicMeeting = state.meeting.public ?? council;
  const appealTexts = new Map<string, ReturnType<typeof appealInstructionText>>();
  const sections: MinutesTextSection[] = [];
  for (const itemId of state.itemOrder) {
    const it = state.items.get(itemId)!;
    flags.untranslated = false;
    const a = agenda.get(itemId);
    const finnish: number[] = [];
    const base = baseProposal(it);
    const section: MinutesTextSection = {
      itemId,
      sectionNumber: it.sectionNumber,
      title: a ? loc(a.title) : itemId,
      baseProposal: base ? [loc(base.text)] : locRich(a?.draftDecision),
      baseProposalInFinnish:
        lang === 'sv' && (base ? base.text.sv === undefined : a?.draftDecision !== undefined && !a.draftDecision.sv),
      proceedings: proceedings(it, finnish),
      proceedingsInFinnish: finnish,
      decision: it.decision ? locRich(it.decision.text) : [],
      dissents: it.dissents.map((d) =>
        P.dissent(
          who(d.personId),
          dissentBasisLabels[d.basis][lang],
          d.writtenReasons ? loc(d.writtenReasons) : undefined,
        ),
      ),
      appeal: appeal(it),
      untranslated: false,
    };
    if (section.baseProposal.length > 0)
      section.baseProposalHeading = P.h.baseProposal(baseProposalSource(council, a?.presenterId, state.chairId));
    if (a?.registerNumber) section.registerNumber = a.registerNumber;
    const pub = a?.publicity;
    if (pub?.status === 'salassa-pidettava' || pub?.status === 'osittain-salassa-pidettava') {
      section.secrecyMarking = P.cite(
        pub.marking ?? `SALASSA PIDETTÄVÄ ${pub.bases.map((b) => b.citation).join(', ')}`,
      );
      if (pub.status === 'salassa-pidettava' && publicMeeting) section.closedSession = P.closedSession;
    }
    if (a?.presenterId && !council) section.presenter = presenterLine(a.presenterId);
    section.untranslated = flags.untranslated;
    sections.push(section);
  }
  const minutes: MinutesText = {
    lang,
    title,
    meetingId: state.meetingId,
    body: bodyName,
    time,
    attendance: { present, absent, others: othersRows.map((r) => r.line) },
    legality,
    minutesCheckers,
    sections,
    untranslated: flags.any,
  };
  if (options.municipalityName) minutes.municipality = loc(options.municipalityName);
  if (state.chairId) minutes.chair = name(state.chairId);
  if (state.secretaryId) minutes.secretary = name(state.secretaryId);
  if (state.meeting.location) minutes.place = loc(state.meeting.location.name);
  if (state.mode) minutes.mode = meetingModeLabels[state.mode][lang];
  return minutes;

  /** "Kristiina Esimerkki, kunnanjohtaja": the presenter by title (the line already says "Esittelijä"). */
  function presenterLine(id: string): string {
    const t = id === state.chairId ? undefined : people.get(id)?.title;
    return `${name(id)}, ${t ? loc(t) : roleOf(id)}`;
  }

  /** How a proposal is named: the base by its source, others by kind (numbered when several) and proposer. */
  function proposalLabel(it: ItemState, p: ProposalState | undefined): string {
    if (!p) return '';
    if (p.kind === 'pohjaehdotus') {
      return baseProposalSourceLabels[baseProposalSource(council, agenda.get(it.itemId)?.presenterId, state.chairId)][
        lang
      ];
    }
    const sameKind = it.proposals.filter((x) => x.kind === p.kind);
    const n = sameKind.length > 1 ? sameKind.indexOf(p) + 1 : undefined;
    return P.proposalKindNumbered(proposalKindLabels[p.kind][lang], n, name(p.proposerId));
  }

  /** A side of a vote: tabling and referral are framed as what happens to the matter (hallintosääntö). */
  function sideLabel(it: ItemState, p: ProposalState | undefined, other: ProposalState | undefined): string {
    if (p?.kind === 'poydallepano') return `${P.tableMatter} (${name(p.proposerId)})`;
    if (p?.kind === 'palautus') return `${P.returnMatter} (${name(p.proposerId)})`;
    if (other?.kind === 'poydallepano' || other?.kind === 'palautus') return P.continueHandling;
    // A wish clause is voted after the decision as "hyväksytään / hylätään".
    if (p?.kind === 'toivomusponsi') return `${P.wishAdopted} (${name(p.proposerId)})`;
    if (p === undefined && other?.kind === 'toivomusponsi') return `${P.wishRejected} (${name(other.proposerId)})`;
    return proposalLabel(it, p);
  }

  function proceedings(it: ItemState, finnish: number[]): string[] {
    const out: string[] = [];
    // KL 102 §: who presided over this § when it was not the chair.
    // A change between two §§ is minuted at the start of the next one.
    const prev = state.items.get(state.itemOrder[state.itemOrder.indexOf(it.itemId) - 1] ?? '');
    const from = prev?.closedAt !== undefined ? Date.parse(prev.closedAt) + 1 : Date.parse(it.openedAt);
    const to = it.closedAt === undefined ? Infinity : Date.parse(it.closedAt);
    const returned: string[] = [];
    for (const c of state.presidingChanges) {
      const at = Date.parse(c.at);
      if (c.itemId === it.itemId || (c.itemId === undefined && at >= from && at <= to))
        (c.reason === 'puheenjohtaja-palaa' && at >= Date.parse(it.openedAt) ? returned : out).push(
          P.presidingChanged(who(c.personId), c.reason),
        );
    }
    for (const d of it.disqualifications) {
      const ground = disqualificationGroundLabels[d.ground][lang];
      // KL 97 § 1 mom: a councillor in the council is disqualified only under HL 28 § 1 mom 1 and 3 kohta as the
      // Act applies them through this section.
      const cite = council
        ? `KL 97 § 1 mom, ${disqualificationGroundCitations[d.ground]}`
        : disqualificationGroundCitations[d.ground];
      const reason = d.reason ? loc(d.reason) : undefined;
      out.push(
        d.disqualified
          ? P.disqualified(who(d.personId), ground, P.cite(cite), reason)
          : P.notDisqualified(whoLower(d.personId), reason),
      );
    }
    const spoke = it.speakers.filter((s) => s.grantedAt !== undefined);
    if (spoke.length > 0)
      out.push(
        P.speakers(
          spoke.map(
            (s) => `${name(s.personId)}${s.kind === 'puheenvuoro' ? '' : ` (${speechKindLabels[s.kind][lang]})`}`,
          ),
        ),
      );
    const base = baseProposal(it);
    for (const p of it.proposals) {
      if (p.kind === 'pohjaehdotus') continue;
      const label = proposalLabel(it, p).replace(/ \(.*\)$/, '');
      const wasUntranslated = flags.untranslated;
      const text = loc(p.text);
      const inFinnish = lang === 'sv' && p.text.sv === undefined;
      if (inFinnish) {
        // The Swedish sentence, then the quoted Finnish text as its own passage (marked lang="fi" in HTML).
        out.push(P.proposal(who(p.proposerId), label, '').replace(/: ””$/, ':'));
        finnish.push(out.length);
        out.push(`”${text}”`);
      } else {
        flags.untranslated = wasUntranslated || flags.untranslated;
        out.push(P.proposal(who(p.proposerId), label, text));
      }
      if (p.withdrawn) out.push(P.proposalWithdrawn);
      else if (p.seconderIds.length > 0) out.push(P.seconded(p.seconderIds.map(whoLower)));
      else out.push(P.lapsed);
    }
    const seconded = it.proposals.filter(
      (p) => p.kind !== 'pohjaehdotus' && p.kind !== 'toivomusponsi' && !p.withdrawn && p.seconderIds.length > 0,
    );
    if (it.discussionClosedAt !== undefined && it.votes.length > 0) out.push(P.mustVote(seconded.length));
    const byId = (id: string | undefined) => it.proposals.find((p) => p.id === id);
    const winnerOf = (voteId: string) => it.votes.find((v) => v.voteId === voteId)?.closed?.winningProposalId;
    // A single vote states its own framing; the order is printed when there are several votes.
    if (it.votingOrder && it.votingOrder.length > 1) {
      const sideProposal = (s: { proposalId: string } | { winnerOfVoteId: string }) =>
        'proposalId' in s ? byId(s.proposalId) : byId(winnerOf(s.winnerOfVoteId));
      const side = (s: { proposalId: string } | { winnerOfVoteId: string }, o: typeof s): string => {
        if ('proposalId' in s) return sideLabel(it, byId(s.proposalId), sideProposal(o));
        const k = it.votingOrder!.findIndex((x) => x.voteId === s.winnerOfVoteId) + 1;
        return P.winnerOfVote(k);
      };
      out.push(P.votingOrderIntro(bodyNoun));
      it.votingOrder.forEach((s, i) => out.push(P.votingOrderStep(i + 1, side(s.jaa, s.ei), side(s.ei, s.jaa))));
    }
    // KL 104 § 2 mom: the casting vote is the presiding person's; named when it was not the body's chair.
    const presidingOf = (v: (typeof it.votes)[number]) => {
      const id = v.presidingAtOpen ?? state.presidingId ?? state.chairId;
      if (id === undefined) return undefined;
      const role = state.attendance.get(id)?.role;
      if (role === 'puheenjohtaja') return undefined;
      const as: 'vice' | 'member' | 'councillor' =
        role === 'varapuheenjohtaja' ? 'vice' : council ? 'councillor' : 'member';
      return { name: name(id), as };
    };
    it.votes.forEach((v, i) => {
      const method = voteMethodLabels[v.method][lang];
      const jaa = byId(v.question.jaa);
      const ei = byId(v.question.ei);
      out.push(P.vote(it.votes.length > 1 ? i + 1 : undefined, method, sideLabel(it, jaa, ei), sideLabel(it, ei, jaa)));
      const c = v.closed?.counts;
      if (!v.closed || !c) {
        out.push(P.voteOpen);
        return;
      }
      out.push(P.voteCounts(c));
      // KL 104 §: votes are open, so each member's ballot is minuted, listed by family name.
      for (const option of ['jaa', 'ei', 'tyhja'] as const) {
        const ids: string[] = [];
        for (const [id, o] of v.ballots) if (o === option) ids.push(id);
        if (ids.length > 0) out.push(P.ballotRow(option, byFamily(ids)));
      }
      if (v.closed.castingVote) out.push(P.castingVote(presidingOf(v)));
      const won = byId(v.closed.winningProposalId);
      const lost = won === jaa ? ei : jaa;
      const a = c[v.closed.result];
      const b = c[v.closed.result === 'jaa' ? 'ei' : 'jaa'];
      const wishVote = jaa?.kind === 'toivomusponsi';
      const procedural = wishVote || [won?.kind, lost?.kind].some((k) => k === 'poydallepano' || k === 'palautus');
      const outcome = sideLabel(it, won, lost).replace(/ \([^()]*\)$/, '');
      out.push(procedural ? P.matterOutcome(outcome, a, b) : P.voteWinner(sideLabel(it, won, lost), a, b));
    });
    for (const e of it.elections) {
      const cand = new Map(e.candidates.map((c) => [c.id, c.name]));
      // KL 105 § 3 mom: a pair is named with its personal deputy where candidates and the elected are listed.
      const pairName = (c: (typeof e.candidates)[number]) =>
        c.personalDeputy === undefined ? c.name : P.pair(c.name, c.personalDeputy.name);
      const pairOf = new Map(e.candidates.map((c) => [c.id, pairName(c)]));
      out.push(P.election(loc(e.title), e.secretBallot, electionKindLabels[e.kind][lang], e.candidates.map(pairName)));
      const blank = e.ballots.filter((b) => b.candidateId === undefined && b.listId === undefined).length;
      out.push(
        P.electionTallies(
          e.tallies.map((x) => `${cand.get(x.candidateId) ?? x.candidateId} ${x.votes}`),
          blank,
        ),
      );
      if (e.comparisonNumbers && e.comparisonNumbers.length > 0)
        out.push(
          P.comparisonNumbers(
            e.comparisonNumbers.map(
              (x) => `${cand.get(x.candidateId) ?? x.candidateId} ${fraction(x.value.numerator, x.value.denominator)}`,
            ),
          ),
        );
      for (const lot of e.lots.length > 0 ? e.lots : it.lots.filter((l) => l.electionId === e.id))
        out.push(
          P.lot(
            loc(lot.reason),
            lot.method === 'fyysinen',
            lot.randomValue,
            lot.winnerIds.map((w) => cand.get(w) ?? w),
          ),
        );
      out.push(P.elected(e.electedIds.map((id) => pairOf.get(id) ?? id)));
      if (e.genderBalance?.quotaMet === false) out.push(P.genderQuotaNotMet);
    }
    if (
      out.length > 0 &&
      it.decision &&
      base &&
      it.votes.length === 0 &&
      seconded.length === 0 &&
      it.elections.length === 0
    )
      out.push(P.unanimous(proposalLabel(it, base)));
    // The council minority's demand tabled the matter without a vote (hallintosääntö).
    const tabled = it.proposals.find((p) => p.id === it.decision?.basedOnProposalId);
    if (
      it.decision?.kind === 'poydalle' &&
      tabled?.kind === 'poydallepano' &&
      !it.votes.some((v) => v.closed !== undefined && (v.question.jaa === tabled.id || v.question.ei === tabled.id))
    )
      out.push(P.tabledByDemand(new Set([tabled.proposerId, ...tabled.seconderIds]).size, it.quorum.present));
    out.push(...returned);
    return out;
  }

  function appeal(it: ItemState): MinutesTextAppeal {
    const decisionKind = it.decision?.kind ?? 'hyvaksytty-ehdotuksen-mukaisesti';
    const given = it.decision?.appeal;
    const config =
      options.appeal ??
      (given && 'authority' in given && given.kind !== 'oikaisuvaatimus'
        ? fallbackAppealConfiguration(options.bodyName ?? { fi: 'Toimielin', sv: 'Organ' }, given.authority)
        : appealConfig);
    const input: Parameters<typeof appealInstructionFor>[0] = { kind: decisionKind };
    if (given) input.appeal = given;
    const chosen = options.remedies?.[it.itemId];
    if (chosen) input.remedy = chosen;
    const remedy = appealInstructionFor(input, {
      body: { kind: state.body.kind, name: options.bodyName ?? { fi: bodyName } },
      config,
    });
    // Most §§ share a handful of instructions: write each distinct one once per draft.
    const key = JSON.stringify(remedy);
    let text = appealTexts.get(key);
    if (!text) {
      text = appealInstructionText(
        remedy,
        lang,
        config,
        options.publishedOn === undefined ? {} : { publishedOn: options.publishedOn },
      );
      appealTexts.set(key, text);
    }
    const out: MinutesTextAppeal = { kind: remedy.kind, heading: text.heading, text: [...text.paragraphs], remedy };
    if (text.lastDay !== undefined) out.lastDay = text.lastDay;
    return out;
  }

  function fraction(n: number, d: number): string {
    const hundredths = Math.round((n * 100) / d);
    return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
  }
}

export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
