/**
 * Redaction of personal data before online publication (Kuntalaki 410/2015 140 §; Tietosuojalaki
 * 1050/2018 29 §: a henkilötunnus must not be recorded unnecessarily on documents produced
 * from a personal-data file). Detection is deliberately broader than validity: a
 * henkilötunnus-shaped string with a wrong checksum, a lower-case sign or a typographic dash is
 * still removed. Business IDs (public YTJ register data) are kept.
 */
import { containsHetuShaped, hetuShapedPattern } from '@digikokous/meeting-schema/identity-codes';
import { validateBusinessId } from './hetu.js';

/**
 * Any henkilötunnus-shaped string: six digits, a century sign (also dashes and lower case), three digits, a control
 * character. The rule lives in `@digikokous/meeting-schema/identity-codes`, shared with information-model.
 */
export const HETU_SHAPED_PATTERN: RegExp = hetuShapedPattern();

/** Whether `text` contains a henkilötunnus-shaped string (valid or not). */
export { containsHetuShaped };

// The look-behind makes a match start only at the beginning of a run, keeping the scan linear.
const EMAIL_PATTERN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// Finnish and international numbers: +358 40 123 4567, 040-123 4567, (09) 123 4567, 0401234567.
const PHONE_PATTERN =
  /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[ -]?|\(0\d{1,3}\)[ -]?|0)\d{1,4}(?:[ -]?\d{2,4}){1,4}(?![\p{L}\p{N}]|[-.,]\d)/gu;

const BUSINESS_ID_PATTERN = /(?<![\p{L}\p{N}-])\d{7}-\d(?![\p{L}\p{N}])/gu;

export type RedactionKind = 'hetu' | 'phone' | 'email' | 'name';

export interface Removal {
  readonly kind: RedactionKind;
  /** Offset of the removed text in the input (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The removed text, for the reviewer; do not log it. */
  readonly value: string;
}

export interface RedactOptions {
  /** Names of private persons to remove (case-insensitive, whole words). */
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
});

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function collect(text: string, pattern: RegExp, kind: RedactionKind, out: Removal[]): void {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    out.push({ kind, start, end: start + m[0].length, value: m[0] });
  }
}

function redactOnce(text: string, options: RedactOptions): RedactionResult {
  const kinds = new Set<RedactionKind>(options.kinds ?? ['phone', 'email', 'name']);
  kinds.add('hetu');
  const found: Removal[] = [];
  collect(text, HETU_SHAPED_PATTERN, 'hetu', found);
  if (kinds.has('email')) collect(text, EMAIL_PATTERN, 'email', found);
  if (kinds.has('phone')) {
    const kept: Removal[] = [];
    collect(text, BUSINESS_ID_PATTERN, 'phone', kept);
    const businessIds = kept.filter((k) => validateBusinessId(k.value).valid);
    const phones: Removal[] = [];
    collect(text, PHONE_PATTERN, 'phone', phones);
    for (const p of phones) {
      const digits = p.value.replace(/\D/g, '').length;
      if (digits < 7 || digits > 15) continue;
      if (businessIds.some((b) => b.start < p.end && p.start < b.end)) continue;
      found.push(p);
    }
  }
  if (kinds.has('name')) {
    for (const name of options.names ?? []) {
      if (typeof name !== 'string' || name.trim() === '') continue;
      const words = name.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
      collect(text, new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu'), 'name', found);
    }
  }
  // Earliest first; on overlap the longer span wins and hetu wins ties, so nothing half-removed remains.
  found.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'hetu' ? -1 : 1));
  const merged: Removal[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) {
        merged[merged.length - 1] = {
          kind: last.kind === 'hetu' || r.kind !== 'hetu' ? last.kind : r.kind,
          start: last.start,
          end: r.end,
          value: text.slice(last.start, r.end),
        };
      }
      continue;
    }
    merged.push(r);
  }
  const replace = options.replacement ?? ((k: RedactionKind) => DEFAULT_REPLACEMENTS[k]);
  let out = '';
  let at = 0;
  for (const r of merged) {
    out += text.slice(at, r.start) + replace(r.kind);
    at = r.end;
  }
  out += text.slice(at);
  return { text: out, removed: merged };
}

/**
 * Remove henkilötunnus-shaped strings, phone numbers, e-mail addresses and the listed names.
 * Returns the redacted text and what was removed where (offsets in the input).
 * If a custom replacement re-creates a henkilötunnus shape, those are removed with the default label.
 */
export function redactPersonalData(text: string, options: RedactOptions = {}): RedactionResult {
  if (typeof text !== 'string') throw new TypeError('redactPersonalData: text must be a string');
  const first = redactOnce(text, options);
  let result = first.text;
  // Safety net: a caller-supplied replacement must never leave a henkilötunnus shape behind.
  for (let i = 0; i < 4 && containsHetuShaped(result); i++) {
    result = redactOnce(result, { kinds: [] }).text;
  }
  if (containsHetuShaped(result)) result = result.replace(HETU_SHAPED_PATTERN, DEFAULT_REPLACEMENTS.hetu);
  return { text: result, removed: first.removed };
}
