import type {
  Decision,
  Election,
  LocalizedLongText,
  LocalizedText,
  Meeting,
  MeetingEvent,
  MeetingEventOf,
} from '@digikokous/meeting-schema';
import type { LocalisedMessage } from './errors.js';

/** The meeting as replay needs it: any `Meeting` of `@digikokous/meeting-schema` fits. */
export type ReplayMeeting = Partial<Meeting> & { id: string };

export interface AttendancePeriod {
  from: string;
  to?: string;
  mode?: 'paikan-paalla' | 'etana';
  /** The item during which the person arrived / left, if any. */
  fromItemId?: string;
  toItemId?: string;
  /** Why the person left: `esteellisyys` when disqualified (HL 27 §). */
  leftBecause?: 'esteellisyys' | 'muu';
  /** The period ended because the remote connection was lost (KL 99 §). */
  leftCause?: 'connection-lost';
}

export interface PersonAttendance {
  personId: string;
  present: boolean;
  mode?: 'paikan-paalla' | 'etana';
  role?: string;
  /**
   * Derived from the seat, never a free flag: true when the person, while present (now or when he left), held a seat
   * of the body (a member in his own seat, a deputy in the seat of an absent or disqualified member). Officials,
   * experts and the secretary never vote. Whether he may vote now: present with `seatOf` (see `holdsSeat`).
   */
  votingRight: boolean;
  /** The seat (the member's person id) the person holds while present; undefined when he holds none. */
  seatOf?: string;
  substituteFor?: string;
  periods: AttendancePeriod[];
}

export interface ProposalState {
  id: string;
  kind: MeetingEventOf<'proposal-made'>['payload']['kind'];
  proposerId?: string;
  seconderIds: string[];
  text: LocalizedLongText;
  amendsProposalId?: string;
  madeAt: string;
  withdrawn: boolean;
}

export interface SpeakerState {
  entryId: string;
  personId: string;
  kind: MeetingEventOf<'speaker-requested'>['payload']['kind'];
  repliesToEntryId?: string;
  requestedAt: string;
  grantedAt?: string;
  endedAt?: string;
  /** The request was withdrawn (by the requester or removed by the chair) before the floor was given. */
  withdrawnAt?: string;
  withdrawnBy?: 'pyytaja' | 'puheenjohtaja';
}

export type VotingSide = { proposalId: string } | { winnerOfVoteId: string };

export interface VoteState {
  voteId: string;
  method: MeetingEventOf<'vote-opened'>['payload']['method'];
  question: { jaa: string; ei: string; text?: LocalizedText };
  openedAt: string;
  /** person → option, in casting order. */
  ballots: Map<string, 'jaa' | 'ei' | 'tyhja'>;
  /** seat → the person who cast the seat's ballot: one seat, one vote (a deputy cannot vote again for the member). */
  ballotSeats: Map<string, string>;
  /** Who presided when the vote opened (the casting vote of KL 104 § 2 mom belongs to whoever presides at the close). */
  presidingAtOpen?: string;
  closed?: MeetingEventOf<'vote-closed'>['payload'] & { at: string };
  /** The vote was cancelled without a result, to be taken again. */
  cancelled?: MeetingEventOf<'vote-cancelled'>['payload'] & { at: string };
  /** A departure during the vote broke the quorum (KL 103 §); the vote cannot close until quorum returns. */
  quorumLostAt?: string;
}

export interface ItemQuorumState {
  present: number;
  required: number;
  quorate: boolean;
}

export interface ItemState {
  itemId: string;
  sectionNumber: number;
  openedAt: string;
  closedAt?: string;
  /** Persons with a vote present when the item opened (excluding the disqualified). */
  presentAtOpen: string[];
  /** Arrivals and departures while the item was open. */
  attendanceChanges: { personId: string; status: 'lasna' | 'poissa'; at: string; reason?: 'esteellisyys' | 'muu' }[];
  disqualifications: (MeetingEventOf<'disqualification-declared'>['payload'] & { at: string })[];
  /** Members disqualified in this item (HL 27 §): they are not present for it. */
  disqualified: Set<string>;
  /** Quorum when the item opened and now (KL 103 §, per item). */
  quorumAtOpen: ItemQuorumState;
  quorum: ItemQuorumState;
  proposals: ProposalState[];
  discussionClosedAt?: string;
  speakers: SpeakerState[];
  votingOrder?: { voteId: string; jaa: VotingSide; ei: VotingSide }[];
  votingOrderApprovedAt?: string;
  votes: VoteState[];
  elections: (Election & { heldAt: string })[];
  lots: (MeetingEventOf<'lot-drawn'>['payload'] & { at: string })[];
  decision?: Decision & { recordedAt: string };
  dissents: (MeetingEventOf<'dissent-recorded'>['payload'] & { at: string })[];
}

export interface MeetingState {
  meetingId: string;
  meeting: ReplayMeeting;
  body: { kind: string; seats: number };
  /** The body was given to replay (not guessed from the invitees). */
  explicitBody: boolean;
  status: 'not-started' | 'open' | 'on-break' | 'closed';
  openedAt?: string;
  closedAt?: string;
  /** The chair named when the meeting was opened. */
  chairId?: string;
  /** Who presides now (KL 102 §): the chair, the vice-chair or a temporary chair (`presiding-changed`). */
  presidingId?: string;
  /** Each change of the presiding person, in order. */
  presidingChanges: (MeetingEventOf<'presiding-changed'>['payload'] & { at: string; previousId?: string })[];
  secretaryId?: string;
  mode?: MeetingEventOf<'meeting-opened'>['payload']['mode'];
  lastSeq: number;
  lastAt?: string;
  /** `lastAt` as epoch milliseconds, parsed once. */
  lastAtMs?: number;
  eventCount: number;
  attendance: Map<string, PersonAttendance>;
  /** seat (member's person id) → who holds it now; one person per seat (KL 17 §, KL 31 § 3 mom). */
  seats: Map<string, string>;
  /** The body's roster from the memberships (`ReplayOptions.memberships`), or the roles recorded in attendance. */
  roster: SeatRoster;
  legality?: MeetingEventOf<'legality-and-quorum-stated'>['payload'] & { at: string };
  minutesCheckerIds: string[];
  agenda?: MeetingEventOf<'agenda-approved'>['payload'];
  currentItemId: string | null;
  items: Map<string, ItemState>;
  /** Item ids in the order they were opened. */
  itemOrder: string[];
  breaks: { startedAt: string; endedAt?: string; reason?: LocalizedText }[];
  /**
   * Events that did not fit the state (unknown item, vote not open…): kept, never thrown. `seq` -1 marks a
   * finding about the replay itself (`body-unknown`: no body was given).
   */
  anomalies: { seq: number; type: string; code: string; message: LocalisedMessage }[];
}

export type { MeetingEvent };

/** A membership as the seat model needs it (meeting-schema `Membership` fits). */
export interface RosterMembership {
  personId: string;
  bodyId?: string;
  role: string;
  votingRight?: boolean;
  deputyFor?: string;
  deputyOrder?: number;
  councilGroupId?: string;
  start?: string;
  end?: string;
}

/**
 * Who may hold which seat. `source: 'memberships'` when the body's memberships were given to replay; otherwise
 * `'attendance'`: the roles recorded when people arrived decide (a seat role gives the own seat, a deputy holds the
 * seat named in `substituteFor`).
 */
export interface SeatRoster {
  source: 'memberships' | 'attendance';
  /** Members holding a seat of their own: person id → the member's council group and role. */
  members: Map<string, { role: string; councilGroupId?: string }>;
  /** Personal deputies (KL 31 § 3 mom): deputy → the members he deputises for. */
  personalDeputies: Map<string, string[]>;
  /** Council deputies (varavaltuutetut, KL 17 §): deputy → group and order. */
  councilDeputies: Map<string, { councilGroupId?: string; deputyOrder?: number }>;
  /** Everyone with any membership of the body (members, deputies, others): person id → role. */
  roles: Map<string, string>;
}
