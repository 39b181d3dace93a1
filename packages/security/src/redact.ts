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

/** Henkilötunnus finds of `pattern` in `text` (offsets in `text`), hex hashes and UUIDs excepted; `first`: stop at one. */
function findHetus(
  text: string,
  pattern: RegExp,
  out: { kind: 'hetu'; start: number; end: number }[],
  first = false,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isHetuFind(text, start, end)) {
      out.push({ kind: 'hetu', start, end });
      if (first) return;
    } else pattern.lastIndex = start + 1; // A shorter or later code may overlap the hash-like one.
  }
}

function hasHetuMatch(text: string, pattern: RegExp): boolean {
  const found: { kind: 'hetu'; start: number; end: number }[] = [];
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
  return (
    asRead(text, (t) => {
      const found: { kind: 'hetu'; start: number; end: number }[] = [];
      findHetus(t, HETU_READ, found);
      return found;
    }).length > 0
  );
}

// E-mail addresses are found from their `@` (or a written-out "(at)") outward: the whole text is never run
// through an address pattern, which was most of the time the old redaction took.
const AT_WRITTEN =
  /[ \t\u00a0\u2009\u202f]?[([{][ \t\u00a0\u2009\u202f]?(?:at|ät|a)[ \t\u00a0\u2009\u202f]?[)\]}][ \t\u00a0\u2009\u202f]?/giu;
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

interface Span {
  readonly kind: RemovalKind;
  readonly start: number;
  readonly end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Matches of `pattern` not preceded by a character of `before` (the look-behind, checked in code). */
function collectBounded(text: string, pattern: RegExp, before: RegExp, kind: RemovalKind, out: Span[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > 0 && before.test(text.charAt(m.index - 1))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out.push({ kind, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
}

function collectAddresses(text: string, out: Span[]): void {
  ADDRESS_PATTERN.lastIndex = 0;
  for (const m of text.matchAll(ADDRESS_PATTERN)) {
    let start = m.index;
    while (start > 0 && m.index - start < 45 && STREET_NAME_CHAR.test(text.charAt(start - 1))) start--;
    if (start > 0 && /\p{N}/u.test(text.charAt(start - 1))) continue;
    if (!UPPER.test(text.charAt(start))) continue;
    out.push({ kind: 'address', start, end: m.index + m[0].length });
  }
}

function emailAt(text: string, aStart: number, aEnd: number, out: Span[]): number {
  let left = aStart;
  while (left > 0 && aStart - left < 64 && LOCAL_CHAR.test(text.charAt(left - 1))) left--;
  // A local part does not start with a dot.
  while (left < aStart && text.charCodeAt(left) === 0x2e) left++;
  if (left === aStart) return -1;
  DOMAIN.lastIndex = aEnd;
  const m = DOMAIN.exec(text);
  if (!m) return -1;
  out.push({ kind: 'email', start: left, end: aEnd + m[0].length });
  return aEnd + m[0].length;
}

function collectEmails(text: string, out: Span[]): void {
  let covered = -1;
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    if (i < covered) continue;
    // Cheap pre-check: an address has a local-part character before the @.
    if (i === 0 || !LOCAL_CHAR.test(text.charAt(i - 1))) continue;
    const end = emailAt(text, i, i + 1, out);
    if (end > 0) covered = end;
  }
  if (/[([{][ \t\u00a0\u2009\u202f]?(?:at|ät|a)[ \t\u00a0\u2009\u202f]?[)\]}]/iu.test(text)) {
    AT_WRITTEN.lastIndex = 0;
    for (const m of text.matchAll(AT_WRITTEN)) emailAt(text, m.index, m.index + m[0].length, out);
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

/** The pattern source of one name word in its Finnish inflected forms. */
function wordForms(word: string): string {
  const w = word.normalize('NFKC');
  const lower = w.toLowerCase();
  if (lower.endsWith('nen') && w.length > 4) return `${escapeRegExp(w.slice(0, -3))}(?:${NEN_ENDINGS})`;
  const stems = new Set<string>([w]);
  for (const [re, to] of GRADATION) if (re.test(lower)) stems.add(w.slice(0, -3) + lower.slice(-3).replace(re, to));
  for (const st of [...stems]) if (/i$/iu.test(st)) stems.add(`${st.slice(0, -1)}e`);
  const alt = [...stems]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return `(?:${alt})(?:${ENDINGS})?`;
}

const namePatterns = new Map<string, RegExp>();

/** One pattern per listed name: given + family in either order (optional comma), or the family name alone. */
function namePattern(name: string): RegExp {
  const hit = namePatterns.get(name);
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
  const re = new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  if (namePatterns.size > 256) namePatterns.clear();
  namePatterns.set(name, re);
  return re;
}

/**
 * Whether a valid Y-tunnus (public register data, kept) overlaps the phone-shaped `p`: looked up from the
 * hyphens in and right after `p` only (`NNNNNNN-C`), never over the whole text.
 */
function overlapsBusinessId(text: string, p: Span): boolean {
  const last = Math.min(text.length - 2, p.end);
  for (let j = text.indexOf('-', p.start); j !== -1 && j <= last; j = text.indexOf('-', j + 1)) {
    const s = j - 7;
    if (s < 0 || (s > 0 && BUSINESS_ID_BEFORE.test(text.charAt(s - 1)))) continue;
    BUSINESS_ID_PATTERN.lastIndex = s;
    const m = BUSINESS_ID_PATTERN.exec(text);
    if (m && m.index === s && validateBusinessId(m[0]).valid) return true;
  }
  return false;
}

/** Spans of personal data in the normalised text (normalised offsets). */
function detect(text: string, options: RedactOptions): Span[] {
  const kinds = new Set<RemovalKind>(options.kinds ?? ['phone', 'email', 'name', 'address']);
  kinds.add('hetu');
  const found: Span[] = [];
  findHetus(text, HETU_READ, found as { kind: 'hetu'; start: number; end: number }[]);
  if (kinds.has('email')) collectEmails(text, found);
  if (kinds.has('phone')) {
    const phones: Span[] = [];
    collectBounded(text, PHONE_PATTERN, PHONE_BEFORE, 'phone', phones);
    for (const p of phones) {
      let digits = 0;
      for (let i = p.start; i < p.end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) digits++;
      }
      if (digits < 7 || digits > 15) continue;
      if (overlapsBusinessId(text, p)) continue;
      found.push(p);
    }
  }
  if (kinds.has('address')) collectAddresses(text, found);
  if (kinds.has('name')) {
    for (const name of options.names ?? []) {
      if (typeof name !== 'string' || name.trim() === '' || name.length > 200) continue;
      collectBounded(text, namePattern(name), WORD_CHAR, 'name', found);
    }
  }
  return found;
}

/** Merge spans (original offsets): earliest first, the longer wins on overlap, hetu wins ties. */
function merge(found: Span[]): Span[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'hetu' ? -1 : 1));
  const merged: Span[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) {
        merged[merged.length - 1] = {
          kind: last.kind === 'hetu' || r.kind !== 'hetu' ? last.kind : r.kind,
          start: last.start,
          end: r.end,
        };
      } else if (r.kind === 'hetu' && last.kind !== 'hetu') {
        merged[merged.length - 1] = { ...last, kind: 'hetu' };
      }
      continue;
    }
    merged.push(r);
  }
  return merged;
}

/**
 * Detection as the text is read: `detector` runs over the original (where nothing needs normalising its
 * reading is the text itself) and over the normalised reading of each window around the constructs that
 * do (normalise.ts `readingWindows`); window finds are mapped back to the original. In a window's core the
 * window's reading rules, elsewhere the original's; both kinds of find are merged by the caller.
 */
function asRead<S extends Span>(text: string, detector: (t: string) => S[]): Span[] {
  const windows = readingWindows(text);
  const found: Span[] = detector(text);
  if (windows.length === 0) return found;
  found.sort((a, b) => a.start - b.start);
  // Raw finds that start in a core are replaced by the window's (found in order; cores are ordered).
  const kept: Span[] = [];
  let w = 0;
  for (const s of found) {
    while (w < windows.length && (windows[w] as (typeof windows)[number]).coreEnd <= s.start) w++;
    const win = windows[w];
    if (win === undefined || s.start < win.coreStart || s.end > win.coreEnd) kept.push(s);
  }
  for (const win of windows) {
    const slice = text.slice(win.start, win.end);
    const view = normaliseForDetection(slice);
    for (const s of detector(view.text)) {
      const start = win.start + view.start(s.start);
      if (start < win.coreStart || start >= win.coreEnd) continue;
      kept.push({ kind: s.kind, start, end: win.start + view.end(s.end) });
    }
  }
  return kept;
}

/** Detection as read, mapped back to merged spans of `text`. */
function spansOf(text: string, options: RedactOptions): Span[] {
  return merge(asRead(text, (t) => detect(t, options)).filter((s) => s.end > s.start));
}

function replacer(options: RedactOptions): (kind: RemovalKind) => string {
  const custom = options.replacement;
  const address = options.addressReplacement ?? DEFAULT_REPLACEMENTS.address;
  return (kind) => (kind === 'address' ? address : custom !== undefined ? custom(kind) : DEFAULT_REPLACEMENTS[kind]);
}

function redactOnce(text: string, options: RedactOptions): RedactionResult {
  const spans = spansOf(text, options);
  const replace = replacer(options);
  const pieces: string[] = [];
  let at = 0;
  for (const r of spans) {
    // Markup inside the span stays, so that the redacted HTML keeps its structure.
    pieces.push(text.slice(at, r.start), replace(r.kind), tagsWithin(text, r.start, r.end));
    at = r.end;
  }
  pieces.push(text.slice(at));
  const out = pieces.join('');
  return { text: out, removed: spans.map((r) => ({ ...r, value: text.slice(r.start, r.end) })) };
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
  // The written shape, as a last net (hex hashes and UUIDs excepted as in detection).
  const raw: { kind: 'hetu'; start: number; end: number }[] = [];
  findHetus(result, HETU_RAW, raw);
  if (raw.length > 0) {
    const pieces: string[] = [];
    let at = 0;
    for (const r of raw) {
      pieces.push(result.slice(at, r.start), DEFAULT_REPLACEMENTS.hetu);
      at = r.end;
    }
    pieces.push(result.slice(at));
    result = pieces.join('');
  }
  return { text: result, removed: first.removed };
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
  const spans = spansOf(joined, options);
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
    if (firstRun >= 0) removed.push({ ...s, value: joined.slice(s.start, s.end), run: firstRun });
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
