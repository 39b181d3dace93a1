/**
 * Exact rationals for comparison numbers (vertausluku, Vaalilaki 714/1998 89 §). Ordering and tie detection use
 * BigInt cross-multiplication, never floating point (domain rules §2.5 item 5). Written by hand because no
 * installed library does exact rationals and the need is two functions.
 */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** Negative when a < b, 0 when exactly equal, positive when a > b. Denominators must be positive. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The value rounded to two decimals, for display only. */
export function formatFraction(f: Fraction, lang: 'fi' | 'sv' | 'en' = 'fi'): string {
  // Round half up in integer arithmetic on hundredths.
  const hundredths = (BigInt(f.numerator) * 200n + BigInt(f.denominator)) / (2n * BigInt(f.denominator));
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}${lang === 'en' ? '.' : ','}${frac}`;
}
