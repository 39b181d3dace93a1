/**
 * Redaction of personal data before online publication (Kuntalaki 410/2015 140 §; Tietosuojalaki
 * 1050/2018 29 §: a henkilötunnus must not be recorded unnecessarily on documents produced
 * from a personal-data file). Detection is deliberately broader than validity: a
 * henkilötunnus-shaped string with a wrong checksum, a lower-case sign or a typographic dash is
 * still removed. Business IDs (public YTJ register data) are kept.
 */
import { containsHetuShaped, hetuShapedPattern } from '@digikokous/meeting-schema/identity-codes';
import { validateBusinessId } from './hetu.js';
import { normaliseForDetection, type NormalisedText } from './normalise.js';

/**
 * Any henkilötunnus-shaped string: six digits, a century sign (also dashes and lower case), three digits, a control
 * character. The rule lives in `@digikokous/meeting-schema/identity-codes`, shared with information-model.
 */
export const HETU_SHAPED_PATTERN: RegExp = hetuShapedPattern();

/** Whether `text` contains a henkilötunnus-shaped string (valid or not). */
export { containsHetuShaped };

// Over the normalised view (normalise.ts): spaces between the characters are what a person skips while reading.
const HETU_READ =
  /\d(?:[ \t]{0,2}\d){5}[ \t]{0,2}[-+A-FU-Ya-fu-y\u2010-\u2015\u2212][ \t]{0,2}\d(?:[ \t]{0,2}\d){2}[ \t]{0,2}[0-9A-Ya-y]/gu;

/** Whether `text` contains a henkilötunnus as a person would read it (entities, escapes, tags, spacing undone). */
export function containsHetuAsRead(text: string): boolean {
  const n = normaliseForDetection(text).text;
  HETU_READ.lastIndex = 0;
  return HETU_READ.test(n);
}

// E-mail addresses are found from their `@` (or a written-out "(at)") outward: the whole text is never run
// through an address pattern, which was most of the time the old redaction took.
const AT_WRITTEN = /[ \t]?[([{][ \t]?(?:at|ät|a)[ \t]?[)\]}][ \t]?/giu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN =
  /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})?(?:\.|[ \t]?[([](?:dot|piste|punkt)[)\]][ \t]?))+\p{L}{2,24}(?![\p{L}\p{N}])/iuy;

// Finnish and international numbers: +358 40 123 4567, +358 (0)40 123 4567, 00358 40…, 040-123 4567,
// (09) 123 4567, 0401234567.
// The character before a match is checked in code (`boundaryBefore`), so that each pattern starts with plain
// characters the regular-expression engine can scan for quickly (a leading look-behind runs at every position).
const PHONE_PATTERN =
  /(?:(?:\+|00)\d{1,3}[ -]?(?:\(0\)[ -]?)?|\(0\d{1,3}\)[ -]?|0)\d{1,4}(?:[ -]?\d{2,4}){1,4}(?![\p{L}\p{N}]|[-.,]\d)/gu;

const PHONE_BEFORE = /[\p{L}\p{N}+]/u;

const BUSINESS_ID_PATTERN = /\d{7}-\d(?![\p{L}\p{N}])/gu;
const BUSINESS_ID_BEFORE = /[\p{L}\p{N}-]/u;

// Street addresses in their usual Finnish and Swedish written forms: a street name ending in a street word,
// a house number, an optional staircase letter and flat number (A 12, as. 5, bst 3), an optional postal code.
const STREET_WORDS =
  'katu|kadun|kadulla|tie|tien|tiellä|polku|polun|kuja|kujan|väylä|väylän|raitti|rinne|rinteen|kaari|kaaren|kierros|aukio|tori|torin|puistikko|tanhua|ranta|rannan|piha|portti|vägen|väg|gatan|gata|gränd|stigen|backen|allén';
// Found from the street word and house number, then widened to the start of the street name in code.
const ADDRESS_PATTERN = new RegExp(
  String.raw`(?:${STREET_WORDS})[ \t]+\d{1,4}(?:[ \t]?[A-Ja-j](?![\p{L}]))?(?:[ \t]?(?:as\.?|bst\.?|lgh\.?)?[ \t]?\d{1,3}(?![\p{N}]))?(?:,?[ \t]+\d{5}(?:[ \t]+\p{Lu}\p{Ll}+)?)?(?![\p{N}])`,
  'gu',
);
const STREET_NAME_CHAR = /[\p{L}-]/u;
const UPPER = /\p{Lu}/u;

export type RedactionKind = 'hetu' | 'phone' | 'email' | 'name' | 'address';

export interface Removal {
  readonly kind: RedactionKind;
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
  /** Kinds to remove; default all. `hetu` cannot be switched off. */
  readonly kinds?: readonly Exclude<RedactionKind, 'hetu'>[];
  /** Replacement text per kind. Default: a Finnish label such as `[henkilötunnus poistettu]`. */
  readonly replacement?: (kind: RedactionKind) => string;
}

export interface RedactionResult {
  readonly text: string;
  readonly removed: readonly Removal[];
}

export const DEFAULT_REPLACEMENTS: Readonly<Record<RedactionKind, string>> = Object.freeze({
  hetu: '[henkilötunnus poistettu]',
  phone: '[puhelinnumero poistettu]',
  email: '[sähköposti poistettu]',
  name: '[nimi poistettu]',
  address: '[osoite poistettu]',
});

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Span {
  readonly kind: RedactionKind;
  readonly start: number;
  readonly end: number;
}

function collect(text: string, pattern: RegExp, kind: RedactionKind, out: Span[]): void {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) out.push({ kind, start: m.index, end: m.index + m[0].length });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Matches of `pattern` not preceded by a character of `before` (the look-behind, checked in code). */
function collectBounded(text: string, pattern: RegExp, before: RegExp, kind: RedactionKind, out: Span[]): void {
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
  if (/[([{][ \t]?(?:at|ät|a)[ \t]?[)\]}]/iu.test(text)) {
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
  const sep = String.raw`[ \t]+`;
  const alts: string[] = [];
  if (given.length > 0) {
    alts.push([...given, family].join(sep));
    alts.push(`${family},?${sep}${given.join(sep)}`);
  }
  alts.push(family);
  const re = new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  if (namePatterns.size > 256) namePatterns.clear();
  namePatterns.set(name, re);
  return re;
}

/** Spans of personal data in the normalised text (normalised offsets). */
function detect(text: string, options: RedactOptions): Span[] {
  const kinds = new Set<RedactionKind>(options.kinds ?? ['phone', 'email', 'name', 'address']);
  kinds.add('hetu');
  const found: Span[] = [];
  collect(text, HETU_READ, 'hetu', found);
  if (kinds.has('email')) collectEmails(text, found);
  if (kinds.has('phone')) {
    const ids: Span[] = [];
    collectBounded(text, BUSINESS_ID_PATTERN, BUSINESS_ID_BEFORE, 'phone', ids);
    const businessIds = ids.filter((k) => validateBusinessId(text.slice(k.start, k.end)).valid);
    const phones: Span[] = [];
    collectBounded(text, PHONE_PATTERN, PHONE_BEFORE, 'phone', phones);
    for (const p of phones) {
      const digits = text.slice(p.start, p.end).replace(/\D/g, '').length;
      if (digits < 7 || digits > 15) continue;
      if (businessIds.some((b) => b.start < p.end && p.start < b.end)) continue;
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

/** Detection over the normalised view, mapped back to spans of `text`. */
function spansOf(text: string, options: RedactOptions): { spans: Span[]; view: NormalisedText } {
  const view = normaliseForDetection(text);
  const found = detect(view.text, options);
  if (view.text !== text) {
    for (let i = 0; i < found.length; i++) {
      const s = found[i] as Span;
      found[i] = { kind: s.kind, start: view.start(s.start), end: view.end(s.end) };
    }
  }
  return { spans: merge(found.filter((s) => s.end > s.start)), view };
}

function redactOnce(text: string, options: RedactOptions): RedactionResult {
  const { spans, view } = spansOf(text, options);
  const replace = options.replacement ?? ((k: RedactionKind) => DEFAULT_REPLACEMENTS[k]);
  let out = '';
  let at = 0;
  for (const r of spans) {
    // Markup inside the span stays, so that the redacted HTML keeps its structure.
    out += text.slice(at, r.start) + replace(r.kind) + view.tagsIn(r.start, r.end);
    at = r.end;
  }
  out += text.slice(at);
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
  if (containsHetuShaped(result) || (options.replacement !== undefined && containsHetuAsRead(result)))
    result = result.replace(HETU_SHAPED_PATTERN, DEFAULT_REPLACEMENTS.hetu);
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
  const { spans } = spansOf(joined, options);
  const replace = options.replacement ?? ((k: RedactionKind) => DEFAULT_REPLACEMENTS[k]);
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
