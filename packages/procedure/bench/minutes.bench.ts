import { bench, describe } from 'vitest';
import { draftMinutes, renderMinutes, replay } from '../src/index.js';
import { hundredItemMeeting } from './minutes-meeting.js';

const { meeting, events, body, people } = hundredItemMeeting();
const state = replay(meeting, events, { body });
const bodyName = { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' };
const doc = draftMinutes(state, { lang: 'fi', people, bodyName, publishedOn: '2026-06-19' });

// Target (issue 13): draftMinutes + renderMinutes ≤ 4 × JSON.stringify of the resulting document.
describe(`minutes of a 100-item meeting (${events.length} events, 34 roll calls)`, () => {
  bench('draftMinutes + renderMinutes', () => {
    const m = draftMinutes(state, { lang: 'fi', people, bodyName, publishedOn: '2026-06-19' });
    if (renderMinutes(m, { people }).length === 0) throw new Error('empty');
  });
  bench('JSON.stringify of the document (baseline)', () => {
    if (JSON.stringify(doc).length === 0) throw new Error('empty');
  });
});
