/** Elections of persons (KL 105 §) and lots. */
import type { Election } from '@digikokous/meeting-schema';
import { electionRecord } from '../election-record.js';
import { closedBallotAllowed, majorityElection } from '../elections.js';
import { genderBalance } from '../gender-balance.js';
import { refusal, type Refusal } from '../refusals.js';
import { votersPresent } from '../seats.js';
import type { ItemState, MeetingState } from '../state.js';
import { itemQuorate, needItem, noOpenVote, type Ctx, type Handler } from './context.js';

/** A value to rank candidates by: votes, or the exact comparison number of a proportional election. */
type Key = { n: bigint; d: bigint };
const cmp = (a: Key, b: Key): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l === r ? 0 : l > r ? 1 : -1;
};

/**
 * Checks an election record against the law before it is recorded (KL 105 §): votes not above the voters present,
 * tallies equal to the ballots, the elected those with most votes (or comparison numbers), a tie across the last seat
 * decided by a recorded lot.
 */
export function checkElection(state: MeetingState, it: ItemState, e: Election): Refusal | undefined {
  if (e.itemId !== it.itemId) return refusal('wrong-item');
  if (e.electedIds.length > e.seatsToFill) return refusal('too-many-elected');
  const candidates = new Set(e.candidates.map((c) => c.id));
  const pairs = checkPairs(e.candidates);
  if (pairs) return pairs;
  for (const id of [...e.electedIds, ...e.tallies.map((t) => t.candidateId)])
    if (!candidates.has(id)) return refusal('election-unknown-candidate', { candidateId: id });
  const voters = votersPresent(state, it).length;
  const votes = e.tallies.reduce((s, t) => s + t.votes, 0);
  if (votes > voters || e.ballots.length > voters)
    return refusal('election-votes-exceed-voters', { votes: Math.max(votes, e.ballots.length), voters });
  if (e.ballots.some((b) => b.candidateId !== undefined)) {
    const counted = new Map<string, number>();
    for (const b of e.ballots)
      if (b.candidateId !== undefined) counted.set(b.candidateId, (counted.get(b.candidateId) ?? 0) + 1);
    for (const c of e.candidates) {
      const tally = e.tallies.find((t) => t.candidateId === c.id)?.votes ?? 0;
      if ((counted.get(c.id) ?? 0) !== tally) return refusal('election-tally-mismatch', { candidateId: c.id });
    }
  }
  const key = new Map<string, Key>();
  if (e.kind === 'suhteellinen-vaali' && e.comparisonNumbers) {
    for (const c of e.comparisonNumbers)
      key.set(c.candidateId, { n: BigInt(c.value.numerator), d: BigInt(c.value.denominator) });
  } else {
    for (const t of e.tallies) key.set(t.candidateId, { n: BigInt(t.votes), d: 1n });
  }
  const zero: Key = { n: 0n, d: 1n };
  const elected = new Set(e.electedIds);
  const lots = [...e.lots, ...it.lots.filter((l) => l.electionId === e.id)];
  for (const w of e.electedIds) {
    for (const c of e.candidates) {
      if (elected.has(c.id)) continue;
      const order = cmp(key.get(w) ?? zero, key.get(c.id) ?? zero);
      if (order < 0) return refusal('election-result-mismatch');
      if (order === 0 && !lots.some((l) => l.entrants.includes(c.id) && l.winnerIds.includes(w)))
        return refusal('election-lot-missing');
    }
  }
  return undefined;
}

/**
 * KL 105 § 3 mom: with personal deputies each candidate is a member + deputy pair approved before the election, and
 * the pair is elected together (the elected candidate id stands for both). All candidates or none are pairs; nobody is
 * his own deputy or in two pairs.
 */
function checkPairs(candidates: Election['candidates']): Refusal | undefined {
  const paired = candidates.filter((c) => c.personalDeputy !== undefined);
  if (paired.length === 0) return undefined;
  const missing = candidates.find((c) => c.personalDeputy === undefined);
  if (missing) return refusal('election-pair-incomplete', { candidateId: missing.id });
  const seen = new Set<string>();
  for (const c of candidates) {
    const persons = [c.personId ?? `name:${c.name}`, c.personalDeputy!.personId ?? `name:${c.personalDeputy!.name}`];
    if (persons[0] === persons[1] || persons.some((p) => seen.has(p)))
      return refusal('election-pair-invalid', { candidateId: c.id });
    for (const p of persons) seen.add(p);
  }
  return undefined;
}

/** The election as recorded: its gender balance computed here (Tasa-arvolaki 4 a §), never taken from the caller. */
function withBalance(e: Election): Election {
  const { genderBalance: _given, ...rest } = e;
  const balance = genderBalance(rest);
  return balance === undefined ? rest : { ...rest, genderBalance: balance };
}

function secrecy(ctx: Ctx<'hold-election' | 'count-election'>, secretBallot: boolean): Refusal | undefined {
  const { state, rules, options } = ctx;
  if (
    secretBallot &&
    !closedBallotAllowed({
      electronic: state.mode !== undefined && state.mode !== 'lasnaolo',
      ballotSecrecyEnsured: options.ballotSecrecyEnsured === true,
      rules,
    })
  )
    return refusal('closed-ballot-not-secure');
  return undefined;
}

export const holdElection: Handler<'hold-election'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const busy = noOpenVote(ctx) ?? itemQuorate(ctx.state, it);
  if (busy) return busy;
  const e = ctx.command.election;
  const bad = checkElection(ctx.state, it, e) ?? secrecy(ctx, e.secretBallot);
  if (bad) return bad;
  ctx.emit('election-held', { itemId: it.itemId, election: withBalance(e) });
  return ctx.events;
};

class NoRandomSource extends Error {}

/**
 * Counts a majority election from its ballots (KL 105 § 1 and 4 mom): most votes elected, a tie across the last seat
 * drawn with the injected random source and recorded as `lot-drawn` and in the election record.
 */
export const countElection: Handler<'count-election'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command, options } = ctx;
  const busy = noOpenVote(ctx) ?? itemQuorate(ctx.state, it) ?? checkPairs(command.candidates);
  if (busy) return busy;
  const votes: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const c of command.candidates) votes[c.id] = 0;
  for (const b of command.ballots) {
    if (b.candidateId === undefined) continue;
    if (!(b.candidateId in votes)) return refusal('election-unknown-candidate', { candidateId: b.candidateId });
    votes[b.candidateId]! += 1;
  }
  let outcome: ReturnType<typeof majorityElection>;
  try {
    outcome = majorityElection({
      seats: command.seatsToFill,
      votes,
      random:
        options.random ??
        (() => {
          throw new NoRandomSource();
        }),
    });
  } catch (error) {
    if (error instanceof NoRandomSource) return refusal('election-lot-missing');
    throw error;
  }
  const id = command.electionId ?? `${it.itemId}-vaali${it.elections.length + 1}`;
  const election = electionRecord({
    id,
    itemId: it.itemId,
    title: command.title,
    seats: command.seatsToFill,
    secretBallot: command.secretBallot,
    candidates: command.candidates,
    tallies: votes,
    outcome,
    ballots: command.ballots,
    drawnBy: command.actor,
    at: command.at,
  });
  const bad = checkElection(ctx.state, it, election) ?? secrecy(ctx, command.secretBallot);
  if (bad) return bad;
  for (const l of election.lots) {
    ctx.emit('lot-drawn', {
      itemId: it.itemId,
      lotId: l.id,
      electionId: id,
      reason: l.reason,
      entrants: l.entrants,
      winnerIds: l.winnerIds,
      method: l.method,
      ...(l.randomValue === undefined ? {} : { randomValue: l.randomValue }),
    });
  }
  ctx.emit('election-held', { itemId: it.itemId, election: withBalance(election) });
  return ctx.events;
};

export const drawLot: Handler<'draw-lot'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command } = ctx;
  if (command.entrants.length < 2 || command.winnerIds.some((w) => !command.entrants.includes(w)))
    return refusal('invalid-lot');
  ctx.emit('lot-drawn', {
    itemId: it.itemId,
    lotId: command.lotId ?? `${it.itemId}-a${it.lots.length + 1}`,
    ...(command.electionId === undefined ? {} : { electionId: command.electionId }),
    reason: command.reason,
    entrants: command.entrants,
    winnerIds: command.winnerIds,
    method: command.method,
    ...(command.randomValue === undefined ? {} : { randomValue: command.randomValue }),
  });
  return ctx.events;
};
