import { fail } from './errors.js';

/** An injected source of randomness returning values in [0, 1) (e.g. a recorded draw machine or a seeded PRNG). */
export type RandomSource = () => number;

/**
 * One drawing of lots (arpa). Recorded so that the result is reproducible and auditable (Vaalilaki 714/1998 90 §,
 * KL 105 § 4 mom): the tied candidates in canonical order, the raw outputs of the random source and the order drawn.
 */
export interface Lot {
  /** What the lot decided: the order inside a group (fixes comparison numbers) or the overall ranking. */
  purpose: 'group-order' | 'ranking';
  /** The group (alliance, party, list) whose internal order was drawn. */
  group?: string;
  /** The tied candidates in canonical order (as passed to the source). */
  tied: string[];
  /** The raw values returned by the random source, in order of use. */
  draws: number[];
  /** The tied candidates in the order the lot gave them (first = best). */
  order: string[];
  /** The equal value they shared, e.g. "12" votes or "25/2". */
  value: string;
}

/**
 * Orders `tied` (canonical order) by lot with a Fisher–Yates shuffle driven by `random`. Each position consumes one
 * draw, so a recorded list of draws replays the same order.
 */
export function drawLot(
  tied: readonly string[],
  random: RandomSource,
  meta: { purpose: Lot['purpose']; group?: string; value: string },
): Lot {
  const order = [...tied];
  const draws: number[] = [];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const x = random();
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x >= 1) {
      fail(
        'invalid-random',
        'Arvontalähteen on palautettava luku väliltä [0, 1).',
        'The random source must return a number in [0, 1).',
        'Slumpkällan måste returnera ett tal i [0, 1).',
      );
    }
    draws.push(x);
    const j = Math.floor(x * (i + 1));
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const lot: Lot = { purpose: meta.purpose, tied: [...tied], draws, order, value: meta.value };
  if (meta.group !== undefined) lot.group = meta.group;
  return lot;
}
