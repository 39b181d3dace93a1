import { bench, describe } from 'vitest';
import { parseMeetingLog, parseMinutes } from '../src/index.js';
import { bigLog, bigMinutes } from './generate.js';

const minutesText = JSON.stringify(bigMinutes(200));
const logText = JSON.stringify(bigLog(20_000));
// Long enough runs for the JIT to settle on a busy two-core machine.
const opts = { time: 3_000, warmupTime: 1_000, warmupIterations: 10 };

if (!parseMinutes(minutesText).success || !parseMeetingLog(logText).success) throw new Error('benchmark input invalid');

describe(`minutes, 200 items (${(minutesText.length / 1e6).toFixed(1)} MB)`, () => {
  bench(
    'JSON.parse',
    () => {
      JSON.parse(minutesText);
    },
    opts,
  );
  bench(
    'parseMinutes (JSON text)',
    () => {
      parseMinutes(minutesText);
    },
    opts,
  );
});

describe(`meeting log, 20,000 events (${(logText.length / 1e6).toFixed(1)} MB)`, () => {
  bench(
    'JSON.parse',
    () => {
      JSON.parse(logText);
    },
    opts,
  );
  bench(
    'parseMeetingLog (JSON text)',
    () => {
      parseMeetingLog(logText);
    },
    opts,
  );
});
