import { describe, expect, it } from 'vitest';
import {
  businessIdCheckDigit,
  containsHetuShaped,
  hetuShapedPattern,
  isValidBusinessId,
} from '../src/identity-codes.js';

describe('henkilötunnus shape (security rules §4.1)', () => {
  it('finds codes with every century sign, also with a wrong check character', () => {
    for (const sign of ['+', '-', 'A', 'B', 'C', 'D', 'E', 'F', 'U', 'V', 'W', 'X', 'Y'])
      expect(containsHetuShaped(`Hakija 131052${sign}308T asuu Espoossa.`)).toBe(true);
    expect(containsHetuShaped('131052-308U')).toBe(true); // check character wrong (T is right)
    expect(containsHetuShaped('131052\u2010308T')).toBe(true); // a word processor's hyphen
  });

  it('leaves dates, business IDs and phone numbers alone', () => {
    for (const text of ['13.10.1952', 'Y-tunnus 1234567-1', '040 123 4567', '131052 308T', '131052-30T'])
      expect(containsHetuShaped(text)).toBe(false);
  });

  it('gives a fresh global pattern each time, so callers do not share lastIndex', () => {
    const a = hetuShapedPattern();
    expect(a.exec('x 131052-308T y 010101A123B')?.[0]).toBe('131052-308T');
    expect(a.lastIndex).toBeGreaterThan(0);
    expect(hetuShapedPattern().lastIndex).toBe(0);
    expect('x 131052-308T y 010101A123B'.match(hetuShapedPattern())).toEqual(['131052-308T', '010101A123B']);
  });
});

describe('Y-tunnus check digit (security rules §4.2)', () => {
  it('computes the digit with weights 7, 9, 10, 5, 8, 4, 2 mod 11', () => {
    expect(businessIdCheckDigit('1234567')).toBe(1);
    expect(businessIdCheckDigit('9876543')).toBe(0);
    expect(businessIdCheckDigit('0000006')).toBeNull(); // remainder 1: never issued
    expect(() => businessIdCheckDigit('123456')).toThrow(TypeError);
  });

  it('isValidBusinessId agrees with the check digit for every final digit', () => {
    for (const seven of ['1234567', '9876543', '0000100', '0737546', '0000006'])
      for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`${seven}-${d}`)).toBe(businessIdCheckDigit(seven) === d);
    expect(isValidBusinessId('1234567-1 ')).toBe(false);
  });
});
