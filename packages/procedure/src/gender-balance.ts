/**
 * Tasa-arvolaki 609/1986 4 a § 1 mom: a municipal body (kunnallinen toimielin, the council excepted) has both women and
 * men, each at least 40 %, unless there are special reasons (erityiset syyt). The quota applies separately to the
 * members and to the deputies (Tasa-arvovaltuutettu's guidance). The procedure reports it as a warning: the body may
 * state special reasons, so an election is never refused for it.
 */
import type { Election, GenderBalance } from '@digikokous/meeting-schema';

/** The quota of Tasa-arvolaki 4 a §, as a fraction: 40 %. */
const QUOTA = { numerator: 2, denominator: 5 } as const;

type Count = GenderBalance['members'];

function meets(c: Count): boolean {
  const known = c.nainen + c.mies;
  if (known === 0) return true;
  // Integer form of share ≥ 40 %: 5 · count ≥ 2 · known.
  const ok = (n: number) => n * QUOTA.denominator >= QUOTA.numerator * known;
  return ok(c.nainen) && ok(c.mies);
}

/**
 * The gender balance of those elected in `election` (members and, for pairs, personal deputies), or `undefined` when no
 * elected candidate has a recorded gender or fewer than two seats are filled (a single seat cannot be balanced; the
 * body's whole composition decides). `quotaMet: false` is the Tasa-arvolaki 4 a § warning.
 */
export function genderBalance(
  election: Pick<Election, 'candidates' | 'electedIds' | 'seatsToFill'>,
): GenderBalance | undefined {
  if (election.seatsToFill < 2) return undefined;
  const byId = new Map(election.candidates.map((c) => [c.id, c]));
  const members: Count = { nainen: 0, mies: 0, unknown: 0 };
  const deputies: Count = { nainen: 0, mies: 0, unknown: 0 };
  let paired = false;
  for (const id of election.electedIds) {
    const c = byId.get(id);
    if (c === undefined) continue;
    members[c.gender ?? 'unknown'] += 1;
    if (c.personalDeputy !== undefined) {
      paired = true;
      deputies[c.personalDeputy.gender ?? 'unknown'] += 1;
    }
  }
  if (members.nainen + members.mies + deputies.nainen + deputies.mies === 0) return undefined;
  const out: GenderBalance = { members, quotaMet: meets(members) && (!paired || meets(deputies)) };
  if (paired) out.deputies = deputies;
  return out;
}
