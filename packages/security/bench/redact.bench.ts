import { bench, describe } from 'vitest';
import { publicationCheck, redactPersonalData } from '../src/index.js';
import { finnishDecisionText } from './finnish-text.js';

// Target (issue 14): redaction ≥ 50 MB/s on 10 MB of Finnish decision text. MB/s = 10 × hz; the baseline
// is one UTF-8 encoding pass over the same text, so the ratio is comparable across machines.
const text = finnishDecisionText();
const mb = Buffer.byteLength(text) / (1024 * 1024);
const names = ['Matti Meikäläinen', 'Liisa Virtanen'];
const encoder = new TextEncoder();

describe(`redaction of ${mb.toFixed(1)} MB of Finnish decision text`, () => {
  bench(
    'redactPersonalData (all kinds, two listed names)',
    () => {
      const r = redactPersonalData(text, { names });
      if (r.removed.length === 0) throw new Error('nothing found');
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  bench(
    'publicationCheck of the same text as one part',
    () => {
      if (publicationCheck({ items: [{ publicity: 'public', text }] }).publishable) throw new Error('missed');
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  bench(
    'baseline: TextEncoder.encode of the same text',
    () => {
      if (encoder.encode(text).length === 0) throw new Error('empty');
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});
