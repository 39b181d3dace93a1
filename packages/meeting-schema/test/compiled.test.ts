import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeetingLogSchema, MinutesSchema, parseMeetingLog, parseMinutes, safeParseWith } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** All paths to values inside a JSON document. */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}
function setAt(doc: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(doc);
  let cur = copy as Record<string | number, Json>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, Json>;
  cur[path[path.length - 1] as string | number] = value;
  return copy;
}

const values = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, '', 'x', 'jaa', '2026-06-15T18:00:00+03:00', [], {}, { fi: 'a' }),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);

/**
 * parseMeetingLog and parseMinutes run compiled clones of the schemas (zod's z.compile). On any
 * single-value mutation of a valid fixture they must answer exactly as the exported runtime schemas
 * do: same success, same data, same errors with paths, codes and messages.
 */
describe('compiled parse path agrees with the exported schemas', () => {
  const cases = [
    ['meeting log', fx.councilMeetingLog, parseMeetingLog, MeetingLogSchema],
    ['minutes', fx.councilMinutes, parseMinutes, MinutesSchema],
  ] as const;
  for (const [name, fixture, parse, schema] of cases) {
    const doc = JSON.parse(JSON.stringify(fixture)) as Json;
    const all = paths(doc);
    it(`${name}: same result on mutated documents`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: all.length - 1 }), values, (i, v) => {
          const bad = setAt(doc, all[i] as (string | number)[], v);
          const text = JSON.stringify(bad);
          expect(parse(text)).toEqual(safeParseWith(schema, text));
          expect(parse(bad)).toEqual(safeParseWith(schema, bad));
        }),
        { numRuns: 100 },
      );
    }, 60_000);
    it(`${name}: same data on the valid fixture`, () => {
      const r = parse(doc);
      expect(r.success).toBe(true);
      expect(r).toEqual(safeParseWith(schema, doc));
    });
  }
});
