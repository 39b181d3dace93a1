import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, type SchemaName } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const dir = fileURLToPath(new URL('../json-schema/', import.meta.url));
function validator(name: SchemaName) {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as object);
}

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

/**
 * The JSON Schema is the structural part of the zod schema, so on any single-value mutation of a
 * valid fixture: what ajv rejects, the parser rejects too (the parser only adds cross-field rules),
 * and what the parser accepts, ajv accepts.
 */
describe('JSON Schema and parser agree', () => {
  const docs: [SchemaName, Json][] = [
    ['Meeting', JSON.parse(JSON.stringify(fx.electronicProcedureMeeting)) as Json],
    ['Election', JSON.parse(JSON.stringify(fx.proportionalElection)) as Json],
    [
      'MeetingEvent',
      JSON.parse(JSON.stringify(fx.councilMeetingLog.events[fx.councilMeetingLog.events.length - 20])) as Json,
    ],
    [
      'Organisation',
      JSON.parse(JSON.stringify({ ...fx.organisation, people: fx.people.slice(0, 3), memberships: [] })) as Json,
    ],
  ];
  it.each(docs)('%s: ajv-invalid implies parser-invalid, parser-valid implies ajv-valid', (name, doc) => {
    const v = validator(name);
    const all = paths(doc);
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>(
        '',
        'x',
        '2026-06-15',
        '2026-06-15T18:00:00',
        '2026-06-15T18:00:00+03:00',
        'https://a.example/',
        'http://a.example/',
        -1,
        0,
        1.5,
        99999,
        'julkinen',
        'jaa',
      ),
    );
    fc.assert(
      fc.property(fc.nat(all.length - 1), value, (i, x) => {
        const mutated = setAt(doc, all[i] as (string | number)[], x);
        const ajvOk = v(mutated);
        const parsed = parseDocument(name, mutated);
        if (!ajvOk) expect(parsed.success).toBe(false);
        if (parsed.success) expect(ajvOk).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
