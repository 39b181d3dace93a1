import type { MeetingEvent, MeetingEventOf } from '@digikokous/meeting-schema';
import { isQuorate, requiredForQuorum } from './quorum.js';
import type { ItemQuorumState, ItemState, MeetingState, PersonAttendance, ReplayMeeting } from './state.js';

/** What replay needs of a body (meeting-schema's `Body` fits). */
export interface ReplayBody {
  kind: string;
  seats: number;
}

export interface ReplayOptions {
  /**
   * The body's kind and number of seats (KL 103 § quorum: two thirds in the council, more than half elsewhere).
   * Takes precedence over `bodies`.
   */
  body?: ReplayBody;
  /**
   * The organisation's bodies (meeting-schema `Organisation.bodies`); the one whose `id` is the meeting's `bodyId`
   * gives the kind and seats.
   */
  bodies?: readonly (ReplayBody & { id: string })[];
}

const SEAT_ROLES = new Set(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);

/** The body given by `options`, directly or through the meeting's `bodyId`; undefined when neither names it. */
export function resolveBody(meeting: ReplayMeeting, options: ReplayOptions): ReplayBody | undefined {
  if (options.body !== undefined) return { kind: options.body.kind, seats: options.body.seats };
  const found = options.bodies?.find((b) => b.id === meeting.bodyId);
  return found === undefined ? undefined : { kind: found.kind, seats: found.seats };
}

/**
 * A fresh state before any event. Without a known body the quorum is computed as for a body other than the council
 * (KL 103 § 2 mom) with the seats of the invitees (later the seats stated in `legality-and-quorum-stated`), and the
 * guess is reported as the anomaly `body-unknown` rather than made silently: a council's quorum is two thirds.
 */
export function initialState(meeting: ReplayMeeting, options: ReplayOptions = {}): MeetingState {
  const invitedSeats = (meeting.invitees ?? []).filter((i) => SEAT_ROLES.has(i.role)).length;
  const body = resolveBody(meeting, options);
  return {
    meetingId: meeting.id,
    meeting,
    body: body ?? { kind: 'lautakunta', seats: Math.max(1, invitedSeats) },
    status: 'not-started',
    lastSeq: -1,
    eventCount: 0,
    attendance: new Map(),
    minutesCheckerIds: [],
    currentItemId: null,
    items: new Map(),
    itemOrder: [],
    breaks: [],
    anomalies:
      body === undefined
        ? [
            {
              seq: -1,
              type: 'replay-options',
              code: 'body-unknown',
              message: {
                fi: 'Toimielintä ei annettu (body tai bodies); päätösvaltaisuus laskettu kuten muussa kuin valtuustossa.',
                en: 'No body was given (body or bodies); the quorum is computed as for a body other than the council.',
              },
            },
          ]
        : [],
  };
}

/**
 * Rebuilds the meeting state from its log (the meeting log of `@digikokous/meeting-schema`): current item,
 * attendance per item with times and mode, quorum per item (KL 103 §, disqualified members not present, HL 27 §),
 * proposals with seconders, votes and results, elections, decisions, dissents (KL 106 §) and the speaker queue.
 * Never throws on a well-typed log: events that do not fit are listed in `anomalies`.
 */
export function replay(
  meeting: ReplayMeeting,
  events: readonly MeetingEvent[],
  options: ReplayOptions = {},
): MeetingState {
  const state = initialState(meeting, options);
  const explicitBody = resolveBody(meeting, options) !== undefined;
  for (const e of events) safeApply(state, e, explicitBody);
  return state;
}

/**
 * Applies more events to a copy of `state` (the store's incremental path); `state` itself is not changed.
 */
export function applyEvents(state: MeetingState, events: readonly MeetingEvent[]): MeetingState {
  const next = structuredClone({ ...state, meeting: null }) as unknown as MeetingState;
  next.meeting = state.meeting;
  for (const e of events) safeApply(next, e, true);
  return next;
}

/**
 * Applies one event; a malformed event (wrong shape from an unvalidated source) becomes an anomaly instead of an
 * exception, so a front end replaying a partly broken log keeps working. Validate logs with meeting-schema's
 * `parseMeetingLog` at the trust boundary.
 */
function safeApply(state: MeetingState, e: MeetingEvent, explicitBody: boolean): void {
  try {
    applyEvent(state, e, explicitBody);
  } catch {
    const seq = typeof e === 'object' && e !== null && typeof e.seq === 'number' ? e.seq : -1;
    const type = typeof e === 'object' && e !== null && typeof e.type === 'string' ? e.type.slice(0, 64) : 'unknown';
    state.anomalies.push({
      seq,
      type,
      code: 'malformed-event',
      message: { fi: 'Tapahtuma on virheellisen muotoinen.', en: 'The event is malformed.' },
    });
  }
}

function anomaly(state: MeetingState, e: MeetingEvent, code: string, fi: string, en: string): void {
  state.anomalies.push({ seq: e.seq, type: e.type, code, message: { fi, en } });
}

/** Persons present with a vote, not disqualified in `item`. */
export function votersPresent(state: MeetingState, item?: ItemState): string[] {
  const out: string[] = [];
  for (const a of state.attendance.values()) {
    if (a.present && a.votingRight && !(item?.disqualified.has(a.personId) ?? false)) out.push(a.personId);
  }
  return out;
}

function quorumOf(state: MeetingState, item?: ItemState): ItemQuorumState {
  const present = votersPresent(state, item).length;
  const seats = Math.max(1, state.body.seats);
  const body = { kind: state.body.kind, seats };
  return { present, required: requiredForQuorum(body), quorate: isQuorate(body, present) };
}

function currentItem(state: MeetingState, e: MeetingEvent, itemId: string): ItemState | undefined {
  const item = state.items.get(itemId);
  if (item === undefined) {
    anomaly(state, e, 'unknown-item', `Asiakohtaa ${itemId} ei ole avattu.`, `Item ${itemId} has not been opened.`);
  }
  return item;
}

function applyEvent(state: MeetingState, e: MeetingEvent, explicitBody: boolean): void {
  if (typeof e !== 'object' || e === null || typeof e.type !== 'string') return;
  if (typeof e.seq === 'number' && e.seq <= state.lastSeq) {
    anomaly(state, e, 'seq-not-increasing', 'Järjestysnumero ei kasva.', 'The sequence number does not increase.');
  }
  state.lastSeq = Math.max(state.lastSeq, typeof e.seq === 'number' ? e.seq : state.lastSeq);
  state.lastAt = e.at;
  state.eventCount += 1;
  const p = e.payload as Record<string, unknown> | undefined;
  if (p === undefined || p === null || typeof p !== 'object') return;
  switch (e.type) {
    case 'meeting-opened':
      state.status = 'open';
      state.openedAt = e.at;
      state.chairId = e.payload.chairId;
      if (e.payload.secretaryId !== undefined) state.secretaryId = e.payload.secretaryId;
      state.mode = e.payload.mode;
      return;
    case 'attendance-changed':
      return attendance(state, e);
    case 'legality-and-quorum-stated':
      state.legality = { ...e.payload, at: e.at };
      if (!explicitBody) state.body = { ...state.body, seats: e.payload.seats };
      return;
    case 'minutes-checkers-chosen':
      state.minutesCheckerIds = [...e.payload.personIds];
      return;
    case 'agenda-approved':
      state.agenda = e.payload;
      return;
    case 'item-opened': {
      const id = e.payload.itemId;
      if (state.currentItemId !== null) {
        anomaly(state, e, 'item-already-open', 'Edellinen asiakohta on yhä auki.', 'The previous item is still open.');
      }
      if (state.items.has(id)) {
        anomaly(state, e, 'item-reopened', 'Asiakohta avattiin uudelleen.', 'The item was opened again.');
      }
      const item: ItemState = {
        itemId: id,
        sectionNumber: e.payload.sectionNumber,
        openedAt: e.at,
        presentAtOpen: [],
        attendanceChanges: [],
        disqualifications: [],
        disqualified: new Set(),
        quorumAtOpen: { present: 0, required: 0, quorate: false },
        quorum: { present: 0, required: 0, quorate: false },
        proposals: [],
        speakers: [],
        votes: [],
        elections: [],
        lots: [],
        dissents: [],
      };
      item.presentAtOpen = votersPresent(state, item);
      item.quorumAtOpen = quorumOf(state, item);
      item.quorum = item.quorumAtOpen;
      state.items.set(id, item);
      if (!state.itemOrder.includes(id)) state.itemOrder.push(id);
      state.currentItemId = id;
      return;
    }
    case 'disqualification-declared': {
      const item = currentItem(state, e, e.payload.itemId);
      if (!item) return;
      item.disqualifications.push({ ...e.payload, at: e.at });
      if (e.payload.disqualified) item.disqualified.add(e.payload.personId);
      else item.disqualified.delete(e.payload.personId);
      item.quorum = quorumOf(state, item);
      return;
    }
    case 'speaker-requested': {
      const item = currentItem(state, e, e.payload.itemId);
      if (!item) return;
      const s: ItemState['speakers'][number] = {
        entryId: e.payload.entryId,
        personId: e.payload.personId,
        kind: e.payload.kind,
        requestedAt: e.at,
      };
      if (e.payload.repliesToEntryId !== undefined) s.repliesToEntryId = e.payload.repliesToEntryId;
      item.speakers.push(s);
      return;
    }
    case 'speaker-granted':
    case 'speaker-ended': {
      const item = currentItem(state, e, e.payload.itemId);
      const s = item?.speakers.findLast((x) => x.entryId === e.payload.entryId);
      if (!s) {
        if (item) anomaly(state, e, 'unknown-speaker', 'Tuntematon puheenvuoropyyntö.', 'Unknown speaker entry.');
        return;
      }
      if (e.type === 'speaker-granted') s.grantedAt = e.at;
      else s.endedAt = e.at;
      return;
    }
    case 'proposal-made': {
      const item = currentItem(state, e, e.payload.itemId);
      if (!item) return;
      const pr: ItemState['proposals'][number] = {
        id: e.payload.proposalId,
        kind: e.payload.kind,
        seconderIds: [],
        text: e.payload.text,
        madeAt: e.at,
        withdrawn: false,
      };
      if (e.payload.proposerId !== undefined) pr.proposerId = e.payload.proposerId;
      if (e.payload.amendsProposalId !== undefined) pr.amendsProposalId = e.payload.amendsProposalId;
      item.proposals.push(pr);
      return;
    }
    case 'proposal-seconded':
    case 'proposal-withdrawn': {
      const item = currentItem(state, e, e.payload.itemId);
      const pr = item?.proposals.findLast((x) => x.id === e.payload.proposalId);
      if (!pr) {
        if (item) anomaly(state, e, 'unknown-proposal', 'Tuntematon ehdotus.', 'Unknown proposal.');
        return;
      }
      if (e.type === 'proposal-withdrawn') pr.withdrawn = true;
      else if (!pr.seconderIds.includes(e.payload.seconderId)) pr.seconderIds.push(e.payload.seconderId);
      return;
    }
    case 'discussion-closed': {
      const item = currentItem(state, e, e.payload.itemId);
      if (item) item.discussionClosedAt = e.at;
      return;
    }
    case 'voting-order-approved': {
      const item = currentItem(state, e, e.payload.itemId);
      if (!item) return;
      item.votingOrder = e.payload.steps.map((s) => ({ voteId: s.voteId, jaa: s.jaa, ei: s.ei }));
      item.votingOrderApprovedAt = e.at;
      return;
    }
    case 'vote-opened': {
      const item = currentItem(state, e, e.payload.itemId);
      if (!item) return;
      const q: ItemState['votes'][number]['question'] = { jaa: e.payload.question.jaa, ei: e.payload.question.ei };
      if (e.payload.question.text !== undefined) q.text = e.payload.question.text;
      item.votes.push({
        voteId: e.payload.voteId,
        method: e.payload.method,
        question: q,
        openedAt: e.at,
        ballots: new Map(),
      });
      return;
    }
    case 'ballot-cast': {
      const item = currentItem(state, e, e.payload.itemId);
      const v = item?.votes.findLast((x) => x.voteId === e.payload.voteId);
      if (!v || v.closed) {
        if (item) anomaly(state, e, 'vote-not-open', 'Äänestys ei ole käynnissä.', 'The vote is not open.');
        return;
      }
      // A changed ballot (when the rules allow it) replaces the earlier one.
      v.ballots.delete(e.payload.personId);
      v.ballots.set(e.payload.personId, e.payload.option);
      return;
    }
    case 'vote-closed': {
      const item = currentItem(state, e, e.payload.itemId);
      const v = item?.votes.findLast((x) => x.voteId === e.payload.voteId);
      if (!v) {
        if (item) anomaly(state, e, 'unknown-vote', 'Tuntematon äänestys.', 'Unknown vote.');
        return;
      }
      v.closed = { ...e.payload, at: e.at };
      return;
    }
    case 'election-held': {
      const item = currentItem(state, e, e.payload.itemId);
      if (item) item.elections.push({ ...e.payload.election, heldAt: e.at });
      return;
    }
    case 'lot-drawn': {
      const item = currentItem(state, e, e.payload.itemId);
      if (item) item.lots.push({ ...e.payload, at: e.at });
      return;
    }
    case 'decision-recorded': {
      const item = currentItem(state, e, e.payload.itemId);
      if (item) item.decision = { ...e.payload.decision, recordedAt: e.at };
      return;
    }
    case 'dissent-recorded': {
      const item = currentItem(state, e, e.payload.itemId);
      if (item) item.dissents.push({ ...e.payload, at: e.at });
      return;
    }
    case 'break-started':
      state.status = 'on-break';
      state.breaks.push(
        e.payload.reason === undefined ? { startedAt: e.at } : { startedAt: e.at, reason: e.payload.reason },
      );
      return;
    case 'break-ended': {
      state.status = 'open';
      const b = state.breaks.at(-1);
      if (b && b.endedAt === undefined) b.endedAt = e.at;
      return;
    }
    case 'item-closed': {
      const item = currentItem(state, e, e.payload.itemId);
      if (item) item.closedAt = e.at;
      if (state.currentItemId === e.payload.itemId) state.currentItemId = null;
      return;
    }
    case 'meeting-closed':
      state.status = 'closed';
      state.closedAt = e.at;
      state.currentItemId = null;
      for (const a of state.attendance.values()) {
        const last = a.periods.at(-1);
        if (last && last.to === undefined) last.to = e.at;
      }
      return;
    default:
      anomaly(state, e, 'unknown-event', 'Tuntematon tapahtumatyyppi.', 'Unknown event type.');
  }
}

function attendance(state: MeetingState, e: MeetingEventOf<'attendance-changed'>): void {
  const p = e.payload;
  let a = state.attendance.get(p.personId);
  if (a === undefined) {
    a = { personId: p.personId, present: false, votingRight: p.votingRight ?? true, periods: [] } as PersonAttendance;
    state.attendance.set(p.personId, a);
  }
  if (p.role !== undefined) a.role = p.role;
  if (p.votingRight !== undefined) a.votingRight = p.votingRight;
  if (p.substituteFor !== undefined) a.substituteFor = p.substituteFor;
  const itemId = p.itemId ?? state.currentItemId ?? undefined;
  if (p.status === 'lasna') {
    const last = a.periods.at(-1);
    if (a.present && last && p.mode !== undefined && last.mode !== p.mode) {
      // A change of mode (on site ↔ remote) ends one period and starts another.
      last.to = e.at;
      if (itemId !== undefined) last.toItemId = itemId;
    }
    if (!a.present || (p.mode !== undefined && last?.mode !== p.mode)) {
      const period: PersonAttendance['periods'][number] = { from: e.at };
      if (p.mode !== undefined) period.mode = p.mode;
      if (itemId !== undefined) period.fromItemId = itemId;
      a.periods.push(period);
    }
    a.present = true;
    if (p.mode !== undefined) a.mode = p.mode;
  } else {
    if (a.present) {
      const last = a.periods.at(-1);
      if (last && last.to === undefined) {
        last.to = e.at;
        if (itemId !== undefined) last.toItemId = itemId;
        if (p.reason !== undefined) last.leftBecause = p.reason;
      }
    }
    a.present = false;
  }
  const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  if (item) {
    const change: ItemState['attendanceChanges'][number] = { personId: p.personId, status: p.status, at: e.at };
    if (p.reason !== undefined) change.reason = p.reason;
    item.attendanceChanges.push(change);
    item.quorum = quorumOf(state, item);
  }
}

/**
 * A plain-JSON copy of the state (Maps become objects keyed by id, Sets become arrays), e.g. for `postMessage`,
 * logging or a framework that expects plain data. Keys come from a null-prototype object, so ids such as
 * `__proto__` stay data.
 */
export function stateToJSON(state: MeetingState): unknown {
  const record = <V>(map: Map<string, V>, f: (v: V) => unknown): Record<string, unknown> => {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of map) out[k] = f(v);
    return out;
  };
  return {
    ...state,
    attendance: record(state.attendance, (a) => a),
    items: record(state.items, (it) => ({
      ...it,
      disqualified: [...it.disqualified],
      votes: it.votes.map((v) => ({ ...v, ballots: record(v.ballots, (o) => o) })),
    })),
  };
}
