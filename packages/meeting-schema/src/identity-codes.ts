/**
 * Finnish identity codes as the kit's publication rules need them; zod-free, so browser code, security and
 * information-model share one rule instead of keeping their own.
 *
 * - The henkilötunnus *shape* (DDMMYY, a century sign, three digits, a check character — security rules §4.1,
 *   Väestötietojärjestelmälaki 661/2009 and VN asetus 128/2010 as amended for the 2023 century signs) with any
 *   check character: a code with a wrong check character is still a person's identity code mistyped, and it must
 *   not be published either (Tietosuojalaki 1050/2018 29 §). Full validation is `validateHetu` in
 *   `@digikokous/security`.
 * - The Y-tunnus check digit (security rules §4.2).
 */

/**
 * Source of the henkilötunnus-shaped pattern: century signs `+`, `-`, `A`–`F`, `U`–`Y` (either case) and the
 * dashes a word processor may put for `-`; the check character position takes any digit or letter.
 */
const HETU_SHAPED_SOURCE = String.raw`\d{6}[-+A-FU-Ya-fu-y\u2010-\u2015\u2212]\d{3}[0-9A-Ya-y]`;

/** A new global, Unicode regular expression for henkilötunnus-shaped strings (a fresh one: `g` keeps state). */
export function hetuShapedPattern(): RegExp {
  return new RegExp(HETU_SHAPED_SOURCE, 'gu');
}

const HETU_SHAPED_ONCE = new RegExp(HETU_SHAPED_SOURCE, 'u');

/** True when `text` contains a henkilötunnus-shaped string, whatever its check character. */
export function containsHetuShaped(text: string): boolean {
  return HETU_SHAPED_ONCE.test(text);
}

const BUSINESS_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Check digit of seven Y-tunnus digits: weights 7, 9, 10, 5, 8, 4, 2; r = sum mod 11; 0 when r = 0, else 11 − r;
 * `null` when r = 1, for which no business ID is issued (security rules §4.2).
 */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) throw new TypeError('businessIdCheckDigit expects seven digits');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(sevenDigits[i]) * (BUSINESS_ID_WEIGHTS[i] ?? 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/** True for a Y-tunnus `NNNNNNN-C` whose check digit is right. */
export function isValidBusinessId(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value);
  if (!m) return false;
  const expected = businessIdCheckDigit(m[1] as string);
  return expected !== null && expected === Number(m[2]);
}
