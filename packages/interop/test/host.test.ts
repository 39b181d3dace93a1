import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFiles } from './helpers.js';

/**
 * A library never changes its host: no global replaced or added by importing the package or by
 * running any importer or exporter. pdfjs-dist's Node build installs polyfills on its realm
 * (`JSON.parse`, `Promise.withResolvers`, `Set.prototype.union`, `navigator` …), so it runs in a
 * worker thread; before, the first importTweb replaced `JSON.parse` and `JSON.stringify` here.
 * Nothing from `src` is imported statically by this file: the first snapshot is taken before.
 */
type Snapshot = Map<string, unknown>;
const TARGETS: [string, object][] = [
  ['globalThis', globalThis],
  ['JSON', JSON],
  ['Promise', Promise],
  ['Set.prototype', Set.prototype],
  ['Map.prototype', Map.prototype],
  ['Uint8Array.prototype', Uint8Array.prototype],
  ['Array.prototype', Array.prototype],
  ['Object.prototype', Object.prototype],
  ['String.prototype', String.prototype],
];

/** Node defines some globals (TextEncoder, structuredClone …) as accessors that turn into values on first read. */
function settleLazyGlobals(): void {
  for (const key of Reflect.ownKeys(globalThis))
    try {
      void (globalThis as Record<PropertyKey, unknown>)[key];
    } catch {
      // a throwing getter stays as it is
    }
}

function snapshot(): Snapshot {
  const out: Snapshot = new Map();
  for (const [name, target] of TARGETS)
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key);
      if (!d) continue;
      // vitest's own bookkeeping on globalThis is not the library's doing.
      if (name === 'globalThis' && typeof key === 'string' && /^__vitest|^__VITEST|^\$\$vitest/u.test(key)) continue;
      out.set(`${name}.${String(key)}`, {
        value: d.value,
        get: d.get,
        set: d.set,
        writable: d.writable,
        enumerable: d.enumerable,
        configurable: d.configurable,
      });
    }
  return out;
}

function differences(before: Snapshot, after: Snapshot): string[] {
  const diff: string[] = [];
  for (const [k, v] of after) {
    const b = before.get(k) as Record<string, unknown> | undefined;
    if (!b) diff.push(`added ${k}`);
    else
      for (const f of Object.keys(v as object))
        if (!Object.is(b[f], (v as Record<string, unknown>)[f])) diff.push(`changed ${k} (${f})`);
  }
  for (const k of before.keys()) if (!after.has(k)) diff.push(`removed ${k}`);
  return diff;
}

describe('no change to the host', () => {
  it('importing the package and running every importer and exporter leaves the globals as they were', async () => {
    const inputs = {
      dynasty: await fixtureFiles('dynasty'),
      tweb: await fixtureFiles('tweb'),
      casem: await fixtureFiles('casem'),
    };
    const ufm = 'systems/tweb-nykarleby/ungdomsfullmaktige_protokoll_09_05_2023_16_15_162526.pdf';
    const nykarleby = [{ name: ufm, content: new Uint8Array(readFileSync(`${FIXTURES}${ufm}`)) }];
    settleLazyGlobals();
    const before = snapshot();
    const lib = await import('../src/index.js');
    expect(differences(before, snapshot())).toEqual([]);
    const docs = [
      lib.importDynasty(inputs.dynasty),
      await lib.importTweb(inputs.tweb),
      await lib.importTweb(nykarleby),
      lib.importCaseM(inputs.casem),
    ];
    for (const d of docs) {
      lib.toOParl(d);
      lib.toOpenDecisionApi(d);
      const m = d.meetings.find((x) => x.date);
      if (m) lib.toICalendar(m, { dtstamp: '2026-01-01T00:00:00Z' });
      lib.parseMeetingDataset(JSON.parse(JSON.stringify(d.dataset)));
      lib.fromMeetingDataset(JSON.parse(JSON.stringify(d.dataset)));
    }
    expect(docs[2]?.meetings[0]?.items).toHaveLength(7);
    expect(differences(before, snapshot())).toEqual([]);
  });
});
