import { bench, describe } from 'vitest';
import { replay } from '../src/index.js';
import { largeCouncilMeeting } from './large-meeting.js';

const { meeting, events, body } = largeCouncilMeeting();

describe(`replay a ${events.length}-event council meeting (79 members, 60 items, 100 roll-call votes)`, () => {
  bench('replay', () => {
    const s = replay(meeting, events, { body });
    if (s.eventCount !== events.length) throw new Error('incomplete replay');
  });

  bench('bare loop over the same events (baseline)', () => {
    let ballots = 0;
    for (const e of events) if (e.type === 'ballot-cast') ballots += 1;
    if (ballots === 0) throw new Error('no ballots');
  });
});
