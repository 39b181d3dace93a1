import type { MeetingEvent } from '@digikokous/meeting-schema';
import { bench, describe } from 'vitest';
import { applyEvents, decide, isProcedureError, MeetingStore, replay } from '../src/index.js';
import { largeCouncilMeeting } from './large-meeting.js';

/**
 * The store's cost per event must not grow with the meeting (issue 12: median ≤ 20 µs at a 100,000-event state; a
 * 79-ballot roll call ≤ 5 ms), measured against `decide` alone on the same state in the same run. The log is cut
 * after its last `vote-opened`, so a roll-call vote of 79 members is open.
 */
function openVoteAt(target: number) {
  const { meeting, events, body } = largeCouncilMeeting(target);
  const lastOpen = events.findLastIndex((e) => e.type === 'vote-opened');
  const prefix = events.slice(0, lastOpen + 1);
  const opened = prefix[lastOpen] as Extract<MeetingEvent, { type: 'vote-opened' }>;
  return { meeting, body, prefix, voteId: opened.payload.voteId, at: opened.at };
}
const members = Array.from({ length: 79 }, (_, i) => `v${String(i + 1).padStart(2, '0')}`);

for (const size of [20_000, 100_000]) {
  const { meeting, body, prefix, voteId, at } = openVoteAt(size);
  // Ballot changes allowed, so that one open vote takes any number of ballots.
  const rules = { allowBallotChange: true };
  const store = new MeetingStore(meeting, prefix, { body, rules });
  const base = store.state;
  let n = 0;
  describe(`one ballot at a ${prefix.length}-event state`, () => {
    bench('MeetingStore.dispatch(cast-ballot)', () => {
      const m = members[n++ % 79]!;
      const r = store.dispatch({
        type: 'cast-ballot',
        actor: m,
        voteId,
        personId: m,
        option: n % 2 ? 'jaa' : 'ei',
        at,
      });
      if (isProcedureError(r)) throw new Error(r.code);
    });
    bench('decide alone (baseline)', () => {
      const m = members[n++ % 79]!;
      const r = decide(base, { type: 'cast-ballot', actor: m, voteId, personId: m, option: 'jaa', at }, { rules });
      if (isProcedureError(r)) throw new Error(r.code);
    });
  });

  describe(`a 79-ballot roll call at a ${prefix.length}-event state`, () => {
    // Snapshots are immutable, so every iteration starts again from the same state.
    const start = replay(meeting, prefix, { body });
    bench('79 × (decide + applyEvents), as MeetingStore.dispatch does', () => {
      let state = start;
      for (const m of members) {
        const r = decide(state, { type: 'cast-ballot', actor: m, voteId, personId: m, option: 'jaa', at });
        if (isProcedureError(r)) throw new Error(r.code);
        state = applyEvents(state, r);
      }
      if (state.items.get(state.currentItemId!)!.votes.at(-1)!.ballots.size !== 79) throw new Error('roll call');
    });
    bench('79 × decide alone (baseline)', () => {
      for (const m of members) {
        const r = decide(start, { type: 'cast-ballot', actor: m, voteId, personId: m, option: 'jaa', at });
        if (isProcedureError(r)) throw new Error(r.code);
      }
    });
  });
}
