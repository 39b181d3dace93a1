import { describe, expect, it } from 'vitest';
import { electronicProcedureOutcome } from '../src/index.js';

const base = {
  members: ['a', 'b', 'c'],
  answers: ['a', 'b', 'c'],
  demandsMeeting: [] as string[],
  deadline: '2025-05-12T16:00:00+03:00',
  now: '2025-05-12T17:00:00+03:00',
  publicMeeting: false,
};

describe('KL 100 § electronic decision procedure', () => {
  it('decided when every member answered and the deadline passed', () => {
    expect(electronicProcedureOutcome(base)).toBe('decided');
  });
  it('open before the deadline even when everyone answered (a demand may still arrive)', () => {
    expect(electronicProcedureOutcome({ ...base, now: '2025-05-12T12:00:00+03:00' })).toBe('open');
  });
  it('moved to a meeting as soon as one member demands it', () => {
    expect(electronicProcedureOutcome({ ...base, demandsMeeting: ['b'], now: '2025-05-11T12:00:00+03:00' })).toBe(
      'moved-to-meeting',
    );
    expect(electronicProcedureOutcome({ ...base, demandsMeeting: true })).toBe('moved-to-meeting');
  });
  it('moved to a meeting when a member has not answered by the deadline', () => {
    expect(electronicProcedureOutcome({ ...base, answers: ['a', 'b'] })).toBe('moved-to-meeting');
  });
  it('offsets are compared as instants (16:00+03:00 = 13:00Z)', () => {
    expect(electronicProcedureOutcome({ ...base, now: '2025-05-12T13:00:00Z' })).toBe('open');
    expect(electronicProcedureOutcome({ ...base, now: '2025-05-12T13:00:01Z' })).toBe('decided');
  });
  it('KL 100 § 1 mom: not for a public meeting', () => {
    expect(electronicProcedureOutcome({ ...base, publicMeeting: true })).toBe('not-allowed');
  });
  it('a deputy answers for a member only when the local rules allow it', () => {
    const input = { ...base, answers: ['a', 'b', 'c-deputy'], deputies: { c: 'c-deputy' } };
    expect(electronicProcedureOutcome(input)).toBe('moved-to-meeting');
    expect(electronicProcedureOutcome({ ...input, rules: { electronicProcedureDeputies: true } })).toBe('decided');
  });
  it('KL 100 §, HL 28 §: a disqualified member with deputies configured is replaced by his deputy', () => {
    const input = {
      ...base,
      deputies: { c: 'c-deputy' },
      disqualified: ['c'],
      rules: { electronicProcedureDeputies: true },
    };
    // The disqualified member's own answer does not count (HL 27 §): his deputy must answer.
    expect(electronicProcedureOutcome(input)).toBe('moved-to-meeting');
    expect(electronicProcedureOutcome({ ...input, answers: ['a', 'b', 'c-deputy'] })).toBe('decided');
    expect(
      electronicProcedureOutcome({ ...input, answers: ['a', 'b', 'c-deputy'], now: '2025-05-12T12:00:00+03:00' }),
    ).toBe('open');
    // His demand for a meeting does not count either; the deputy's does.
    expect(electronicProcedureOutcome({ ...input, answers: ['a', 'b', 'c-deputy'], demandsMeeting: ['c'] })).toBe(
      'decided',
    );
    expect(
      electronicProcedureOutcome({ ...input, answers: ['a', 'b', 'c-deputy'], demandsMeeting: ['c-deputy'] }),
    ).toBe('moved-to-meeting');
  });
  it('KL 100 §, HL 28 §: without deputies a disqualified member moves the matter to the meeting at once', () => {
    const input = { ...base, disqualified: ['c'], now: '2025-05-11T12:00:00+03:00' };
    expect(electronicProcedureOutcome(input)).toBe('moved-to-meeting');
    expect(electronicProcedureOutcome({ ...input, deputies: { c: 'c-deputy' } })).toBe('moved-to-meeting');
    // A deputy who is disqualified too cannot answer for him.
    expect(
      electronicProcedureOutcome({
        ...input,
        deputies: { c: 'c-deputy' },
        disqualified: ['c', 'c-deputy'],
        rules: { electronicProcedureDeputies: true },
      }),
    ).toBe('moved-to-meeting');
    expect(electronicProcedureOutcome({ ...base, now: '2025-05-11T12:00:00+03:00' })).toBe('open');
  });
  it('refuses instants without an offset', () => {
    expect(() => electronicProcedureOutcome({ ...base, now: '2025-05-12 17:00' })).toThrow(/offset/);
  });
});

describe('KL 100 § with the meeting-schema electronic procedure fixture', () => {
  it('the technical committee’s procedure 7/2026: open until the deadline, then decided or moved', async () => {
    const {
      electronicProcedureMeeting: m,
      memberships,
      technicalCommittee,
    } = await import('@digikokous/meeting-schema/fixtures');
    const members = memberships
      .filter(
        (x) => x.bodyId === technicalCommittee.id && ['puheenjohtaja', 'varapuheenjohtaja', 'jasen'].includes(x.role),
      )
      .map((x) => x.personId);
    expect(members.length).toBe(technicalCommittee.seats);
    const window = m.electronicProcedure!;
    const input = {
      members,
      answers: members,
      demandsMeeting: [] as string[],
      deadline: window.deadline,
      publicMeeting: m.public,
    };
    expect(electronicProcedureOutcome({ ...input, now: window.opensAt })).toBe('open');
    expect(electronicProcedureOutcome({ ...input, now: '2026-08-07T13:00:01Z' })).toBe('decided');
    expect(electronicProcedureOutcome({ ...input, answers: members.slice(1), now: '2026-08-07T13:00:01Z' })).toBe(
      'moved-to-meeting',
    );
  });
});
