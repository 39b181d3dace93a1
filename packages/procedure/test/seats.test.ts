import { MeetingLogSchema } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { MeetingStore, replay } from '../src/index.js';
import {
  Board,
  boardBody,
  boardMeeting,
  boardMemberships,
  CHAIR,
  members,
  PRESENTER,
  SECRETARY,
  VICE,
} from './board.js';

describe('seats, not a flag (KL 103 §, KL 31 § 3 mom, KL 17 §)', () => {
  it('the secretary and the presenting official are present without a vote; a flag cannot give them one', () => {
    const b = new Board().open();
    expect(b.state.attendance.get(PRESENTER)).toMatchObject({ present: true, votingRight: false });
    b.ok({ type: 'change-attendance', actor: SECRETARY, personId: SECRETARY, status: 'lasna', role: 'sihteeri' });
    expect(b.state.attendance.get(SECRETARY)!.votingRight).toBe(false);
    expect(
      b.no({
        type: 'change-attendance',
        actor: SECRETARY,
        personId: 'asiantuntija',
        status: 'lasna',
        votingRight: true,
      }),
    ).toBe('no-seat');
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    const voteId = b.openVoteId;
    for (const id of [SECRETARY, PRESENTER])
      expect(b.no({ type: 'cast-ballot', actor: id, voteId, personId: id, option: 'jaa' })).toBe('no-voting-right');
    expect(b.state.items.get('i1')!.quorum).toEqual({ present: 7, required: 4, quorate: true });
  });

  it('a personal deputy takes only the seat of his absent member; with the member present the seat is taken', () => {
    const b = new Board().open(members.slice(0, 6)); // m7 absent
    expect(
      b.no({ type: 'change-attendance', actor: SECRETARY, personId: 'd1', status: 'lasna', substituteFor: 'm1' }),
    ).toBe('seat-taken');
    expect(
      b.no({ type: 'change-attendance', actor: SECRETARY, personId: 'd1', status: 'lasna', substituteFor: 'm7' }),
    ).toBe('not-a-deputy-for');
    // d7 is m7's personal deputy: he takes m7's seat without naming it.
    const [arrival] = b.arrive('d7');
    expect(arrival!.payload).toMatchObject({ personId: 'd7', votingRight: true, substituteFor: 'm7' });
    expect(b.state.seats.get('m7')).toBe('d7');
    // d1 may be present (to follow), but holds no seat and has no vote.
    const [d1] = b.arrive('d1');
    expect(d1!.payload).toMatchObject({ votingRight: false });
    b.item();
    expect(b.state.items.get('i1')!.quorum.present).toBe(7); // never more than the 7 seats
  });

  it('one person per seat: when the member arrives the deputy gives the seat back, and a seat votes once', () => {
    const b = new Board().open(members.slice(0, 6));
    b.arrive('d7');
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    const voteId = b.openVoteId;
    b.ok({ type: 'cast-ballot', actor: 'd7', voteId, personId: 'd7', option: 'ei' });
    b.arrive('m7');
    expect(b.state.seats.get('m7')).toBe('m7');
    expect(b.state.attendance.get('d7')).toMatchObject({ present: true, votingRight: false, seatOf: undefined });
    expect(b.no({ type: 'cast-ballot', actor: 'm7', voteId, personId: 'm7', option: 'jaa' })).toBe(
      'seat-already-voted',
    );
    expect(b.no({ type: 'cast-ballot', actor: 'd7', voteId, personId: 'd7', option: 'jaa' })).toBe('no-voting-right');
  });

  it('HL 27 §: the deputy sits in the seat of a disqualified member for the item; the member takes it back after', () => {
    const b = new Board().open();
    b.item();
    b.ok({
      type: 'declare-disqualification',
      actor: 'm4',
      personId: 'm4',
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    });
    b.arrive('d4');
    expect(b.state.seats.get('m4')).toBe('d4');
    expect(b.state.items.get('i1')!.quorum.present).toBe(7);
    b.ok({ type: 'record-decision', actor: CHAIR, unanimous: true });
    b.ok({ type: 'close-item', actor: CHAIR });
    expect(b.state.seats.get('m4')).toBe('m4');
    expect(b.state.attendance.get('d4')!.seatOf).toBeUndefined();
    expect(
      MeetingLogSchema.safeParse({ schemaVersion: '1.0', meetingId: boardMeeting.id, events: b.store.events }).success,
    ).toBe(true);
  });

  it('replay reports a ballot from someone without a seat and a deputy claiming a taken seat', () => {
    const b = new Board().open();
    const events = b.store.events;
    const t = '2026-03-10T16:00:00Z';
    const log = [
      ...events,
      {
        id: 'x1',
        seq: 100,
        at: t,
        actor: SECRETARY,
        type: 'attendance-changed' as const,
        payload: { personId: 'd1', status: 'lasna' as const, substituteFor: 'm1', votingRight: true },
      },
    ];
    const s = replay(boardMeeting, log, { body: boardBody, memberships: boardMemberships });
    expect(s.anomalies.map((a) => a.code)).toEqual(['seat-taken', 'voting-right-without-seat']);
    expect(s.attendance.get('d1')!.votingRight).toBe(false);
  });

  it('without memberships the recorded role decides, and a deputy still needs a free seat', () => {
    const store = new MeetingStore(boardMeeting, [], { body: boardBody });
    let t = Date.parse('2026-03-10T15:00:00Z');
    const run = (c: Record<string, unknown>) =>
      store.dispatch({ actor: SECRETARY, at: new Date((t += 1000)).toISOString(), ...c } as never);
    run({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
    run({ type: 'change-attendance', personId: 'm1', status: 'lasna', role: 'puheenjohtaja' });
    run({ type: 'change-attendance', personId: 'sihteeri', status: 'lasna', role: 'sihteeri' });
    expect(store.state.attendance.get('m1')!.votingRight).toBe(true);
    expect(store.state.attendance.get('sihteeri')!.votingRight).toBe(false);
    const r = run({
      type: 'change-attendance',
      personId: 'd1',
      status: 'lasna',
      role: 'varajasen',
      substituteFor: 'm1',
    });
    expect(r).toMatchObject({ code: 'seat-taken' });
    expect(store.state.roster.source).toBe('attendance');
  });
});

describe('the presiding chair (KL 102 §, KL 104 § 2 mom)', () => {
  it('the vice-chair presides while the chair is disqualified, casts the deciding vote on a tie, and hands back after the item', () => {
    const b = new Board().open();
    b.item();
    const ev = b.ok({
      type: 'declare-disqualification',
      actor: CHAIR,
      personId: CHAIR,
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    });
    expect(ev.map((e) => e.type)).toEqual(['disqualification-declared', 'presiding-changed', 'attendance-changed']);
    expect(b.state.presidingId).toBe(VICE);
    // KL 102 §, HL 27 §: the hand-over is part of the chair's own declaration, not a forged change of chair.
    expect(b.state.anomalies).toEqual([]);
    expect(replay(boardMeeting, b.store.events, { body: boardBody, memberships: boardMemberships }).anomalies).toEqual(
      [],
    );
    expect(b.no({ type: 'close-discussion', actor: CHAIR })).toBe('not-presiding');
    b.counter('V', 'm3', 'm4');
    b.ok({ type: 'close-discussion', actor: VICE });
    b.ok({ type: 'open-vote', actor: VICE, jaa: 'P', ei: 'V' });
    b.ballots({ m2: 'ei', m3: 'ei', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'jaa' });
    const [closed] = b.ok({ type: 'close-vote', actor: VICE });
    expect(closed!.payload).toMatchObject({ castingVote: true, result: 'ei', winningProposalId: 'V' });
    b.ok({ type: 'record-decision', actor: VICE });
    const back = b.ok({ type: 'close-item', actor: VICE });
    expect(back.map((e) => e.type)).toEqual(['item-closed', 'attendance-changed', 'presiding-changed']);
    expect(b.state.presidingId).toBe(CHAIR);
  });

  it('with no vice-chair present the disqualified chair cannot lead; the secretary records a temporary chair', () => {
    const b = new Board().open(members.filter((m) => m !== VICE));
    b.item();
    b.ok({
      type: 'declare-disqualification',
      actor: CHAIR,
      personId: CHAIR,
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    });
    expect(b.state.presidingId).toBe(CHAIR);
    expect(b.no({ type: 'close-discussion', actor: CHAIR })).toBe('presiding-unable');
    expect(b.no({ type: 'change-presiding', actor: 'm4', personId: 'm3', reason: 'tilapainen-puheenjohtaja' })).toBe(
      'not-secretary-or-presiding',
    );
    expect(b.no({ type: 'change-presiding', actor: SECRETARY, personId: CHAIR, reason: 'puheenjohtaja-palaa' })).toBe(
      'presiding-same',
    );
    b.ok({ type: 'change-presiding', actor: SECRETARY, personId: 'm3', reason: 'tilapainen-puheenjohtaja' });
    b.ok({ type: 'close-discussion', actor: 'm3' });
    expect(b.state.presidingChanges.at(-1)).toMatchObject({ personId: 'm3', previousId: CHAIR, itemId: 'i1' });
  });

  it('KL 104 § 2 mom: a tie with the chair voting blank is not a dead end — the vote is taken again (default)', () => {
    const b = new Board().open();
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    const voteId = b.openVoteId;
    b.ballots({ m1: 'tyhja', m2: 'ei', m3: 'ei', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'jaa' });
    expect(b.no({ type: 'close-vote', actor: CHAIR })).toBe('tie-needs-revote');
    expect(b.no({ type: 'close-item', actor: CHAIR })).toBe('vote-open');
    b.ok({ type: 'cancel-vote', actor: CHAIR, reason: 'tasatulos' });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V', voteId });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'jaa' });
    const [closed] = b.ok({ type: 'close-vote', actor: CHAIR });
    expect(closed!.payload).toMatchObject({ result: 'jaa', castingVote: false, counts: { jaa: 4, ei: 3 } });
    const d = b.ok({ type: 'record-decision', actor: CHAIR })[0]!;
    expect(d.payload).toMatchObject({ decision: { voteIds: [voteId] } });
    expect(
      MeetingLogSchema.safeParse({ schemaVersion: '1.0', meetingId: boardMeeting.id, events: b.store.events }).success,
    ).toBe(true);
  });

  it('with rules.unsettledTie = chair-states-side the chair states his side when closing', () => {
    const b = new Board({ rules: { unsettledTie: 'chair-states-side' } }).open();
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.ballots({ m2: 'ei', m3: 'ei', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'jaa' }); // the chair did not vote
    expect(b.no({ type: 'close-vote', actor: CHAIR })).toBe('tie-needs-side');
    const [closed] = b.ok({ type: 'close-vote', actor: CHAIR, castingSide: 'ei' });
    expect(closed!.payload).toMatchObject({ result: 'ei', castingVote: true, winningProposalId: 'V' });
  });
});

describe('KL 103 §: quorum at close-vote and at departures during a vote', () => {
  it('a departure that breaks the quorum is recorded; the vote closes only when quorum returns, or is taken again', () => {
    const b = new Board().open(members.slice(0, 5));
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'jaa' });
    b.leave('m4');
    b.leave('m5');
    const vote = b.state.items.get('i1')!.votes.at(-1)!;
    expect(vote.quorumLostAt).toBeDefined();
    expect(b.no({ type: 'close-vote', actor: CHAIR })).toBe('no-quorum');
    b.arrive('m4');
    b.ok({ type: 'close-vote', actor: CHAIR });
  });

  it('…or the vote is cancelled and taken again once the quorum is back', () => {
    const b = new Board().open(members.slice(0, 4));
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.leave('m4');
    expect(b.no({ type: 'close-vote', actor: CHAIR })).toBe('no-quorum');
    const [c] = b.ok({ type: 'cancel-vote', actor: CHAIR });
    expect(c!.payload).toMatchObject({ reason: 'paatosvaltaisuus-menetetty' });
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' })).toBe('no-quorum');
  });
});
