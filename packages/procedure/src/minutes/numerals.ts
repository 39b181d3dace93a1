/**
 * Finnish case endings of numerals written with digits ("43:sta", "11:n", "§ 48:n"). The ending is written after a
 * colon and follows the word the numeral is read as: its last element decides vowel harmony (Kielitoimiston
 * ohjepankki, "Numeroilmausten taivutus"). Hand-written because no library inflects Finnish numerals; the table is
 * small and fully tested.
 *
 * The last element of a number read aloud: 1–9 the digit word (yksi, kaksi … yhdeksän), 11–19 "-toista", 10 and
 * the tens "kymmenen / -kymmentä", 100 "sata", 1000 "tuhat", 10^6 "miljoona".
 */
type LastWord =
  | 'yksi'
  | 'kaksi'
  | 'kolme'
  | 'neljä'
  | 'viisi'
  | 'kuusi'
  | 'seitsemän'
  | 'kahdeksan'
  | 'yhdeksän'
  | 'toista'
  | 'kymmenen'
  | 'sata'
  | 'tuhat'
  | 'miljoona';

const DIGIT: readonly LastWord[] = [
  'kymmenen', // unused for 0
  'yksi',
  'kaksi',
  'kolme',
  'neljä',
  'viisi',
  'kuusi',
  'seitsemän',
  'kahdeksan',
  'yhdeksän',
];

function lastWord(n: number): LastWord {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  if (n === 0) return 'kymmenen'; // "nolla": nollasta, nollan, nollaa — handled by the tables below
  const two = n % 100;
  if (two >= 11 && two <= 19) return 'toista';
  if (n % 10 !== 0) return DIGIT[n % 10]!;
  if (two !== 0) return 'kymmenen';
  if (n % 1000 !== 0) return 'sata';
  if (n % 1_000_000 !== 0) return 'tuhat';
  return 'miljoona';
}

/** Back-vowel words take -sta/-ssa/-a; front-vowel words -stä/-ssä/-ä. */
const BACK: ReadonlySet<LastWord> = new Set([
  'kaksi',
  'kolme',
  'kuusi',
  'kahdeksan',
  'toista',
  'sata',
  'tuhat',
  'miljoona',
]);

/** Partitive endings as the word ends: kolmea → 3:a, neljää → 4:ää, yhtä → 1:tä, kahta → 2:ta … */
const PARTITIVE: Readonly<Record<LastWord, string>> = {
  yksi: 'tä',
  kaksi: 'ta',
  kolme: 'a',
  neljä: 'ää',
  viisi: 'tä',
  kuusi: 'ta',
  seitsemän: 'ää',
  kahdeksan: 'aa',
  yhdeksän: 'ää',
  toista: 'ta',
  kymmenen: 'tä',
  sata: 'aa',
  tuhat: 'ta',
  miljoona: 'aa',
};

const back = (n: number): boolean => (n === 0 ? true : BACK.has(lastWord(n)));

/** Elative (mistä?): `43:sta`, `11:sta`, `1:stä`, `7:stä`, `0:sta`. */
export function elative(n: number): string {
  return `${n}:${back(n) ? 'sta' : 'stä'}`;
}
/** Inessive (missä?): `3:ssa`, `4:ssä`. */
export function inessive(n: number): string {
  return `${n}:${back(n) ? 'ssa' : 'ssä'}`;
}
/** Genitive (minkä?): always `:n` (`43:n`, `1:n`). */
export function genitive(n: number): string {
  lastWord(n);
  return `${n}:n`;
}
/** Partitive (mitä?): `3:a`, `4:ää`, `1:tä`, `2:ta`, `8:aa`, `10:tä`, `100:aa`, `0:aa`. */
export function partitive(n: number): string {
  return `${n}:${n === 0 ? 'aa' : PARTITIVE[lastWord(n)]}`;
}

/**
 * The § sign is read "pykälä", so its own endings follow that word: `§:n`, `§:ssä`, `§:stä`, `§:ää`. A numbered
 * § ("§ 48") is read with the number last, so the ending follows the number: `§ 48:n`, `§ 48:ssa`.
 */
export const section = {
  genitive: (n: number): string => `§ ${genitive(n)}`,
  inessive: (n: number): string => `§ ${inessive(n)}`,
  elative: (n: number): string => `§ ${elative(n)}`,
};
