import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateHetu, validateBusinessId, HETU_CHECK_CHARACTERS, businessIdCheckDigit } from '../src/index.js';
import { makeBusinessId, makeHetu, withWrongCheck } from './hetu-helpers.js';

const SIGNS: [string, number][] = [
  ['+', 1800],
  ['-', 1900],
  ['Y', 1900],
  ['X', 1900],
  ['W', 1900],
  ['V', 1900],
  ['U', 1900],
  ['A', 2000],
  ['B', 2000],
  ['C', 2000],
  ['D', 2000],
  ['E', 2000],
  ['F', 2000],
];

describe('validateHetu (DVV 2023 century signs, mod-31 control character)', () => {
  it.each(SIGNS)('century sign %s maps to the %i00s', (sign, century) => {
    const code = makeHetu(`${century + 85}-07-14`, sign, 123);
    expect(validateHetu(code)).toEqual({ valid: true, birthDate: `${century + 85}-07-14`, temporary: false });
  });

  it('the century sign is part of the identity: same digits, different signs give different birth years', () => {
    const a = makeHetu('1999-12-31', '-', 321);
    const b = a.replace('-', 'Y');
    expect(validateHetu(a).valid).toBe(true);
    expect(validateHetu(b).valid).toBe(true);
    expect(a).not.toBe(b);
    expect(validateHetu(a.replace('-', 'A')).birthDate).toBe('2099-12-31');
  });

  it('accepts leap days only in leap years of the right century', () => {
    expect(validateHetu(makeHetu('2000-02-29', 'A', 200)).valid).toBe(true);
    expect(validateHetu(makeHetu('2004-02-29', 'B', 200)).valid).toBe(true);
    expect(validateHetu(makeHetu('1996-02-29', 'Y', 200)).valid).toBe(true);
    // 1900 and 1800 are not leap years; the same digits with an A sign (2000) are.
    const c1900 = makeHetu('1900-02-29', '-', 200);
    expect(validateHetu(c1900)).toEqual({ valid: false, reason: 'date' });
    expect(validateHetu(c1900.replace('-', 'A')).valid).toBe(true);
    expect(validateHetu(makeHetu('1800-02-29', '+', 200))).toEqual({ valid: false, reason: 'date' });
    expect(validateHetu(makeHetu('2001-02-29', 'A', 200)).reason).toBe('date');
  });

  it('rejects impossible dates', () => {
    for (const d of ['1990-00-10', '1990-13-10', '1990-04-31', '1990-01-00', '1990-01-32']) {
      expect(validateHetu(makeHetu(d, '-', 222)).reason).toBe('date');
    }
  });

  it('individual numbers at the edges: 000 and 001 invalid, 002–899 normal, 900–999 temporary', () => {
    expect(validateHetu(makeHetu('1970-01-01', '-', 0)).reason).toBe('individual-number');
    expect(validateHetu(makeHetu('1970-01-01', '-', 1)).reason).toBe('individual-number');
    expect(validateHetu(makeHetu('1970-01-01', '-', 2))).toMatchObject({ valid: true, temporary: false });
    expect(validateHetu(makeHetu('1970-01-01', '-', 899))).toMatchObject({ valid: true, temporary: false });
    expect(validateHetu(makeHetu('1970-01-01', '-', 900))).toMatchObject({ valid: true, temporary: true });
    expect(validateHetu(makeHetu('1970-01-01', '-', 999))).toMatchObject({ valid: true, temporary: true });
    expect(validateHetu(makeHetu('1970-01-01', '-', 950), { allowTemporary: false })).toMatchObject({
      valid: false,
      reason: 'temporary-not-allowed',
      temporary: true,
    });
  });

  it('every one of the 31 control characters is produced and checked', () => {
    const seen = new Set<string>();
    for (let n = 2; seen.size < 31 && n < 200; n++) {
      const code = makeHetu('1985-06-15', 'X', n);
      seen.add(code.slice(-1));
      expect(validateHetu(code).valid).toBe(true);
      expect(validateHetu(withWrongCheck(code))).toMatchObject({ valid: false, reason: 'checksum' });
    }
    expect([...seen].sort().join('')).toBe([...HETU_CHECK_CHARACTERS].sort().join(''));
  });

  it('never reports a gender', () => {
    const r = validateHetu(makeHetu('1985-06-15', '-', 901)) as unknown as Record<string, unknown>;
    expect(Object.keys(r).sort()).toEqual(['birthDate', 'temporary', 'valid']);
  });

  it('rejects malformed input without throwing', () => {
    const good = makeHetu('1985-06-15', '-', 123);
    const bad: unknown[] = [
      undefined,
      null,
      42,
      {},
      [],
      '',
      ' ' + good,
      good + ' ',
      good.toLowerCase().replace('-', 'a'),
      good.slice(0, 10),
      good + 'A',
      good.replace('-', 'G'),
      good.replace('-', 'Z'),
      good.replace('-', '/'),
      good.slice(0, -1) + 'G',
      good.slice(0, -1) + 'I',
      good.slice(0, -1) + 'O',
      good.slice(0, -1) + 'Q',
      good.slice(0, -1) + 'Z',
      '１２３４５６-123A',
      'x'.repeat(1_000_000),
    ];
    for (const b of bad) {
      const r = validateHetu(b);
      expect(r.valid).toBe(false);
      expect(['not-a-string', 'format']).toContain(r.reason);
    }
  });

  it('rejects future birth dates against an injected today', () => {
    const code = makeHetu('2030-01-01', 'A', 300);
    expect(validateHetu(code, { rejectFutureBirthDates: true, today: '2026-11-28' }).reason).toBe('future-birth-date');
    expect(validateHetu(code, { rejectFutureBirthDates: true, today: '2030-01-01' }).valid).toBe(true);
    expect(() => validateHetu(code, { rejectFutureBirthDates: true })).toThrow(TypeError);
  });

  it('property: codes built from the rules validate; a changed control character does not', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 2, max: 999 }),
        fc.nat(5),
        (date, individual, pick) => {
          const iso = date.toISOString().slice(0, 10);
          const year = Number(iso.slice(0, 4));
          const signs =
            year < 1900 ? ['+'] : year < 2000 ? ['-', 'Y', 'X', 'W', 'V', 'U'] : ['A', 'B', 'C', 'D', 'E', 'F'];
          const code = makeHetu(iso, signs[pick % signs.length] ?? '-', individual);
          const r = validateHetu(code);
          expect(r).toEqual({ valid: true, birthDate: iso, temporary: individual >= 900 });
          expect(validateHetu(withWrongCheck(code)).valid).toBe(false);
        },
      ),
    );
  });
});

describe('validateBusinessId (weights 7,9,10,5,8,4,2 mod 11)', () => {
  it('accepts IDs built from the rule and rejects a wrong check digit', () => {
    let checked = 0;
    for (let n = 1000000; checked < 200; n += 7919) {
      const id = makeBusinessId(String(n).padStart(7, '0'));
      if (id === null) continue;
      checked++;
      expect(validateBusinessId(id)).toEqual({ valid: true });
      const wrong = id.slice(0, -1) + String((Number(id.slice(-1)) + 1) % 10);
      expect(validateBusinessId(wrong)).toEqual({ valid: false, reason: 'checksum' });
    }
  });

  it('remainder 0 gives check digit 0; remainder 1 is never issued', () => {
    // 0000000 → sum 0 → remainder 0 → check digit 0.
    expect(validateBusinessId('0000000-0')).toEqual({ valid: true });
    // 1000000 → 7 mod 11 = 7 → 4; 0000003 → 6 → 5; 0100000: 9 → 2. Find one with remainder 1:
    // 0000005 → 10; 0001000 → 5; 0000300 → 24 mod 11 = 2; 0000020 → 8; 0400000: 36 mod 11 = 3 …
    // 3000000 → 21 mod 11 = 10; 0000006 → 12 mod 11 = 1 → never issued.
    expect(businessIdCheckDigit('0000006')).toBeNull();
    for (let d = 0; d <= 9; d++)
      expect(validateBusinessId(`0000006-${d}`)).toEqual({ valid: false, reason: 'never-issued' });
  });

  it('rejects malformed input', () => {
    for (const b of [
      undefined,
      1234567,
      '123456-7',
      '12345678',
      '1234567 8',
      '1234567-',
      'FI12345678',
      '１２３４５６７-８',
    ]) {
      expect(validateBusinessId(b).valid).toBe(false);
    }
  });
});
