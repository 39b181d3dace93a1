import type {
  AttendanceChangeCause,
  Decision,
  Election,
  LocalizedLongText,
  LocalizedText,
  PresidingChangeReason,
} from '@digikokous/meeting-schema';
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
import type { RandomSource } from '../lots.js';
import type { ProcedureRulesOverrides } from '../rules.js';
import type { VotingSide } from '../state.js';

interface CommandBase {
  /**
   * Who gives the command: the authenticated identity of the caller (never a field the client fills in). Checked by
   * {@link authorizeCommand}.
   */
  actor: string;
  /** The instant, ISO with offset, from the caller's clock. */
  at: string;
}

/**
 * The secretary records a member's personal act for him (the paper fallback of a failed device): `personId` is the
 * member the command is about, `reason` is recorded in the log.
 */
export interface OnBehalfOf {
  personId: string;
  reason: string;
}

interface Personal {
  /** Set when the secretary records the act for the member (see {@link OnBehalfOf}). */
  onBehalfOf?: OnBehalfOf;
}

/** The commands of a meeting, by type; each is checked by {@link decide} against the rules. */
export interface MeetingCommands {
  'open-meeting': { chairId: string; secretaryId?: string; mode: MeetingMode };
  /** Another person presides (KL 102 §): the vice-chair, a temporary chair, or the chair again. */
  'change-presiding': { personId: string; reason: PresidingChangeReason };
  'change-attendance': {
    personId: string;
    status: 'lasna' | 'poissa';
    mode?: AttendanceMode;
    role?: Role;
    /** Optional cross-check: when given it must match the seat model (the voting right follows from the seat). */
    votingRight?: boolean;
    substituteFor?: string;
    reason?: 'esteellisyys' | 'muu';
    /**
     * The change was no one's decision (KL 99 §): the remote connection of a participant present in mode `etana` was
     * lost (`status: 'poissa'`) or came back after such a loss (`status: 'lasna'`). The only command an
     * attendance monitor (`ProcedureRules.attendanceMonitors`) may give; the secretary may record it too.
     */
    cause?: AttendanceChangeCause;
  };
  'state-legality': { lawfullyConvened: boolean; note?: LocalizedText };
  'choose-minutes-checkers': { personIds: string[] };
  'approve-agenda': { itemIds: string[]; additionalItemIds?: string[]; removedItemIds?: string[] };
  'open-item': { itemId: string; sectionNumber?: number };
  'declare-disqualification': Personal & {
    personId: string;
    ground: SchemaGround;
    declaredBy: 'itse' | 'muu';
    disqualified: boolean;
    decidedByBody?: boolean;
    reason?: LocalizedText;
    disqualificationId?: string;
  };
  'request-speaker': Personal & { personId: string; kind?: SpeechKind; repliesToEntryId?: string; entryId?: string };
  /** The requester withdraws his request, or the chair removes it, before the floor is given. */
  'withdraw-speaker': Personal & { entryId: string };
  'grant-speaker': { entryId: string };
  'end-speaker': { entryId: string };
  'make-proposal': Personal & {
    kind: SchemaProposalKind;
    text: LocalizedLongText;
    proposerId?: string;
    proposalId?: string;
    amendsProposalId?: string;
  };
  'second-proposal': Personal & { proposalId: string; seconderId: string };
  'withdraw-proposal': Personal & { proposalId: string };
  'close-discussion': Record<never, never>;
  'approve-voting-order': {
    /** The chair's judgement of distance from the base (1 = differs most), for the computed order. */
    distanceRanks?: Record<string, number>;
    /** An explicit order proposed by the chair and approved by the body (KL 104 § 1 mom), checked for consistency. */
    steps?: { voteId: string; jaa: VotingSide; ei: VotingSide }[];
  };
  'open-vote': { voteId?: string; method?: VoteMethod; jaa?: string; ei?: string; text?: LocalizedText };
  /** A ballot in the vote `voteId`; refused for any other vote than the one open. */
  'cast-ballot': Personal & { voteId: string; personId: string; option: 'jaa' | 'ei' | 'tyhja' };
  /**
   * Closes the open vote. `castingSide` is the side the presiding chair states when the votes tie and he voted
   * neither jaa nor ei (only with `rules.unsettledTie: 'chair-states-side'`).
   */
  'close-vote': { castingSide?: 'jaa' | 'ei' };
  /** Cancels the open vote so that it is taken again (unsettled tie, quorum lost, a fault). */
  'cancel-vote': { reason?: 'tasatulos' | 'paatosvaltaisuus-menetetty' | 'muu' };
  /** Records an election counted elsewhere; checked against its tallies, lots and voters (KL 105 §). */
  'hold-election': { election: Election };
  /**
   * Counts a majority election from its ballots (KL 105 § 1 and 4 mom) and records it; ties across the last seat are
   * drawn with `DecideOptions.random` and recorded.
   */
  'count-election': {
    electionId?: string;
    title: LocalizedText;
    seatsToFill: number;
    secretBallot: boolean;
    candidates: Election['candidates'];
    ballots: Election['ballots'];
  };
  'draw-lot': {
    lotId?: string;
    electionId?: string;
    reason: LocalizedText;
    entrants: string[];
    winnerIds: string[];
    method: 'fyysinen' | 'satunnaislukugeneraattori';
    randomValue?: string;
  };
  /**
   * Records the decision: computed from the votes, or given. With the discussion still open only as a unanimous
   * decision stated by the chair (`unanimous: true`, "voidaanko yksimielisesti hyväksyä"), which closes it.
   */
  'record-decision': {
    decision?: Partial<Omit<Decision, 'itemId'>> & { text?: Decision['text'] };
    unanimous?: boolean;
  };
  'record-dissent': Personal & {
    personId: string;
    basis: DissentBasis;
    writtenReasons?: LocalizedLongText;
    dissentId?: string;
  };
  'start-break': { reason?: LocalizedText };
  'end-break': Record<never, never>;
  'close-item': Record<never, never>;
  'close-meeting': Record<never, never>;
}

/** A command type. */
export type MeetingCommandType = keyof MeetingCommands;
/** The command of a given type. */
export type MeetingCommandOf<T extends MeetingCommandType> = CommandBase & { type: T } & MeetingCommands[T];
/** Commands of the meeting; each is checked by {@link decide} against the rules. */
export type MeetingCommand = { [T in MeetingCommandType]: MeetingCommandOf<T> }[MeetingCommandType];

export interface DecideOptions {
  rules?: ProcedureRulesOverrides;
  /** Event ids; default `e<seq>`. */
  newId?: (seq: number) => string;
  /** The platform's capability flag: closed ballots stay secret in an electronic meeting (KL 105 § 5 mom). */
  ballotSecrecyEnsured?: boolean;
  /** The injected, recorded random source for lots in `count-election` (KL 105 § 4 mom); none → ties refused. */
  random?: RandomSource;
}
