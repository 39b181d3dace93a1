import type { MeetingEvent, MeetingEventOf } from '@digikokous/meeting-schema';
import { eventActorRefusal } from './authorize.js';
import { resolveRules, type ProcedureRules, type ProcedureRulesOverrides } from './rules.js';
import { isQuorate, requiredForQuorum } from './quorum.js';
import { buildRoster, claimSeat, votersPresent } from './seats.js';
import type {
  ItemQuorumState,
  ItemState,
  MeetingState,
  PersonAttendance,
  ReplayMeeting,
  RosterMembership,
  VoteState,
} from './state.js';

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
  /**
   * The memberships (meeting-schema `Organisation.memberships`): those of the meeting's body valid on its date give
   * the seats (members, personal deputies, council deputies). Without them, the roles recorded in attendance do.
   */
  memberships?: readonly RosterMembership[];
  /**
   * The rules the log was decided under (the same overrides as `decide`'s): who may give which command, and the
   * attendance monitors (KL 99 §), for the `actor-not-authorised` check. Default: the documented defaults.
   */
  rules?: ProcedureRulesOverrides;
}

const SEAT_ROLE_INVITEES = new Set(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);

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
  const invitedSeats = (meeting.invitees ?? []).filter((i) => SEAT_ROLE_INVITEES.has(i.role)).length;
  const body = resolveBody(meeting, options);
  return {
    meetingId: meeting.id,
    meeting,
    body: body ?? { kind: 'lautakunta', seats: Math.max(1, invitedSeats) },
    explicitBody: body !== undefined,
    status: 'not-started',
    presidingChanges: [],
    lastSeq: -1,
    eventCount: 0,
    attendance: new Map(),
    seats: new Map(),
    roster: buildRoster(meeting, options.memberships),
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
 * attendance per item with times and mode, seats and the voting right that follows from them, the presiding chair,
 * quorum per item (KL 103 §, disqualified members not present, HL 27 §), proposals with seconders, votes and results,
 * elections, decisions, dissents (KL 106 §) and the speaker queue. Never throws on a well-typed log: events that do not
 * fit, events whose actor could not have given them and vote results that do not match their ballots are listed in
 * `anomalies`. Linear in the number of events.
 */
export function replay(
  meeting: ReplayMeeting,
  events: readonly MeetingEvent[],
  options: ReplayOptions = {},
): MeetingState {
  const draft = new Draft(initialState(meeting, options), true, resolveRules(options.rules));
  for (const e of events) safeApply(draft, e);
  return draft.state;
}

/**
 * Applies more events to `state` and returns the new state; `state` itself is not changed. Structural sharing: only
 * the objects the events touch are copied (the state record, the current item, the vote, the person), so the cost
 * does not grow with the length of the meeting, and earlier states handed out stay as they were.
 */
export function applyEvents(
  state: MeetingState,
  events: readonly MeetingEvent[],
  options: Pick<ReplayOptions, 'rules'> = {},
): MeetingState {
  const draft = new Draft(state, false, resolveRules(options.rules));
  for (const e of events) safeApply(draft, e);
  return draft.state;
}

/**
 * Copy-on-write over a state: an object is copied the first time this draft changes it and changed in place after.
 * `replay` owns its fresh state from the start (linear), `applyEvents` copies the path it touches (O(1) per event).
 */
class Draft {
  readonly #owned = new WeakSet<object>();
  state: MeetingState;
  readonly rules: ProcedureRules;
  constructor(base: MeetingState, own: boolean, rules: ProcedureRules) {
    this.rules = rules;
    this.state = own ? base : { ...base };
    this.#owned.add(this.state);
    if (own) {
      for (const o of [base.attendance, base.seats, base.items, base.itemOrder, base.breaks, base.anomalies])
        this.#owned.add(o);
      this.#owned.add(base.presidingChanges);
      this.#owned.add(base.minutesCheckerIds);
    }
  }
  own<T extends object>(o: T): T {
    if (this.#owned.has(o)) return o;
    const c = (
      Array.isArray(o) ? o.slice() : o instanceof Map ? new Map(o) : o instanceof Set ? new Set(o) : { ...o }
    ) as T;
    this.#owned.add(c);
    return c;
  }
  /** The state's field `key`, owned by this draft. */
  field<K extends 'attendance' | 'seats' | 'items' | 'itemOrder' | 'breaks' | 'anomalies' | 'presidingChanges'>(
    key: K,
  ): MeetingState[K] {
    const v = this.own(this.state[key]);
    this.state[key] = v;
    return v;
  }
  person(id: string): PersonAttendance | undefined {
    const a = this.state.attendance.get(id);
    if (a === undefined || this.#owned.has(a)) return a;
    const c = this.own(a);
    this.field('attendance').set(id, c);
    return c;
  }
  item(id: string): ItemState | undefined {
    const it = this.state.items.get(id);
    if (it === undefined || this.#owned.has(it)) return it;
    const c = this.own(it);
    this.field('items').set(id, c);
    return c;
  }
  /** `obj[key]` (an array, Map or Set inside an owned object), owned by this draft. */
  sub<O extends object, K extends keyof O>(obj: O, key: K): O[K] {
    const v = this.own(obj[key] as object) as O[K];
    obj[key] = v;
    return v;
  }
  /** The element `i` of an owned array, owned. */
  at<T extends object>(arr: T[], i: number): T {
    const v = this.own(arr[i]!);
    arr[i] = v;
    return v;
  }
}

/**
 * Applies one event; a malformed event (wrong shape from an unvalidated source) becomes an anomaly instead of an
 * exception, so a front end replaying a partly broken log keeps working. Validate logs with meeting-schema's
 * `parseMeetingLog` at the trust boundary.
 */
function safeApply(d: Draft, e: MeetingEvent): void {
  try {
    const forged = typeof e === 'object' && e !== null ? eventActorRefusal(d.state, e, d.rules) : undefined;
    applyEvent(d, e);
    if (forged !== undefined) {
      d.field('anomalies').push({ seq: e.seq, type: e.type, code: 'actor-not-authorised', message: forged.message });
    }
  } catch {
    const seq = typeof e === 'object' && e !== null && typeof e.seq === 'number' ? e.seq : -1;
    const type = typeof e === 'object' && e !== null && typeof e.type === 'string' ? e.type.slice(0, 64) : 'unknown';
    d.field('anomalies').push({
      seq,
      type,
      code: 'malformed-event',
      message: { fi: 'Tapahtuma on virheellisen muotoinen.', en: 'The event is malformed.' },
    });
  }
}

function anomaly(d: Draft, e: MeetingEvent, code: string, fi: string, en: string): void {
  d.field('anomalies').push({ seq: e.seq, type: e.type, code, message: { fi, en } });
}

export { votersPresent } from './seats.js';

function quorumOf(state: MeetingState, item?: ItemState): ItemQuorumState {
  const present = votersPresent(state, item).length;
  const seats = Math.max(1, state.body.seats);
  const body = { kind: state.body.kind, seats };
  return { present, required: requiredForQuorum(body), quorate: isQuorate(body, present) };
}

function currentItem(d: Draft, e: MeetingEvent, itemId: string): ItemState | undefined {
  const item = d.item(itemId);
  if (item === undefined) {
    anomaly(d, e, 'unknown-item', `Asiakohtaa ${itemId} ei ole avattu.`, `Item ${itemId} has not been opened.`);
  }
  return item;
}

/** The open vote `voteId` of `item`, owned; with its index. */
function ownVote(d: Draft, item: ItemState, voteId: string): VoteState | undefined {
  const i = item.votes.findLastIndex((x) => x.voteId === voteId);
  if (i < 0) return undefined;
  return d.at(d.sub(item, 'votes'), i);
}

function applyEvent(d: Draft, e: MeetingEvent): void {
  if (typeof e !== 'object' || e === null || typeof e.type !== 'string') return;
  const state = d.state;
  if (typeof e.seq === 'number' && e.seq <= state.lastSeq) {
    anomaly(d, e, 'seq-not-increasing', 'Järjestysnumero ei kasva.', 'The sequence number does not increase.');
  }
  state.lastSeq = Math.max(state.lastSeq, typeof e.seq === 'number' ? e.seq : state.lastSeq);
  if (state.lastAt !== e.at) {
    state.lastAt = e.at;
    state.lastAtMs = Date.parse(e.at);
  }
  state.eventCount += 1;
  const p = e.payload as Record<string, unknown> | undefined;
  if (p === undefined || p === null || typeof p !== 'object') return;
  switch (e.type) {
    case 'meeting-opened':
      state.status = 'open';
      state.openedAt = e.at;
      state.chairId = e.payload.chairId;
      state.presidingId = e.payload.chairId;
      if (e.payload.secretaryId !== undefined) state.secretaryId = e.payload.secretaryId;
      state.mode = e.payload.mode;
      return;
    case 'presiding-changed': {
      const change: MeetingState['presidingChanges'][number] = { ...e.payload, at: e.at };
      if (state.presidingId !== undefined) change.previousId = state.presidingId;
      d.field('presidingChanges').push(change);
      state.presidingId = e.payload.personId;
      return;
    }
    case 'attendance-changed':
      return attendance(d, e);
    case 'legality-and-quorum-stated':
      state.legality = { ...e.payload, at: e.at };
      if (!state.explicitBody) state.body = { ...state.body, seats: e.payload.seats };
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
        anomaly(d, e, 'item-already-open', 'Edellinen asiakohta on yhä auki.', 'The previous item is still open.');
      }
      if (state.items.has(id)) {
        anomaly(d, e, 'item-reopened', 'Asiakohta avattiin uudelleen.', 'The item was opened again.');
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
      d.own(item);
      d.field('items').set(id, item);
      if (!state.itemOrder.includes(id)) d.field('itemOrder').push(id);
      state.currentItemId = id;
      return;
    }
    case 'disqualification-declared': {
      const item = currentItem(d, e, e.payload.itemId);
      if (!item) return;
      d.sub(item, 'disqualifications').push({ ...e.payload, at: e.at });
      const set = d.sub(item, 'disqualified');
      if (e.payload.disqualified) set.add(e.payload.personId);
      else set.delete(e.payload.personId);
      item.quorum = quorumOf(state, item);
      return;
    }
    case 'speaker-requested': {
      const item = currentItem(d, e, e.payload.itemId);
      if (!item) return;
      const s: ItemState['speakers'][number] = {
        entryId: e.payload.entryId,
        personId: e.payload.personId,
        kind: e.payload.kind,
        requestedAt: e.at,
      };
      if (e.payload.repliesToEntryId !== undefined) s.repliesToEntryId = e.payload.repliesToEntryId;
      d.own(s);
      d.sub(item, 'speakers').push(s);
      return;
    }
    case 'speaker-granted':
    case 'speaker-ended':
    case 'speaker-withdrawn': {
      const item = currentItem(d, e, e.payload.itemId);
      const i = item?.speakers.findLastIndex((x) => x.entryId === e.payload.entryId) ?? -1;
      if (!item || i < 0) {
        if (item) anomaly(d, e, 'unknown-speaker', 'Tuntematon puheenvuoropyyntö.', 'Unknown speaker entry.');
        return;
      }
      const s = d.at(d.sub(item, 'speakers'), i);
      if (e.type === 'speaker-granted') s.grantedAt = e.at;
      else if (e.type === 'speaker-ended') s.endedAt = e.at;
      else {
        s.withdrawnAt = e.at;
        s.withdrawnBy = e.payload.by;
      }
      return;
    }
    case 'proposal-made': {
      const item = currentItem(d, e, e.payload.itemId);
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
      d.own(pr);
      d.own(pr.seconderIds);
      d.sub(item, 'proposals').push(pr);
      return;
    }
    case 'proposal-seconded':
    case 'proposal-withdrawn': {
      const item = currentItem(d, e, e.payload.itemId);
      const i = item?.proposals.findLastIndex((x) => x.id === e.payload.proposalId) ?? -1;
      if (!item || i < 0) {
        if (item) anomaly(d, e, 'unknown-proposal', 'Tuntematon ehdotus.', 'Unknown proposal.');
        return;
      }
      const pr = d.at(d.sub(item, 'proposals'), i);
      if (e.type === 'proposal-withdrawn') pr.withdrawn = true;
      else if (!pr.seconderIds.includes(e.payload.seconderId)) d.sub(pr, 'seconderIds').push(e.payload.seconderId);
      return;
    }
    case 'discussion-closed': {
      const item = currentItem(d, e, e.payload.itemId);
      if (item) item.discussionClosedAt = e.at;
      return;
    }
    case 'voting-order-approved': {
      const item = currentItem(d, e, e.payload.itemId);
      if (!item) return;
      item.votingOrder = e.payload.steps.map((s) => ({ voteId: s.voteId, jaa: s.jaa, ei: s.ei }));
      item.votingOrderApprovedAt = e.at;
      return;
    }
    case 'vote-opened': {
      const item = currentItem(d, e, e.payload.itemId);
      if (!item) return;
      const q: ItemState['votes'][number]['question'] = { jaa: e.payload.question.jaa, ei: e.payload.question.ei };
      if (e.payload.question.text !== undefined) q.text = e.payload.question.text;
      const v: VoteState = {
        voteId: e.payload.voteId,
        method: e.payload.method,
        question: q,
        openedAt: e.at,
        ballots: new Map(),
        ballotSeats: new Map(),
      };
      if (state.presidingId !== undefined) v.presidingAtOpen = state.presidingId;
      d.own(v);
      d.own(v.ballots);
      d.own(v.ballotSeats);
      d.sub(item, 'votes').push(v);
      return;
    }
    case 'ballot-cast': {
      const item = currentItem(d, e, e.payload.itemId);
      const v = item ? ownVote(d, item, e.payload.voteId) : undefined;
      if (!v || v.closed || v.cancelled) {
        if (item) anomaly(d, e, 'vote-not-open', 'Äänestys ei ole käynnissä.', 'The vote is not open.');
        return;
      }
      // A changed ballot (when the rules allow it) replaces the earlier one.
      const ballots = d.sub(v, 'ballots');
      ballots.delete(e.payload.personId);
      ballots.set(e.payload.personId, e.payload.option);
      const seat = state.attendance.get(e.payload.personId)?.seatOf;
      if (seat !== undefined) d.sub(v, 'ballotSeats').set(seat, e.payload.personId);
      return;
    }
    case 'vote-closed': {
      const item = currentItem(d, e, e.payload.itemId);
      const v = item ? ownVote(d, item, e.payload.voteId) : undefined;
      if (!v) {
        if (item) anomaly(d, e, 'unknown-vote', 'Tuntematon äänestys.', 'Unknown vote.');
        return;
      }
      v.closed = { ...e.payload, at: e.at };
      checkCounts(d, e, v);
      return;
    }
    case 'vote-cancelled': {
      const item = currentItem(d, e, e.payload.itemId);
      const v = item ? ownVote(d, item, e.payload.voteId) : undefined;
      if (!v || v.closed) {
        if (item) anomaly(d, e, 'vote-not-open', 'Äänestys ei ole käynnissä.', 'The vote is not open.');
        return;
      }
      v.cancelled = { ...e.payload, at: e.at };
      return;
    }
    case 'election-held': {
      const item = currentItem(d, e, e.payload.itemId);
      if (item) d.sub(item, 'elections').push({ ...e.payload.election, heldAt: e.at });
      return;
    }
    case 'lot-drawn': {
      const item = currentItem(d, e, e.payload.itemId);
      if (item) d.sub(item, 'lots').push({ ...e.payload, at: e.at });
      return;
    }
    case 'decision-recorded': {
      const item = currentItem(d, e, e.payload.itemId);
      if (item) item.decision = { ...e.payload.decision, recordedAt: e.at };
      return;
    }
    case 'dissent-recorded': {
      const item = currentItem(d, e, e.payload.itemId);
      if (item) d.sub(item, 'dissents').push({ ...e.payload, at: e.at });
      return;
    }
    case 'break-started':
      state.status = 'on-break';
      d.field('breaks').push(
        e.payload.reason === undefined ? { startedAt: e.at } : { startedAt: e.at, reason: e.payload.reason },
      );
      return;
    case 'break-ended': {
      state.status = 'open';
      const breaks = d.field('breaks');
      const i = breaks.length - 1;
      if (i >= 0 && breaks[i]!.endedAt === undefined) d.at(breaks, i).endedAt = e.at;
      return;
    }
    case 'item-closed': {
      const item = currentItem(d, e, e.payload.itemId);
      if (item) item.closedAt = e.at;
      if (state.currentItemId === e.payload.itemId) state.currentItemId = null;
      return;
    }
    case 'meeting-closed':
      state.status = 'closed';
      state.closedAt = e.at;
      state.currentItemId = null;
      for (const id of [...state.attendance.keys()]) {
        const a = state.attendance.get(id)!;
        const last = a.periods.at(-1);
        if (last && last.to === undefined) {
          const periods = d.sub(d.person(id)!, 'periods');
          d.at(periods, periods.length - 1).to = e.at;
        }
      }
      return;
    default:
      anomaly(d, e, 'unknown-event', 'Tuntematon tapahtumatyyppi.', 'Unknown event type.');
  }
}

/**
 * The counts of a closed vote must be those of its ballots when ballots were recorded (always for an electronic or
 * roll-call vote), and the result must follow the counts, with the casting vote of the person presiding on a tie
 * (KL 104 § 2 mom).
 */
function checkCounts(d: Draft, e: MeetingEventOf<'vote-closed'>, v: VoteState): void {
  const named = v.method === 'sahkoinen' || v.method === 'nimenhuuto' || v.ballots.size > 0;
  if (named) {
    const t = { jaa: 0, ei: 0, tyhja: 0 };
    for (const o of v.ballots.values()) t[o] += 1;
    const c = e.payload.counts;
    if (c.jaa !== t.jaa || c.ei !== t.ei || c.tyhja !== t.tyhja) {
      anomaly(
        d,
        e,
        'counts-mismatch',
        `Äänestyksen tulos (${c.jaa}–${c.ei}, ${c.tyhja} tyhjää) ei vastaa annettuja ääniä (${t.jaa}–${t.ei}, ${t.tyhja} tyhjää).`,
        `The counts (${c.jaa}–${c.ei}, ${c.tyhja} blank) do not match the ballots cast (${t.jaa}–${t.ei}, ${t.tyhja} blank).`,
      );
      return;
    }
  }
  const c = e.payload.counts;
  const tie = c.jaa === c.ei;
  const expected = tie ? undefined : c.jaa > c.ei ? 'jaa' : 'ei';
  if (
    (expected !== undefined && e.payload.result !== expected) ||
    e.payload.winningProposalId !== v.question[e.payload.result] ||
    tie !== e.payload.castingVote
  ) {
    anomaly(
      d,
      e,
      'result-mismatch',
      'Äänestyksen tulos ei vastaa äänimääriä (KL 104 § 2 mom).',
      'The result does not follow from the counts (KL 104 § 2 mom).',
    );
  }
}

function attendance(d: Draft, e: MeetingEventOf<'attendance-changed'>): void {
  const state = d.state;
  const p = e.payload;
  let a = d.person(p.personId);
  if (a === undefined) {
    a = d.own({ personId: p.personId, present: false, votingRight: false, periods: [] } as PersonAttendance);
    d.own(a.periods);
    d.field('attendance').set(p.personId, a);
  }
  if (p.role !== undefined) a.role = p.role;
  if (p.substituteFor !== undefined) a.substituteFor = p.substituteFor;
  const itemId = p.itemId ?? state.currentItemId ?? undefined;
  if (p.status === 'lasna') {
    const periods = d.sub(a, 'periods');
    const lastIndex = periods.length - 1;
    const last = periods[lastIndex];
    if (a.present && last && p.mode !== undefined && last.mode !== p.mode) {
      // A change of mode (on site ↔ remote) ends one period and starts another.
      const owned = d.at(periods, lastIndex);
      owned.to = e.at;
      if (itemId !== undefined) owned.toItemId = itemId;
    }
    if (!a.present || (p.mode !== undefined && last?.mode !== p.mode)) {
      const period: PersonAttendance['periods'][number] = { from: e.at };
      if (p.mode !== undefined) period.mode = p.mode;
      if (itemId !== undefined) period.fromItemId = itemId;
      periods.push(d.own(period));
    }
    if (!a.present || a.seatOf === undefined) {
      const claim = claimSeat(
        state,
        p.personId,
        p.role ?? a.role,
        p.substituteFor ?? a.substituteFor,
        p.votingRight ?? (a.votingRight || undefined),
      );
      if ('code' in claim) {
        anomaly(d, e, claim.code, claim.message.fi, claim.message.en);
      } else if (claim.seat !== undefined) {
        if (claim.displaced !== undefined) {
          const dep = d.person(claim.displaced);
          if (dep) {
            dep.seatOf = undefined;
            dep.votingRight = false;
          }
        }
        d.field('seats').set(claim.seat, p.personId);
        a.seatOf = claim.seat;
      }
    }
    a.present = true;
    a.votingRight = a.seatOf !== undefined;
    if (p.votingRight === true && !a.votingRight) {
      anomaly(
        d,
        e,
        'voting-right-without-seat',
        `${p.personId} merkittiin äänioikeutetuksi ilman paikkaa toimielimessä.`,
        `${p.personId} was recorded with a vote but holds no seat of the body.`,
      );
    }
    if (p.mode !== undefined) a.mode = p.mode;
  } else {
    if (a.present) {
      const periods = d.sub(a, 'periods');
      const i = periods.length - 1;
      if (i >= 0 && periods[i]!.to === undefined) {
        const last = d.at(periods, i);
        last.to = e.at;
        if (itemId !== undefined) last.toItemId = itemId;
        if (p.reason !== undefined) last.leftBecause = p.reason;
        if (p.cause === 'connection-lost') last.leftCause = 'connection-lost';
      }
    }
    if (a.seatOf !== undefined && state.seats.get(a.seatOf) === p.personId) d.field('seats').delete(a.seatOf);
    // `votingRight` stays as it was while present (the minutes list who attended with a vote); the seat is freed.
    a.seatOf = undefined;
    a.present = false;
  }
  const item = state.currentItemId === null ? undefined : d.item(state.currentItemId);
  if (item) {
    const change: ItemState['attendanceChanges'][number] = { personId: p.personId, status: p.status, at: e.at };
    if (p.reason !== undefined) change.reason = p.reason;
    d.sub(item, 'attendanceChanges').push(change);
    item.quorum = quorumOf(state, item);
    // KL 103 §: a departure during an open vote that breaks the quorum is recorded on the vote.
    const vi = item.votes.findLastIndex((v) => v.closed === undefined && v.cancelled === undefined);
    if (vi >= 0) {
      const v = d.at(d.sub(item, 'votes'), vi);
      if (!item.quorum.quorate && v.quorumLostAt === undefined) v.quorumLostAt = e.at;
    }
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
    seats: record(state.seats, (h) => h),
    roster: {
      source: state.roster.source,
      members: record(state.roster.members, (x) => x),
      personalDeputies: record(state.roster.personalDeputies, (x) => x),
      councilDeputies: record(state.roster.councilDeputies, (x) => x),
      roles: record(state.roster.roles, (x) => x),
    },
    items: record(state.items, (it) => ({
      ...it,
      disqualified: [...it.disqualified],
      votes: it.votes.map((v) => ({
        ...v,
        ballots: record(v.ballots, (o) => o),
        ballotSeats: record(v.ballotSeats, (o) => o),
      })),
    })),
  };
}
