import { describe, expect, it } from 'vitest';
import { fiNumerals } from '../src/index.js';

const { elative, genitive, inessive, partitive, section } = fiNumerals;

describe('Finnish case endings of numerals (the ending follows the last word the number is read as)', () => {
  it('elative: 43:sta, 11:sta, 1:stä, 2:sta, 3:sta, 6:sta, 8:sta (issue 13) and the rest of the digits', () => {
    expect([43, 11, 1, 2, 3, 6, 8].map(elative)).toEqual([
      '43:sta',
      '11:sta',
      '1:stä',
      '2:sta',
      '3:sta',
      '6:sta',
      '8:sta',
    ]);
    // yhdestä, neljästä, viidestä, seitsemästä, yhdeksästä, kymmenestä, kahdestakymmenestä
    expect([4, 5, 7, 9, 10, 20, 79].map(elative)).toEqual([
      '4:stä',
      '5:stä',
      '7:stä',
      '9:stä',
      '10:stä',
      '20:stä',
      '79:stä',
    ]);
    // sadasta, tuhannesta, kahdestatoista, nollasta
    expect([100, 1000, 12, 0, 59].map(elative)).toEqual(['100:sta', '1000:sta', '12:sta', '0:sta', '59:stä']);
  });
  it('genitive, inessive and partitive', () => {
    expect([43, 1, 11].map(genitive)).toEqual(['43:n', '1:n', '11:n']);
    expect([3, 4, 11].map(inessive)).toEqual(['3:ssa', '4:ssä', '11:ssa']);
    expect([1, 2, 3, 4, 8, 10, 11, 100].map(partitive)).toEqual([
      '1:tä',
      '2:ta',
      '3:a',
      '4:ää',
      '8:aa',
      '10:tä',
      '11:ta',
      '100:aa',
    ]);
  });
  it('a numbered § takes the ending of its number: § 48:n aikana, § 3:ssa', () => {
    expect(section.genitive(48)).toBe('§ 48:n');
    expect(section.inessive(3)).toBe('§ 3:ssa');
    expect(section.elative(7)).toBe('§ 7:stä');
  });
  it('refuses what is not a count', () => {
    expect(() => elative(-1)).toThrow(RangeError);
    expect(() => genitive(1.5)).toThrow(RangeError);
  });
});
