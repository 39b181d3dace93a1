import type { AgendaItem, AppealInstruction, Block, Inline, LocalizedRichText } from '@digikokous/meeting-schema';
import {
  disqualificationGroundCitations,
  disqualificationGroundLabels,
  dissentBasisLabels,
  electionKindLabels,
  meetingModeLabels,
  speechKindLabels,
  voteMethodLabels,
} from '@digikokous/meeting-schema/codes';
import { helsinkiDate } from './calendar.js';
import { appealDeadlines, invitationLatest } from './deadlines.js';
import { baseProposal } from './item-queries.js';
import { isCouncilKind } from './quorum.js';
import type { ItemState, MeetingState, ProposalState } from './state.js';

export type MinutesLanguage = 'fi' | 'sv';

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
  /** Agenda items not in `meeting.items` (e.g. an additional item taken up under KL 95 §). */
  extraItems?: readonly AgendaItem[];
  /** The date the minutes go online (YYYY-MM-DD): appeal dates are then computed (KL 140 § 3 mom, KL 138 §). */
  publishedOn?: string;
}

export interface MinutesTextAppeal {
  kind: AppealInstruction['kind'];
  heading: string;
  text: string[];
  /** The last day of the period when the publication date is known. */
  lastDay?: string;
}

export interface MinutesTextSection {
  itemId: string;
  sectionNumber: number;
  title: string;
  registerNumber?: string;
  /** The secrecy marking when the item is confidential (JulkL 24 §). */
  secrecyMarking?: string;
  presenter?: string;
  /** Käsittely / Behandling, paragraph by paragraph. */
  proceedings: string[];
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
  time: string;
  place?: string;
  mode?: string;
  attendance: { present: string[]; absent: string[]; others: string[] };
  /** Kokouksen laillisuus ja päätösvaltaisuus / Sammanträdets laglighet och beslutförhet (KL 94 §, KL 103 §). */
  legality: string[];
  minutesCheckers: string[];
  sections: MinutesTextSection[];
}

export const T = {
  fi: {
    minutes: 'PÖYTÄKIRJA',
    time: 'Aika',
    place: 'Paikka',
    mode: 'Kokousmuoto',
    present: 'Läsnä',
    absent: 'Poissa',
    others: 'Muut läsnäolijat',
    legality: 'Kokouksen laillisuus ja päätösvaltaisuus',
    checkers: 'Pöytäkirjantarkastajat',
    proceedings: 'Käsittely',
    decision: 'Päätös',
    dissents: 'Eriävät mielipiteet',
    presenter: 'Esittelijä',
    register: 'Dnro',
    at: 'klo',
    remote: 'etäyhteydellä',
    member: 'jäsen',
    councillor: 'valtuutettu',
    deputy: 'varajäsen',
    deputyCouncillor: 'varavaltuutettu',
    chair: 'puheenjohtaja',
    untranslated: '',
  },
  sv: {
    minutes: 'PROTOKOLL',
    time: 'Tid',
    place: 'Plats',
    mode: 'Sammanträdesform',
    present: 'Närvarande',
    absent: 'Frånvarande',
    others: 'Övriga närvarande',
    legality: 'Sammanträdets laglighet och beslutförhet',
    checkers: 'Protokolljusterare',
    proceedings: 'Behandling',
    decision: 'Beslut',
    dissents: 'Avvikande meningar',
    presenter: 'Föredragande',
    register: 'Dnr',
    at: 'kl.',
    remote: 'på distans',
    member: 'ledamot',
    councillor: 'ledamot',
    deputy: 'ersättare',
    deputyCouncillor: 'ersättare',
    chair: 'ordförande',
    untranslated: ' [endast på finska]',
  },
} as const;

/** d.m.yyyy as Finnish and Swedish minutes write dates. */
export function fmtDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

const timeFmt = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** hh.mm in Helsinki time. */
export function fmtTime(instant: string): string {
  const parts = timeFmt.formatToParts(new Date(Date.parse(instant)));
  const h = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const m = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${h}.${m}`;
}

export function listJoin(names: readonly string[], lang: MinutesLanguage): string {
  if (names.length <= 1) return names.join('');
  const and = lang === 'fi' ? 'ja' : 'och';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
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

/**
 * Writes the text of the minutes (pöytäkirja, KL 107 §) from the replayed meeting: the legality-and-quorum section (KL 94 § 4 mom,
 * KL 103 §), the minutes checkers, and for each § the proceedings in the established minute style (who proposed what
 * and who seconded, proposals that lapsed without seconding, the voting order approved, each vote "jaa 7, ei 4,
 * tyhjä 1" with the named ballots of an open vote, a tie decided by the chair, KL 104 §; elections and lots, KL 105 §;
 * disqualifications, HL 27–28 §), the decision, dissents (KL 106 §) and the appeal instructions (KL 134–141 §) with
 * their computed dates when the publication date is known (KL 140 § 3 mom, KL 138 §, määräaikalaki 5 §).
 */
export function draftMinutesText(state: MeetingState, options: DraftMinutesOptions): MinutesText {
  const lang = options.lang;
  const t = T[lang];
  const council = isCouncilKind(state.body.kind);
  const people = new Map((options.people ?? []).map((p) => [p.id, p]));
  const name = (id: string | undefined): string => {
    if (id === undefined) return '';
    const p = people.get(id);
    return p ? `${p.givenName} ${p.familyName}` : id;
  };
  /** Sort key: family name, then given name (an unknown person sorts by id). */
  const familyFirst = (id: string): string => {
    const p = people.get(id);
    return p ? `${p.familyName} ${p.givenName}` : id;
  };
  const collator = new Intl.Collator(lang);
  const roleOf = (id: string): string => {
    const a = state.attendance.get(id);
    if (id === state.chairId) return t.chair;
    if (a?.role === 'varajasen') return council ? t.deputyCouncillor : t.deputy;
    if (a?.role === 'jasen' || a?.role === 'varapuheenjohtaja' || a?.votingRight)
      return council ? t.councillor : t.member;
    const p = people.get(id);
    return (lang === 'sv' ? p?.title?.sv : p?.title?.fi) ?? p?.title?.fi ?? '';
  };
  const who = (id: string | undefined): string => {
    if (id === undefined) return '';
    const r = roleOf(id);
    const n = name(id);
    return r ? `${capitalise(r)} ${n}` : n;
  };
  const whoLower = (id: string | undefined): string => {
    const r = id === undefined ? '' : roleOf(id);
    return r ? `${r} ${name(id)}` : name(id);
  };
  const allItems = [...(state.meeting.items ?? []), ...(options.extraItems ?? [])];
  const agendaItem = (id: string) => allItems.find((i) => i.id === id);
  const flags = { untranslated: false };
  const loc = (text: { fi: string; sv?: string } | undefined): string => {
    if (text === undefined) return '';
    if (lang === 'sv') {
      if (text.sv !== undefined) return text.sv;
      flags.untranslated = true;
      return text.fi;
    }
    return text.fi;
  };
  const locRich = (text: LocalizedRichText | undefined): string[] => {
    if (text === undefined) return [];
    if (lang === 'sv') {
      if (text.sv !== undefined) return plainText(text.sv);
      flags.untranslated = true;
    }
    return plainText(text.fi);
  };

  const bodyNoun = council
    ? lang === 'fi'
      ? 'valtuusto'
      : 'fullmäktige'
    : (loc(options.bodyName) || (lang === 'fi' ? 'toimielin' : 'organet')).toLowerCase();
  // ---- heading, time, place, attendance --------------------------------------------------------------------------
  const bodyName = loc(options.bodyName) || (lang === 'fi' ? 'Toimielin' : 'Organ');
  const number =
    state.meeting.number !== undefined && state.meeting.year !== undefined
      ? ` ${state.meeting.number}/${state.meeting.year}`
      : '';
  const title = `${bodyName.toUpperCase()} – ${t.minutes}${number}`;
  const start = state.openedAt ?? state.meeting.startsAt;
  const time = start
    ? `${fmtDate(helsinkiDate(start))} ${t.at} ${fmtTime(start)}${state.closedAt ? `–${fmtTime(state.closedAt)}` : ''}`
    : '';
  const presentRows: { key: string; line: string }[] = [];
  const othersRows: { key: string; line: string }[] = [];
  const others = othersRows;
  const sectionOf = (itemId: string | undefined) =>
    itemId === undefined ? undefined : state.items.get(itemId)?.sectionNumber;
  for (const a of state.attendance.values()) {
    if (a.periods.length === 0) continue;
    const notes: string[] = [];
    if (a.mode === 'etana' || a.periods.some((p) => p.mode === 'etana')) notes.push(t.remote);
    if (a.substituteFor !== undefined)
      notes.push(
        lang === 'fi'
          ? `varsinainen ${council ? 'valtuutettu' : 'jäsen'}: ${name(a.substituteFor)}`
          : `i stället för ${name(a.substituteFor)}`,
      );
    const first = a.periods[0]!;
    if (state.openedAt !== undefined && first.from > (state.legality?.at ?? state.openedAt)) {
      const s = sectionOf(first.fromItemId);
      notes.push(
        lang === 'fi'
          ? `saapui ${t.at} ${fmtTime(first.from)}${s ? ` § ${s}:n aikana` : ''}`
          : `anlände ${t.at} ${fmtTime(first.from)}${s ? ` under § ${s}` : ''}`,
      );
    }
    for (const p of a.periods) {
      if (p.to !== undefined && p.to !== state.closedAt && p.leftBecause !== 'esteellisyys') {
        const s = sectionOf(p.toItemId);
        notes.push(
          lang === 'fi'
            ? `poistui ${t.at} ${fmtTime(p.to)}${s ? ` § ${s}:n aikana` : ''}`
            : `avlägsnade sig ${t.at} ${fmtTime(p.to)}${s ? ` under § ${s}` : ''}`,
        );
      }
    }
    const line = `${name(a.personId)}, ${roleOf(a.personId)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    // The chair first, then members, then deputies, each by family name.
    const rank = a.personId === state.chairId ? 0 : a.role === 'varajasen' ? 2 : 1;
    const key = `${rank}${people.get(a.personId)?.familyName ?? a.personId} ${people.get(a.personId)?.givenName ?? ''}`;
    (a.votingRight ? presentRows : others).push({ key, line });
  }
  presentRows.sort((x, y) => collator.compare(x.key, y.key));
  const present = presentRows.map((r) => r.line);
  const seatRoles = new Set(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);
  const absent = (state.meeting.invitees ?? [])
    .filter((i) => seatRoles.has(i.role) && !state.attendance.has(i.personId))
    .map((i) => `${name(i.personId)}, ${council ? t.councillor : t.member}`);

  // ---- legality and quorum ---------------------------------------------------------------------------------------
  const legality: string[] = [];
  const lq = state.legality;
  if (lq) {
    const need = council ? Math.floor((2 * lq.seats + 2) / 3) : Math.floor(lq.seats / 2) + 1;
    const rule = council ? 'KL 103 § 1 mom' : 'KL 103 § 2 mom';
    if (lang === 'fi') {
      legality.push(
        `Puheenjohtaja totesi kokouksen ${lq.lawfullyConvened ? 'laillisesti koolle kutsutuksi' : 'ei laillisesti koolle kutsutuksi'} ja ${lq.quorate ? 'päätösvaltaiseksi' : 'ei päätösvaltaiseksi'}.`,
        `Läsnä oli ${lq.membersPresent} ${council ? 'valtuutettua' : 'jäsentä'} ${lq.seats}:stä; päätösvaltaisuuteen tarvitaan ${need} (${rule}).`,
      );
    } else {
      legality.push(
        `Ordföranden konstaterade att sammanträdet var ${lq.lawfullyConvened ? 'lagligen sammankallat' : 'inte lagligen sammankallat'} och ${lq.quorate ? 'beslutfört' : 'inte beslutfört'}.`,
        `Närvarande var ${lq.membersPresent} av ${lq.seats} ledamöter; för beslutförhet krävs ${need} (${rule}).`,
      );
    }
  }
  const invited = state.meeting.invitationSentAt;
  const meetingDate = state.meeting.startsAt ? helsinkiDate(state.meeting.startsAt) : undefined;
  if (invited && meetingDate) {
    const latest = invitationLatest({ meetingDate, body: state.body });
    const sent = helsinkiDate(invited);
    const inTime = sent <= latest;
    const basis = council ? 'KL 94 § 4 mom' : lang === 'fi' ? 'hallintosääntö' : 'förvaltningsstadgan';
    legality.push(
      lang === 'fi'
        ? `Kokouskutsu lähetettiin ${fmtDate(sent)}; se oli lähetettävä viimeistään ${fmtDate(latest)} (${basis})${inTime ? '' : ', joten kutsu myöhästyi'}.`
        : `Kallelsen skickades ${fmtDate(sent)}; den skulle skickas senast ${fmtDate(latest)} (${basis})${inTime ? '' : ', varför kallelsen var försenad'}.`,
    );
  }
  const minutesCheckers = state.minutesCheckerIds.length
    ? [
        listJoin(
          state.minutesCheckerIds.map((id) => name(id)),
          lang,
        ),
      ]
    : [];

  // ---- the sections ------------------------------------------------------------------------------------------------
  const sections: MinutesTextSection[] = [];
  for (const itemId of state.itemOrder) {
    const it = state.items.get(itemId)!;
    flags.untranslated = false;
    const a = agendaItem(itemId);
    const section: MinutesTextSection = {
      itemId,
      sectionNumber: it.sectionNumber,
      title: a ? loc(a.title) : itemId,
      proceedings: proceedings(it),
      decision: it.decision ? locRich(it.decision.text) : [],
      dissents: it.dissents.map((d) => {
        const basis = dissentBasisLabels[d.basis][lang];
        const head =
          lang === 'fi'
            ? `${who(d.personId)} ilmoitti eriävän mielipiteen (${basis}).`
            : `${capitalise(whoLower(d.personId))} anmälde avvikande mening (${basis}).`;
        const reasons = d.writtenReasons
          ? ` ${lang === 'fi' ? 'Perustelut' : 'Motivering'}: ${loc(d.writtenReasons)}`
          : '';
        return head + reasons;
      }),
      appeal: appeal(it),
      untranslated: false,
    };
    if (a?.registerNumber) section.registerNumber = a.registerNumber;
    if (a?.publicity?.status === 'salassa-pidettava' || a?.publicity?.status === 'osittain-salassa-pidettava') {
      section.secrecyMarking = a.publicity.marking ?? (lang === 'fi' ? 'SALASSA PIDETTÄVÄ' : 'SEKRETESSBELAGD');
      if (lang === 'sv') {
        section.secrecyMarking = section.secrecyMarking
          .replace('SALASSA PIDETTÄVÄ', 'SEKRETESSBELAGD')
          .replace(/\bJulkL\b/, 'OffentlighetsL')
          .replace(/ k$/, ' punkten');
      }
    }
    if (a?.presenterId) section.presenter = `${name(a.presenterId)}, ${roleOf(a.presenterId)}`;
    section.untranslated = flags.untranslated;
    sections.push(section);
  }
  const minutes: MinutesText = {
    lang,
    title,
    meetingId: state.meetingId,
    time,
    attendance: { present, absent, others: others.map((r) => r.line) },
    legality,
    minutesCheckers,
    sections,
  };
  if (state.meeting.location) minutes.place = loc(state.meeting.location.name);
  if (state.mode) minutes.mode = meetingModeLabels[state.mode][lang];
  return lang === 'sv' ? swedishCitations(minutes) : minutes;

  function proposalLabel(it: ItemState, p: ProposalState | undefined): string {
    if (!p) return '';
    if (p.kind === 'pohjaehdotus') {
      if (council) return lang === 'fi' ? 'kunnanhallituksen ehdotus' : 'kommunstyrelsens förslag';
      return lang === 'fi' ? 'esittelijän ehdotus' : 'föredragandens förslag';
    }
    const sameKind = it.proposals.filter((x) => x.kind === p.kind);
    const n = sameKind.length > 1 ? ` ${sameKind.indexOf(p) + 1}` : '';
    const kindFi: Record<string, string> = {
      vastaehdotus: 'vastaehdotus',
      muutosehdotus: 'muutosehdotus',
      hylkaysehdotus: 'hylkäysehdotus',
      poydallepano: 'pöydällepanoehdotus',
      palautus: 'palautusehdotus',
      toivomusponsi: 'toivomusponsi',
    };
    const kindSv: Record<string, string> = {
      vastaehdotus: 'motförslag',
      muutosehdotus: 'ändringsförslag',
      hylkaysehdotus: 'förkastningsförslag',
      poydallepano: 'bordläggningsförslag',
      palautus: 'återremissförslag',
      toivomusponsi: 'hemställningskläm',
    };
    const k = (lang === 'fi' ? kindFi : kindSv)[p.kind] ?? p.kind;
    return `${k}${n} (${name(p.proposerId)})`;
  }

  function proceedings(it: ItemState): string[] {
    const out: string[] = [];
    for (const d of it.disqualifications) {
      const ground = disqualificationGroundLabels[d.ground][lang];
      let cite = disqualificationGroundCitations[d.ground];
      if (lang === 'sv') cite = cite.replace(/^HL/, 'FL').replace(/ k$/, ' punkten');
      const reason = d.reason
        ? ` ${lang === 'fi' ? 'Esteellisyyden peruste' : 'Grund för jävet'}: ${loc(d.reason)}`
        : '';
      if (d.disqualified) {
        out.push(
          lang === 'fi'
            ? `${who(d.personId)} ilmoitti olevansa esteellinen (${ground}, ${cite}) eikä osallistunut asian käsittelyyn, vaan poistui kokouksesta asian käsittelyn ajaksi (HL 27 §).${reason}`
            : `${capitalise(whoLower(d.personId))} anmälde jäv (${ground}, ${cite}), deltog inte i behandlingen av ärendet och avlägsnade sig från sammanträdet under behandlingen (FL 27 §).${reason}`,
        );
      } else {
        out.push(
          lang === 'fi'
            ? `Toimielin totesi, ettei ${whoLower(d.personId)} ole esteellinen (HL 29 §).${reason}`
            : `Organet konstaterade att ${whoLower(d.personId)} inte är jävig (FL 29 §).${reason}`,
        );
      }
    }
    const spoke = it.speakers.filter((s) => s.grantedAt !== undefined);
    if (spoke.length > 0) {
      const names = spoke.map(
        (s) => `${name(s.personId)}${s.kind === 'puheenvuoro' ? '' : ` (${speechKindLabels[s.kind][lang]})`}`,
      );
      out.push(
        lang === 'fi'
          ? `Keskusteluun osallistui${names.length > 1 ? 'vat' : ''} ${listJoin(names, lang)}.`
          : `I diskussionen deltog ${listJoin(names, lang)}.`,
      );
    }
    const base = baseProposal(it);
    for (const p of it.proposals) {
      if (p.kind === 'pohjaehdotus') continue;
      const label = proposalLabel(it, p);
      const text = loc(p.text);
      if (lang === 'fi') {
        out.push(`${who(p.proposerId)} teki seuraavan ehdotuksen (${label.replace(/ \(.*\)$/, '')}): ”${text}”`);
        if (p.withdrawn) out.push('Ehdotus peruttiin.');
        else if (p.seconderIds.length > 0)
          out.push(`Ehdotusta kannatti ${listJoin(p.seconderIds.map(whoLower), lang)}.`);
        else out.push('Ehdotus raukesi kannattamattomana.');
      } else {
        out.push(
          `${capitalise(whoLower(p.proposerId))} lade fram följande förslag (${label.replace(/ \(.*\)$/, '')}): ”${text}”`,
        );
        if (p.withdrawn) out.push('Förslaget återtogs.');
        else if (p.seconderIds.length > 0)
          out.push(`Förslaget understöddes av ${listJoin(p.seconderIds.map(whoLower), lang)}.`);
        else out.push('Förslaget förföll eftersom det inte understöddes.');
      }
    }
    const seconded = it.proposals.filter(
      (p) => p.kind !== 'pohjaehdotus' && p.kind !== 'toivomusponsi' && !p.withdrawn && p.seconderIds.length > 0,
    );
    if (it.discussionClosedAt !== undefined && it.votes.length > 0) {
      const n = seconded.length;
      out.push(
        lang === 'fi'
          ? `Puheenjohtaja totesi keskustelun päättyneeksi ja että asiassa on tehty ${numberWord(n, lang)} kannatettu${n === 1 ? '' : 'a'} ehdotus${n === 1 ? '' : 'ta'}, joten asiasta on äänestettävä (KL 104 §).`
          : `Ordföranden konstaterade att diskussionen var avslutad och att ${numberWord(n, lang)} ${n === 1 ? 'understött' : 'understödda'} förslag hade lagts fram i ärendet, varför omröstning skulle förrättas (KL 104 §).`,
      );
    }
    const byId = (id: string | undefined) => it.proposals.find((p) => p.id === id);
    if (it.votingOrder && it.votingOrder.length > 0) {
      const sideLabel = (s: { proposalId: string } | { winnerOfVoteId: string }): string => {
        if ('proposalId' in s) return proposalLabel(it, byId(s.proposalId));
        const k = it.votingOrder!.findIndex((x) => x.voteId === s.winnerOfVoteId) + 1;
        return lang === 'fi' ? `${k}. äänestyksen voittaja` : `vinnaren i omröstning ${k}`;
      };
      out.push(
        lang === 'fi'
          ? `Puheenjohtaja esitti seuraavan äänestysjärjestyksen, jonka ${bodyNoun} hyväksyi:`
          : `Ordföranden föreslog följande omröstningsordning, som ${bodyNoun} godkände:`,
      );
      it.votingOrder.forEach((s, i) => {
        out.push(
          lang === 'fi'
            ? `${i + 1}. äänestys: jaa = ${sideLabel(s.jaa)}, ei = ${sideLabel(s.ei)}.`
            : `Omröstning ${i + 1}: ja = ${sideLabel(s.jaa)}, nej = ${sideLabel(s.ei)}.`,
        );
      });
    }
    it.votes.forEach((v, i) => {
      const method = voteMethodLabels[v.method][lang];
      const q = `jaa = ${proposalLabel(it, byId(v.question.jaa))}, ei = ${proposalLabel(it, byId(v.question.ei))}`;
      const qsv = `ja = ${proposalLabel(it, byId(v.question.jaa))}, nej = ${proposalLabel(it, byId(v.question.ei))}`;
      const nth =
        it.votes.length > 1
          ? lang === 'fi'
            ? `${i + 1}. äänestys`
            : `Omröstning ${i + 1}`
          : lang === 'fi'
            ? 'Äänestys'
            : 'Omröstning';
      out.push(lang === 'fi' ? `${nth} (${method}): ${q}.` : `${nth} (${method}): ${qsv}.`);
      const c = v.closed?.counts;
      if (!v.closed || !c) {
        out.push(lang === 'fi' ? 'Äänestys on kesken.' : 'Omröstningen pågår.');
        return;
      }
      out.push(
        lang === 'fi'
          ? `Äänestyksessä annettiin jaa ${c.jaa}, ei ${c.ei}, tyhjä ${c.tyhja}; poissa ${c.poissa}.`
          : `I omröstningen avgavs ja ${c.jaa}, nej ${c.ei}, blankt ${c.tyhja}; frånvarande ${c.poissa}.`,
      );
      // KL 104 §: votes are open, so each member's ballot is minuted; listed by family name, as minutes are.
      const names = (option: 'jaa' | 'ei' | 'tyhja') =>
        [...v.ballots]
          .filter(([, o]) => o === option)
          .map(([id]) => ({ key: familyFirst(id), label: name(id) }))
          .sort((x, y) => collator.compare(x.key, y.key))
          .map((x) => x.label);
      const row = (label: string, option: 'jaa' | 'ei' | 'tyhja') => {
        const list = names(option);
        if (list.length > 0) out.push(`${label} (${list.length}): ${list.join(', ')}.`);
      };
      if (lang === 'fi') {
        row('Jaa', 'jaa');
        row('Ei', 'ei');
        row('Tyhjä', 'tyhja');
      } else {
        row('Ja', 'jaa');
        row('Nej', 'ei');
        row('Blankt', 'tyhja');
      }
      if (v.closed.castingVote) {
        out.push(
          lang === 'fi'
            ? 'Äänet menivät tasan, jolloin puheenjohtajan ääni ratkaisi (KL 104 § 2 mom).'
            : 'Rösterna föll lika, varvid ordförandens röst avgjorde (KL 104 § 2 mom).',
        );
      }
      const winner = proposalLabel(it, byId(v.closed.winningProposalId));
      out.push(
        lang === 'fi'
          ? `Puheenjohtaja totesi, että äänestyksen voitti ${winner} äänin ${c[v.closed.result]}–${c[v.closed.result === 'jaa' ? 'ei' : 'jaa']}.`
          : `Ordföranden konstaterade att ${winner} vann omröstningen med rösterna ${c[v.closed.result]}–${c[v.closed.result === 'jaa' ? 'ei' : 'jaa']}.`,
      );
    });
    for (const e of it.elections) {
      const cand = new Map(e.candidates.map((c) => [c.id, c.name]));
      const kind = electionKindLabels[e.kind][lang];
      const ballot = e.secretBallot
        ? lang === 'fi'
          ? 'suljetuin lipuin'
          : 'med slutna sedlar'
        : lang === 'fi'
          ? 'avoimesti'
          : 'öppet';
      out.push(
        lang === 'fi'
          ? `Vaali (${loc(e.title)}) toimitettiin ${ballot} (${kind}, KL 105 §). Ehdokkaina olivat ${listJoin(
              e.candidates.map((c) => c.name),
              lang,
            )}.`
          : `Valet (${loc(e.title)}) förrättades ${ballot} (${kind}, KL 105 §). Kandidater var ${listJoin(
              e.candidates.map((c) => c.name),
              lang,
            )}.`,
      );
      const tallies = e.tallies.map((x) => `${cand.get(x.candidateId) ?? x.candidateId} ${x.votes}`);
      const blank = e.ballots.filter((b) => b.candidateId === undefined && b.listId === undefined).length;
      out.push(
        lang === 'fi'
          ? `Annetut äänet: ${tallies.join(', ')}${blank > 0 ? `; tyhjiä ${blank}` : ''}.`
          : `Avgivna röster: ${tallies.join(', ')}${blank > 0 ? `; blanka ${blank}` : ''}.`,
      );
      if (e.comparisonNumbers && e.comparisonNumbers.length > 0) {
        const cn = e.comparisonNumbers.map(
          (x) => `${cand.get(x.candidateId) ?? x.candidateId} ${fraction(x.value.numerator, x.value.denominator)}`,
        );
        out.push(lang === 'fi' ? `Vertausluvut: ${cn.join(', ')}.` : `Jämförelsetal: ${cn.join(', ')}.`);
      }
      for (const lot of e.lots.length > 0 ? e.lots : it.lots.filter((l) => l.electionId === e.id)) {
        const winners = lot.winnerIds.map((w) => cand.get(w) ?? w);
        const method =
          lot.method === 'fyysinen'
            ? lang === 'fi'
              ? 'fyysisenä arvontana'
              : 'som fysisk lottdragning'
            : lang === 'fi'
              ? 'satunnaislukugeneraattorilla'
              : 'med slumptalsgenerator';
        out.push(
          lang === 'fi'
            ? `${loc(lot.reason)} Valinta ratkaistiin arvalla (KL 105 § 4 mom). Arpa suoritettiin ${method}${lot.randomValue ? ` (satunnaisluku ${lot.randomValue})` : ''}, ja arvonnan voitti ${listJoin(winners, lang)}.`
            : `${loc(lot.reason)} Valet avgjordes genom lottdragning (KL 105 § 4 mom); lotten drogs ${method}${lot.randomValue ? ` (slumptal ${lot.randomValue})` : ''} och föll på ${listJoin(winners, lang)}.`,
        );
      }
      const elected = e.electedIds.map((id) => cand.get(id) ?? id);
      out.push(lang === 'fi' ? `Valituksi tuli ${listJoin(elected, lang)}.` : `Vald blev ${listJoin(elected, lang)}.`);
    }
    if (
      out.length > 0 &&
      it.decision &&
      base &&
      it.votes.length === 0 &&
      seconded.length === 0 &&
      it.elections.length === 0
    ) {
      out.push(
        lang === 'fi'
          ? `Koska kannatettuja vastaehdotuksia ei tehty, puheenjohtaja totesi ${proposalLabel(it, base)}en hyväksytyn yksimielisesti (KL 104 § 1 mom).`.replace(
              'ehdotusen',
              'ehdotuksen',
            )
          : `Eftersom inga understödda motförslag hade lagts fram konstaterade ordföranden att ${proposalLabel(it, base)} hade godkänts enhälligt (KL 104 § 1 mom).`,
      );
    }
    return out;
  }

  function appeal(it: ItemState): MinutesTextAppeal {
    const given = it.decision?.appeal;
    const kind: AppealInstruction['kind'] = given?.kind ?? (council ? 'kunnallisvalitus' : 'oikaisuvaatimus');
    const authority =
      given && 'authority' in given
        ? loc(given.authority)
        : kind === 'oikaisuvaatimus'
          ? bodyName
          : lang === 'fi'
            ? 'hallinto-oikeus'
            : 'förvaltningsdomstolen';
    const dates = options.publishedOn ? appealDeadlines({ minutesPublishedOn: options.publishedOn }) : undefined;
    if (kind === 'muutoksenhakukielto') {
      const basis = given && 'legalBasis' in given ? given.legalBasis : 'KL 136 §';
      return lang === 'fi'
        ? {
            kind,
            heading: 'MUUTOKSENHAKUKIELTO',
            text: [
              `Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (${basis}).`,
            ],
          }
        : {
            kind,
            heading: 'BESVÄRSFÖRBUD',
            text: [
              `Ändring i detta beslut får inte sökas genom begäran om omprövning eller genom kommunalbesvär, eftersom beslutet gäller endast beredning eller verkställighet (${basis}).`,
            ],
          };
    }
    const rect = kind === 'oikaisuvaatimus';
    const days = rect ? 14 : 30;
    const period = dates ? (rect ? dates.rectification : dates.municipalAppeal) : undefined;
    const text: string[] = [];
    if (lang === 'fi') {
      text.push(
        rect
          ? `Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimusviranomainen: ${authority}. Oikaisuvaatimuksen saa tehdä asianosainen ja kunnan jäsen (KL 134 §, 137 §).`
          : `Tähän päätökseen haetaan muutosta kunnallisvalituksella. Valitusviranomainen: ${authority}. Valituksen saa tehdä asianosainen ja kunnan jäsen (KL 135 §, 137 §).`,
        `${rect ? 'Oikaisuvaatimus' : 'Valitus'} on tehtävä ${days} päivän kuluessa päätöksen tiedoksisaannista (KL 138 §). Kunnan jäsenen katsotaan saaneen päätöksestä tiedon seitsemäntenä päivänä siitä, kun pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon (KL 140 § 3 mom). Tiedoksisaantipäivää ei lueta määräaikaan. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, ${rect ? 'oikaisuvaatimuksen' : 'valituksen'} saa tehdä ensimmäisenä arkipäivänä sen jälkeen (laki 150/1930, 5 §).`,
      );
      if (dates && period) {
        text.push(
          `Pöytäkirja on nähtävillä yleisessä tietoverkossa ${fmtDate(options.publishedOn!)} alkaen. Kunnan jäsen saa päätöksestä tiedon ${fmtDate(dates.notifiedOn)}, ja määräaika päättyy ${fmtDate(period.lastDay)}.`,
        );
      }
    } else {
      text.push(
        rect
          ? `Den som är missnöjd med detta beslut kan begära omprövning skriftligt. Omprövningsmyndighet: ${authority}. Omprövning får begäras av en part och av en kommunmedlem (KL 134 §, 137 §).`
          : `Ändring i detta beslut söks genom kommunalbesvär. Besvärsmyndighet: ${authority}. Besvär får anföras av en part och av en kommunmedlem (KL 135 §, 137 §).`,
        `${rect ? 'Begäran om omprövning' : 'Besvär'} ska framställas inom ${days} dagar från delfåendet (KL 138 §). En kommunmedlem anses ha fått del av beslutet den sjunde dagen efter att protokollet har lagts fram i det allmänna datanätet (KL 140 § 3 mom). Delfåendedagen räknas inte in i tidsfristen. Om den sista dagen av tidsfristen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, får ${rect ? 'omprövning begäras' : 'besvär anföras'} den första vardagen därefter (lag 150/1930, 5 §).`,
      );
      if (dates && period) {
        text.push(
          `Protokollet finns tillgängligt i det allmänna datanätet från och med ${fmtDate(options.publishedOn!)}. En kommunmedlem får del av beslutet ${fmtDate(dates.notifiedOn)} och tidsfristen går ut ${fmtDate(period.lastDay)}.`,
        );
      }
    }
    const heading =
      lang === 'fi'
        ? rect
          ? 'OIKAISUVAATIMUSOHJE'
          : 'VALITUSOSOITUS, KUNNALLISVALITUS'
        : rect
          ? 'ANVISNING OM HUR MAN BEGÄR OMPRÖVNING'
          : 'BESVÄRSANVISNING, KOMMUNALBESVÄR';
    const out: MinutesTextAppeal = { kind, heading, text };
    if (period) out.lastDay = period.lastDay;
    return out;
  }

  function fraction(n: number, d: number): string {
    const hundredths = Math.round((n * 100) / d);
    return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
  }
}

/** Swedish minutes cite the Local Government Act as KomL and the Administrative Procedure Act as FL. */
function swedishCitations(m: MinutesText): MinutesText {
  const fix = (x: string): string => x.replace(/\bKL (?=\d)/g, 'KomL ').replace(/\bHL (?=\d)/g, 'FL ');
  m.legality = m.legality.map(fix);
  for (const s of m.sections) {
    s.proceedings = s.proceedings.map(fix);
    s.dissents = s.dissents.map(fix);
    s.appeal.text = s.appeal.text.map(fix);
  }
  return m;
}

function numberWord(n: number, lang: MinutesLanguage): string {
  const fi = [
    'nolla',
    'yksi',
    'kaksi',
    'kolme',
    'neljä',
    'viisi',
    'kuusi',
    'seitsemän',
    'kahdeksan',
    'yhdeksän',
    'kymmenen',
  ];
  const sv = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
  return (lang === 'fi' ? fi : sv)[n] ?? String(n);
}

export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
