/**
 * Redaction of personal data before online publication (Kuntalaki 410/2015 140 §; Tietosuojalaki
 * 1050/2018 29 §: a henkilötunnus must not be recorded unnecessarily on documents produced
 * from a personal-data file). Detection is deliberately broader than validity: a
 * henkilötunnus-shaped string with a wrong checksum, a lower-case sign or a typographic dash is
 * still removed. Business IDs (public YTJ register data) are kept.
 */
import { hetuShapedPattern } from '@digikokous/meeting-schema/identity-codes';
import { validateBusinessId, validateHetu } from './hetu.js';
import { normaliseForDetection, readingWindows, tagsWithin } from './normalise.js';

/**
 * Any henkilötunnus-shaped string: six digits, a century sign (also dashes and lower case), three digits, a control
 * character. The rule lives in `@digikokous/meeting-schema/identity-codes`, shared with information-model.
 */
export const HETU_SHAPED_PATTERN: RegExp = hetuShapedPattern();

// Over the normalised view (normalise.ts): spaces between the characters are what a person skips while reading.
// Every pattern takes the no-break, thin and narrow no-break spaces as spaces, so that text with them needs no
// normalising window (word processors put them into numbers and codes).
const HETU_READ =
  /\d(?:[ \t\u00a0\u2009\u202f]{0,2}\d){5}[ \t\u00a0\u2009\u202f]{0,2}[-+A-FU-Ya-fu-y\u2010-\u2015\u2212][ \t\u00a0\u2009\u202f]{0,2}\d(?:[ \t\u00a0\u2009\u202f]{0,2}\d){2}[ \t\u00a0\u2009\u202f]{0,2}[0-9A-Ya-y]/gu;
const HETU_RAW = hetuShapedPattern();

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const UUID_SHAPE = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;
/** A hex run this long is a digest or key (MD5 is 32 hex digits, SHA-1 40, SHA-256 64), not a written code. */
const HEX_RUN = 32;

/** Hex letters a hash shows besides century signs (a digest has ≈ 12 in 32; codes glued together have none). */
const HEX_LETTERS = 3;

const isHexLetter = (c: number): boolean => (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether the letter at `i` stands as the century sign of a code shape (six digits before, three after). */
function isSignOfShape(text: string, i: number): boolean {
  if (i < 6 || i + 4 > text.length) return false;
  for (let k = i - 6; k < i; k++) if (!isDigit(text.charCodeAt(k))) return false;
  for (let k = i + 1; k < i + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether the henkilötunnus-shaped `[start, end)` of `text` is part of a hash or an identifier rather than
 * written as a code: inside a UUID (8-4-4-4-12 hex digits), or made of hex digits only (a century sign
 * A–F) inside a run of at least 32 hex digits that shows at least 3 hex letters that are no code's century
 * sign. Codes written one after another (`151176D0005010170F3860`) are no hash: their letters are their signs.
 */
function inHexContext(text: string, start: number, end: number): boolean {
  // A UUID (36 characters) overlapping the 11 or more of a find reaches past it on one side at least, through a
  // hex digit or hyphen next to it: without either on both sides there is none (the common case, checked first).
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  // Nor is the find then inside a hex run of 32 or more: the run would reach past it through a hex digit too.
  if (!isHex(before) && before !== 0x2d && !isHex(after) && after !== 0x2d) return false;
  const from = Math.max(0, start - 36);
  const slice = text.slice(from, Math.min(text.length, end + 36));
  for (const m of slice.matchAll(UUID_SHAPE)) {
    if (from + m.index < end && from + m.index + m[0].length > start) return true;
  }
  for (let i = start; i < end; i++) if (!isHex(text.charCodeAt(i))) return false;
  let a = start;
  while (a > 0 && isHex(text.charCodeAt(a - 1)) && start - a < 64) a--;
  let b = end;
  while (b < text.length && isHex(text.charCodeAt(b)) && b - end < 64) b++;
  if (b - a < HEX_RUN) return false;
  let letters = 0;
  for (let i = a; i < b; i++) if (isHexLetter(text.charCodeAt(i)) && !isSignOfShape(text, i)) letters++;
  return letters >= HEX_LETTERS;
}

/** The code as written, compacted (spaces dropped, dashes as `-`, upper case), for `validateHetu`. */
function compactHetu(found: string): string {
  return found
    .replace(/[ \t\u00a0\u2009\u202f]/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .toUpperCase();
}

/**
 * Whether a henkilötunnus-shaped find must be removed. Detection stays broader than validity (a wrong check
 * character is still a person's code mistyped), except inside a hex hash or a UUID, where only a code that
 * is valid in full (date, individual number, check character) counts: `…123456a789b…` in a SHA-256 is kept.
 */
function isHetuFind(text: string, start: number, end: number): boolean {
  if (!inHexContext(text, start, end)) return true;
  return validateHetu(compactHetu(text.slice(start, end))).valid;
}

// Kinds as small numbers while detecting: finds live in typed arrays until the result is built.
const HETU = 0;
const PHONE = 1;
const EMAIL = 2;
const NAME = 3;
const ADDRESS = 4;
const KIND_NAMES: readonly RemovalKind[] = ['hetu', 'phone', 'email', 'name', 'address'];

/**
 * Finds as three parallel typed arrays (kind, start, end): a 10 MB text has tens of thousands of them, and one
 * object per find, kept until the end, made the young-generation collections copy them again and again.
 */
class Finds {
  kind = new Uint8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  length = 0;
  push(kind: number, start: number, end: number): void {
    if (this.length === this.kind.length) {
      const size = this.length * 2;
      const k = new Uint8Array(size);
      const s = new Int32Array(size);
      const e = new Int32Array(size);
      k.set(this.kind);
      s.set(this.start);
      e.set(this.end);
      this.kind = k;
      this.start = s;
      this.end = e;
    }
    this.kind[this.length] = kind;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length += 1;
  }
}

/** Henkilötunnus finds of `pattern` in `text` (offsets in `text`), hex hashes and UUIDs excepted; `first`: stop at one. */
function findHetus(text: string, pattern: RegExp, out: Finds, first = false): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isHetuFind(text, start, end)) {
      out.push(HETU, start, end);
      if (first) return;
    } else pattern.lastIndex = start + 1; // A shorter or later code may overlap the hash-like one.
  }
}

function hasHetuMatch(text: string, pattern: RegExp): boolean {
  const found = new Finds();
  findHetus(text, pattern, found, true);
  return found.length > 0;
}

/**
 * Whether `text` contains a henkilötunnus-shaped string (valid or not), as written: hex hashes and UUIDs
 * that happen to hold the shape are not codes (only a fully valid code inside one counts).
 */
export function containsHetuShaped(text: string): boolean {
  return hasHetuMatch(text, HETU_RAW);
}

/** Whether `text` contains a henkilötunnus as a person would read it (entities, escapes, tags, spacing undone). */
export function containsHetuAsRead(text: string): boolean {
  return asRead(text, (t, out) => findHetus(t, HETU_READ, out)).finds.length > 0;
}

/**
 * Of a long part, the ends kept for `containsHetuAcross`: more than a code as read spans on either side of a
 * junction (31 characters with spaces) with the hex context it is judged in (64 characters each way).
 */
const ACROSS_EDGE = 400;

const isPlain = (s: string): boolean => readingWindows(s).length === 0;

/**
 * Whether a henkilötunnus (as written or as read) is in `parts` joined by `separator` — rich-text runs (`''`)
 * or adjacent fields (`' '`) — when no part holds one on its own (the caller has checked each part). Long
 * parts whose ends are plain text stand for their ends only, joined by a line break (which no code crosses), and
 * then only codes that cross from one part into the next count: copying megabytes of fields into one string
 * to find the few characters at their junctions was a third of `publicationCheck`'s time. Otherwise the
 * parts are joined whole and read as one text.
 */
export function containsHetuAcross(parts: readonly string[], separator = ''): boolean {
  const pieces: string[] = [];
  const junctions: number[] = [];
  let length = 0;
  let shortened = false;
  parts.forEach((part, i) => {
    if (i > 0) {
      junctions.push(length);
      pieces.push(separator);
      length += separator.length;
    }
    let piece = part;
    if (part.length > 4 * ACROSS_EDGE) {
      const head = part.slice(0, ACROSS_EDGE);
      const tail = part.slice(part.length - ACROSS_EDGE);
      if (isPlain(head) && isPlain(tail)) {
        piece = `${head}\n${tail}`;
        shortened = true;
      }
    }
    pieces.push(piece);
    length += piece.length;
  });
  const text = pieces.join('');
  if (!shortened) return containsHetuShaped(text) || containsHetuAsRead(text);
  const found = asRead(text, (t, out) => findHetus(t, HETU_READ, out)).finds;
  findHetus(text, HETU_RAW, found);
  const sep = separator.length;
  for (let i = 0; i < found.length; i++) {
    const s = found.start[i] as number;
    const e = found.end[i] as number;
    // The last junction before the find's end (junctions are in order): crossed if the find starts before it.
    let lo = 0;
    let hi = junctions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((junctions[mid] as number) + sep < e) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && s < (junctions[lo - 1] as number)) return true;
  }
  return false;
}

// E-mail addresses are found from their `@` (or a written-out "(at)") outward: the whole text is never run
// through an address pattern, which was most of the time the old redaction took.
// The bracketed "at" without the optional space on either side (taken in code): a pattern that starts with an
// optional character, or has the `i` and `u` flags, is tried at every position instead of being scanned for.
const AT_WRITTEN = /[([{][ \t\u00a0\u2009\u202f]?(?:[aA][tT]|[äÄ][tT]|[aA])[ \t\u00a0\u2009\u202f]?[)\]}]/g;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN =
  /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})?(?:\.|[ \t\u00a0\u2009\u202f]?[([](?:dot|piste|punkt)[)\]][ \t\u00a0\u2009\u202f]?))+\p{L}{2,24}(?![\p{L}\p{N}])/iuy;

// Finnish and international numbers: +358 40 123 4567, +358 (0)40 123 4567, 00358 40…, 040-123 4567,
// (09) 123 4567, 0401234567.
// The character before a match is checked in code (`boundaryBefore`), so that each pattern starts with plain
// characters the regular-expression engine can scan for quickly (a leading look-behind runs at every position).
const PHONE_PATTERN =
  /(?:(?:\+|00)\d{1,3}[ \u00a0\u2009\u202f-]?(?:\(0\)[ \u00a0\u2009\u202f-]?)?|\(0\d{1,3}\)[ \u00a0\u2009\u202f-]?|0)\d{1,4}(?:[ \u00a0\u2009\u202f-]?\d{2,4}){1,4}(?![\p{L}\p{N}]|[-.,]\d)/gu;

const PHONE_BEFORE = /[\p{L}\p{N}+]/u;

const BUSINESS_ID_PATTERN = /\d{7}-\d(?![\p{L}\p{N}])/uy;
const BUSINESS_ID_BEFORE = /[\p{L}\p{N}-]/u;

// Street addresses in their usual Finnish and Swedish written forms: a street name ending in a street word,
// a house number, an optional staircase letter and flat number (A 12, as. 5, bst 3), an optional postal code.
const STREET_WORDS =
  'katu|kadun|kadulla|tie|tien|tiellä|polku|polun|kuja|kujan|väylä|väylän|raitti|rinne|rinteen|kaari|kaaren|kierros|aukio|tori|torin|puistikko|tanhua|ranta|rannan|piha|portti|vägen|väg|gatan|gata|gränd|stigen|backen|allén';
// Found from the street word and house number, then widened to the start of the street name in code.
const ADDRESS_PATTERN = new RegExp(
  String.raw`(?:${STREET_WORDS})[ \t\u00a0\u2009\u202f]+\d{1,4}(?:[ \t\u00a0\u2009\u202f]?[A-Ja-j](?![\p{L}]))?(?:[ \t\u00a0\u2009\u202f]?(?:as\.?|bst\.?|lgh\.?)?[ \t\u00a0\u2009\u202f]?\d{1,3}(?![\p{N}]))?(?:,?[ \t\u00a0\u2009\u202f]+\d{5}(?:[ \t\u00a0\u2009\u202f]+\p{Lu}\p{Ll}+)?)?(?![\p{N}])`,
  'gu',
);
const STREET_NAME_CHAR = /[\p{L}-]/u;
const UPPER = /\p{Lu}/u;

export type RedactionKind = 'hetu' | 'phone' | 'email' | 'name';
/**
 * Every kind of removal: `RedactionKind` and street addresses. Kept apart so that label maps written for the
 * four original kinds keep compiling; an address gets `addressReplacement` (default `[osoite poistettu]`).
 */
export type RemovalKind = RedactionKind | 'address';

export interface Removal {
  readonly kind: RemovalKind;
  /** Offset of the removed text in the input (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The removed text, for the reviewer; do not log it. */
  readonly value: string;
}

export interface RedactOptions {
  /**
   * Names of private persons to remove (case-insensitive, whole words): also in reversed order
   * ("Meikäläinen Matti", "Meikäläinen, Matti"), the family name alone, and their Finnish inflected forms
   * ("Meikäläisen", "Matille").
   */
  readonly names?: readonly string[];
  /** Kinds to remove; default all (phone, email, name, address). `hetu` cannot be switched off. */
  readonly kinds?: readonly Exclude<RemovalKind, 'hetu'>[];
  /** Replacement text per kind. Default: a Finnish label such as `[henkilötunnus poistettu]`. */
  readonly replacement?: (kind: RedactionKind) => string;
  /** Replacement of a street address (default `[osoite poistettu]`). */
  readonly addressReplacement?: string;
}

export interface RedactionResult {
  readonly text: string;
  readonly removed: readonly Removal[];
}

export const DEFAULT_REPLACEMENTS: Readonly<Record<RemovalKind, string>> = Object.freeze({
  hetu: '[henkilötunnus poistettu]',
  phone: '[puhelinnumero poistettu]',
  email: '[sähköposti poistettu]',
  name: '[nimi poistettu]',
  address: '[osoite poistettu]',
});

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Matches of `pattern` not preceded by a character of `before` (the look-behind, checked in code). */
function collectBounded(text: string, pattern: RegExp, before: RegExp, kind: number, out: Finds): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > 0 && before.test(text.charAt(m.index - 1))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out.push(kind, m.index, m.index + m[0].length);
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
}

/**
 * Addresses are found from their house number: a space and a digit. The word before the spaces must end in a
 * street word (its longest such ending is where the address pattern would have started), and only there the
 * full pattern runs. The same finds as running `ADDRESS_PATTERN` over the whole text, whose
 * alternation of 36 words the engine tried at every position.
 */
const ADDRESS_ANCHOR = /[ \t\u00a0\u2009\u202f]\d/g;
/** Street words by their last letter, longest first (the longest ending is where the pattern starts). */
const STREET_WORDS_BY_LAST = new Map<number, string[]>();
for (const w of STREET_WORDS.split('|').sort((a, b) => b.length - a.length)) {
  const last = w.charCodeAt(w.length - 1);
  STREET_WORDS_BY_LAST.set(last, [...(STREET_WORDS_BY_LAST.get(last) ?? []), w]);
}
const ADDRESS_AT = new RegExp(ADDRESS_PATTERN.source, 'uy');

/** Start of the longest street word ending at `wordEnd` and starting at or after `from`, or -1. */
function streetWordStart(text: string, from: number, wordEnd: number): number {
  const words = STREET_WORDS_BY_LAST.get(text.charCodeAt(wordEnd - 1));
  if (words === undefined) return -1;
  for (const w of words) if (wordEnd - w.length >= from && text.endsWith(w, wordEnd)) return wordEnd - w.length;
  return -1;
}

function collectAddresses(text: string, out: Finds): void {
  let covered = 0;
  ADDRESS_ANCHOR.lastIndex = 0;
  // `test` allocates no match array: the anchor (a space and a digit) ends at `lastIndex`.
  while (ADDRESS_ANCHOR.test(text)) {
    // Back over the spaces before the house number to the end of the word before them.
    let wordEnd = ADDRESS_ANCHOR.lastIndex - 2;
    while (wordEnd > covered && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd <= covered) continue;
    const at = streetWordStart(text, covered, wordEnd);
    if (at < 0) continue;
    ADDRESS_AT.lastIndex = at;
    const m = ADDRESS_AT.exec(text);
    if (m === null) continue;
    const end = at + m[0].length;
    // As a global scan would: the next address is looked for after this match, taken or not.
    covered = end;
    if (ADDRESS_ANCHOR.lastIndex < end) ADDRESS_ANCHOR.lastIndex = end;
    let start = at;
    while (start > 0 && at - start < 45 && STREET_NAME_CHAR.test(text.charAt(start - 1))) start--;
    if (start > 0 && /\p{N}/u.test(text.charAt(start - 1))) continue;
    if (!UPPER.test(text.charAt(start))) continue;
    out.push(ADDRESS, start, end);
  }
}

function emailAt(text: string, aStart: number, aEnd: number, out: Finds): number {
  let left = aStart;
  while (left > 0 && aStart - left < 64 && LOCAL_CHAR.test(text.charAt(left - 1))) left--;
  // A local part does not start with a dot.
  while (left < aStart && text.charCodeAt(left) === 0x2e) left++;
  if (left === aStart) return -1;
  DOMAIN.lastIndex = aEnd;
  const m = DOMAIN.exec(text);
  if (!m) return -1;
  out.push(EMAIL, left, aEnd + m[0].length);
  return aEnd + m[0].length;
}

function collectEmails(text: string, out: Finds): void {
  let covered = -1;
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    if (i < covered) continue;
    // Cheap pre-check: an address has a local-part character before the @.
    if (i === 0 || !LOCAL_CHAR.test(text.charAt(i - 1))) continue;
    const end = emailAt(text, i, i + 1, out);
    if (end > 0) covered = end;
  }
  AT_WRITTEN.lastIndex = 0;
  let after = 0;
  for (let m = AT_WRITTEN.exec(text); m !== null; m = AT_WRITTEN.exec(text)) {
    // One optional space on each side belongs to the written "at" (" [at] ").
    let aStart = m.index;
    if (aStart > after && isSpace(text.charCodeAt(aStart - 1))) aStart -= 1;
    let aEnd = m.index + m[0].length;
    if (aEnd < text.length && isSpace(text.charCodeAt(aEnd))) aEnd += 1;
    AT_WRITTEN.lastIndex = aEnd;
    after = aEnd;
    emailAt(text, aStart, aEnd, out);
  }
}

// Finnish case endings and clitics that follow a name's stem (sijapäätteet): genitive, partitive, essive,
// translative, inessive, elative, illative, adessive, ablative, allative, abessive, comitative.
const ENDINGS =
  'ineen|ksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|tta|ttä|hin|han|hen|hon|hun|hyn|hön|na|nä|ta|tä|an|en|in|on|un|yn|än|ön|ja|jä|n|a|ä';
const NEN_ENDINGS =
  'nen|sen|stä|sta|sena|senä|seksi|sessa|sessä|sesta|sestä|seen|sella|sellä|selta|seltä|selle|settä|setta|set|sten|sia|siä|sille|silla|sillä|silta|siltä|sissa|sissä|sista|sistä|siin|sineen';
const GRADATION: readonly [RegExp, string][] = [
  [/kk([aeiouyäö])$/u, 'k$1'],
  [/pp([aeiouyäö])$/u, 'p$1'],
  [/tt([aeiouyäö])$/u, 't$1'],
  [/nk([aeiouyäö])$/u, 'ng$1'],
  [/mp([aeiouyäö])$/u, 'mm$1'],
  [/lt([aeiouyäö])$/u, 'll$1'],
  [/nt([aeiouyäö])$/u, 'nn$1'],
  [/rt([aeiouyäö])$/u, 'rr$1'],
  [/([aeiouyäöhlr])k([aeiouyäö])$/u, '$1$2'],
  [/([aeiouyäöm])p([aeiouyäö])$/u, '$1v$2'],
  [/([aeiouyäöh])t([aeiouyäö])$/u, '$1d$2'],
];

/** The pattern source of one name word's stems: what each of its inflected forms starts with. */
function wordStems(word: string): { source: string; nen: boolean } {
  const w = word.normalize('NFKC');
  const lower = w.toLowerCase();
  if (lower.endsWith('nen') && w.length > 4) return { source: escapeRegExp(w.slice(0, -3)), nen: true };
  const stems = new Set<string>([w]);
  for (const [re, to] of GRADATION) if (re.test(lower)) stems.add(w.slice(0, -3) + lower.slice(-3).replace(re, to));
  for (const st of [...stems]) if (/i$/iu.test(st)) stems.add(`${st.slice(0, -1)}e`);
  const alt = [...stems]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return { source: `(?:${alt})`, nen: false };
}

/** The pattern source of one name word in its Finnish inflected forms. */
function wordForms(word: string): string {
  const { source, nen } = wordStems(word);
  return nen ? `${source}(?:${NEN_ENDINGS})` : `${source}(?:${ENDINGS})?`;
}

interface NameEntry {
  /** Given + family in either order (optional comma), or the family name alone, inflected. */
  readonly pattern: RegExp;
  /** The family name's stems, sticky: every form of the name holds one of them. */
  readonly family: RegExp;
  readonly familySource: string;
  /** The family name as written (NFKC), for grouping by its first letter. */
  readonly familyWord: string;
}

const nameEntries = new Map<string, NameEntry>();

/** One pattern per listed name: given + family in either order (optional comma), or the family name alone. */
function nameEntry(name: string): NameEntry {
  const hit = nameEntries.get(name);
  if (hit) return hit;
  const words = name.normalize('NFKC').trim().split(/\s+/u);
  const forms = words.map(wordForms);
  const family = forms[forms.length - 1] as string;
  const given = forms.slice(0, -1);
  const sep = String.raw`[ \t\u00a0\u2009\u202f]+`;
  const alts: string[] = [];
  if (given.length > 0) {
    alts.push([...given, family].join(sep));
    alts.push(`${family},?${sep}${given.join(sep)}`);
  }
  // The family name alone, unless it is a single letter (an initial, not a name to find on its own).
  if (given.length === 0 || (words[words.length - 1] as string).length > 1) alts.push(family);
  const familySource = wordStems(words[words.length - 1] as string).source;
  const entry: NameEntry = {
    pattern: new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    family: new RegExp(familySource, 'iuy'),
    familySource,
    familyWord: words[words.length - 1] as string,
  };
  if (nameEntries.size > 4096) nameEntries.clear();
  nameEntries.set(name, entry);
  return entry;
}

/** From this many listed names on, one pass finds which family names occur before their patterns run. */
const NAME_PREFILTER = 3;

/** All listed names' family stems in one pattern, and the names by the first letter of their stems. */
interface NameIndex {
  readonly anyFamily: RegExp;
  readonly byFirst: ReadonlyMap<string, readonly NameEntry[]>;
  readonly entries: readonly NameEntry[];
}

function nameIndex(entries: readonly NameEntry[]): NameIndex {
  const byFirst = new Map<string, NameEntry[]>();
  for (const e of entries) {
    const first = e.familyWord.charAt(0).toLowerCase();
    const list = byFirst.get(first) ?? [];
    if (!list.includes(e)) list.push(e);
    byFirst.set(first, list);
  }
  const sources = [...new Set(entries.map((e) => e.familySource))];
  return { anyFamily: new RegExp(sources.join('|'), 'giu'), byFirst, entries };
}

/**
 * The listed names whose family name occurs in `text` (case-insensitively, anywhere): one pass over all the
 * family stems together instead of one pass per name. Where some stem starts, the names whose stems begin
 * with that letter (all names, for a letter none begins with) are tried there, sticky; the search goes on from
 * the next character, so that no occurrence hides another. A name none of whose family stems occurs cannot
 * match: each of its forms holds one.
 */
function namesIn(text: string, index: NameIndex): NameEntry[] {
  const found = new Set<NameEntry>();
  const { anyFamily, byFirst, entries } = index;
  anyFamily.lastIndex = 0;
  for (let m = anyFamily.exec(text); m !== null && found.size < entries.length; m = anyFamily.exec(text)) {
    const p = m.index;
    for (const e of byFirst.get(text.charAt(p).toLowerCase()) ?? entries) {
      if (found.has(e)) continue;
      e.family.lastIndex = p;
      if (e.family.test(text)) found.add(e);
    }
    anyFamily.lastIndex = p + 1;
  }
  return entries.filter((e) => found.has(e));
}

/**
 * Whether a valid Y-tunnus (public register data, kept) overlaps the phone-shaped `[start, end)`: looked up
 * from the hyphens in and right after it only (`NNNNNNN-C`), never over the whole text.
 */
function overlapsBusinessId(text: string, pStart: number, pEnd: number): boolean {
  const last = Math.min(text.length - 2, pEnd);
  for (let j = text.indexOf('-', pStart); j !== -1 && j <= last; j = text.indexOf('-', j + 1)) {
    const s = j - 7;
    if (s < 0 || (s > 0 && BUSINESS_ID_BEFORE.test(text.charAt(s - 1)))) continue;
    BUSINESS_ID_PATTERN.lastIndex = s;
    const m = BUSINESS_ID_PATTERN.exec(text);
    if (m && m.index === s && validateBusinessId(m[0]).valid) return true;
  }
  return false;
}

/**
 * Whether the character at `i` is a letter or digit (or `extra`): ASCII by its code, the rest by `re`
 * (`/[\p{L}\p{N}…]/u`), which is slower to call for every candidate's neighbour.
 */
function isWordCharOr(text: string, i: number, extra: number, re: RegExp): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === extra;
  return re.test(text.charAt(i));
}

function collectPhones(text: string, out: Finds): void {
  PHONE_PATTERN.lastIndex = 0;
  for (let m = PHONE_PATTERN.exec(text); m !== null; m = PHONE_PATTERN.exec(text)) {
    const start = m.index;
    if (start > 0 && isWordCharOr(text, start - 1, 0x2b /* + */, PHONE_BEFORE)) {
      PHONE_PATTERN.lastIndex = start + 1;
      continue;
    }
    const end = start + m[0].length;
    let digits = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) digits++;
    }
    if (digits < 7 || digits > 15) continue;
    if (overlapsBusinessId(text, start, end)) continue;
    out.push(PHONE, start, end);
  }
}

type Detector = (text: string, out: Finds) => void;

/** The detector of personal data for `options`: finds in the text it is given (its offsets). */
function detector(options: RedactOptions): Detector {
  const kinds = new Set<RemovalKind>(options.kinds ?? ['phone', 'email', 'name', 'address']);
  const names: NameEntry[] = [];
  if (kinds.has('name')) {
    for (const name of options.names ?? []) {
      if (typeof name !== 'string' || name.trim() === '' || name.length > 200) continue;
      const entry = nameEntry(name);
      if (!names.includes(entry)) names.push(entry);
    }
  }
  const index = names.length >= NAME_PREFILTER ? nameIndex(names) : undefined;
  const email = kinds.has('email');
  const phone = kinds.has('phone');
  const address = kinds.has('address');
  return (text, out) => {
    findHetus(text, HETU_READ, out);
    if (email) collectEmails(text, out);
    if (phone) collectPhones(text, out);
    if (address) collectAddresses(text, out);
    for (const e of index !== undefined ? namesIn(text, index) : names)
      collectBounded(text, e.pattern, WORD_CHAR, NAME, out);
  };
}

/** Merged spans (original offsets), in order: earliest first, the longer wins on overlap, hetu wins ties. */
interface Spans {
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly length: number;
}

/** Finds this long sort by object (the numeric sort key holds lengths below 2^20). */
const KEY_LENGTH = 1 << 20;

function merge(found: Finds): Spans {
  const n = found.length;
  // Sort by one number per find: start, then the longer first, then hetu first (kind 0). Sorting a Float64Array
  // is native and allocates nothing per find.
  const keys = new Float64Array(n);
  let long = false;
  for (let i = 0; i < n; i++) {
    const s = found.start[i] as number;
    const len = (found.end[i] as number) - s;
    if (len >= KEY_LENGTH) long = true;
    keys[i] = s * (KEY_LENGTH * 8) + (KEY_LENGTH - 1 - len) * 8 + (found.kind[i] as number);
  }
  const kind = new Uint8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let m = 0;
  const add = (k: number, s: number, e: number): void => {
    if (e <= s) return;
    if (m > 0 && s < (end[m - 1] as number)) {
      const last = m - 1;
      if (e > (end[last] as number)) {
        end[last] = e;
        if (kind[last] !== HETU && k === HETU) kind[last] = HETU;
        // (a longer non-hetu find extends a hetu span, which stays hetu)
      } else if (k === HETU) kind[last] = HETU;
      return;
    }
    kind[m] = k;
    start[m] = s;
    end[m] = e;
    m += 1;
  };
  if (long) {
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) =>
        (found.start[a] as number) - (found.start[b] as number) ||
        (found.end[b] as number) - (found.end[a] as number) ||
        (found.kind[a] as number) - (found.kind[b] as number),
    );
    for (const i of order) add(found.kind[i] as number, found.start[i] as number, found.end[i] as number);
  } else {
    keys.sort();
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const s = Math.floor(key / (KEY_LENGTH * 8));
      const rest = key - s * (KEY_LENGTH * 8);
      const k = rest % 8;
      const len = KEY_LENGTH - 1 - (rest - k) / 8;
      add(k, s, s + len);
    }
  }
  return { kind, start, end, length: m };
}

/**
 * Plain text read as it stands on each side of a stretch between windows, so that finds there are whole: more
 * than any find reaches (as `WINDOW_MARGIN`: a listed name 200, an e-mail's local part 64 characters).
 */
const RAW_MARGIN = 400;

/**
 * Detection as the text is read: `detect` runs over the original where nothing needs normalising (its reading
 * is the text itself) and over the normalised reading of each window around the constructs that do
 * (normalise.ts `readingWindows`); window finds are mapped back to the original. A window's core is read by
 * the window only (finds starting there come from its reading), the rest of the text by the original only.
 */
function asRead(text: string, detect: Detector): { finds: Finds; windows: number } {
  const windows = readingWindows(text);
  const finds = new Finds();
  if (windows.length === 0) {
    detect(text, finds);
    return { finds, windows: 0 };
  }
  const tmp = new Finds();
  const n = text.length;
  // The original between cores, with margins, keeping the finds that start between the cores.
  const raw = (a: number, b: number): void => {
    if (a >= b) return;
    const from = Math.max(0, a - RAW_MARGIN);
    const to = Math.min(n, b + RAW_MARGIN);
    tmp.length = 0;
    detect(from === 0 && to === n ? text : text.slice(from, to), tmp);
    for (let i = 0; i < tmp.length; i++) {
      const s = from + (tmp.start[i] as number);
      if (s >= a && s < b) finds.push(tmp.kind[i] as number, s, from + (tmp.end[i] as number));
    }
  };
  let plainFrom = 0;
  for (const win of windows) {
    raw(plainFrom, win.coreStart);
    plainFrom = win.coreEnd;
    const view = normaliseForDetection(text.slice(win.start, win.end));
    tmp.length = 0;
    detect(view.text, tmp);
    for (let i = 0; i < tmp.length; i++) {
      const start = win.start + view.start(tmp.start[i] as number);
      if (start < win.coreStart || start >= win.coreEnd) continue;
      finds.push(tmp.kind[i] as number, start, win.start + view.end(tmp.end[i] as number));
    }
  }
  raw(plainFrom, n);
  return { finds, windows: windows.length };
}

/** Detection as read, mapped back to merged spans of `text`; `windows`: how many windows were normalised. */
function spansOf(text: string, options: RedactOptions): { spans: Spans; windows: number } {
  const { finds, windows } = asRead(text, detector(options));
  return { spans: merge(finds), windows };
}

function replacer(options: RedactOptions): (kind: RemovalKind) => string {
  const custom = options.replacement;
  const address = options.addressReplacement ?? DEFAULT_REPLACEMENTS.address;
  return (kind) => (kind === 'address' ? address : custom !== undefined ? custom(kind) : DEFAULT_REPLACEMENTS[kind]);
}

/** The removals of `spans` with their text, for the reviewer. */
function removals(text: string, spans: Spans): Removal[] {
  const removed: Removal[] = [];
  for (let i = 0; i < spans.length; i++) {
    const start = spans.start[i] as number;
    const end = spans.end[i] as number;
    removed.push({
      kind: KIND_NAMES[spans.kind[i] as number] as RemovalKind,
      start,
      end,
      value: text.slice(start, end),
    });
  }
  return removed;
}

/** `text` with each span replaced by its label (markup inside a span kept), and how many windows were read. */
function redactOnce(text: string, options: RedactOptions): { text: string; removed: Removal[]; windows: number } {
  const { spans, windows } = spansOf(text, options);
  if (spans.length === 0) return { text, removed: [], windows };
  const replace = replacer(options);
  const labels: (string | undefined)[] = [];
  // Concatenation builds a rope (no copy per piece); it is flattened once, below. `Array#join` of the pieces
  // was ≈ 2× slower on 10 MB.
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const start = spans.start[i] as number;
    const end = spans.end[i] as number;
    out += text.slice(at, start);
    const k = spans.kind[i] as number;
    out += labels[k] ??= replace(KIND_NAMES[k] as RemovalKind);
    // Markup inside the span stays, so that the redacted HTML keeps its structure.
    if (windows > 0) out += tagsWithin(text, start, end);
    at = end;
  }
  out += text.slice(at);
  return { text: out, removed: removals(text, spans), windows };
}

/**
 * Remove henkilötunnus-shaped strings, phone numbers, e-mail addresses, street addresses and the listed
 * names, as a person reads them: the text is searched in a normalised view (NFKC, zero-width and format
 * characters and soft hyphens removed, NBSP as a space, HTML tags and entities, JSON and URL escapes
 * decoded) and each find is removed where it stands in the original. Returns the redacted text and what
 * was removed where (offsets in the input). If a custom replacement re-creates a henkilötunnus shape,
 * those are removed with the default label.
 */
export function redactPersonalData(text: string, options: RedactOptions = {}): RedactionResult {
  if (typeof text !== 'string') throw new TypeError('redactPersonalData: text must be a string');
  const first = redactOnce(text, options);
  let result = first.text;
  // Safety net: a caller-supplied replacement must never leave a henkilötunnus behind.
  // (The default labels hold no digits, so only a custom replacement needs the normalised re-check.)
  for (let i = 0; i < 4 && options.replacement !== undefined && containsHetuAsRead(result); i++) {
    result = redactOnce(result, { kinds: [] }).text;
  }
  // The written shape, as a last net (hex hashes and UUIDs excepted as in detection). Over the result, because
  // redaction changes the context: a code kept as part of a hex run is no longer in one once its neighbour is
  // replaced; and a code inside a tag's attribute is no text of the reading, but a kept tag brings it back.
  // The search also flattens the rope built by redactOnce (any search copies its subject into one piece).
  const raw = new Finds();
  findHetus(result, HETU_RAW, raw);
  if (raw.length > 0) {
    let out = '';
    let at = 0;
    for (let i = 0; i < raw.length; i++) {
      out += result.slice(at, raw.start[i]) + DEFAULT_REPLACEMENTS.hetu;
      at = raw.end[i] as number;
    }
    result = flat(out + result.slice(at));
  }
  return { text: result, removed: first.removed };
}

/** The string in one piece: the rope built above is copied once here, not by whoever reads the result first. */
function flat(s: string): string {
  // Any search flattens its subject; a one-character indexOf is the cheapest one.
  s.indexOf('\u0000');
  return s;
}

export interface RunRemoval extends Removal {
  /** Index of the run (or field) where the removed text starts. */
  readonly run: number;
}

/**
 * Redact text shown as adjacent pieces: rich-text runs (`separator: ''`, the default) or adjacent fields
 * (`separator: ' '`). Detection runs over the pieces joined, so a code split as `131052-` + `308T` is
 * found; each piece loses exactly its part of the find, and the first piece carries the label.
 */
export function redactTextRuns(
  runs: readonly string[],
  options: RedactOptions & { readonly separator?: string } = {},
): { readonly runs: readonly string[]; readonly removed: readonly RunRemoval[] } {
  if (!Array.isArray(runs) || !runs.every((r) => typeof r === 'string'))
    throw new TypeError('redactTextRuns: runs must be strings');
  const sep = options.separator ?? '';
  const starts: number[] = [];
  let joined = '';
  runs.forEach((r, i) => {
    if (i > 0) joined += sep;
    starts.push(joined.length);
    joined += r;
  });
  const { spans: merged } = spansOf(joined, options);
  const spans = removals(joined, merged);
  const replace = replacer(options);
  const out = runs.map((r, i) => ({ text: r, offset: starts[i] as number, cuts: [] as [number, number, string][] }));
  const removed: RunRemoval[] = [];
  for (const s of spans) {
    let labelled = false;
    let firstRun = -1;
    for (const piece of out) {
      const a = Math.max(s.start, piece.offset);
      const b = Math.min(s.end, piece.offset + piece.text.length);
      if (a >= b) continue;
      if (firstRun < 0) firstRun = out.indexOf(piece);
      piece.cuts.push([a - piece.offset, b - piece.offset, labelled ? '' : replace(s.kind)]);
      labelled = true;
    }
    if (firstRun >= 0) removed.push({ ...s, run: firstRun });
  }
  const redacted = out.map((p) => {
    let t = '';
    let at = 0;
    for (const [a, b, label] of p.cuts) {
      t += p.text.slice(at, a) + label;
      at = b;
    }
    return t + p.text.slice(at);
  });
  // The same safety net as redactPersonalData, over the joined result.
  if (containsHetuAsRead(redacted.join(sep)) && options.replacement !== undefined) {
    return redactTextRuns(runs, { ...options, replacement: undefined as never });
  }
  return { runs: redacted, removed };
}
