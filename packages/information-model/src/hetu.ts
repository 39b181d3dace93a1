import { issue, type ValidationIssue } from './issues.js';

/**
 * Detection of the Finnish personal identity code (henkilötunnus): DDMMYY, century sign, three digits and a
 * check character (mod 31). Used to keep it out of published documents.
 */
const HETU_RE = /(?<![0-9A-Za-z])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])(?![0-9A-Za-z])/g;
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Returns the first valid-looking henkilötunnus in the text (checksum verified), or undefined. */
export function findHetu(text: string): string | undefined {
  for (const m of text.matchAll(HETU_RE)) {
    const n = Number(`${m[1]}${m[3]}`);
    if (CHECK[n % 31] === m[4]) return m[0];
  }
  return undefined;
}

/** Replaces every henkilötunnus by a marker. */
export function redactHetu(text: string, marker = '[henkilötunnus poistettu]'): string {
  return text.replace(HETU_RE, (all, a: string, _c: string, b: string, k: string) =>
    CHECK[Number(`${a}${b}`) % 31] === k ? marker : all,
  );
}

/** Every string in a JSON-like value with its path (depth-limited; the input is already schema-checked). */
function* stringsIn(
  v: unknown,
  path: (string | number)[],
  depth = 0,
): Generator<{ path: (string | number)[]; value: string }> {
  if (depth > 200) return;
  if (typeof v === 'string') yield { path, value: v };
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* stringsIn(v[i], [...path, i], depth + 1);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) yield* stringsIn(x, [...path, k], depth + 1);
}

/**
 * Security by default: a henkilötunnus never belongs in a document meant for publication (the model, the TOS;
 * Tietosuojalaki 1050/2018 29 §). Returns one error per string that contains one.
 */
export function hetuIssues(doc: unknown, code: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const { path, value } of stringsIn(doc, [])) {
    if (findHetu(value))
      out.push(
        issue(path, code, {
          fi: 'Tekstissä on henkilötunnus; sitä ei saa olla julkaistavassa asiakirjassa.',
          en: 'The text contains a personal identity code, which must not be in a published document.',
        }),
      );
  }
  return out;
}
