import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { importDynasty } from '../src/dynasty.js';
import { toICalendar } from '../src/ical.js';
import type { InputFile } from '../src/model.js';
import { toOParl } from '../src/oparl.js';
import { toOpenDecisionApi } from '../src/openDecision.js';
import { parseMeetingDataset } from '../src/dataset.js';
import { toMeetingDataset } from '../src/toDataset.js';
import { importTweb } from '../src/tweb.js';

const root = fileURLToPath(new URL('../test/fixtures/systems/', import.meta.url));
function read(dir: string): InputFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(join(root, dir)).map((p) => ({
    name: p.slice(root.length + dir.length + 1),
    content: new Uint8Array(readFileSync(p)),
  }));
}
const dynasty = read('dynasty-espoo');
const casem = read('casem-mikkeli');
const tweb = read('tweb-oulu');
const dynDoc = importDynasty(dynasty);
const meeting = dynDoc.meetings.find((m) => m.id === 'dynasty-2017406946');

describe('importers (the shipped fixture folders)', () => {
  bench('importDynasty: Espoo (6 HTML pages, 200 kB)', () => {
    importDynasty(dynasty);
  });
  bench('importCaseM: Mikkeli (180 JSON files)', () => {
    importCaseM(casem);
  });
  bench(
    'importTweb: Oulu (3 HTML pages, 4 PDFs, 13 pages)',
    async () => {
      await importTweb(tweb);
    },
    { iterations: 5 },
  );
});

describe('exporters (Espoo import)', () => {
  bench('toOParl', () => {
    toOParl(dynDoc);
  });
  bench('toOpenDecisionApi', () => {
    toOpenDecisionApi(dynDoc);
  });
  bench('toICalendar (22 items)', () => {
    if (meeting) toICalendar(meeting, { dtstamp: '2026-11-28T00:00:00Z' });
  });
});

describe('meeting-schema dataset', () => {
  const casemDoc = importCaseM(casem);
  bench('toMeetingDataset: Espoo import', () => {
    toMeetingDataset(dynDoc);
  });
  bench('parseMeetingDataset: Mikkeli dataset (46 items, 269 provenance entries)', () => {
    parseMeetingDataset(casemDoc.dataset);
  });
});
