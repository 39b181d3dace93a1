import type { Election, LocalizedText, LotDraw } from '@digikokous/meeting-schema';
import type { ProportionalResult } from './elections.js';
import type { Lot } from './lots.js';

/** Max length of `LotDraw.randomValue` in meeting-schema. */
const RANDOM_VALUE_MAX = 512;

/**
 * Converts the lots of {@link majorityElection} / {@link proportionalElection} into meeting-schema `LotDraw` records
 * (KL 105 § 4 mom, Vaalilaki 90 §): entrants in canonical order, the winners the lot favoured and the raw draws as
 * `randomValue` (space-separated; omitted when longer than the schema allows, the `Lot` then stays the record).
 */
export function lotDraws(
  lots: readonly Lot[],
  input: { electionId: string; itemId: string; elected: readonly string[]; drawnBy?: string; at?: string },
): LotDraw[] {
  return lots.map((lot, k) => {
    const elected = lot.order.filter((id) => input.elected.includes(id));
    const winnerIds = lot.purpose === 'ranking' && elected.length > 0 ? elected : [lot.order[0]!];
    const reason: LocalizedText =
      lot.purpose === 'group-order'
        ? {
            fi: `Yhtä monta henkilökohtaista ääntä (${lot.value}) ryhmässä ${lot.group ?? ''}: järjestys arvottiin (Vaalilaki 90 §).`,
            sv: `Lika många personliga röster (${lot.value}) i gruppen ${lot.group ?? ''}: ordningen avgjordes genom lottdragning (vallagen 90 §).`,
          }
        : {
            fi: `Yhtä suuri äänimäärä tai vertausluku (${lot.value}): järjestys arvottiin (KL 105 § 4 mom).`,
            sv: `Lika röstetal eller jämförelsetal (${lot.value}): ordningen avgjordes genom lottdragning (KomL 105 § 4 mom).`,
          };
    const draw: LotDraw = {
      id: `${input.electionId}-arpa-${k + 1}`,
      itemId: input.itemId,
      electionId: input.electionId,
      reason,
      entrants: [...lot.tied],
      winnerIds,
      method: 'satunnaislukugeneraattori',
    };
    const randomValue = lot.draws.map((d) => String(d)).join(' ');
    if (randomValue.length > 0 && randomValue.length <= RANDOM_VALUE_MAX) draw.randomValue = randomValue;
    if (input.drawnBy !== undefined) draw.drawnBy = input.drawnBy;
    if (input.at !== undefined) draw.at = input.at;
    return draw;
  });
}

/**
 * Builds the meeting-schema `Election` record of an election counted with {@link majorityElection} or
 * {@link proportionalElection} (KL 105 §): tallies, exact comparison numbers, lots and the elected, ready for the
 * `hold-election` command.
 */
export function electionRecord(input: {
  id: string;
  itemId: string;
  title: LocalizedText;
  seats: number;
  secretBallot: boolean;
  candidates: Election['candidates'];
  /** Votes per candidate (personal votes, or ballots in a majority election). */
  tallies: Readonly<Record<string, number>>;
  outcome: { elected: string[]; lots: Lot[] } | ProportionalResult;
  ballots?: Election['ballots'];
  lists?: Election['lists'];
  alliances?: Election['alliances'];
  drawnBy?: string;
  at?: string;
}): Election {
  const proportional = 'comparisonNumbers' in input.outcome;
  const record: Election = {
    id: input.id,
    itemId: input.itemId,
    kind: proportional ? 'suhteellinen-vaali' : 'enemmistovaali',
    title: input.title,
    seatsToFill: input.seats,
    secretBallot: input.secretBallot,
    candidates: input.candidates,
    ballots: input.ballots ?? [],
    tallies: input.candidates.map((c) => ({ candidateId: c.id, votes: input.tallies[c.id] ?? 0 })),
    lots: lotDraws(input.outcome.lots, {
      electionId: input.id,
      itemId: input.itemId,
      elected: input.outcome.elected,
      ...(input.drawnBy === undefined ? {} : { drawnBy: input.drawnBy }),
      ...(input.at === undefined ? {} : { at: input.at }),
    }),
    electedIds: [...input.outcome.elected],
  };
  if ('comparisonNumbers' in input.outcome) {
    record.comparisonNumbers = input.outcome.comparisonNumbers.map((c) => ({
      candidateId: c.candidate,
      value: { numerator: c.numerator, denominator: c.denominator },
    }));
  }
  if (input.lists !== undefined) record.lists = input.lists;
  if (input.alliances !== undefined) record.alliances = input.alliances;
  return record;
}
