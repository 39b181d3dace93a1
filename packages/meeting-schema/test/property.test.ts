import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseMeetingLog, parseMinutes, schemaNames, type ParseResult } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'hetu',
  '',
  'type',
  'events',
  'items',
];

/** JSON values whose objects use hostile keys among ordinary ones. */
const hostileJson = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...hostileKeys), fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value;

function wellFormed(r: ParseResult<unknown>): void {
  expect(typeof r.success).toBe('boolean');
  if (!r.success) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.code).toBe('string');
      expect(typeof e.message.fi).toBe('string');
      expect(typeof e.message.en).toBe('string');
    }
  }
}

describe('parsing arbitrary JSON never throws', () => {
  it('fc.jsonValue() as data and as JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        wellFormed(parseMeetingLog(v));
        wellFormed(parseMinutes(v));
        wellFormed(parseMeetingLog(JSON.stringify(v) ?? 'null'));
        wellFormed(parseMinutes(JSON.stringify(v) ?? 'null'));
      }),
      { numRuns: 300 },
    );
  });
  it('objects with hostile keys, parsed from JSON text (real own __proto__ keys)', () => {
    fc.assert(
      fc.property(hostileJson, (v) => {
        const text = JSON.stringify(v) ?? 'null';
        for (const name of schemaNames) wellFormed(parseDocument(name, text));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
  it('arbitrary JS values (not only JSON) never throw', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (v) => {
          wellFormed(parseMeetingLog(v));
          wellFormed(parseMinutes(v));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('mutating one field of a valid log never throws and is caught or still valid', () => {
    const base = fx.councilMeetingLog;
    fc.assert(
      fc.property(
        fc.nat(base.events.length - 1),
        fc.constantFrom('id', 'seq', 'at', 'actor', 'type', 'payload'),
        fc.jsonValue(),
        (i, key, value) => {
          const log = structuredClone(base) as { events: Record<string, unknown>[] };
          (log.events[i] as Record<string, unknown>)[key] = value;
          wellFormed(parseMeetingLog(log));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('no prototype pollution', () => {
  it('a __proto__ payload is rejected and Object.prototype stays clean', () => {
    const text = '{"schemaVersion":"1.0","meetingId":"m","events":[],"__proto__":{"polluted":"yes","isAdmin":true}}';
    const r = parseMeetingLog(text);
    expect(r.success).toBe(false);
    expect(!r.success && r.errors[0]).toMatchObject({ path: '/__proto__', code: 'forbidden_key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
  it('a nested constructor.prototype payload is rejected', () => {
    const text = JSON.stringify({ ...fx.councilMinutes, items: [{ constructor: { prototype: { polluted: 1 } } }] });
    const r = parseMinutes(text);
    expect(!r.success && r.errors.some((e) => e.path === '/items/0/constructor' && e.code === 'forbidden_key')).toBe(
      true,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('parsed data does not share objects with the input (caller mutation cannot reach back)', () => {
    const input = structuredClone(fx.councilMeetingLog);
    const r = parseMeetingLog(input);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data).not.toBe(input);
  });
});

describe('limits', () => {
  it('deep nesting is rejected without a stack overflow', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const r = parseMeetingLog(deep);
    expect(r.success).toBe(false);
  });
  it('a cycle is reported as too deep, not a hang', () => {
    const a: Record<string, unknown> = { schemaVersion: '1.0', meetingId: 'm' };
    a.events = [a];
    const r = parseMeetingLog(a);
    expect(!r.success && r.errors[0]?.code).toBe('too_deep');
  });
});
