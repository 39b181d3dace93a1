import type { Decision, Election, LocalizedLongText, LocalizedText, MeetingEvent } from '@digikokous/meeting-schema';
import type {
  AttendanceMode,
  DisqualificationGround as SchemaGround,
  DissentBasis,
  MeetingMode,
  ProposalKind as SchemaProposalKind,
  Role,
  SpeechKind,
  VoteMethod,
} from '@digikokous/meeting-schema/codes';
import { procedureError, type ProcedureError } from './errors.js';
import { closedBallotAllowed } from './elections.js';
import { isQuorate, requiredForQuorum } from './quorum.js';
import { votersPresent } from './replay.js';
import { resolveRules, type ProcedureRules } from './rules.js';
import type { ItemState, MeetingState, VotingSide } from './state.js';
import { planVotes, tallyVote, WINNER_OF_PREVIOUS, type ProposalKind, type ResolvedKind } from './voting.js';

interface CommandBase {
  /** Who gives the command (chair, secretary, member). */
  actor: string;
  /** The instant, ISO with offset, from the caller's clock. */
  at: string;
}

/** Commands of the meeting; each is checked by {@link decide} against the rules. */
export type MeetingCommand = CommandBase &
  (
    | { type: 'open-meeting'; chairId: string; secretaryId?: string; mode: MeetingMode }
    | {
        type: 'change-attendance';
        personId: string;
        status: 'lasna' | 'poissa';
        mode?: AttendanceMode;
        role?: Role;
        votingRight?: boolean;
        substituteFor?: string;
        reason?: 'esteellisyys' | 'muu';
      }
    | { type: 'state-legality'; lawfullyConvened: boolean; note?: LocalizedText }
    | { type: 'choose-minutes-checkers'; personIds: string[] }
    | { type: 'approve-agenda'; itemIds: string[]; additionalItemIds?: string[]; removedItemIds?: string[] }
    | { type: 'open-item'; itemId: string; sectionNumber?: number }
    | {
        type: 'declare-disqualification';
        personId: string;
        ground: SchemaGround;
        declaredBy: 'itse' | 'muu';
        disqualified: boolean;
        decidedByBody?: boolean;
        reason?: LocalizedText;
        disqualificationId?: string;
      }
    | { type: 'request-speaker'; personId: string; kind?: SpeechKind; repliesToEntryId?: string; entryId?: string }
    | { type: 'grant-speaker'; entryId: string }
    | { type: 'end-speaker'; entryId: string }
    | {
        type: 'make-proposal';
        kind: SchemaProposalKind;
        text: LocalizedLongText;
        proposerId?: string;
        proposalId?: string;
        amendsProposalId?: string;
      }
    | { type: 'second-proposal'; proposalId: string; seconderId: string }
    | { type: 'withdraw-proposal'; proposalId: string }
    | { type: 'close-discussion' }
    | {
        type: 'approve-voting-order';
        /** The chair's judgement of distance from the base (1 = differs most), for the computed order. */
        distanceRanks?: Record<string, number>;
        /** An explicit order proposed by the chair and approved by the body (KL 104 § 1 mom), checked for consistency. */
        steps?: { voteId: string; jaa: VotingSide; ei: VotingSide }[];
      }
    | { type: 'open-vote'; voteId?: string; method?: VoteMethod; jaa?: string; ei?: string; text?: LocalizedText }
    | { type: 'cast-ballot'; personId: string; option: 'jaa' | 'ei' | 'tyhja' }
    | { type: 'close-vote' }
    | { type: 'hold-election'; election: Election }
    | {
        type: 'draw-lot';
        lotId?: string;
        electionId?: string;
        reason: LocalizedText;
        entrants: string[];
        winnerIds: string[];
        method: 'fyysinen' | 'satunnaislukugeneraattori';
        randomValue?: string;
      }
    | { type: 'record-decision'; decision?: Partial<Omit<Decision, 'itemId'>> & { text?: Decision['text'] } }
    | {
        type: 'record-dissent';
        personId: string;
        basis: DissentBasis;
        writtenReasons?: LocalizedLongText;
        dissentId?: string;
      }
    | { type: 'start-break'; reason?: LocalizedText }
    | { type: 'end-break' }
    | { type: 'close-item' }
    | { type: 'close-meeting' }
  );

export interface DecideOptions {
  rules?: Partial<ProcedureRules>;
  /** Event ids; default `e<seq>`. */
  newId?: (seq: number) => string;
  /** The platform's capability flag: closed ballots stay secret in an electronic meeting (KL 105 § 5 mom). */
  ballotSecrecyEnsured?: boolean;
}

const METHOD_BY_RULE: Record<ProcedureRules['defaultVotingMethod'], VoteMethod> = {
  'show-of-hands': 'kasiennostus',
  standing: 'nousemalla',
  electronic: 'sahkoinen',
  'roll-call': 'nimenhuuto',
};

/** meeting-schema proposal kinds → the voting-order kinds of {@link planVotes}. */
const PLAN_KIND: Partial<Record<SchemaProposalKind, ProposalKind>> = {
  vastaehdotus: 'counter',
  muutosehdotus: 'amendment',
  hylkaysehdotus: 'rejection',
  poydallepano: 'tabling',
  palautus: 'referral-back',
};

/** `resolveItem` kinds → meeting-schema decision kinds. */
export const DECISION_KIND: Record<ResolvedKind, Decision['kind']> = {
  'approved-as-proposed': 'hyvaksytty-ehdotuksen-mukaisesti',
  'approved-after-vote': 'hyvaksytty-aanestyksen-jalkeen',
  'approved-as-amended': 'hyvaksytty-muutettuna',
  rejected: 'hylatty',
  tabled: 'poydalle',
  returned: 'palautettu-valmisteltavaksi',
};

type Refusal = ProcedureError;
const refuse = (code: string, fi: string, en: string, sv: string): Refusal => procedureError(code, { fi, en, sv });

/** The base proposal of an item: the last one of kind `pohjaehdotus` still standing. */
export function baseProposal(item: ItemState): ItemState['proposals'][number] | undefined {
  return item.proposals.filter((p) => p.kind === 'pohjaehdotus' && !p.withdrawn).at(-1);
}

/**
 * The voting plan of an item from its proposals (KL 104 § 1 mom): the base proposal needs no seconding; wish clauses
 * (toivomusponsi) are voted separately after the decision and are not part of the plan.
 */
export function planForItem(
  item: ItemState,
  options: { distanceRanks?: Record<string, number>; rules?: Partial<ProcedureRules> } = {},
): ReturnType<typeof planVotes> | undefined {
  const base = baseProposal(item);
  if (base === undefined) return undefined;
  const proposals = item.proposals
    .filter((p) => p !== base && !p.withdrawn && PLAN_KIND[p.kind] !== undefined)
    .map((p) => {
      const rank = options.distanceRanks?.[p.id];
      return {
        id: p.id,
        kind: PLAN_KIND[p.kind]!,
        seconded: p.seconderIds.length > 0,
        ...(rank === undefined ? {} : { distanceRank: rank }),
      };
    });
  return planVotes({ base: base.id, proposals }, options.rules ?? {});
}

function resolveSide(item: ItemState, side: VotingSide): string | undefined {
  if ('proposalId' in side) return side.proposalId;
  return item.votes.find((v) => v.voteId === side.winnerOfVoteId)?.closed?.winningProposalId;
}

/** Results of the item's closed votes that follow its approved voting order, in order. */
function orderResults(item: ItemState): ('jaa' | 'ei')[] {
  const out: ('jaa' | 'ei')[] = [];
  for (const step of item.votingOrder ?? []) {
    const v = item.votes.find((x) => x.voteId === step.voteId)?.closed;
    if (!v) break;
    out.push(v.result);
  }
  return out;
}

function rich(text: LocalizedLongText | LocalizedText): Decision['text'] {
  const para = (t: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: t }] }];
  const out: Decision['text'] = { fi: para(text.fi) };
  if (text.sv !== undefined) out.sv = para(text.sv);
  if (text.en !== undefined) out.en = para(text.en);
  return out;
}

/**
 * Checks a command against the state and the rules and returns the events it produces, or a {@link ProcedureError}
 * saying why it is refused (in Finnish, Swedish and English). Pure: the state is not changed; apply the events with
 * `replay`/`applyEvents`.
 */
export function decide(
  state: MeetingState,
  command: MeetingCommand,
  options: DecideOptions = {},
): MeetingEvent[] | ProcedureError {
  if (typeof command !== 'object' || command === null || typeof command.type !== 'string') {
    return refuse('unknown-command', 'Tuntematon komento.', 'Unknown command.', 'Okänt kommando.');
  }
  try {
    return decideChecked(state, command, options);
  } catch {
    // A command of the wrong shape (from an unvalidated source) is refused, never thrown.
    return refuse(
      'invalid-command',
      'Komento on virheellisen muotoinen.',
      'The command is malformed.',
      'Kommandot är felaktigt.',
    );
  }
}

function decideChecked(
  state: MeetingState,
  command: MeetingCommand,
  options: DecideOptions,
): MeetingEvent[] | ProcedureError {
  const rules = resolveRules(options.rules);
  const newId = options.newId ?? ((seq: number) => `e${seq}`);
  const events: MeetingEvent[] = [];
  let seq = state.lastSeq;
  const emit = (type: MeetingEvent['type'], payload: unknown): void => {
    seq += 1;
    events.push({ id: newId(seq), seq, at: command.at, actor: command.actor, type, payload } as MeetingEvent);
  };
  if (
    typeof command.at !== 'string' ||
    !/(Z|[+-]\d{2}:\d{2})$/.test(command.at) ||
    Number.isNaN(Date.parse(command.at))
  ) {
    return refuse(
      'invalid-instant',
      'Komennon ajanhetki puuttuu tai on virheellinen.',
      'The command instant is missing or invalid.',
      'Kommandots tidpunkt saknas eller är ogiltig.',
    );
  }
  if (state.lastAt !== undefined && Date.parse(command.at) < Date.parse(state.lastAt)) {
    return refuse(
      'time-goes-backwards',
      'Komennon aika on ennen edellistä tapahtumaa.',
      'The command is timed before the previous event.',
      'Kommandot är tidsatt före föregående händelse.',
    );
  }
  if (command.type !== 'open-meeting') {
    if (state.status === 'not-started') {
      return refuse(
        'meeting-not-open',
        'Kokousta ei ole avattu.',
        'The meeting has not been opened.',
        'Sammanträdet har inte öppnats.',
      );
    }
    if (state.status === 'closed') {
      return refuse('meeting-closed', 'Kokous on päättynyt.', 'The meeting is closed.', 'Sammanträdet är avslutat.');
    }
  }
  const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  const needItem = (): ItemState | Refusal =>
    item ??
    refuse(
      'no-item-open',
      'Mikään asiakohta ei ole käsittelyssä.',
      'No item is being handled.',
      'Inget ärende behandlas.',
    );
  const attendee = (id: string) => state.attendance.get(id);
  const canVote = (id: string, it: ItemState): Refusal | undefined => {
    const a = attendee(id);
    if (!a || !a.present)
      return refuse('not-present', `${id} ei ole läsnä.`, `${id} is not present.`, `${id} är inte närvarande.`);
    if (it.disqualified.has(id)) {
      return refuse(
        'disqualified',
        `${id} on esteellinen tässä asiassa (HL 27 §).`,
        `${id} is disqualified in this item (HL 27 §).`,
        `${id} är jävig i detta ärende (FL 27 §).`,
      );
    }
    if (!a.votingRight) {
      return refuse(
        'no-voting-right',
        `${id}:llä ei ole äänioikeutta.`,
        `${id} has no right to vote.`,
        `${id} har ingen rösträtt.`,
      );
    }
    return undefined;
  };
  // Legality and quorum are often stated inside the first item (§ 1), so they are required before votes and
  // decisions rather than before opening an item.
  const itemQuorate = (it: ItemState): Refusal | undefined =>
    state.legality === undefined
      ? refuse(
          'legality-not-stated',
          'Kokouksen laillisuutta ja päätösvaltaisuutta ei ole todettu (KL 103 §).',
          'Legality and quorum have not been stated (KL 103 §).',
          'Sammanträdets laglighet och beslutförhet har inte konstaterats (KomL 103 §).',
        )
      : it.quorum.quorate
        ? undefined
        : refuse(
            'no-quorum',
            `Asian käsittelyssä ei ole päätösvaltaisuutta: läsnä ${it.quorum.present}, tarvitaan ${it.quorum.required} (KL 103 §, HL 27 §). Kutsu varajäseniä.`,
            `The item lacks a quorum: ${it.quorum.present} present, ${it.quorum.required} needed (KL 103 §, HL 27 §). Summon deputies.`,
            `Ärendet saknar beslutförhet: ${it.quorum.present} närvarande, ${it.quorum.required} behövs (KL 103 §, FL 27 §). Kalla in ersättare.`,
          );
  const openVote = item?.votes.find((v) => v.closed === undefined);
  const noOpenVote = (): Refusal | undefined =>
    openVote ? refuse('vote-open', 'Äänestys on käynnissä.', 'A vote is open.', 'En omröstning pågår.') : undefined;

  switch (command.type) {
    case 'open-meeting': {
      if (state.status !== 'not-started') {
        return refuse(
          'meeting-already-open',
          'Kokous on jo avattu.',
          'The meeting has already been opened.',
          'Sammanträdet har redan öppnats.',
        );
      }
      emit('meeting-opened', {
        meetingId: state.meetingId,
        chairId: command.chairId,
        ...(command.secretaryId === undefined ? {} : { secretaryId: command.secretaryId }),
        mode: command.mode,
      });
      return events;
    }
    case 'change-attendance': {
      const a = attendee(command.personId);
      if (command.status === 'poissa' && !a?.present) {
        return refuse(
          'not-present',
          `${command.personId} ei ole läsnä.`,
          `${command.personId} is not present.`,
          `${command.personId} är inte närvarande.`,
        );
      }
      if (command.status === 'lasna' && a?.present && (command.mode === undefined || command.mode === a.mode)) {
        return refuse(
          'already-present',
          `${command.personId} on jo läsnä.`,
          `${command.personId} is already present.`,
          `${command.personId} är redan närvarande.`,
        );
      }
      if (command.status === 'lasna' && item?.disqualified.has(command.personId)) {
        return refuse(
          'disqualified',
          'Esteellinen ei voi olla läsnä asian käsittelyssä (HL 27 §).',
          'A disqualified member may not be present for the item (HL 27 §).',
          'En jävig ledamot får inte vara närvarande vid behandlingen (FL 27 §).',
        );
      }
      const { type: _t, actor: _a, at: _at, ...payload } = command;
      emit('attendance-changed', {
        ...payload,
        ...(item ? { itemId: item.itemId } : {}),
      });
      return events;
    }
    case 'state-legality': {
      const present = votersPresent(state).length;
      const seats = state.body.seats;
      emit('legality-and-quorum-stated', {
        lawfullyConvened: command.lawfullyConvened,
        quorate: isQuorate(state.body, present),
        membersPresent: present,
        seats,
        ...(command.note === undefined ? {} : { note: command.note }),
      });
      return events;
    }
    case 'choose-minutes-checkers': {
      for (const id of command.personIds) {
        if (!attendee(id)?.present) {
          return refuse(
            'checker-not-present',
            `Pöytäkirjantarkastaja ${id} ei ole läsnä.`,
            `Minutes checker ${id} is not present.`,
            `Protokolljusteraren ${id} är inte närvarande.`,
          );
        }
      }
      emit('minutes-checkers-chosen', { personIds: [...command.personIds] });
      return events;
    }
    case 'approve-agenda': {
      const { type: _t, actor: _a, at: _at, ...payload } = command;
      emit('agenda-approved', payload);
      return events;
    }
    case 'open-item': {
      if (state.status === 'on-break')
        return refuse('on-break', 'Kokous on tauolla.', 'The meeting is on a break.', 'Sammanträdet har paus.');
      if (item)
        return refuse(
          'item-open',
          `Asiakohta ${item.itemId} on yhä käsittelyssä.`,
          `Item ${item.itemId} is still open.`,
          `Ärendet ${item.itemId} behandlas fortfarande.`,
        );
      if (state.items.get(command.itemId)?.closedAt !== undefined) {
        return refuse(
          'item-already-handled',
          'Asiakohta on jo käsitelty.',
          'The item has already been handled.',
          'Ärendet har redan behandlats.',
        );
      }
      const agenda = state.agenda;
      if (
        agenda &&
        !agenda.itemIds.includes(command.itemId) &&
        !(agenda.additionalItemIds ?? []).includes(command.itemId)
      ) {
        return refuse(
          'not-on-agenda',
          'Asia ei ole hyväksytyssä työjärjestyksessä (KL 95 §).',
          'The item is not on the approved agenda (KL 95 §).',
          'Ärendet finns inte på den godkända föredragningslistan (KomL 95 §).',
        );
      }
      const present = votersPresent(state).length;
      if (!isQuorate(state.body, present)) {
        const need = requiredForQuorum(state.body);
        return refuse(
          'no-quorum',
          `Kokous ei ole päätösvaltainen: läsnä ${present}, tarvitaan ${need} (KL 103 §).`,
          `No quorum: ${present} present, ${need} needed (KL 103 §).`,
          `Sammanträdet är inte beslutfört: ${present} närvarande, ${need} behövs (KL 103 §).`,
        );
      }
      const used = new Set([...state.items.values()].map((i) => i.sectionNumber));
      const last = Math.max(0, ...used);
      const sectionNumber = command.sectionNumber ?? last + 1;
      if (used.has(sectionNumber)) {
        return refuse(
          'duplicate-section',
          `Pykälänumero ${sectionNumber} on jo käytetty.`,
          `Section number ${sectionNumber} is already used.`,
          `Paragrafnumret ${sectionNumber} används redan.`,
        );
      }
      emit('item-opened', { itemId: command.itemId, sectionNumber });
      return events;
    }
    case 'declare-disqualification': {
      const it = needItem();
      if ('code' in it) return it;
      if (it.votes.length > 0 || it.decision) {
        return refuse(
          'too-late',
          'Esteellisyys on ratkaistava ennen asian päättämistä.',
          'Disqualification must be decided before the matter is decided.',
          'Jäv ska avgöras innan ärendet avgörs.',
        );
      }
      emit('disqualification-declared', {
        itemId: it.itemId,
        disqualificationId: command.disqualificationId ?? `${it.itemId}-j${it.disqualifications.length + 1}`,
        personId: command.personId,
        ground: command.ground,
        declaredBy: command.declaredBy,
        decidedByBody: command.decidedByBody ?? true,
        disqualified: command.disqualified,
        ...(command.reason === undefined ? {} : { reason: command.reason }),
      });
      // HL 27 §: the disqualified member leaves for the item; the departure is minuted.
      if (command.disqualified && attendee(command.personId)?.present) {
        emit('attendance-changed', {
          personId: command.personId,
          status: 'poissa',
          itemId: it.itemId,
          reason: 'esteellisyys',
        });
      }
      return events;
    }
    case 'request-speaker': {
      const it = needItem();
      if ('code' in it) return it;
      if (!attendee(command.personId)?.present) {
        return refuse(
          'not-present',
          `${command.personId} ei ole läsnä.`,
          `${command.personId} is not present.`,
          `${command.personId} är inte närvarande.`,
        );
      }
      if (it.disqualified.has(command.personId)) {
        return refuse(
          'disqualified',
          'Esteellinen ei voi osallistua asian käsittelyyn (HL 27 §).',
          'A disqualified member may not take part (HL 27 §).',
          'En jävig ledamot får inte delta (FL 27 §).',
        );
      }
      if (it.discussionClosedAt !== undefined && (command.kind ?? 'puheenvuoro') !== 'tyojarjestyspuheenvuoro') {
        return refuse(
          'discussion-closed',
          'Keskustelu on jo julistettu päättyneeksi.',
          'The discussion has been closed.',
          'Diskussionen har förklarats avslutad.',
        );
      }
      emit('speaker-requested', {
        itemId: it.itemId,
        entryId: command.entryId ?? `${it.itemId}-s${it.speakers.length + 1}`,
        personId: command.personId,
        kind: command.kind ?? 'puheenvuoro',
        ...(command.repliesToEntryId === undefined ? {} : { repliesToEntryId: command.repliesToEntryId }),
      });
      return events;
    }
    case 'grant-speaker':
    case 'end-speaker': {
      const it = needItem();
      if ('code' in it) return it;
      const s = it.speakers.find((x) => x.entryId === command.entryId);
      if (!s)
        return refuse(
          'unknown-speaker',
          'Tuntematon puheenvuoropyyntö.',
          'Unknown speaker entry.',
          'Okänd begäran om ordet.',
        );
      if (command.type === 'grant-speaker') {
        if (s.grantedAt !== undefined)
          return refuse(
            'already-granted',
            'Puheenvuoro on jo annettu.',
            'The floor has already been given.',
            'Ordet har redan getts.',
          );
        const speaking = it.speakers.find((x) => x.grantedAt !== undefined && x.endedAt === undefined);
        if (speaking)
          return refuse(
            'someone-speaking',
            'Edellinen puheenvuoro on kesken.',
            'Another speech is in progress.',
            'Ett annat anförande pågår.',
          );
        emit('speaker-granted', { itemId: it.itemId, entryId: s.entryId });
      } else {
        if (s.grantedAt === undefined || s.endedAt !== undefined) {
          return refuse(
            'not-speaking',
            'Puheenvuoro ei ole käynnissä.',
            'The speech is not in progress.',
            'Anförandet pågår inte.',
          );
        }
        emit('speaker-ended', { itemId: it.itemId, entryId: s.entryId });
      }
      return events;
    }
    case 'make-proposal': {
      const it = needItem();
      if ('code' in it) return it;
      if (it.discussionClosedAt !== undefined) {
        return refuse(
          'discussion-closed',
          'Ehdotuksia ei voi tehdä keskustelun päätyttyä.',
          'No proposals after the discussion is closed.',
          'Inga förslag efter att diskussionen avslutats.',
        );
      }
      if (command.kind === 'pohjaehdotus') {
        if (baseProposal(it))
          return refuse(
            'base-exists',
            'Asiassa on jo pohjaehdotus.',
            'The item already has a base proposal.',
            'Ärendet har redan ett grundförslag.',
          );
      } else {
        if (command.proposerId === undefined) {
          return refuse(
            'proposer-required',
            'Ehdotuksen tekijä puuttuu.',
            'The proposer is missing.',
            'Förslagsställaren saknas.',
          );
        }
        const r = canVote(command.proposerId, it);
        if (r) return r;
      }
      const id = command.proposalId ?? `${it.itemId}-p${it.proposals.length + 1}`;
      if (it.proposals.some((p) => p.id === id))
        return refuse(
          'duplicate-proposal',
          'Ehdotuksen tunniste on jo käytössä.',
          'The proposal id is taken.',
          'Förslagets id används redan.',
        );
      emit('proposal-made', {
        itemId: it.itemId,
        proposalId: id,
        kind: command.kind,
        ...(command.proposerId === undefined ? {} : { proposerId: command.proposerId }),
        text: command.text,
        ...(command.amendsProposalId === undefined ? {} : { amendsProposalId: command.amendsProposalId }),
      });
      return events;
    }
    case 'second-proposal': {
      const it = needItem();
      if ('code' in it) return it;
      const p = it.proposals.find((x) => x.id === command.proposalId);
      if (!p || p.withdrawn)
        return refuse(
          'unknown-proposal',
          'Ehdotusta ei ole tai se on peruttu.',
          'No such proposal, or it was withdrawn.',
          'Förslaget finns inte eller har återtagits.',
        );
      if (p.kind === 'pohjaehdotus')
        return refuse(
          'base-needs-no-seconding',
          'Pohjaehdotusta ei tarvitse kannattaa.',
          'The base proposal needs no seconding.',
          'Grundförslaget behöver inte understödjas.',
        );
      if (it.discussionClosedAt !== undefined)
        return refuse(
          'discussion-closed',
          'Keskustelu on päättynyt.',
          'The discussion is closed.',
          'Diskussionen är avslutad.',
        );
      if (p.proposerId === command.seconderId) {
        return refuse(
          'own-proposal',
          'Omaa ehdotusta ei voi kannattaa.',
          'A member cannot second their own proposal.',
          'Man kan inte understödja sitt eget förslag.',
        );
      }
      if (p.seconderIds.includes(command.seconderId))
        return refuse(
          'already-seconded',
          'Jäsen on jo kannattanut ehdotusta.',
          'The member has already seconded it.',
          'Ledamoten har redan understött förslaget.',
        );
      const r = canVote(command.seconderId, it);
      if (r) return r;
      emit('proposal-seconded', { itemId: it.itemId, proposalId: p.id, seconderId: command.seconderId });
      return events;
    }
    case 'withdraw-proposal': {
      const it = needItem();
      if ('code' in it) return it;
      const p = it.proposals.find((x) => x.id === command.proposalId);
      if (!p || p.withdrawn)
        return refuse(
          'unknown-proposal',
          'Ehdotusta ei ole tai se on jo peruttu.',
          'No such proposal, or it was already withdrawn.',
          'Förslaget finns inte eller har redan återtagits.',
        );
      if (it.discussionClosedAt !== undefined)
        return refuse(
          'discussion-closed',
          'Keskustelu on päättynyt.',
          'The discussion is closed.',
          'Diskussionen är avslutad.',
        );
      emit('proposal-withdrawn', { itemId: it.itemId, proposalId: p.id });
      return events;
    }
    case 'close-discussion': {
      const it = needItem();
      if ('code' in it) return it;
      if (it.discussionClosedAt !== undefined)
        return refuse(
          'discussion-closed',
          'Keskustelu on jo päättynyt.',
          'The discussion is already closed.',
          'Diskussionen är redan avslutad.',
        );
      if (it.speakers.some((s) => s.grantedAt !== undefined && s.endedAt === undefined)) {
        return refuse('someone-speaking', 'Puheenvuoro on kesken.', 'A speech is in progress.', 'Ett anförande pågår.');
      }
      emit('discussion-closed', { itemId: it.itemId });
      return events;
    }
    case 'approve-voting-order': {
      const it = needItem();
      if ('code' in it) return it;
      if (it.discussionClosedAt === undefined)
        return refuse(
          'discussion-open',
          'Keskustelu on vielä kesken.',
          'The discussion is still open.',
          'Diskussionen pågår fortfarande.',
        );
      if (it.votes.length > 0)
        return refuse(
          'votes-started',
          'Äänestykset ovat jo alkaneet.',
          'Voting has already started.',
          'Omröstningarna har redan börjat.',
        );
      if (command.steps !== undefined) {
        const bad = checkExplicitOrder(it, command.steps);
        if (bad) return bad;
        emit('voting-order-approved', {
          itemId: it.itemId,
          steps: command.steps.map((st) => ({ voteId: st.voteId, jaa: st.jaa, ei: st.ei })),
        });
        return events;
      }
      const plan = planForItem(it, {
        ...(command.distanceRanks ? { distanceRanks: command.distanceRanks } : {}),
        rules,
      });
      if (!plan)
        return refuse(
          'no-base-proposal',
          'Asiassa ei ole pohjaehdotusta.',
          'The item has no base proposal.',
          'Ärendet har inget grundförslag.',
        );
      if (plan.steps.length === 0) {
        return refuse(
          'no-vote-needed',
          'Kannatettuja vastaehdotuksia ei ole: puheenjohtaja toteaa päätöksen (KL 104 §).',
          'No seconded counter-proposal: the chair states the decision (KL 104 §).',
          'Inga understödda motförslag: ordföranden konstaterar beslutet (KL 104 §).',
        );
      }
      let lastMain: string | undefined;
      const side = (id: string): VotingSide =>
        id === WINNER_OF_PREVIOUS
          ? lastMain
            ? { winnerOfVoteId: lastMain }
            : { proposalId: plan.base }
          : { proposalId: id };
      const steps = plan.steps.map((s, i) => {
        const voteId = `${it.itemId}-v${i + 1}`;
        const out = { voteId, jaa: side(s.jaa), ei: side(s.ei) };
        if (s.purpose === 'counter' || s.purpose === 'final') lastMain = voteId;
        return out;
      });
      emit('voting-order-approved', { itemId: it.itemId, steps });
      return events;
    }
    case 'open-vote': {
      const it = needItem();
      if ('code' in it) return it;
      if (it.discussionClosedAt === undefined) {
        return refuse(
          'discussion-open',
          'Äänestää voidaan vasta, kun keskustelu on päättynyt.',
          'Voting starts only after the discussion is closed.',
          'Omröstning kan ske först när diskussionen avslutats.',
        );
      }
      const busy = noOpenVote() ?? itemQuorate(it);
      if (busy) return busy;
      let jaa = command.jaa;
      let ei = command.ei;
      let voteId = command.voteId;
      if (jaa === undefined || ei === undefined) {
        if (!it.votingOrder)
          return refuse(
            'no-voting-order',
            'Äänestysjärjestystä ei ole hyväksytty.',
            'No voting order has been approved.',
            'Ingen omröstningsordning har godkänts.',
          );
        const done = orderResults(it);
        const walked = walkVotes(it, rules);
        const next = it.votingOrder[done.length];
        if (!next || walked.ended)
          return refuse(
            'voting-complete',
            'Äänestysjärjestyksen äänestykset on pidetty.',
            'All votes of the voting order have been held.',
            'Omröstningsordningens omröstningar har hållits.',
          );
        jaa = resolveSide(it, next.jaa);
        ei = resolveSide(it, next.ei);
        voteId = voteId ?? next.voteId;
      }
      const standing = (id: string | undefined) => it.proposals.some((p) => p.id === id && !p.withdrawn);
      if (!standing(jaa) || !standing(ei) || jaa === ei) {
        return refuse(
          'invalid-question',
          'Äänestysesitys ei vastaa asiassa tehtyjä ehdotuksia.',
          'The question does not match the proposals of the item.',
          'Omröstningspropositionen motsvarar inte förslagen i ärendet.',
        );
      }
      voteId = voteId ?? `${it.itemId}-v${it.votes.length + 1}`;
      if (it.votes.some((v) => v.voteId === voteId))
        return refuse(
          'duplicate-vote',
          'Äänestyksen tunniste on jo käytetty.',
          'The vote id is taken.',
          'Omröstningens id används redan.',
        );
      emit('vote-opened', {
        itemId: it.itemId,
        voteId,
        method: command.method ?? METHOD_BY_RULE[rules.defaultVotingMethod],
        question: { jaa: jaa!, ei: ei!, ...(command.text === undefined ? {} : { text: command.text }) },
      });
      return events;
    }
    case 'cast-ballot': {
      const it = needItem();
      if ('code' in it) return it;
      if (!openVote)
        return refuse('no-open-vote', 'Äänestys ei ole käynnissä.', 'No vote is open.', 'Ingen omröstning pågår.');
      const r = canVote(command.personId, it);
      if (r) return r;
      if (openVote.ballots.has(command.personId) && !rules.allowBallotChange) {
        return refuse(
          'second-ballot',
          'Jäsen on jo äänestänyt.',
          'The member has already voted.',
          'Ledamoten har redan röstat.',
        );
      }
      if (!['jaa', 'ei', 'tyhja'].includes(command.option))
        return refuse('invalid-option', 'Tuntematon vaihtoehto.', 'Unknown option.', 'Okänt alternativ.');
      emit('ballot-cast', {
        itemId: it.itemId,
        voteId: openVote.voteId,
        personId: command.personId,
        option: command.option,
      });
      return events;
    }
    case 'close-vote': {
      const it = needItem();
      if ('code' in it) return it;
      if (!openVote)
        return refuse('no-open-vote', 'Äänestys ei ole käynnissä.', 'No vote is open.', 'Ingen omröstning pågår.');
      const ballots = [...openVote.ballots].map(([member, option]) => ({ member, option }));
      const t = tallyVote(ballots, state.chairId === undefined ? {} : { chair: state.chairId });
      if (t.unresolvedTie) {
        return refuse(
          'tie-needs-chair',
          'Äänet menivät tasan eikä puheenjohtaja ole äänestänyt jaa tai ei (KL 104 § 2 mom).',
          'The votes are tied and the chair voted neither jaa nor ei (KL 104 § 2 mom).',
          'Rösterna föll lika och ordföranden har inte röstat ja eller nej (KL 104 § 2 mom).',
        );
      }
      const cast = t.jaa + t.ei + t.tyhja;
      emit('vote-closed', {
        itemId: it.itemId,
        voteId: openVote.voteId,
        counts: { jaa: t.jaa, ei: t.ei, tyhja: t.tyhja, poissa: Math.max(0, state.body.seats - cast) },
        result: t.winner,
        castingVote: t.decidedByChair,
        winningProposalId: openVote.question[t.winner],
      });
      return events;
    }
    case 'hold-election': {
      const it = needItem();
      if ('code' in it) return it;
      const busy = noOpenVote() ?? itemQuorate(it);
      if (busy) return busy;
      const e = command.election;
      if (e.itemId !== it.itemId)
        return refuse(
          'wrong-item',
          'Vaali kuuluu eri asiakohtaan.',
          'The election belongs to another item.',
          'Valet hör till ett annat ärende.',
        );
      if (e.electedIds.length > e.seatsToFill)
        return refuse(
          'too-many-elected',
          'Valittuja on enemmän kuin paikkoja.',
          'More elected than seats.',
          'Fler valda än platser.',
        );
      if (
        e.secretBallot &&
        !closedBallotAllowed({
          electronic: state.mode !== undefined && state.mode !== 'lasnaolo',
          ballotSecrecyEnsured: options.ballotSecrecyEnsured === true,
          rules,
        })
      ) {
        return refuse(
          'closed-ballot-not-secure',
          'Suljettua lippuäänestystä ei voi toimittaa sähköisessä kokouksessa ilman vaalisalaisuuden turvaamista (KL 105 § 5 mom).',
          'A closed-ballot election cannot be held in an electronic meeting without secured ballot secrecy (KL 105 § 5 mom).',
          'Val med slutna sedlar kan inte förrättas vid ett elektroniskt sammanträde utan tryggad valhemlighet (KL 105 § 5 mom).',
        );
      }
      emit('election-held', { itemId: it.itemId, election: e });
      return events;
    }
    case 'draw-lot': {
      const it = needItem();
      if ('code' in it) return it;
      if (command.entrants.length < 2 || command.winnerIds.some((w) => !command.entrants.includes(w))) {
        return refuse(
          'invalid-lot',
          'Arvonnan voittajien on oltava arvontaan osallistuneita.',
          'Lot winners must be among the entrants.',
          'Lottens vinnare måste vara bland deltagarna.',
        );
      }
      emit('lot-drawn', {
        itemId: it.itemId,
        lotId: command.lotId ?? `${it.itemId}-a${it.lots.length + 1}`,
        ...(command.electionId === undefined ? {} : { electionId: command.electionId }),
        reason: command.reason,
        entrants: command.entrants,
        winnerIds: command.winnerIds,
        method: command.method,
        ...(command.randomValue === undefined ? {} : { randomValue: command.randomValue }),
      });
      return events;
    }
    case 'record-decision': {
      const it = needItem();
      if ('code' in it) return it;
      const busy = noOpenVote() ?? itemQuorate(it);
      if (busy) return busy;
      if (it.decision)
        return refuse(
          'decision-exists',
          'Asiassa on jo päätös.',
          'The item already has a decision.',
          'Ärendet har redan ett beslut.',
        );
      const given = command.decision ?? {};
      const decision = computeDecision(it, given, rules);
      if ('code' in decision) return decision;
      emit('decision-recorded', { itemId: it.itemId, decision });
      return events;
    }
    case 'record-dissent': {
      const it = needItem();
      if ('code' in it) return it;
      if (!it.decision)
        return refuse(
          'no-decision',
          'Eriävä mielipide ilmoitetaan heti päätöksen synnyttyä (KL 106 §).',
          'Dissent is recorded when the decision has been made (KL 106 §).',
          'Avvikande mening anmäls när beslutet fattats (KL 106 §).',
        );
      if (it.disqualified.has(command.personId))
        return refuse(
          'disqualified',
          'Esteellinen ei voi jättää eriävää mielipidettä.',
          'A disqualified member cannot dissent.',
          'En jävig ledamot kan inte anmäla avvikande mening.',
        );
      const entitled = dissentEntitled(state, it, command.personId, command.basis);
      if (!entitled) {
        return refuse(
          'not-entitled-to-dissent',
          'Eriävän mielipiteen voi ilmoittaa vastaehdotuksen tehnyt, päätöstä vastaan äänestänyt tai esittelijä, jos päätös poikkeaa esityksestä (KL 106 §).',
          'Only a member who made a counter-proposal or voted against, or the presenting official when the decision departs from the proposal, may dissent (KL 106 §).',
          'Avvikande mening kan anmälas av den som gjort ett motförslag eller röstat emot, eller av föredraganden om beslutet avviker från förslaget (KL 106 §).',
        );
      }
      if (it.dissents.some((d) => d.personId === command.personId))
        return refuse(
          'already-dissented',
          'Eriävä mielipide on jo kirjattu.',
          'The dissent is already recorded.',
          'Den avvikande meningen är redan antecknad.',
        );
      emit('dissent-recorded', {
        itemId: it.itemId,
        dissentId: command.dissentId ?? `${it.itemId}-m${it.dissents.length + 1}`,
        personId: command.personId,
        basis: command.basis,
        ...(command.writtenReasons === undefined ? {} : { writtenReasons: command.writtenReasons }),
      });
      return events;
    }
    case 'start-break': {
      if (state.status === 'on-break')
        return refuse(
          'on-break',
          'Kokous on jo tauolla.',
          'The meeting is already on a break.',
          'Sammanträdet har redan paus.',
        );
      const busy = noOpenVote();
      if (busy) return busy;
      emit('break-started', command.reason === undefined ? {} : { reason: command.reason });
      return events;
    }
    case 'end-break': {
      if (state.status !== 'on-break')
        return refuse(
          'not-on-break',
          'Kokous ei ole tauolla.',
          'The meeting is not on a break.',
          'Sammanträdet har ingen paus.',
        );
      emit('break-ended', {});
      return events;
    }
    case 'close-item': {
      const it = needItem();
      if ('code' in it) return it;
      const busy = noOpenVote();
      if (busy) return busy;
      if (!it.decision)
        return refuse(
          'no-decision',
          'Asiassa ei ole kirjattu päätöstä.',
          'No decision has been recorded for the item.',
          'Inget beslut har antecknats i ärendet.',
        );
      emit('item-closed', { itemId: it.itemId });
      // The members who left because of disqualification return after the item (HL 27 §); the return is minuted.
      for (const personId of it.disqualified) {
        const a = attendee(personId);
        const lastPeriod = a?.periods.at(-1);
        if (a && !a.present && lastPeriod?.leftBecause === 'esteellisyys' && lastPeriod.toItemId === it.itemId) {
          emit('attendance-changed', {
            personId,
            status: 'lasna',
            ...(lastPeriod.mode ? { mode: lastPeriod.mode } : {}),
          });
        }
      }
      return events;
    }
    case 'close-meeting': {
      if (item)
        return refuse(
          'item-open',
          'Asiakohta on vielä käsittelyssä.',
          'An item is still open.',
          'Ett ärende behandlas fortfarande.',
        );
      emit('meeting-closed', {});
      return events;
    }
    default:
      return refuse('unknown-command', 'Tuntematon komento.', 'Unknown command.', 'Okänt kommando.');
  }
}

function dissentEntitled(state: MeetingState, it: ItemState, personId: string, basis: DissentBasis): boolean {
  const decisionBase = it.decision?.basedOnProposalId;
  switch (basis) {
    case 'vastaehdotuksen-tekija':
      return it.proposals.some((p) => p.proposerId === personId && p.kind !== 'pohjaehdotus' && p.id !== decisionBase);
    case 'vastaan-aanestanyt':
      return it.votes.some((v) => {
        const o = v.ballots.get(personId);
        return v.closed !== undefined && (o === 'jaa' || o === 'ei') && o !== v.closed.result;
      });
    case 'esittelija': {
      const presenter = state.meeting.items?.find((x) => x.id === it.itemId)?.presenterId;
      const base = baseProposal(it);
      return presenter === personId && base !== undefined && decisionBase !== base.id;
    }
    default:
      return false;
  }
}

/**
 * An explicit voting order must put standing, seconded proposals (or the base) of the item against each other, refer
 * only to earlier votes of the order, use each vote id once and leave no seconded proposal out (KL 104 § 1 mom).
 */
function checkExplicitOrder(
  it: ItemState,
  steps: readonly { voteId: string; jaa: VotingSide; ei: VotingSide }[],
): ProcedureError | undefined {
  const bad = (fi: string, en: string, sv: string) => procedureError('invalid-voting-order', { fi, en, sv });
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > 100) {
    return bad('Äänestysjärjestys on tyhjä.', 'The voting order is empty.', 'Omröstningsordningen är tom.');
  }
  const base = baseProposal(it);
  const votable = new Set(
    it.proposals.filter((p) => !p.withdrawn && (p === base || p.seconderIds.length > 0)).map((p) => p.id),
  );
  const seen = new Set<string>();
  const used = new Set<string>();
  for (const st of steps) {
    if (typeof st.voteId !== 'string' || seen.has(st.voteId)) {
      return bad(
        'Äänestyksen tunniste puuttuu tai toistuu.',
        'A vote id is missing or repeated.',
        'Ett omröstnings-id saknas eller upprepas.',
      );
    }
    for (const side of [st.jaa, st.ei]) {
      if ('proposalId' in side) {
        if (!votable.has(side.proposalId)) {
          return bad(
            `Ehdotus ${side.proposalId} ei ole kannatettu tai sitä ei ole tehty.`,
            `Proposal ${side.proposalId} is not seconded or was not made.`,
            `Förslaget ${side.proposalId} är inte understött eller har inte lagts fram.`,
          );
        }
        used.add(side.proposalId);
      } else if (!seen.has(side.winnerOfVoteId)) {
        return bad(
          'Viittaus myöhempään tai tuntemattomaan äänestykseen.',
          'Reference to a later or unknown vote.',
          'Hänvisning till en senare eller okänd omröstning.',
        );
      }
    }
    seen.add(st.voteId);
  }
  const wishClauses = new Set(it.proposals.filter((p) => p.kind === 'toivomusponsi').map((p) => p.id));
  const missing = [...votable].filter((id) => !used.has(id) && id !== base?.id && !wishClauses.has(id));
  if (missing.length > 0) {
    return bad(
      `Kannatettu ehdotus puuttuu äänestysjärjestyksestä: ${missing.join(', ')}.`,
      `A seconded proposal is missing from the voting order: ${missing.join(', ')}.`,
      `Ett understött förslag saknas i omröstningsordningen: ${missing.join(', ')}.`,
    );
  }
  return undefined;
}

interface Walk {
  adopted: string;
  amendments: string[];
  kind: ResolvedKind;
  anyVote: boolean;
  /** All steps held, or a procedural / rejection proposal won and ended the handling. */
  complete: boolean;
  ended: boolean;
}

/**
 * Walks the item's closed votes (in the approved voting order, or in the order held) and derives the decision
 * (KL 104 §): a winning tabling or referral proposal ends the handling, a winning rejection rejects, an amendment
 * voted after the main question adds to it (rules), otherwise the winner of the last vote on the substance stands.
 */
function walkVotes(it: ItemState, rules: ProcedureRules): Walk {
  const base = baseProposal(it)?.id ?? '';
  const kindOf = (id: string | undefined) => it.proposals.find((p) => p.id === id)?.kind;
  const steps: { jaa: string | undefined; ei: string | undefined; winner: string | undefined }[] = [];
  let complete = true;
  if (it.votingOrder) {
    for (const step of it.votingOrder) {
      const v = it.votes.find((x) => x.voteId === step.voteId)?.closed;
      if (!v) {
        complete = false;
        break;
      }
      steps.push({ jaa: resolveSide(it, step.jaa), ei: resolveSide(it, step.ei), winner: v.winningProposalId });
    }
  } else {
    for (const v of it.votes) {
      if (v.closed) steps.push({ jaa: v.question.jaa, ei: v.question.ei, winner: v.closed.winningProposalId });
    }
  }
  let adopted = base;
  const amendments: string[] = [];
  for (const s of steps) {
    const sides = [s.jaa, s.ei];
    const procedural = sides.find((id) => kindOf(id) === 'poydallepano' || kindOf(id) === 'palautus');
    if (procedural !== undefined) {
      if (s.winner === procedural) {
        return {
          adopted: procedural,
          amendments,
          kind: kindOf(procedural) === 'poydallepano' ? 'tabled' : 'returned',
          anyVote: true,
          complete: true,
          ended: true,
        };
      }
      continue;
    }
    const rejection = sides.find((id) => kindOf(id) === 'hylkaysehdotus');
    if (rejection !== undefined) {
      if (s.winner === rejection)
        return { adopted: rejection, amendments, kind: 'rejected', anyVote: true, complete: true, ended: true };
      continue;
    }
    const amendment =
      rules.amendments === 'after-main' ? sides.find((id) => kindOf(id) === 'muutosehdotus') : undefined;
    if (amendment !== undefined) {
      if (s.winner === amendment) amendments.push(amendment);
      continue;
    }
    if (s.winner !== undefined) adopted = s.winner;
  }
  const anyVote = steps.length > 0;
  const kind: ResolvedKind =
    adopted !== base || amendments.length > 0
      ? 'approved-as-amended'
      : anyVote
        ? 'approved-after-vote'
        : 'approved-as-proposed';
  return { adopted, amendments, kind, anyVote, complete, ended: false };
}

function computeDecision(
  it: ItemState,
  given: Partial<Omit<Decision, 'itemId'>>,
  rules: ProcedureRules,
): Decision | ProcedureError {
  const id = given.id ?? `${it.itemId}-d`;
  const withExtras = (d: Decision): Decision => {
    if (given.appeal !== undefined) d.appeal = given.appeal;
    return d;
  };
  if (given.kind !== undefined && given.text !== undefined) {
    return withExtras({ ...given, id, itemId: it.itemId, kind: given.kind, text: given.text } as Decision);
  }
  const election = it.elections.at(-1);
  if (election && it.votes.length === 0) {
    return withExtras({
      id,
      itemId: it.itemId,
      kind: 'vaali',
      text: given.text ?? rich({ fi: `Valituiksi tulivat ${election.electedIds.join(', ')}.` }),
      electionId: election.id,
    });
  }
  const plan = planForItem(it, { rules });
  const base = baseProposal(it);
  if (!plan || !base) {
    return procedureError('no-base-proposal', {
      fi: 'Asiassa ei ole pohjaehdotusta, joten päätös on annettava.',
      en: 'The item has no base proposal, so the decision must be given.',
      sv: 'Ärendet har inget grundförslag, så beslutet måste anges.',
    });
  }
  if (plan.steps.length > 0 && it.discussionClosedAt === undefined) {
    return procedureError('discussion-open', {
      fi: 'Keskustelu on vielä kesken.',
      en: 'The discussion is still open.',
      sv: 'Diskussionen pågår fortfarande.',
    });
  }
  const r = walkVotes(it, rules);
  // KL 104 § 1 mom: seconded counter-proposals must be voted on; without them the chair states the decision.
  if ((plan.steps.length > 0 && !r.anyVote) || !r.complete) {
    return procedureError('votes-missing', {
      fi: 'Äänestysjärjestyksen kaikkia äänestyksiä ei ole pidetty.',
      en: 'Not all votes of the voting order have been held.',
      sv: 'Alla omröstningar i omröstningsordningen har inte hållits.',
    });
  }
  const adopted = it.proposals.find((p) => p.id === r.adopted);
  const amendments = r.amendments
    .map((a) => it.proposals.find((p) => p.id === a)?.text.fi)
    .filter((t) => t !== undefined);
  const text: LocalizedLongText = adopted ? { ...adopted.text } : { fi: r.adopted };
  if (amendments.length > 0) text.fi = [text.fi, ...amendments].join(' ');
  const d: Decision = {
    id,
    itemId: it.itemId,
    kind: DECISION_KIND[r.kind],
    text: given.text ?? rich(text),
    basedOnProposalId: r.adopted,
  };
  const voteIds = it.votes.filter((v) => v.closed).map((v) => v.voteId);
  if (voteIds.length > 0) d.voteIds = voteIds;
  return withExtras(d);
}
