/**
 * KL 99 §: a remote participant takes part only while the audio and video connection holds. The platform's attendance
 * monitor (`ProcedureRules.attendanceMonitors`) records a lost and a restored connection under its own identity, never
 * as a forged secretary, and may do nothing else.
 */
import { MeetingLogSchema, type MeetingEvent } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { draftMinutes, draftMinutesText, replay, resolveRules } from '../src/index.js';
import { Board, boardBody, boardMeeting, boardMemberships, CHAIR, members, SECRETARY } from './board.js';

const MONITOR = 'palvelu:yhteysvalvoja';
const rules = { attendanceMonitors: [MONITOR] };

/** A board with m7 present remotely (etana), the others on site, item i1 open. */
function board(): Board {
  const b = new Board({ rules });
  b.ok({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
  for (const m of members)
    b.ok({
      type: 'change-attendance',
      actor: SECRETARY,
      personId: m,
      status: 'lasna',
      mode: m === 'm7' ? 'etana' : 'paikan-paalla',
    });
  b.ok({ type: 'state-legality', actor: CHAIR, lawfullyConvened: true });
  b.item();
  return b;
}
const lost = {
  type: 'change-attendance',
  actor: MONITOR,
  personId: 'm7',
  status: 'poissa',
  cause: 'connection-lost',
} as const;
const restored = {
  type: 'change-attendance',
  actor: MONITOR,
  personId: 'm7',
  status: 'lasna',
  cause: 'connection-restored',
} as const;

describe('KL 99 §: the attendance monitor records lost and restored connections under its own identity', () => {
  it('KL 99 §: a lost connection of a remote member is recorded by the monitor; the seat is freed; it comes back', () => {
    const b = board();
    const [e] = b.ok(lost);
    expect(e).toMatchObject({
      actor: MONITOR,
      type: 'attendance-changed',
      payload: { status: 'poissa', cause: 'connection-lost' },
    });
    expect(b.state.attendance.get('m7')?.present).toBe(false);
    expect(b.state.seats.has('m7')).toBe(false);
    const [back] = b.ok(restored);
    expect(back).toMatchObject({
      actor: MONITOR,
      payload: { status: 'lasna', mode: 'etana', cause: 'connection-restored', votingRight: true },
    });
    expect(b.state.seats.get('m7')).toBe('m7');
    expect(b.state.anomalies).toEqual([]);
  });

  it('KL 99 §: the log replays without anomalies under the same rules, and with the default rules the monitor is flagged', () => {
    const b = board();
    b.ok(lost);
    b.ok(restored);
    const log = b.store.events;
    const opts = { body: boardBody, memberships: boardMemberships };
    expect(replay(boardMeeting, log, { ...opts, rules }).anomalies).toEqual([]);
    const flagged = replay(boardMeeting, log, opts).anomalies.filter((a) => a.code === 'actor-not-authorised');
    expect(flagged.map((a) => a.type)).toEqual(['attendance-changed', 'attendance-changed']);
  });

  it('KL 99 §: the minutes say the remote connection was lost, not that the member left', () => {
    const b = board();
    b.ok(lost);
    b.leave('m6');
    const doc = draftMinutes(b.state, { lang: 'fi' });
    expect(doc.attendance.find((a) => a.personId === 'm7')?.leftCause).toBe('connection-lost');
    expect(doc.attendance.find((a) => a.personId === 'm6')?.leftCause).toBeUndefined();
    const fi = draftMinutesText(b.state, { lang: 'fi' }).attendance.present.join('\n');
    expect(fi).toMatch(/m7.*etäyhteys katkesi klo \d\d\.\d\d § 1:n aikana/);
    expect(fi).toMatch(/m6.*poistui klo/);
    expect(fi).not.toMatch(/m7.*poistui/);
    const sv = draftMinutesText(b.state, { lang: 'sv' }).attendance.present.join('\n');
    expect(sv).toMatch(/m7.*distansförbindelsen bröts kl\./);
  });

  it('KL 99 §, KL 103 §: a connection lost during an open vote that breaks the quorum stops the close until it is restored', () => {
    const b = new Board({ rules });
    b.ok({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
    for (const m of ['m1', 'm2', 'm3', 'm7'])
      b.ok({
        type: 'change-attendance',
        actor: SECRETARY,
        personId: m,
        status: 'lasna',
        mode: m === 'm7' ? 'etana' : 'paikan-paalla',
      });
    b.ok({ type: 'state-legality', actor: CHAIR, lawfullyConvened: true });
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei' });
    b.ok(lost);
    const vote = b.state.items.get('i1')!.votes.at(-1)!;
    expect(vote.quorumLostAt).toBeDefined();
    expect(b.no({ type: 'close-vote', actor: CHAIR })).toBe('no-quorum');
    b.ok(restored);
    b.ballots({ m7: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
  });

  it('KL 99 § attack: the monitor cannot mark an on-site member absent', () => {
    const b = board();
    expect(b.no({ ...lost, personId: 'm3' })).toBe('attendance-cause-invalid');
    expect(b.no({ type: 'change-attendance', actor: MONITOR, personId: 'm3', status: 'poissa' })).toBe(
      'monitor-not-allowed',
    );
    expect(b.no({ type: 'change-attendance', actor: MONITOR, personId: 'm3', status: 'poissa', reason: 'muu' })).toBe(
      'monitor-not-allowed',
    );
    expect(b.state.attendance.get('m3')?.present).toBe(true);
  });

  it('KL 99 § attack: the monitor cannot bring back a member who left by decision, nor seat anyone', () => {
    const b = board();
    b.leave('m7');
    expect(b.no(restored)).toBe('attendance-cause-invalid');
    b.ok({ type: 'change-attendance', actor: SECRETARY, personId: 'm7', status: 'lasna', mode: 'etana' });
    b.ok(lost);
    expect(b.no({ ...restored, mode: 'paikan-paalla' })).toBe('attendance-cause-invalid');
    expect(b.no({ ...restored, votingRight: true })).toBe('monitor-not-allowed');
    expect(b.no({ ...restored, personId: 'd7', substituteFor: 'm7' })).toBe('monitor-not-allowed');
    expect(b.no({ ...restored, personId: 'd7' })).toBe('attendance-cause-invalid');
  });

  it('KL 99 § attack: the monitor cannot cast a ballot, for itself or on behalf of a member', () => {
    const b = board();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    const voteId = b.openVoteId;
    expect(b.no({ type: 'cast-ballot', actor: MONITOR, voteId, personId: MONITOR, option: 'jaa' })).toBe(
      'monitor-not-allowed',
    );
    expect(
      b.no({
        type: 'cast-ballot',
        actor: MONITOR,
        voteId,
        personId: 'm7',
        option: 'jaa',
        onBehalfOf: { personId: 'm7', reason: 'laite' },
      }),
    ).toBe('monitor-not-allowed');
    expect(b.no({ type: 'close-vote', actor: MONITOR })).toBe('monitor-not-allowed');
  });

  it('KL 99 § attack: every command other than a caused attendance change is refused from the monitor', () => {
    const b = board();
    for (const c of [
      { type: 'close-discussion', actor: MONITOR },
      { type: 'change-presiding', actor: MONITOR, personId: MONITOR, reason: 'tilapainen-puheenjohtaja' },
      { type: 'request-speaker', actor: MONITOR, personId: MONITOR },
      { type: 'state-legality', actor: MONITOR, lawfullyConvened: true },
      { type: 'change-attendance', actor: MONITOR, personId: 'd1', status: 'lasna', mode: 'etana' },
    ] as const)
      expect(b.no(c), c.type).toBe('monitor-not-allowed');
  });

  it('KL 99 § attack: a member cannot use cause to bypass the secretary, nor can the secretary misuse it', () => {
    const b = board();
    expect(b.no({ ...lost, actor: 'm7' })).toBe('not-secretary-or-presiding');
    expect(b.no({ ...lost, actor: 'm3', personId: 'm3' })).toBe('not-secretary-or-presiding');
    // The secretary may record a lost connection himself, but only of a remote participant.
    expect(b.no({ ...lost, actor: SECRETARY, personId: 'm3' })).toBe('attendance-cause-invalid');
    expect(b.no({ ...lost, actor: SECRETARY, status: 'lasna' })).toBe('attendance-cause-invalid');
    b.ok({ ...lost, actor: SECRETARY });
    expect(b.state.attendance.get('m7')?.present).toBe(false);
  });

  it('KL 99 §: without configured monitors (the default) the service identity is an unknown actor', () => {
    const b = new Board().open();
    expect(b.no({ ...lost, personId: 'm3' })).toBe('unknown-actor');
  });

  it('KL 99 §: a misconfigured monitor list, or a misspelt setting, fails closed', () => {
    expect(() => new Board({ rules: { attendanceMonitors: [''] } }).open()).toThrow(/attendanceMonitors/);
    expect(() => resolveRules({ attendanceMonitor: [MONITOR] } as never)).toThrow(
      /Unknown procedure rule: attendanceMonitor/,
    );
    expect(resolveRules(rules).attendanceMonitors).toEqual([MONITOR]);
  });

  it('KL 99 §: a forged monitor event in a log (an on-site member marked away) is an anomaly; parseMeetingLog refuses a cause that contradicts the status', () => {
    const b = board();
    const log = b.store.events;
    const last = log.at(-1)!;
    const forged = {
      id: 'x1',
      seq: last.seq + 1,
      at: last.at,
      actor: MONITOR,
      type: 'attendance-changed',
      payload: { personId: 'm3', status: 'poissa', cause: 'connection-lost' },
    } as MeetingEvent;
    const s = replay(boardMeeting, [...log, forged], { body: boardBody, memberships: boardMemberships, rules });
    expect(s.anomalies.map((a) => a.code)).toEqual(['actor-not-authorised']);
    expect(s.anomalies[0]?.message.en).toMatch(/KL 99 §/);
    const bad = MeetingLogSchema.safeParse({
      schemaVersion: '1.0',
      meetingId: boardMeeting.id,
      events: [...log, { ...forged, payload: { personId: 'm7', status: 'lasna', cause: 'connection-lost' } }],
    });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('attendance_cause_mismatch');
  });
});
