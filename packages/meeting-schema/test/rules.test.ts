import { describe, expect, it } from 'vitest';
import { isQuorate, isValidBusinessId, parseMeetingLog, parseMinutes, toPointer } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

describe('instants in different offsets are compared as instants', () => {
  it('a later instant written in UTC is not "backwards" even though its string sorts first', () => {
    const log = structuredClone(fx.councilMeetingLog);
    const prev = Date.parse(log.events[3]?.at as string);
    const next = new Date(prev + 5_000).toISOString().replace('.000Z', 'Z');
    (log.events[4] as { at: string }).at = next;
    (log.events[5] as { at: string }).at = new Date(prev + 6_000).toISOString().replace('.000Z', '+00:00');
    expect(next < (log.events[3]?.at as string)).toBe(true);
    const r = parseMeetingLog(log);
    expect(r.success ? [] : r.errors).toEqual([]);
  });
  it('an earlier instant in another offset is caught', () => {
    const log = structuredClone(fx.councilMeetingLog);
    const prev = Date.parse(log.events[3]?.at as string);
    (log.events[4] as { at: string }).at = new Date(prev - 60_000).toISOString().replace('.000Z', 'Z');
    const r = parseMeetingLog(log);
    expect(!r.success && r.errors.map((e) => `${e.path} ${e.code}`)).toContain('/events/4/at time_goes_backwards');
  });
});

describe('quorum (KL 103 §)', () => {
  it('council: at least two thirds; 29 of 43 is quorate, 28 is not', () => {
    expect(isQuorate('valtuusto', 29, 43)).toBe(true);
    expect(isQuorate('valtuusto', 28, 43)).toBe(false);
  });
  it('other bodies: more than half; 6 of 11 is quorate, 5 is not, 5 of 10 is not', () => {
    expect(isQuorate('hallitus', 6, 11)).toBe(true);
    expect(isQuorate('hallitus', 5, 11)).toBe(false);
    expect(isQuorate('lautakunta', 5, 10)).toBe(false);
  });
});

describe('helpers', () => {
  it('Y-tunnus check digit (weights 7 9 10 5 8 4 2, mod 11)', () => {
    expect(isValidBusinessId('1234567-1')).toBe(true);
    expect(isValidBusinessId('9876543-0')).toBe(true);
    expect(isValidBusinessId('1234567-2')).toBe(false);
    expect(isValidBusinessId('123456-1')).toBe(false);
    // 0000006: weighted sum 6 × 2 = 12, r = 1, which is never issued, so no check digit is valid
    for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`0000006-${d}`)).toBe(false);
    expect(isValidBusinessId('0000100-3')).toBe(true);
  });
  it('JSON Pointer escaping (RFC 6901)', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(toPointer([])).toBe('');
  });
});

describe('errors do not leak input values', () => {
  it('a henkilötunnus in an unknown key is named by key, never echoed', () => {
    const m = structuredClone(fx.councilMinutes) as unknown as { attendance: Record<string, unknown>[] };
    (m.attendance[0] as Record<string, unknown>).hetu = '131052-308T';
    const r = parseMinutes(m);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r)).not.toContain('131052-308T');
  });
});

describe('attendance causes (KL 99 §)', () => {
  it('a lost remote connection is a valid departure in a log; a minutes record may say so; old data stays valid', () => {
    const log = structuredClone(fx.councilMeetingLog);
    const i = log.events.findIndex((e) => e.type === 'attendance-changed' && e.payload.status === 'poissa');
    (log.events[i]!.payload as { cause?: string; reason?: string }).cause = 'connection-lost';
    delete (log.events[i]!.payload as { reason?: string }).reason;
    const r = parseMeetingLog(log);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(parseMeetingLog(fx.councilMeetingLog).success).toBe(true);
    const m = structuredClone(fx.councilMinutes);
    const a = m.attendance.find((x) => x.leftAt !== undefined) ?? m.attendance[0]!;
    (a as { leftCause?: string }).leftCause = 'connection-lost';
    expect(parseMinutes(m).success).toBe(true);
    (a as { leftCause?: string }).leftCause = 'katkos';
    expect(parseMinutes(m).success).toBe(false);
  });
});
