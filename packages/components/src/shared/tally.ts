import type { BallotOption } from './types.js';

export interface Counts {
  jaa: number;
  ei: number;
  tyhja: number;
  absent?: number;
}

/**
 * The side that won: most votes wins; on a tie the side the chair voted for (KL 104 § 2 mom). Tyhjä counts
 * for neither side. `undefined` when tied and the chair's ballot is not known.
 *
 * Kept here (a few lines) rather than imported from `@digikokous/procedure` so that the result view does
 * not pull the whole engine into a component bundle; the procedure engine gives the same answer.
 */
export function winnerOf(
  counts: Counts,
  chairOption?: BallotOption,
): { winner?: 'jaa' | 'ei'; decidedByChair: boolean } {
  if (counts.jaa !== counts.ei) return { winner: counts.jaa > counts.ei ? 'jaa' : 'ei', decidedByChair: false };
  if (chairOption === 'jaa' || chairOption === 'ei') return { winner: chairOption, decidedByChair: true };
  return { decidedByChair: false };
}

/** Counts a roll call. */
export function countBallots(ballots: readonly { option: BallotOption | 'absent' }[]): Required<Counts> {
  const counts = { jaa: 0, ei: 0, tyhja: 0, absent: 0 };
  for (const b of ballots) counts[b.option] += 1;
  return counts;
}
