import { MeetingLogSchema } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { largeCouncilMeeting } from '../bench/large-meeting.js';
import { replay } from '../src/index.js';

describe('the benchmark meeting', () => {
  const { meeting, events, body } = largeCouncilMeeting();
  it('has 20,000 valid events with 100 roll-call votes of 79 members over 60 items', () => {
    expect(events).toHaveLength(20_000);
    expect(
      MeetingLogSchema.safeParse({ schemaVersion: '1.0', meetingId: meeting.id, events }).error?.issues ?? [],
    ).toEqual([]);
    const s = replay(meeting, events, { body });
    expect(s.anomalies).toEqual([]);
    expect(s.items.size).toBe(60);
    const votes = [...s.items.values()].flatMap((i) => i.votes);
    expect(votes).toHaveLength(100);
    expect(votes.every((v) => v.ballots.size === 79 && v.method === 'nimenhuuto')).toBe(true);
  });
});
