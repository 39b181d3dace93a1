/**
 * Resolve the surnames that Finnish minutes use in the proceedings ("Elon", "Hyrkön",
 * "Lahtisen") to the people on the attendance list. Finnish inflects surnames; a full morphological
 * analyser is a large dependency, so a few suffix rules cover the genitive and nominative forms the
 * minutes use, and anything else is returned as written.
 */
export class NameResolver {
  private readonly people: { full: string; surname: string }[];

  constructor(names: Iterable<string>) {
    this.people = [];
    for (const full of names) {
      const words = full.trim().split(/\s+/);
      const surname = words[words.length - 1];
      if (surname) this.people.push({ full: full.trim(), surname });
    }
  }

  /** The full name for a token, or undefined. */
  resolve(token: string): string | undefined {
    const t = token.trim().replace(/[.,:;]+$/, '');
    if (!t) return undefined;
    const exact = this.people.find((p) => p.full === t || p.surname === t);
    if (exact) return exact.full;
    // "Petri Tikkasen": the first name must match and the surname is inflected.
    const words = t.split(/\s+/u);
    const last = words[words.length - 1] as string;
    const pool =
      words.length > 1 ? this.people.filter((p) => p.full.startsWith(`${words.slice(0, -1).join(' ')} `)) : this.people;
    let best: { full: string; score: number } | undefined;
    let tie = false;
    for (const p of pool) {
      const score = inflectionScore(last, p.surname);
      if (score === 0) continue;
      if (!best || score > best.score) {
        best = { full: p.full, score };
        tie = false;
      } else if (score === best.score && best.full !== p.full) tie = true;
    }
    return best && !tie ? best.full : undefined;
  }
}

/** How well `token` reads as an inflected form of `surname` (0 = not at all). */
export function inflectionScore(token: string, surname: string): number {
  if (token === surname) return 100;
  // -nen names: Lahtinen → Lahtisen, Lahtiselle …
  if (surname.endsWith('nen')) {
    const stem = surname.slice(0, -3) + 's';
    if (token.startsWith(stem) && token.length <= stem.length + 5) return 50 + stem.length;
  }
  // Genitive -n with vowel stems, consonant gradation (kk → k) and -i → -e (Särkijärvi → Särkijärven).
  const keep = Math.max(3, surname.length - 2);
  const prefix = surname.slice(0, keep);
  if (token.startsWith(prefix) && token.length <= surname.length + 4 && /^[A-ZÅÄÖ]/.test(token)) {
    return 10 + prefix.length;
  }
  return 0;
}
