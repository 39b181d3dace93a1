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
}

export interface PersonAttendance {
  personId: string;
  present: boolean;
  mode?: 'paikan-paalla' | 'etana';
  role?: string;
  votingRight: boolean;
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
}

export type VotingSide = { proposalId: string } | { winnerOfVoteId: string };

export interface VoteState {
  voteId: string;
  method: MeetingEventOf<'vote-opened'>['payload']['method'];
  question: { jaa: string; ei: string; text?: LocalizedText };
  openedAt: string;
  /** person → option, in casting order. */
  ballots: Map<string, 'jaa' | 'ei' | 'tyhja'>;
  closed?: MeetingEventOf<'vote-closed'>['payload'] & { at: string };
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
  status: 'not-started' | 'open' | 'on-break' | 'closed';
  openedAt?: string;
  closedAt?: string;
  chairId?: string;
  secretaryId?: string;
  mode?: MeetingEventOf<'meeting-opened'>['payload']['mode'];
  lastSeq: number;
  lastAt?: string;
  eventCount: number;
  attendance: Map<string, PersonAttendance>;
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
