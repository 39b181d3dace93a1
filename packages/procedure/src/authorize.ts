/**
 * Who may give which command, now. One function answers it for `decide`, for a server before it calls `decide`, and
 * for `replay` reading a log (an event whose actor could not have given it is an anomaly).
 */
import type { MeetingEvent } from '@digikokous/meeting-schema';
import type { DecideOptions, MeetingCommand } from './commands/types.js';
import { refusal, type Refusal } from './refusals.js';
import {
  defaultProcedureRules,
  resolveRules,
  type Authority,
  type AuthorityKey,
  type ProcedureRules,
} from './rules.js';
import { roleOf } from './seats.js';
import type { ItemState, MeetingState } from './state.js';

/** What authorisation needs to know of a command or event. */
interface Act {
  key: AuthorityKey;
  /** The person the act is about (its `self`), when it is a personal act. */
  self?: string | undefined;
  onBehalfOf?: { personId?: unknown; reason?: unknown } | undefined;
  /** The attendance change of `change-attendance` (what an attendance monitor may record, KL 99 §). */
  attendance?: AttendanceAct;
}

/** What a `change-attendance` command or an `attendance-changed` event records. */
interface AttendanceAct {
  personId: unknown;
  status: unknown;
  cause: unknown;
  mode: unknown;
  reason: unknown;
  /** Seat fields only a recorder may state (a command's `role`, `substituteFor`, `votingRight`). */
  seatFields: boolean;
}

/**
 * Why a `cause` does not fit the person's attendance (KL 99 §), or undefined: a lost connection ends the presence of
 * a participant present in mode `etana`; a restored connection brings back, remotely, one whose connection was lost.
 */
export function attendanceCauseRefusal(
  state: MeetingState,
  personId: unknown,
  status: unknown,
  cause: unknown,
  mode: unknown,
  reason: unknown,
): Refusal | undefined {
  if (cause === undefined) return undefined;
  const id = typeof personId === 'string' ? personId : '';
  const a = state.attendance.get(id);
  if (cause === 'connection-lost') {
    if (status === 'poissa' && reason !== 'esteellisyys' && a?.present === true && a.mode === 'etana') return undefined;
  } else if (cause === 'connection-restored') {
    if (
      status === 'lasna' &&
      (mode === undefined || mode === 'etana') &&
      a !== undefined &&
      !a.present &&
      a.periods.at(-1)?.leftCause === 'connection-lost'
    )
      return undefined;
  }
  return refusal('attendance-cause-invalid', { personId: id.slice(0, 64), cause: String(cause).slice(0, 32) });
}

/**
 * An attendance monitor (rules.attendanceMonitors) gives nothing but a recorded loss or return of a remote connection
 * (KL 99 §), under its own identity; it states no seat, role or reason, and acts for no one.
 */
function monitorCheck(state: MeetingState, actor: string, act: Act): Refusal | undefined {
  const at = act.attendance;
  if (act.key !== 'change-attendance' || at === undefined || at.cause === undefined || at.seatFields)
    return refusal('monitor-not-allowed', { actor: actor.slice(0, 64) });
  if (at.reason !== undefined) return refusal('monitor-not-allowed', { actor: actor.slice(0, 64) });
  return attendanceCauseRefusal(state, at.personId, at.status, at.cause, at.mode, at.reason);
}

const PERSONAL: ReadonlySet<AuthorityKey> = new Set<AuthorityKey>([
  'declare-disqualification',
  'request-speaker',
  'withdraw-speaker',
  'make-proposal',
  'second-proposal',
  'withdraw-proposal',
  'cast-ballot',
  'record-dissent',
]);

function currentItem(state: MeetingState): ItemState | undefined {
  return state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
}

/** The presenting official of the current item (meeting.items[].presenterId). */
function presenterOf(state: MeetingState, itemId: string | undefined): string | undefined {
  if (itemId === undefined) return undefined;
  return state.meeting.items?.find((x) => x.id === itemId)?.presenterId;
}

function isBase(item: ItemState | undefined, proposalId: unknown): boolean {
  return item?.proposals.some((p) => p.id === proposalId && p.kind === 'pohjaehdotus') ?? false;
}

/** The act of a command: its authority key and its `self`. */
function actOfCommand(state: MeetingState, c: MeetingCommand): Act | undefined {
  const item = currentItem(state);
  switch (c.type) {
    case 'open-meeting':
      return { key: c.type, self: c.chairId };
    case 'declare-disqualification':
      return c.declaredBy === 'itse'
        ? { key: c.type, self: c.personId, onBehalfOf: c.onBehalfOf }
        : { key: 'declare-disqualification-of-other' };
    case 'request-speaker':
    case 'cast-ballot':
    case 'record-dissent':
      return { key: c.type, self: c.personId, onBehalfOf: c.onBehalfOf };
    case 'withdraw-speaker':
      return {
        key: c.type,
        self: item?.speakers.find((s) => s.entryId === c.entryId)?.personId,
        onBehalfOf: c.onBehalfOf,
      };
    case 'make-proposal':
      return c.kind === 'pohjaehdotus'
        ? { key: 'make-base-proposal' }
        : { key: c.type, self: c.proposerId, onBehalfOf: c.onBehalfOf };
    case 'second-proposal':
      return { key: c.type, self: c.seconderId, onBehalfOf: c.onBehalfOf };
    case 'withdraw-proposal':
      return isBase(item, c.proposalId)
        ? { key: 'withdraw-base-proposal' }
        : {
            key: c.type,
            self: item?.proposals.find((p) => p.id === c.proposalId)?.proposerId,
            onBehalfOf: c.onBehalfOf,
          };
    case 'change-presiding':
      return { key: c.type, self: c.personId };
    case 'change-attendance':
      return {
        key: c.type,
        attendance: {
          personId: c.personId,
          status: c.status,
          cause: c.cause,
          mode: c.mode,
          reason: c.reason,
          seatFields: c.role !== undefined || c.substituteFor !== undefined || c.votingRight !== undefined,
        },
      };
    case 'state-legality':
    case 'choose-minutes-checkers':
    case 'approve-agenda':
    case 'open-item':
    case 'grant-speaker':
    case 'end-speaker':
    case 'close-discussion':
    case 'approve-voting-order':
    case 'open-vote':
    case 'close-vote':
    case 'cancel-vote':
    case 'hold-election':
    case 'count-election':
    case 'draw-lot':
    case 'record-decision':
    case 'start-break':
    case 'end-break':
    case 'close-item':
    case 'close-meeting':
      return { key: c.type };
    default:
      return undefined;
  }
}

/** The act that produced an event (the command it came from), for checking logs. */
function actOfEvent(state: MeetingState, e: MeetingEvent): Act | undefined {
  const item = currentItem(state);
  const onBehalfOf = e.onBehalfOf;
  switch (e.type) {
    case 'meeting-opened':
      return { key: 'open-meeting', self: e.payload.chairId };
    case 'presiding-changed':
      // The chair declaring his own disqualification hands the chair to the vice-chair by the same act (KL 102 §,
      // HL 27 §): the event comes after `disqualification-declared`, when he already cannot preside.
      return e.payload.reason === 'puheenjohtaja-esteellinen' &&
        e.actor === state.presidingId &&
        item?.disqualified.has(e.actor) === true &&
        item.disqualifications.some((x) => x.personId === e.actor && x.declaredBy === 'itse' && x.disqualified) &&
        roleOf(state, e.payload.personId, state.attendance.get(e.payload.personId)?.role) === 'varapuheenjohtaja'
        ? { key: 'declare-disqualification', self: e.actor }
        : { key: 'change-presiding', self: e.payload.personId };
    case 'attendance-changed':
      // A member declaring his own disqualification leaves the meeting by the same act (HL 27 §).
      return e.payload.reason === 'esteellisyys' && e.payload.status === 'poissa' && e.actor === e.payload.personId
        ? { key: 'declare-disqualification', self: e.payload.personId }
        : {
            key: 'change-attendance',
            attendance: {
              personId: e.payload.personId,
              status: e.payload.status,
              cause: e.payload.cause,
              mode: e.payload.mode,
              reason: e.payload.reason,
              // The event states the seat that followed from the monitor's record; only a stated role is the recorder's.
              seatFields: e.payload.role !== undefined,
            },
          };
    case 'legality-and-quorum-stated':
      return { key: 'state-legality' };
    case 'minutes-checkers-chosen':
      return { key: 'choose-minutes-checkers' };
    case 'agenda-approved':
      return { key: 'approve-agenda' };
    case 'item-opened':
      return { key: 'open-item' };
    case 'disqualification-declared':
      return e.payload.declaredBy === 'itse'
        ? { key: 'declare-disqualification', self: e.payload.personId, onBehalfOf }
        : { key: 'declare-disqualification-of-other' };
    case 'speaker-requested':
      return { key: 'request-speaker', self: e.payload.personId, onBehalfOf };
    case 'speaker-withdrawn':
      return e.payload.by === 'pyytaja'
        ? {
            key: 'withdraw-speaker',
            self: item?.speakers.find((s) => s.entryId === e.payload.entryId)?.personId,
            onBehalfOf,
          }
        : { key: 'grant-speaker' };
    case 'speaker-granted':
      return { key: 'grant-speaker' };
    case 'speaker-ended':
      return { key: 'end-speaker' };
    case 'proposal-made':
      return e.payload.kind === 'pohjaehdotus'
        ? { key: 'make-base-proposal' }
        : { key: 'make-proposal', self: e.payload.proposerId, onBehalfOf };
    case 'proposal-seconded':
      return { key: 'second-proposal', self: e.payload.seconderId, onBehalfOf };
    case 'proposal-withdrawn':
      return isBase(item, e.payload.proposalId)
        ? { key: 'withdraw-base-proposal' }
        : {
            key: 'withdraw-proposal',
            self: item?.proposals.find((p) => p.id === e.payload.proposalId)?.proposerId,
            onBehalfOf,
          };
    case 'discussion-closed':
      return { key: 'close-discussion' };
    case 'voting-order-approved':
      return { key: 'approve-voting-order' };
    case 'vote-opened':
      return { key: 'open-vote' };
    case 'ballot-cast':
      return { key: 'cast-ballot', self: e.payload.personId, onBehalfOf };
    case 'vote-closed':
      return { key: 'close-vote' };
    case 'vote-cancelled':
      return { key: 'cancel-vote' };
    case 'election-held':
      return { key: 'hold-election' };
    case 'lot-drawn':
      return { key: 'draw-lot' };
    case 'decision-recorded':
      return { key: 'record-decision' };
    case 'dissent-recorded':
      return { key: 'record-dissent', self: e.payload.personId, onBehalfOf };
    case 'break-started':
      return { key: 'start-break' };
    case 'break-ended':
      return { key: 'end-break' };
    case 'item-closed':
      return { key: 'close-item' };
    case 'meeting-closed':
      return { key: 'close-meeting' };
    default:
      return undefined;
  }
}

/** Whether `actor` is anyone the meeting knows: a participant, the chair, the secretary, a member, a presenter. */
function knownActor(state: MeetingState, actor: string): boolean {
  return (
    state.attendance.has(actor) ||
    actor === state.chairId ||
    actor === state.presidingId ||
    actor === state.secretaryId ||
    state.roster.roles.has(actor) ||
    (state.meeting.invitees?.some((i) => i.personId === actor) ?? false) ||
    (state.meeting.items?.some((i) => i.presenterId === actor) ?? false)
  );
}

/** The presiding person cannot act while recorded absent or disqualified in the item (HL 27 §). */
function presidingUnable(state: MeetingState): boolean {
  const id = state.presidingId;
  if (id === undefined) return false;
  const a = state.attendance.get(id);
  if (a !== undefined && !a.present) return true;
  return currentItem(state)?.disqualified.has(id) ?? false;
}

function check(state: MeetingState, actor: unknown, act: Act, rules: ProcedureRules): Refusal | undefined {
  if (typeof actor !== 'string' || actor.trim() === '') return refusal('actor-missing');
  // KL 99 §: the platform's attendance monitor records lost and restored connections under its own identity, and
  // nothing else (checked before any other authority, so a monitor id never gains a participant's rights).
  if (rules.attendanceMonitors.includes(actor)) return monitorCheck(state, actor, act);
  const allowed = rules.authority[act.key];
  if (act.onBehalfOf !== undefined) {
    const ob = act.onBehalfOf;
    if (
      !PERSONAL.has(act.key) ||
      ob === null ||
      typeof ob !== 'object' ||
      ob.personId !== act.self ||
      typeof ob.reason !== 'string' ||
      ob.reason.trim() === ''
    ) {
      return refusal('on-behalf-invalid');
    }
    const recorder = rules.onBehalfOf.some(
      (r) => (r === 'secretary' && actor === state.secretaryId) || (r === 'presiding' && actor === state.presidingId),
    );
    return recorder ? undefined : refusal('on-behalf-not-allowed');
  }
  const item = currentItem(state);
  let presidingMatched = false;
  const matches = (a: Authority): boolean => {
    switch (a) {
      case 'self':
        // The vice-chair (or another) takes the chair himself only when the person presiding cannot act.
        if (act.key === 'change-presiding') return actor === act.self && presidingUnable(state);
        return act.self !== undefined && actor === act.self;
      case 'presiding':
        if (actor !== state.presidingId) return false;
        presidingMatched = true;
        return true;
      case 'secretary':
        return state.secretaryId !== undefined && actor === state.secretaryId;
      case 'presenter': {
        const presenter = presenterOf(state, item?.itemId);
        return presenter !== undefined ? actor === presenter : actor === state.presidingId;
      }
    }
  };
  // Order matters only for the refusal given: an act allowed to several is allowed if any matches.
  if (allowed.some(matches)) {
    if (presidingMatched && !allowed.some((a) => a !== 'presiding' && matches(a)) && presidingUnable(state))
      return refusal('presiding-unable', { presidingId: state.presidingId ?? '' });
    return undefined;
  }
  if (act.key !== 'open-meeting' && !knownActor(state, actor)) return refusal('unknown-actor', { actor });
  if (act.key === 'make-proposal' && act.self === undefined) return refusal('proposer-required');
  switch (act.key) {
    case 'open-meeting':
      return refusal('not-chair-designate', { actor, chairId: act.self ?? '' });
    case 'withdraw-speaker':
      return refusal('not-requester-or-presiding');
    case 'withdraw-proposal':
      return refusal('not-the-proposer');
    case 'make-base-proposal':
    case 'withdraw-base-proposal':
      return refusal('not-the-presenter');
    case 'change-presiding':
      return refusal('not-secretary-or-presiding');
    default:
      break;
  }
  if (allowed.includes('self')) return refusal('not-self', { actor, personId: act.self ?? '' });
  if (allowed.includes('secretary')) return refusal('not-secretary-or-presiding');
  return refusal('not-presiding', { actor, presidingId: state.presidingId ?? '' });
}

/**
 * May `command.actor` give `command` now, and if not, why: `undefined` when allowed, else the refusal (a catalogue
 * code with fi/sv/en messages). Personal acts (ballots, speaking requests, proposals, seconding, dissent, one's own
 * disqualification) only by the person himself, or recorded by the secretary with `onBehalfOf` and a reason; the
 * chair's commands only by the person presiding (KL 102 §), not while he is absent or disqualified; the secretary's by
 * the secretary or the chair; an unknown or empty actor is refused. The split is `rules.authority`.
 * Used by {@link decide}; a server may call it before `decide` with the authenticated identity as `actor`.
 */
export function authorizeCommand(
  state: MeetingState,
  command: MeetingCommand,
  options: Pick<DecideOptions, 'rules'> = {},
): Refusal | undefined {
  if (typeof command !== 'object' || command === null) return refusal('unknown-command');
  const act = actOfCommand(state, command);
  if (act === undefined) return refusal('unknown-command');
  return check(state, command.actor, act, resolveRules(options.rules));
}

/** Why the actor of a logged event could not have given it (replay's `actor-not-authorised`), or undefined. */
export function eventActorRefusal(
  state: MeetingState,
  event: MeetingEvent,
  rules: ProcedureRules = defaultProcedureRules,
): Refusal | undefined {
  const act = actOfEvent(state, event);
  if (act === undefined) return undefined;
  return check(state, event.actor, act, rules);
}
