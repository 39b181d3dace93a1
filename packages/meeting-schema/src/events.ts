import { z } from 'zod';
import {
  attendanceModes,
  disqualificationGrounds,
  dissentBases,
  meetingModes,
  proposalKinds,
  roles,
  speechKinds,
  voteMethods,
  voteOptions,
} from './codes.js';
import { CountSchema, IdSchema, InstantSchema, LocalizedLongTextSchema, LocalizedTextSchema } from './primitives.js';
import {
  checkVoteOutcome,
  DecisionSchema,
  ElectionSchema,
  VoteQuestionSchema,
  wishClauseRejectionId,
} from './proceedings.js';
import { addRuleIssue } from './issues.js';

/** Current meeting-log schema version. */
export const MEETING_LOG_SCHEMA_VERSION = '1.0' as const;

/** The envelope every event has: id, sequence number, ISO instant with offset, actor. */
const envelope = {
  id: IdSchema,
  /** Strictly increasing within a log (starts anywhere ≥ 0). */
  seq: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  at: InstantSchema,
  /** Person id of who caused the event (chair, secretary, member) or `system`. */
  actor: IdSchema,
  /**
   * Set when the secretary recorded a member's personal act (ballot, speaking request, proposal, seconding,
   * dissent, declaration of disqualification) for the member, e.g. the paper fallback of a failed device: `actor`
   * is the secretary, `personId` the member, `reason` why (recorded in the log and visible in audits).
   */
  onBehalfOf: z.strictObject({ personId: IdSchema, reason: z.string().min(1).max(500) }).optional(),
};
function event<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({ ...envelope, type: z.literal(type), payload });
}

/** The meeting is opened by the chair (KL 103 §). */
export const MeetingOpenedEventSchema = event(
  'meeting-opened',
  z.strictObject({
    meetingId: IdSchema,
    chairId: IdSchema,
    secretaryId: IdSchema.optional(),
    mode: z.enum(meetingModes),
  }),
);
/**
 * Why a remote participant's attendance changed without anyone deciding it (KL 99 §: a remote participant takes part
 * only while the audio and video connection holds): `connection-lost` when the connection of a participant present
 * in mode `etana` broke (he is away from then on), `connection-restored` when it came back. Recorded by the platform's
 * attendance monitor under its own identity, or by the secretary.
 */
export const attendanceChangeCauses = ['connection-lost', 'connection-restored'] as const;
/** A cause of an attendance change (see {@link attendanceChangeCauses}). */
export type AttendanceChangeCause = (typeof attendanceChangeCauses)[number];
/**
 * Somebody arrives, leaves or changes attendance mode (KL 99 §: remote needs video and audio).
 * `itemId` tells during which item; `reason: esteellisyys` when leaving because of disqualification; `cause` when a
 * remote connection was lost (`status: poissa`) or restored (`status: lasna`).
 */
export const AttendanceChangedEventSchema = event(
  'attendance-changed',
  z.strictObject({
    personId: IdSchema,
    status: z.enum(['lasna', 'poissa']),
    mode: z.enum(attendanceModes).optional(),
    role: z.enum(roles).optional(),
    votingRight: z.boolean().optional(),
    substituteFor: IdSchema.optional(),
    itemId: IdSchema.optional(),
    reason: z.enum(['esteellisyys', 'muu']).optional(),
    cause: z.enum(attendanceChangeCauses).optional(),
  }),
);
/** Why the presiding person changes (KL 102 §; hallintosääntö: the vice-chair, or a temporary chair). */
export const presidingChangeReasons = [
  'puheenjohtaja-esteellinen',
  'puheenjohtaja-poissa',
  'tilapainen-puheenjohtaja',
  'puheenjohtaja-palaa',
] as const;
/** A reason for a change of the presiding person. */
export type PresidingChangeReason = (typeof presidingChangeReasons)[number];
/**
 * Another person presides from now on (KL 102 §): the vice-chair when the chair is disqualified (HL 27 §) or absent,
 * a temporary chair chosen by the body, or the chair again. `itemId` when the change is for one item.
 */
export const PresidingChangedEventSchema = event(
  'presiding-changed',
  z.strictObject({
    personId: IdSchema,
    reason: z.enum(presidingChangeReasons),
    itemId: IdSchema.optional(),
  }),
);
/** Legality and quorum are stated (KL 103 §). */
export const LegalityAndQuorumStatedEventSchema = event(
  'legality-and-quorum-stated',
  z.strictObject({
    lawfullyConvened: z.boolean(),
    quorate: z.boolean(),
    membersPresent: CountSchema,
    seats: z.int().min(1).max(99),
    note: LocalizedTextSchema.optional(),
  }),
);
/** Minutes checkers are chosen. */
export const MinutesCheckersChosenEventSchema = event(
  'minutes-checkers-chosen',
  z.strictObject({ personIds: z.array(IdSchema).min(1).max(10) }),
);
/** The agenda (työjärjestys) is approved, possibly with additional or removed items (KL 95 §). */
export const AgendaApprovedEventSchema = event(
  'agenda-approved',
  z.strictObject({
    itemIds: z.array(IdSchema).max(2_000),
    additionalItemIds: z.array(IdSchema).max(2_000).optional(),
    removedItemIds: z.array(IdSchema).max(2_000).optional(),
  }),
);
/** Handling of an item starts and it gets its § number. */
export const ItemOpenedEventSchema = event(
  'item-opened',
  z.strictObject({ itemId: IdSchema, sectionNumber: z.int().min(1).max(9_999) }),
);
/** A disqualification is declared and decided (KL 97 §, HL 27–29 §). */
export const DisqualificationDeclaredEventSchema = event(
  'disqualification-declared',
  z.strictObject({
    itemId: IdSchema,
    disqualificationId: IdSchema,
    personId: IdSchema,
    ground: z.enum(disqualificationGrounds),
    declaredBy: z.enum(['itse', 'muu']),
    decidedByBody: z.boolean(),
    disqualified: z.boolean(),
    reason: LocalizedTextSchema.optional(),
  }),
);
/** A speaker asks for the floor. */
export const SpeakerRequestedEventSchema = event(
  'speaker-requested',
  z.strictObject({
    itemId: IdSchema,
    entryId: IdSchema,
    personId: IdSchema,
    kind: z.enum(speechKinds),
    repliesToEntryId: IdSchema.optional(),
  }),
);
/**
 * A speaking request is withdrawn before or instead of the speech: by the requester (`pyytaja`) or removed by the
 * presiding chair (`puheenjohtaja`).
 */
export const SpeakerWithdrawnEventSchema = event(
  'speaker-withdrawn',
  z.strictObject({ itemId: IdSchema, entryId: IdSchema, by: z.enum(['pyytaja', 'puheenjohtaja']) }),
);
/** The chair gives the floor. */
export const SpeakerGrantedEventSchema = event(
  'speaker-granted',
  z.strictObject({ itemId: IdSchema, entryId: IdSchema }),
);
/** The speech ends. */
export const SpeakerEndedEventSchema = event('speaker-ended', z.strictObject({ itemId: IdSchema, entryId: IdSchema }));
/** A proposal is made (the base proposal is recorded when the item opens, by the chair or system). */
export const ProposalMadeEventSchema = event(
  'proposal-made',
  z.strictObject({
    itemId: IdSchema,
    proposalId: IdSchema,
    kind: z.enum(proposalKinds),
    proposerId: IdSchema.optional(),
    text: LocalizedLongTextSchema,
    amendsProposalId: IdSchema.optional(),
  }),
);
/** A proposal is seconded. */
export const ProposalSecondedEventSchema = event(
  'proposal-seconded',
  z.strictObject({ itemId: IdSchema, proposalId: IdSchema, seconderId: IdSchema }),
);
/** A proposal is withdrawn. */
export const ProposalWithdrawnEventSchema = event(
  'proposal-withdrawn',
  z.strictObject({ itemId: IdSchema, proposalId: IdSchema }),
);
/** The chair closes the discussion and states the proposals. */
export const DiscussionClosedEventSchema = event('discussion-closed', z.strictObject({ itemId: IdSchema }));
/** One side of a vote in the voting order: a proposal, or the winner of an earlier vote. */
export const VotingSideSchema = z.union([
  z.strictObject({ proposalId: IdSchema }),
  z.strictObject({ winnerOfVoteId: IdSchema }),
]);
/** The voting order (äänestysjärjestys) is approved. */
export const VotingOrderApprovedEventSchema = event(
  'voting-order-approved',
  z.strictObject({
    itemId: IdSchema,
    steps: z
      .array(z.strictObject({ voteId: IdSchema, jaa: VotingSideSchema, ei: VotingSideSchema }))
      .min(1)
      .max(100),
  }),
);
/** A vote opens with its question (jaa = proposal A, ei = proposal B). */
export const VoteOpenedEventSchema = event(
  'vote-opened',
  z.strictObject({ itemId: IdSchema, voteId: IdSchema, method: z.enum(voteMethods), question: VoteQuestionSchema }),
);
/** A named ballot is cast (open votes on matters; elections with a closed ballot use `election-held`). */
export const BallotCastEventSchema = event(
  'ballot-cast',
  z.strictObject({ itemId: IdSchema, voteId: IdSchema, personId: IdSchema, option: z.enum(voteOptions) }),
);
/** A vote closes with its result (KL 104 §). */
export const VoteClosedEventSchema = event(
  'vote-closed',
  z.strictObject({
    itemId: IdSchema,
    voteId: IdSchema,
    counts: z.strictObject({ jaa: CountSchema, ei: CountSchema, tyhja: CountSchema, poissa: CountSchema }),
    result: z.enum(['jaa', 'ei']),
    castingVote: z.boolean(),
    winningProposalId: IdSchema,
  }),
);
/** Why an open vote is cancelled and taken again. */
export const voteCancelReasons = ['tasatulos', 'paatosvaltaisuus-menetetty', 'muu'] as const;
/**
 * An open vote is cancelled without a result so that it can be taken again (a tie the casting vote cannot settle,
 * KL 104 § 2 mom; quorum lost during the vote, KL 103 §). Its ballots do not count.
 */
export const VoteCancelledEventSchema = event(
  'vote-cancelled',
  z.strictObject({ itemId: IdSchema, voteId: IdSchema, reason: z.enum(voteCancelReasons) }),
);
/** An election is held (KL 105 §); the payload carries the full election record. */
export const ElectionHeldEventSchema = event(
  'election-held',
  z.strictObject({ itemId: IdSchema, election: ElectionSchema }),
);
/** Lots are drawn; the random draw is recorded. */
export const LotDrawnEventSchema = event(
  'lot-drawn',
  z.strictObject({
    itemId: IdSchema,
    lotId: IdSchema,
    electionId: IdSchema.optional(),
    reason: LocalizedTextSchema,
    entrants: z.array(IdSchema).min(2).max(1_000),
    winnerIds: z.array(IdSchema).min(1).max(1_000),
    method: z.enum(['fyysinen', 'satunnaislukugeneraattori']),
    randomValue: z.string().max(512).optional(),
  }),
);
/** The decision of an item is recorded. */
export const DecisionRecordedEventSchema = event(
  'decision-recorded',
  z.strictObject({ itemId: IdSchema, decision: DecisionSchema }),
);
/** A dissent is recorded (KL 106 §). */
export const DissentRecordedEventSchema = event(
  'dissent-recorded',
  z.strictObject({
    itemId: IdSchema,
    dissentId: IdSchema,
    personId: IdSchema,
    basis: z.enum(dissentBases),
    writtenReasons: LocalizedLongTextSchema.optional(),
  }),
);
/** A break starts. */
export const BreakStartedEventSchema = event(
  'break-started',
  z.strictObject({ reason: LocalizedTextSchema.optional() }),
);
/** A break ends. */
export const BreakEndedEventSchema = event('break-ended', z.strictObject({}));
/** Handling of an item ends. */
export const ItemClosedEventSchema = event('item-closed', z.strictObject({ itemId: IdSchema }));
/** The meeting is closed. */
export const MeetingClosedEventSchema = event('meeting-closed', z.strictObject({}));

/** Every event of the meeting log, discriminated on `type`. */
export const MeetingEventSchema = z.discriminatedUnion('type', [
  MeetingOpenedEventSchema,
  PresidingChangedEventSchema,
  AttendanceChangedEventSchema,
  LegalityAndQuorumStatedEventSchema,
  MinutesCheckersChosenEventSchema,
  AgendaApprovedEventSchema,
  ItemOpenedEventSchema,
  DisqualificationDeclaredEventSchema,
  SpeakerRequestedEventSchema,
  SpeakerGrantedEventSchema,
  SpeakerEndedEventSchema,
  SpeakerWithdrawnEventSchema,
  ProposalMadeEventSchema,
  ProposalSecondedEventSchema,
  ProposalWithdrawnEventSchema,
  DiscussionClosedEventSchema,
  VotingOrderApprovedEventSchema,
  VoteOpenedEventSchema,
  BallotCastEventSchema,
  VoteClosedEventSchema,
  VoteCancelledEventSchema,
  ElectionHeldEventSchema,
  LotDrawnEventSchema,
  DecisionRecordedEventSchema,
  DissentRecordedEventSchema,
  BreakStartedEventSchema,
  BreakEndedEventSchema,
  ItemClosedEventSchema,
  MeetingClosedEventSchema,
]);
/** A meeting-log event. */
export type MeetingEvent = z.infer<typeof MeetingEventSchema>;
/** The event of a given type. */
export type MeetingEventOf<T extends MeetingEvent['type']> = Extract<MeetingEvent, { type: T }>;

/**
 * The meeting log: everything that happened, in order. Cross-event rules checked here:
 * sequence strictly increasing and ids unique; instants not going backwards; opened once, nothing
 * after closing; a seconder is not the proposer; vote questions name proposals already made;
 * ballots only from people present with a vote and not disqualified in that item (HL 27 §), one per
 * person, only while the vote is open; the closing counts equal the ballots cast, the result follows
 * the counts and a tie is decided by the chair's vote (KL 104 §).
 */
export const MeetingLogSchema = z
  .strictObject({
    schemaVersion: z.literal(MEETING_LOG_SCHEMA_VERSION),
    meetingId: IdSchema,
    events: z.array(MeetingEventSchema).max(1_000_000),
  })
  .superRefine((log, ctx) => checkLog(log, ctx));

/** A meeting log. */
export type MeetingLog = z.infer<typeof MeetingLogSchema>;

/**
 * `a` is earlier than `b`. Instants of one log usually share the offset and precision; then the
 * ISO strings order like the instants and no date parsing is needed (the log may be 20,000 events).
 */
function isBefore(a: string, b: string): boolean {
  const n = a.length;
  if (n === b.length && sameSuffix(a, b, n)) return a < b;
  return Date.parse(a) < Date.parse(b);
}
/** Same zone designator: both `Z`, or the same `±hh:mm` (compared without allocating). */
function sameSuffix(a: string, b: string, n: number): boolean {
  if (a.charCodeAt(n - 1) === 90 /* Z */) return b.charCodeAt(n - 1) === 90;
  for (let i = n - 6; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

interface OpenVote {
  itemId: string;
  method: string;
  jaa: string;
  ei: string;
  voters: Set<string>;
  tally: { jaa: number; ei: number; tyhja: number };
}

function checkLog(log: { meetingId: string; events: MeetingEvent[] }, ctx: z.core.$RefinementCtx): void {
  const events = log.events;
  let lastSeq = -1;
  let lastAt = '';
  let closedAt = -1;
  let opened = false;
  const ids = new Set<string>();
  const present = new Map<string, boolean>(); // personId -> has a vote
  const roleOf = new Map<string, { role?: string; substituteFor?: string }>();
  const proposers = new Map<string, string | undefined>();
  const wishClauses = new Set<string>();
  const disqualified = new Map<string, Set<string>>(); // itemId -> person ids
  const openVotes = new Map<string, OpenVote>();
  const sections = new Map<number, string>(); // § number -> item id
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as MeetingEvent;
    if (e.seq <= lastSeq)
      addRuleIssue(ctx, ['events', i, 'seq'], 'seq_not_increasing', {
        fi: `Tapahtuman järjestysnumero ${e.seq} ei ole suurempi kuin edellinen (${lastSeq}).`,
        en: `Sequence number ${e.seq} is not greater than the previous one (${lastSeq}).`,
      });
    if (e.seq > lastSeq) lastSeq = e.seq;
    if (lastAt !== '' && isBefore(e.at, lastAt))
      addRuleIssue(ctx, ['events', i, 'at'], 'time_goes_backwards', {
        fi: 'Tapahtuman aika on aiemman tapahtuman aikaa aiempi.',
        en: 'The event instant is earlier than the previous event.',
      });
    else lastAt = e.at;
    if (ids.has(e.id))
      addRuleIssue(ctx, ['events', i, 'id'], 'duplicate_id', {
        fi: `Tunniste ${e.id} esiintyy useammin kuin kerran.`,
        en: `The id ${e.id} occurs more than once.`,
      });
    ids.add(e.id);
    if (closedAt >= 0)
      addRuleIssue(ctx, ['events', i, 'type'], 'event_after_close', {
        fi: 'Tapahtuma on kirjattu kokouksen päättämisen jälkeen.',
        en: 'The event is recorded after the meeting was closed.',
      });
    switch (e.type) {
      case 'meeting-opened':
        if (opened)
          addRuleIssue(ctx, ['events', i, 'type'], 'opened_twice', {
            fi: 'Kokous on avattu jo aiemmin.',
            en: 'The meeting has already been opened.',
          });
        opened = true;
        if (e.payload.meetingId !== log.meetingId)
          addRuleIssue(ctx, ['events', i, 'payload', 'meetingId'], 'meeting_id_mismatch', {
            fi: 'Avattu kokous ei ole lokin kokous.',
            en: 'The opened meeting is not the meeting of the log.',
          });
        break;
      case 'meeting-closed':
        closedAt = i;
        break;
      case 'item-opened': {
        // An item may be reopened (e.g. after a break) under the same §, never another item under it.
        const holder = sections.get(e.payload.sectionNumber);
        if (holder !== undefined && holder !== e.payload.itemId)
          addRuleIssue(ctx, ['events', i, 'payload', 'sectionNumber'], 'duplicate_section_number', {
            fi: `Pykälänumero § ${e.payload.sectionNumber} on jo annettu toiselle asialle.`,
            en: `Section number § ${e.payload.sectionNumber} was already given to another item.`,
          });
        else sections.set(e.payload.sectionNumber, e.payload.itemId);
        break;
      }
      case 'attendance-changed': {
        const p = e.payload;
        // KL 99 §: a lost connection ends a remote attendance, a restored one starts it again.
        if (
          (p.cause === 'connection-lost' && (p.status !== 'poissa' || p.reason === 'esteellisyys')) ||
          (p.cause === 'connection-restored' && p.status !== 'lasna')
        )
          addRuleIssue(ctx, ['events', i, 'payload', 'cause'], 'attendance_cause_mismatch', {
            fi: 'Yhteyden katkeaminen merkitsee poissaoloa ja sen palautuminen läsnäoloa (KL 99 §).',
            en: 'A lost connection records a departure and a restored one an arrival (KL 99 §).',
          });
        const known = roleOf.get(p.personId) ?? {};
        if (p.role !== undefined) known.role = p.role;
        if (p.substituteFor !== undefined) known.substituteFor = p.substituteFor;
        roleOf.set(p.personId, known);
        // The voting right follows from the seat (KL 103 §, KL 17 §, KL 31 §): a member's own seat, or a deputy in
        // the seat of the member named in `substituteFor`. Officials and the secretary never vote.
        const seat =
          known.role === undefined ||
          SEAT_ROLES.has(known.role) ||
          (known.role === 'varajasen' && known.substituteFor !== undefined);
        if (p.status === 'lasna') present.set(p.personId, (p.votingRight ?? seat) && seat);
        else present.delete(p.personId);
        break;
      }
      case 'proposal-made':
        proposers.set(e.payload.proposalId, e.payload.proposerId);
        if (e.payload.kind === 'toivomusponsi') wishClauses.add(e.payload.proposalId);
        break;
      case 'proposal-seconded': {
        if (!proposers.has(e.payload.proposalId))
          addRuleIssue(ctx, ['events', i, 'payload', 'proposalId'], 'unknown_proposal', {
            fi: 'Kannatettua ehdotusta ei ole tehty.',
            en: 'The seconded proposal has not been made.',
          });
        else if (proposers.get(e.payload.proposalId) === e.payload.seconderId)
          addRuleIssue(ctx, ['events', i, 'payload', 'seconderId'], 'seconder_is_proposer', {
            fi: 'Ehdotuksen tekijä ei voi kannattaa omaa ehdotustaan.',
            en: 'The proposer cannot second their own proposal.',
          });
        break;
      }
      case 'disqualification-declared':
        if (e.payload.disqualified) {
          const set = disqualified.get(e.payload.itemId) ?? new Set<string>();
          set.add(e.payload.personId);
          disqualified.set(e.payload.itemId, set);
        }
        break;
      case 'vote-opened': {
        const q = e.payload.question;
        // A wish clause is voted as adopted (jaa) / rejected (ei: its derived rejection id).
        const wishVote = wishClauses.has(q.jaa) && q.ei === wishClauseRejectionId(q.jaa);
        for (const side of ['jaa', 'ei'] as const)
          if (!proposers.has(q[side]) && !(side === 'ei' && wishVote))
            addRuleIssue(ctx, ['events', i, 'payload', 'question', side], 'unknown_proposal', {
              fi: 'Äänestysesitys viittaa ehdotukseen, jota ei ole tehty.',
              en: 'The vote question refers to a proposal that has not been made.',
            });
        openVotes.set(e.payload.voteId, {
          itemId: e.payload.itemId,
          method: e.payload.method,
          jaa: q.jaa,
          ei: q.ei,
          voters: new Set(),
          tally: { jaa: 0, ei: 0, tyhja: 0 },
        });
        break;
      }
      case 'ballot-cast': {
        const p = e.payload;
        const vote = openVotes.get(p.voteId);
        if (!vote) {
          addRuleIssue(ctx, ['events', i, 'payload', 'voteId'], 'vote_not_open', {
            fi: 'Ääni annettiin äänestykseen, joka ei ole käynnissä.',
            en: 'The ballot was cast in a vote that is not open.',
          });
        } else {
          if (vote.itemId !== p.itemId)
            addRuleIssue(ctx, ['events', i, 'payload', 'itemId'], 'wrong_item', {
              fi: 'Ääni kuuluu eri asiakohtaan kuin äänestys.',
              en: 'The ballot names a different item than its vote.',
            });
          if (vote.voters.has(p.personId))
            addRuleIssue(ctx, ['events', i, 'payload', 'personId'], 'duplicate_ballot', {
              fi: 'Sama henkilö on äänestänyt useammin kuin kerran.',
              en: 'The same person has voted more than once.',
            });
          else {
            vote.voters.add(p.personId);
            vote.tally[p.option]++;
          }
        }
        const voting = present.get(p.personId);
        if (voting !== true)
          addRuleIssue(ctx, ['events', i, 'payload', 'personId'], 'ballot_from_absent', {
            fi: 'Äänestäjä ei ole läsnä äänioikeutettuna.',
            en: 'The voter is not present with a right to vote.',
          });
        else if (disqualified.get(p.itemId)?.has(p.personId))
          addRuleIssue(ctx, ['events', i, 'payload', 'personId'], 'ballot_from_disqualified', {
            fi: 'Esteellinen ei voi osallistua asian käsittelyyn (HL 27 §).',
            en: 'A disqualified person may not take part in the item (HL 27 §).',
          });
        break;
      }
      case 'vote-closed': {
        const p = e.payload;
        const vote = openVotes.get(p.voteId);
        if (!vote) {
          addRuleIssue(ctx, ['events', i, 'payload', 'voteId'], 'vote_not_open', {
            fi: 'Suljettu äänestys ei ole käynnissä.',
            en: 'The closed vote is not open.',
          });
          break;
        }
        openVotes.delete(p.voteId);
        // An electronic or roll-call vote records every ballot, so its counts must be those of the ballots (KL 104 §);
        // a show of hands or standing vote may be counted without named ballots.
        if (vote.voters.size > 0 || vote.method === 'sahkoinen' || vote.method === 'nimenhuuto')
          for (const k of ['jaa', 'ei', 'tyhja'] as const)
            if (p.counts[k] !== vote.tally[k])
              addRuleIssue(ctx, ['events', i, 'payload', 'counts', k], 'count_mismatch', {
                fi: `Äänimäärä ${p.counts[k]} ei vastaa annettuja ääniä (${vote.tally[k]}).`,
                en: `Count ${p.counts[k]} does not match the ballots cast (${vote.tally[k]}).`,
              });
        checkVoteOutcome(ctx, ['events', i, 'payload'], p.counts, p.castingVote, p.result, p.winningProposalId, vote);
        break;
      }
      case 'vote-cancelled':
        if (!openVotes.delete(e.payload.voteId))
          addRuleIssue(ctx, ['events', i, 'payload', 'voteId'], 'vote_not_open', {
            fi: 'Peruttu äänestys ei ole käynnissä.',
            en: 'The cancelled vote is not open.',
          });
        break;
      default:
        break;
    }
  }
}

const SEAT_ROLES = new Set<string>(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);
