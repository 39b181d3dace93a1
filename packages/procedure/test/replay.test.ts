import { MeetingLogSchema, type MeetingEvent } from '@digikokous/meeting-schema';
import { council, councilMeeting, councilMeetingLog, organisation } from '@digikokous/meeting-schema/fixtures';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decide, isProcedureError, MeetingStore, replay, stateToJSON } from '../src/index.js';

const events = councilMeetingLog.events;
const body = { kind: council.kind, seats: council.seats };

describe('replay of the council meeting fixture', () => {
  const state = replay(councilMeeting, events, { body });

  it('reaches the end without anomalies', () => {
    expect(state.anomalies).toEqual([]);
    expect(state.status).toBe('closed');
    expect(state.eventCount).toBe(events.length);
    expect(state.itemOrder).toHaveLength(13);
    expect([...state.items.values()].map((i) => i.sectionNumber)).toEqual([
      45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
    ]);
    expect(state.minutesCheckerIds).toEqual(['p012', 'p021']);
  });

  it('KL 103 §: quorum per item follows arrivals, departures and disqualification', () => {
    const q = (n: number) => state.items.get(`kv-2026-5-${n}`)!;
    expect(q(1).quorumAtOpen).toEqual({ present: 42, required: 29, quorate: true });
    expect(q(5).quorumAtOpen.present).toBe(43); // p020 arrived during § 48
    expect(q(8).disqualified.has('p007')).toBe(true);
    expect(q(8).quorum.present).toBe(42); // HL 27 §: the disqualified member is not present
    expect(q(9).quorumAtOpen.present).toBe(43); // p007 returned
    expect(q(11).quorumAtOpen.present).toBe(42); // p041 left after § 54
  });

  it('attendance records periods with times, mode and the items of arrival and departure', () => {
    const p007 = state.attendance.get('p007')!;
    expect(p007.periods).toHaveLength(2);
    expect(p007.periods[0]).toMatchObject({
      leftBecause: 'esteellisyys',
      toItemId: 'kv-2026-5-8',
      mode: 'paikan-paalla',
    });
    const late = state.attendance.get('p020')!;
    expect(late.periods[0]!.fromItemId).toBe('kv-2026-5-4');
    expect(state.attendance.get('p044')!.substituteFor).toBe('p010');
  });

  it('§ 50: proposals with seconders, three votes with results and two dissents', () => {
    const it50 = state.items.get('kv-2026-5-6')!;
    expect(it50.proposals.map((p) => [p.kind, p.seconderIds])).toEqual([
      ['pohjaehdotus', []],
      ['vastaehdotus', ['p040']],
      ['vastaehdotus', ['p031']],
      ['vastaehdotus', ['p023']],
    ]);
    expect(it50.votes.map((v) => v.closed?.counts)).toEqual([
      { jaa: 31, ei: 5, tyhja: 7, poissa: 0 },
      { jaa: 25, ei: 18, tyhja: 0, poissa: 0 },
      { jaa: 29, ei: 13, tyhja: 1, poissa: 0 },
    ]);
    // Ballots kept per member and consistent with the counts (KL 104 §: open votes).
    for (const v of it50.votes) {
      const tally = { jaa: 0, ei: 0, tyhja: 0 };
      for (const o of v.ballots.values()) tally[o] += 1;
      expect(tally).toEqual({ jaa: v.closed!.counts.jaa, ei: v.closed!.counts.ei, tyhja: v.closed!.counts.tyhja });
    }
    expect(it50.dissents.map((d) => d.personId)).toEqual(['p022', 'p037']);
    expect(it50.decision?.kind).toBe('hyvaksytty-aanestyksen-jalkeen');
    expect(it50.speakers.length).toBeGreaterThan(3);
    expect(it50.speakers.every((s) => s.endedAt !== undefined)).toBe(true);
  });

  it('§ 51: the election and its lot are kept', () => {
    const it51 = state.items.get('kv-2026-5-7')!;
    expect(it51.elections[0]!.electedIds).toEqual(['kv-2026-5-7-ehdokas-2']);
    expect(it51.lots[0]!.winnerIds).toEqual(['kv-2026-5-7-ehdokas-2']);
  });

  it('the break is recorded', () => {
    expect(state.breaks).toHaveLength(1);
    expect(state.breaks[0]!.endedAt).toBeDefined();
  });

  it('property: replay of every prefix of the valid log never throws and never sees more than the prefix', () => {
    for (let n = 0; n <= events.length; n += 1) {
      const s = replay(councilMeeting, events.slice(0, n), { body });
      expect(s.eventCount).toBe(n);
      expect(s.anomalies).toEqual([]);
    }
  });

  it('does not throw on events that do not fit; they are reported as anomalies', () => {
    const broken = [
      ...events.slice(0, 3),
      { ...events[3]!, seq: 1 },
      {
        id: 'x1',
        seq: 10_000,
        at: '2026-06-15T20:00:00+03:00',
        actor: 'p001',
        type: 'ballot-cast',
        payload: { itemId: 'nope', voteId: 'v', personId: 'p', option: 'jaa' },
      },
      { id: 'x2', seq: 10_001, at: '2026-06-15T20:00:00+03:00', actor: 'p001', type: 'no-such-event', payload: {} },
      { id: 'x3', seq: 10_002, at: '2026-06-15T20:00:00+03:00', actor: 'p001', type: 'item-opened', payload: null },
    ] as unknown as MeetingEvent[];
    const s = replay(councilMeeting, broken, { body });
    // The ballot is also forged: p001 cast it for another person (KL 104 §: one's own ballot only).
    expect(s.anomalies.map((a) => a.code)).toEqual([
      'seq-not-increasing',
      'unknown-item',
      'actor-not-authorised',
      'unknown-event',
    ]);
  });

  it('the fixture log itself is valid for meeting-schema (sanity of the input)', () => {
    expect(MeetingLogSchema.safeParse(councilMeetingLog).success).toBe(true);
  });
});

describe('which body the quorum is counted for (KL 103 §)', () => {
  const quorumOfFirstItem = (s: ReturnType<typeof replay>) => s.items.get('kv-2026-5-1')!.quorumAtOpen;

  it("takes the council's kind and seats from the organisation's bodies through the meeting's bodyId", () => {
    const s = replay(councilMeeting, events, { bodies: organisation.bodies });
    expect(s.body).toEqual({ kind: 'valtuusto', seats: 43 });
    expect(quorumOfFirstItem(s).required).toBe(29); // two thirds of 43
    expect(s.anomalies).toEqual([]);
  });

  it('MeetingStore passes the bodies on as well', () => {
    const store = new MeetingStore(councilMeeting, events, { bodies: organisation.bodies });
    expect(store.state.body.kind).toBe('valtuusto');
    expect(store.state.anomalies).toEqual([]);
  });

  it('an explicit body wins over the bodies list', () => {
    const s = replay(councilMeeting, events, { body: { kind: 'lautakunta', seats: 43 }, bodies: organisation.bodies });
    expect(quorumOfFirstItem(s).required).toBe(22);
  });

  it('without a body it does not guess silently: the half-rule guess is reported as body-unknown', () => {
    for (const options of [{}, { bodies: organisation.bodies.filter((b) => b.id !== councilMeeting.bodyId) }]) {
      const s = replay(councilMeeting, events, options);
      expect(s.anomalies.map((a) => [a.seq, a.code])).toEqual([[-1, 'body-unknown']]);
      expect(s.anomalies[0]!.message.fi).toMatch(/päätösvaltaisuus/);
      expect(quorumOfFirstItem(s).required).toBe(22); // more than half of the 43 seats stated in the log
    }
  });
});

describe('hostile input', () => {
  it('property: replay of arbitrary JSON values as events never throws and pollutes nothing', () => {
    const event = fc.record({
      id: fc.string(),
      seq: fc.oneof(fc.integer(), fc.string()),
      at: fc.string(),
      actor: fc.string(),
      type: fc.constantFrom(
        'meeting-opened',
        'attendance-changed',
        'item-opened',
        'proposal-made',
        'proposal-seconded',
        'voting-order-approved',
        'vote-opened',
        'ballot-cast',
        'vote-closed',
        'election-held',
        'decision-recorded',
        'dissent-recorded',
        'break-ended',
        'item-closed',
        '__proto__',
        'constructor',
      ),
      payload: fc.oneof(
        fc.jsonValue(),
        fc.dictionary(
          fc.constantFrom('itemId', 'personId', 'voteId', 'proposalId', 'steps', 'status', '__proto__', 'constructor'),
          fc.jsonValue(),
        ),
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(event, fc.jsonValue()), { maxLength: 40 }), (events) => {
        const s = replay(councilMeeting, [...events.slice(0, 5), ...events] as unknown as MeetingEvent[], { body });
        expect(s.eventCount).toBeLessThanOrEqual(events.length + Math.min(5, events.length));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('decide refuses malformed commands instead of throwing', () => {
    const s = replay(councilMeeting, events.slice(0, 60), { body });
    for (const bad of [
      null,
      42,
      'open-item',
      {},
      { type: 'open-item' },
      { type: 'cast-ballot', at: '2026-06-15T20:00:00+03:00', actor: 'x', option: 'maybe' },
      {
        type: 'make-proposal',
        at: '2026-06-15T20:00:00+03:00',
        actor: 'x',
        kind: 'vastaehdotus',
        proposerId: 'p002',
        text: null,
      },
    ]) {
      const r = decide(s, bad as never);
      expect(isProcedureError(r)).toBe(true);
    }
  });
});

describe('stateToJSON', () => {
  it('gives plain JSON with the ballots and the disqualified of each item', () => {
    const s = replay(councilMeeting, events, { body });
    const json = JSON.parse(JSON.stringify(stateToJSON(s))) as {
      items: Record<string, { disqualified: string[]; votes: { ballots: Record<string, string> }[] }>;
      attendance: Record<string, { present: boolean }>;
    };
    expect(json.items['kv-2026-5-8']!.disqualified).toEqual(['p007']);
    expect(Object.keys(json.items['kv-2026-5-6']!.votes[0]!.ballots)).toHaveLength(43);
    expect(json.attendance['p020']!.present).toBe(true);
  });
});
