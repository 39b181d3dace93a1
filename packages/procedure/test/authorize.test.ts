import { MeetingLogSchema, type MeetingEvent } from '@digikokous/meeting-schema';
import {
  council,
  councilMeeting,
  councilMeetingLog,
  executiveMeeting,
  executiveMeetingLog,
  organisation,
} from '@digikokous/meeting-schema/fixtures';
import { describe, expect, it } from 'vitest';
import {
  authorizeCommand,
  decide,
  isProcedureError,
  MeetingStore,
  replay,
  type MeetingCommand,
  type MeetingState,
} from '../src/index.js';

const body = { kind: council.kind, seats: council.seats };
const memberships = organisation.memberships;
const events = councilMeetingLog.events;
const CHAIR = 'p001';
const MEMBER = 'p003';
const SECRETARY = 'hallintojohtaja';

/** The store after the first `n` events of the council fixture. */
function storeAt(n: number): MeetingStore {
  return new MeetingStore(councilMeeting, events.slice(0, n), { body, memberships });
}
/** The index of the first event of `type` (optionally matching `where`). */
function indexOf(type: MeetingEvent['type'], where: (e: MeetingEvent) => boolean = () => true): number {
  const i = events.findIndex((e) => e.type === type && where(e));
  if (i < 0) throw new Error(type);
  return i;
}
const firstVote = indexOf('vote-opened');
const voteId = (events[firstVote] as Extract<MeetingEvent, { type: 'vote-opened' }>).payload.voteId;
const inVote = firstVote + 1; // the vote is open, no ballot yet
const at = (i: number): string => events[i]!.at;

function code(r: MeetingEvent[] | { code: string }): string {
  if (!isProcedureError(r)) throw new Error('accepted');
  return r.code;
}

describe('authorizeCommand: ballots are personal (KL 104 §)', () => {
  it('a member cannot cast a ballot with another member’s personId, for any of the other 42 members', () => {
    const store = storeAt(inVote);
    const voters = [...store.state.attendance.values()].filter((a) => a.present && a.seatOf !== undefined);
    expect(voters).toHaveLength(43);
    for (const a of voters) {
      if (a.personId === MEMBER) continue;
      const r = store.dispatch({
        type: 'cast-ballot',
        actor: MEMBER,
        voteId,
        personId: a.personId,
        option: 'jaa',
        at: at(inVote),
      });
      expect(code(r)).toBe('not-self');
    }
    expect(store.events).toHaveLength(inVote);
    expect(
      isProcedureError(
        store.dispatch({ type: 'cast-ballot', actor: MEMBER, voteId, personId: MEMBER, option: 'jaa', at: at(inVote) }),
      ),
    ).toBe(false);
  });

  it('an empty or unknown actor cannot close a vote (KL 102 §: only the person presiding)', () => {
    const store = storeAt(inVote);
    const close = (actor: string) => store.dispatch({ type: 'close-vote', actor, at: at(inVote) } as MeetingCommand);
    expect(code(close(''))).toBe('actor-missing');
    expect(code(close('   '))).toBe('actor-missing');
    expect(code(close('anonymous-internet'))).toBe('unknown-actor');
    expect(code(close(MEMBER))).toBe('not-presiding');
    expect(code(store.dispatch({ type: 'close-vote', at: at(inVote) } as unknown as MeetingCommand))).toBe(
      'actor-missing',
    );
  });

  it('KL 102 §: a member gives none of the chair’s commands at the points of the fixture log where the chair gave them', () => {
    const store = new MeetingStore(councilMeeting, [], { body, memberships });
    const tried: string[] = [];
    for (const e of events) {
      // The chair's own ballots and speeches are his personal acts; every other act of his is the chair's.
      const personal = ['ballot-cast', 'speaker-requested', 'proposal-seconded', 'dissent-recorded'].includes(e.type);
      if (e.actor === CHAIR && e.type !== 'meeting-opened' && !personal) {
        const forged = { ...commandOf(e), actor: MEMBER } as MeetingCommand;
        const r = store.dispatch(forged);
        expect(['not-presiding', 'not-secretary-or-presiding', 'not-the-presenter']).toContain(code(r));
        tried.push(forged.type);
      }
      store.append([e]);
    }
    expect(new Set(tried)).toEqual(
      new Set([
        'state-legality',
        'choose-minutes-checkers',
        'approve-agenda',
        'open-item',
        'make-proposal',
        'grant-speaker',
        'end-speaker',
        'close-discussion',
        'approve-voting-order',
        'open-vote',
        'close-vote',
        'draw-lot',
        'hold-election',
        'record-decision',
        'start-break',
        'end-break',
        'close-item',
        'close-meeting',
      ]),
    );
    expect(store.state.anomalies).toEqual([]);
  });

  it('a member cannot mark the chair absent; the secretary can (KL 99 §: the chair and the secretary verify attendance)', () => {
    const store = storeAt(inVote - 1);
    const absent = (actor: string) =>
      store.dispatch({ type: 'change-attendance', actor, personId: CHAIR, status: 'poissa', at: at(inVote) });
    expect(code(absent(MEMBER))).toBe('not-secretary-or-presiding');
    expect(isProcedureError(absent(SECRETARY))).toBe(false);
  });

  it('the secretary records a ballot for a member only through onBehalfOf with a reason, and the log says so', () => {
    const store = storeAt(inVote);
    const ballot = (actor: string, onBehalfOf?: { personId: string; reason: string }) =>
      store.dispatch({
        type: 'cast-ballot',
        actor,
        voteId,
        personId: MEMBER,
        option: 'ei',
        at: at(inVote),
        ...(onBehalfOf ? { onBehalfOf } : {}),
      });
    expect(code(ballot(SECRETARY))).toBe('not-self');
    expect(code(ballot(SECRETARY, { personId: MEMBER, reason: ' ' }))).toBe('on-behalf-invalid');
    expect(code(ballot(SECRETARY, { personId: 'p004', reason: 'Laite ei toimi.' }))).toBe('on-behalf-invalid');
    expect(code(ballot('p004', { personId: MEMBER, reason: 'Laite ei toimi.' }))).toBe('on-behalf-not-allowed');
    const r = ballot(SECRETARY, { personId: MEMBER, reason: 'Laite ei toimi; paperilippu.' });
    expect(isProcedureError(r)).toBe(false);
    expect((r as MeetingEvent[])[0]).toMatchObject({
      actor: SECRETARY,
      onBehalfOf: { personId: MEMBER, reason: 'Laite ei toimi; paperilippu.' },
      payload: { personId: MEMBER },
    });
    const again = replay(councilMeeting, store.events, { body, memberships });
    expect(again.anomalies).toEqual([]);
    expect(MeetingLogSchema.safeParse({ ...councilMeetingLog, events: store.events }).success).toBe(true);
  });

  it('authorizeCommand answers a server before decide, with the same refusal', () => {
    const state: MeetingState = storeAt(inVote).state;
    const forged = { type: 'close-vote', actor: MEMBER, at: at(inVote) } as const;
    expect(authorizeCommand(state, forged)?.code).toBe('not-presiding');
    expect(authorizeCommand(state, { ...forged, actor: CHAIR })).toBeUndefined();
    expect(code(decide(state, forged))).toBe('not-presiding');
    expect(authorizeCommand(state, forged)?.message).toMatchObject({
      fi: expect.stringContaining('KL 102 §'),
      sv: expect.stringContaining('KomL 102 §'),
      en: expect.stringContaining('KL 102 §'),
    });
  });

  it('the split is configurable in ProcedureRules (hallintosääntö), and unknown configuration fails closed', () => {
    const i = indexOf('decision-recorded');
    const state = storeAt(i).state;
    const e = events[i] as Extract<MeetingEvent, { type: 'decision-recorded' }>;
    const byClerk = {
      type: 'record-decision',
      actor: SECRETARY,
      decision: e.payload.decision,
      unanimous: true,
      at: e.at,
    } as const;
    expect(code(decide(state, byClerk))).toBe('not-presiding');
    const rules = { authority: { 'record-decision': ['presiding', 'secretary'] as const } };
    expect(isProcedureError(decide(state, byClerk, { rules }))).toBe(false);
    const bad = { authority: { 'record-decisions': ['secretary'] } } as never;
    expect(code(decide(state, byClerk, { rules: bad }))).toBe('invalid-rule-input');
    const worse = { authority: { 'record-decision': ['anyone'] } } as never;
    expect(code(decide(state, byClerk, { rules: worse }))).toBe('invalid-rule-input');
  });
});

describe('replay reports forged actors and counts that match no ballots', () => {
  it('a vote-closed from a member with invented counts: two anomalies, and parseMeetingLog refuses the log', () => {
    const i = indexOf('vote-closed');
    const real = events[i] as Extract<MeetingEvent, { type: 'vote-closed' }>;
    const forged: MeetingEvent = {
      ...real,
      actor: MEMBER,
      payload: {
        ...real.payload,
        counts: { jaa: 40, ei: 2, tyhja: 1, poissa: 0 },
        result: 'jaa',
        winningProposalId: (events[firstVote] as Extract<MeetingEvent, { type: 'vote-opened' }>).payload.question.jaa,
      },
    };
    const log = [...events.slice(0, i), forged, ...events.slice(i + 1)];
    const s = replay(councilMeeting, log, { body, memberships });
    expect(s.anomalies.filter((a) => a.seq === real.seq).map((a) => a.code)).toEqual([
      'counts-mismatch',
      'actor-not-authorised',
    ]);
    const parsed = MeetingLogSchema.safeParse({ ...councilMeetingLog, events: log });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((x) => (x as { params?: { code?: string } }).params?.code ?? x.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/count_mismatch/)]),
    );
  });

  it('an electronic vote closed with counts but no ballots at all is refused by parseMeetingLog (KL 104 §)', () => {
    const i = indexOf('vote-closed');
    const openedAt = firstVote;
    const log = [...events.slice(0, openedAt + 1), events[i]!, ...events.slice(i + 1)];
    const parsed = MeetingLogSchema.safeParse({ ...councilMeetingLog, events: log });
    expect(parsed.success).toBe(false);
  });

  it('the council and executive fixtures replay with their memberships without anomalies', () => {
    expect(replay(councilMeeting, events, { body, memberships }).anomalies).toEqual([]);
    const executive = organisation.bodies.find((b) => b.id === executiveMeeting.bodyId)!;
    expect(
      replay(executiveMeeting, executiveMeetingLog.events, { bodies: [executive], memberships }).anomalies,
    ).toEqual([]);
  });
});

/** The command the chair gave for a chair event of the log (enough for the forgery test). */
function commandOf(e: MeetingEvent): MeetingCommand {
  const base = { actor: e.actor, at: e.at };
  const p = e.payload as Record<string, unknown>;
  const { itemId: _i, ...rest } = p;
  const map: Partial<Record<MeetingEvent['type'], Record<string, unknown>>> = {
    'legality-and-quorum-stated': { type: 'state-legality', lawfullyConvened: true },
    'minutes-checkers-chosen': { type: 'choose-minutes-checkers', ...p },
    'agenda-approved': { type: 'approve-agenda', ...p },
    'item-opened': { type: 'open-item', ...p },
    'proposal-made': { type: 'make-proposal', ...rest },
    'speaker-granted': { type: 'grant-speaker', entryId: p.entryId },
    'speaker-ended': { type: 'end-speaker', entryId: p.entryId },
    'discussion-closed': { type: 'close-discussion' },
    'voting-order-approved': { type: 'approve-voting-order', steps: p.steps },
    'vote-opened': { type: 'open-vote' },
    'vote-closed': { type: 'close-vote' },
    'lot-drawn': { type: 'draw-lot', ...rest },
    'election-held': { type: 'hold-election', election: p.election },
    'decision-recorded': { type: 'record-decision', decision: p.decision, unanimous: true },
    'break-started': { type: 'start-break', ...p },
    'break-ended': { type: 'end-break' },
    'item-closed': { type: 'close-item' },
    'meeting-closed': { type: 'close-meeting' },
  };
  const c = map[e.type];
  if (c === undefined) throw new Error(`no command for ${e.type}`);
  return { ...base, ...c } as unknown as MeetingCommand;
}
