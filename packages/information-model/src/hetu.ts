import { containsHetuShaped, hetuShapedPattern } from '@digikokous/meeting-schema/identity-codes';
import { issue, type ValidationIssue } from './issues.js';

/**
 * Henkilötunnus detection for documents meant for publication. It uses the kit-wide shape rule of
 * `@digikokous/meeting-schema/identity-codes` (as security's `redactPersonalData` does): any check character
 * counts, because a mistyped code is still a person's identity code.
 */

/** Returns the first henkilötunnus-shaped string in the text (valid or not), or undefined. */
export function findHetu(text: string): string | undefined {
  if (!containsHetuShaped(text)) return undefined;
  return hetuShapedPattern().exec(text)?.[0];
}

/** Replaces every henkilötunnus-shaped string by a marker. */
export function redactHetu(text: string, marker = '[henkilötunnus poistettu]'): string {
  return text.replace(hetuShapedPattern(), marker);
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
