import { fail } from './errors.js';
import type { RequiredMajority } from '@digikokous/meeting-schema';
import { resolveRules, type ProcedureRulesOverrides } from './rules.js';

/** The kinds of proposal the voting order knows (KL 104 §; hallintosääntö model for tabling and referral). */
export type ProposalKind = 'counter' | 'amendment' | 'rejection' | 'tabling' | 'referral-back';

export interface PlannedProposal {
  id: string;
  kind: ProposalKind;
  seconded: boolean;
  /** 1 = the proposal the chair judges to differ most from the base proposal. */
  distanceRank?: number;
}

/** Stands for the proposal that won the previous substantive vote (or the base proposal when none was held). */
export const WINNER_OF_PREVIOUS = 'winner-of-previous';

/**
 * The "ei" side of the vote on a wish clause (toivomusponsi), which is put to the vote after the main decision as
 * "hyväksytään / hylätään" (jaa = the clause is adopted, ei = it is rejected; Kuntaliitto model [unverified]): a
 * derived id, so the vote has the same shape as any other and `winningProposalId` says which side won.
 */
export function wishClauseRejection(wishClauseId: string): string {
  return `${wishClauseId}:hylataan`;
}

export type VoteStepPurpose = 'tabling' | 'referral-back' | 'counter' | 'final' | 'amendment' | 'rejection';

export interface VoteStep {
  a: string;
  b: string | typeof WINNER_OF_PREVIOUS;
  /** The proposal a "jaa" vote supports. */
  jaa: string;
  /** The proposal an "ei" vote supports. */
  ei: string;
  /** Why the step is held; procedural steps end the handling when the tabling / referral side wins. */
  purpose: VoteStepPurpose;
}

export interface VotePlan {
  base: string;
  notPutToVote: string[];
  steps: VoteStep[];
}

/**
 * The voting order (äänestysjärjestys) of KL 104 § 1 mom with the Kuntaliitto model details ([unverified],
 * configurable through {@link ProcedureRules}):
 * - the base proposal never needs seconding; every other unseconded proposal is listed in `notPutToVote`
 *   (KL 104 § 1 mom);
 * - tabling and referral back are decided first, each against continuing the handling (jaa = continue = base);
 * - counter-proposals meet pairwise, starting from the two the chair judges to differ most (`distanceRank` 1, 2, …;
 *   unranked ones follow in the given order); the survivor meets the base proposal (jaa = base);
 * - amendments are voted after the main question against the adopted proposal without the addition (default);
 * - a rejection proposal is voted last against the proposal adopted so far (jaa = adopted, ei = rejection).
 */
export function planVotes(
  input: { base: string; proposals: readonly PlannedProposal[] },
  rules?: ProcedureRulesOverrides,
): VotePlan {
  const r = resolveRules(rules);
  const { base } = input;
  if (typeof base !== 'string' || base === '') {
    fail('invalid-base', 'Pohjaehdotus puuttuu.', 'The base proposal is missing.', 'Grundförslaget saknas.');
  }
  const seen = new Set<string>([base]);
  const notPutToVote: string[] = [];
  const live: PlannedProposal[] = [];
  for (const p of input.proposals) {
    if (seen.has(p.id)) {
      fail('duplicate-proposal', `Ehdotus ${p.id} on kahteen kertaan.`, `Proposal ${p.id} appears twice.`);
    }
    seen.add(p.id);
    if (p.seconded) live.push(p);
    else notPutToVote.push(p.id);
  }
  const steps: VoteStep[] = [];
  const procedural = live.filter((p) => p.kind === 'tabling' || p.kind === 'referral-back');
  const procOrder = r.proceduralOrder === 'tabling-first' ? ['tabling', 'referral-back'] : ['referral-back', 'tabling'];
  procedural.sort((x, y) => procOrder.indexOf(x.kind) - procOrder.indexOf(y.kind));
  for (const p of procedural) {
    steps.push({ a: base, b: p.id, jaa: base, ei: p.id, purpose: p.kind === 'tabling' ? 'tabling' : 'referral-back' });
  }
  const counters = live
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => p.kind === 'counter' || (p.kind === 'amendment' && r.amendments === 'as-counter'))
    .sort((x, y) => {
      const rx = x.p.distanceRank ?? Number.POSITIVE_INFINITY;
      const ry = y.p.distanceRank ?? Number.POSITIVE_INFINITY;
      return rx !== ry ? rx - ry : x.index - y.index;
    })
    .map(({ p }) => p.id);
  let substantive = false;
  if (counters.length === 1) {
    steps.push({ a: base, b: counters[0]!, jaa: base, ei: counters[0]!, purpose: 'final' });
    substantive = true;
  } else if (counters.length > 1) {
    steps.push({ a: counters[0]!, b: counters[1]!, jaa: counters[0]!, ei: counters[1]!, purpose: 'counter' });
    for (const id of counters.slice(2)) {
      steps.push({ a: id, b: WINNER_OF_PREVIOUS, jaa: WINNER_OF_PREVIOUS, ei: id, purpose: 'counter' });
    }
    steps.push({ a: base, b: WINNER_OF_PREVIOUS, jaa: base, ei: WINNER_OF_PREVIOUS, purpose: 'final' });
    substantive = true;
  }
  const previous = (): string => (substantive ? WINNER_OF_PREVIOUS : base);
  if (r.amendments === 'after-main') {
    for (const p of live.filter((q) => q.kind === 'amendment')) {
      steps.push({ a: p.id, b: previous(), jaa: previous(), ei: p.id, purpose: 'amendment' });
      substantive = true;
    }
  }
  for (const p of live.filter((q) => q.kind === 'rejection')) {
    steps.push({ a: p.id, b: previous(), jaa: previous(), ei: p.id, purpose: 'rejection' });
    substantive = true;
  }
  return { base, notPutToVote, steps };
}

export type BallotOption = 'jaa' | 'ei' | 'tyhja';

export interface TallyResult {
  jaa: number;
  ei: number;
  tyhja: number;
  winner: 'jaa' | 'ei';
  /** True when the votes were equal and the chair's side won (KL 104 § 2 mom). */
  decidedByChair: boolean;
  /**
   * True when the votes were equal and the chair voted neither jaa nor ei: the law gives no winner, so the chair
   * must take a side before the vote is closed. `winner` is then `'jaa'` only as a placeholder.
   */
  unresolvedTie: boolean;
  /**
   * Whether the winning side has the majority the item requires (`options.requiredMajority`); always true for a
   * simple majority. When false the proposal falls: the matter is not decided as proposed.
   */
  majorityReached: boolean;
}

/**
 * Whether `winner` votes against `loser` votes reach `required` (of `members` seats for the two thirds of all
 * members). Two thirds of the votes cast count jaa and ei votes, not blank ones ([unverified]: the reading of
 * "annetuista äänistä"); unanimity means no vote on the other side.
 */
export function majorityReached(
  required: RequiredMajority | undefined,
  winner: number,
  loser: number,
  members = 0,
): boolean {
  switch (required) {
    case 'kaksi-kolmasosaa-annetuista':
      return 3 * winner >= 2 * (winner + loser);
    case 'kaksi-kolmasosaa-jasenista':
      return 3 * winner >= 2 * members;
    case 'yksimielinen':
      return loser === 0;
    default:
      return true;
  }
}

const OPTIONS: ReadonlySet<string> = new Set(['jaa', 'ei', 'tyhja']);

/**
 * Counts an open vote (KL 104 § 2 mom): the proposal with most votes wins; on a tie the side the chair voted for
 * wins. "Tyhjä" counts for neither side. A member may appear only once.
 */
export function tallyVote(
  ballots: readonly { member: string; option: BallotOption }[],
  options: { chair?: string; requiredMajority?: RequiredMajority; members?: number } = {},
): TallyResult {
  const counts = { jaa: 0, ei: 0, tyhja: 0 };
  const members = new Set<string>();
  let chairOption: BallotOption | undefined;
  for (const [i, b] of ballots.entries()) {
    if (!OPTIONS.has(b.option)) {
      fail('invalid-ballot', `Äänestyslipuke ${i}: tuntematon vaihtoehto.`, `Ballot ${i}: unknown option.`);
    }
    if (members.has(b.member)) {
      fail(
        'duplicate-ballot',
        `${b.member} äänesti kahdesti.`,
        `${b.member} voted twice.`,
        `${b.member} röstade två gånger.`,
      );
    }
    members.add(b.member);
    counts[b.option] += 1;
    if (options.chair !== undefined && b.member === options.chair) chairOption = b.option;
  }
  const reached = (w: 'jaa' | 'ei'): boolean =>
    majorityReached(options.requiredMajority, counts[w], counts[w === 'jaa' ? 'ei' : 'jaa'], options.members);
  if (counts.jaa !== counts.ei) {
    const winner = counts.jaa > counts.ei ? 'jaa' : 'ei';
    return { ...counts, winner, decidedByChair: false, unresolvedTie: false, majorityReached: reached(winner) };
  }
  if (chairOption === 'jaa' || chairOption === 'ei') {
    return {
      ...counts,
      winner: chairOption,
      decidedByChair: true,
      unresolvedTie: false,
      majorityReached: reached(chairOption),
    };
  }
  return { ...counts, winner: 'jaa', decidedByChair: false, unresolvedTie: true, majorityReached: false };
}

/** Decision kinds produced by {@link resolveItem} (the meeting-schema decision kind codes). */
export type ResolvedKind =
  'approved-as-proposed' | 'approved-after-vote' | 'approved-as-amended' | 'rejected' | 'tabled' | 'returned';

export interface ItemResolution {
  /** The proposal that became the decision (the procedural proposal for tabled / returned). */
  adopted: string;
  /** Adopted amendments, in order. */
  amendments: string[];
  kind: ResolvedKind;
  /** Steps actually held (procedural steps whose proposal won end the handling). */
  stepsHeld: number;
  /** False while further votes of the plan are still to be held. */
  complete: boolean;
  /** Each held step with the proposals it actually put against each other and the winner. */
  trace: { step: number; jaa: string; ei: string; winner: string }[];
}

/**
 * Applies vote results to a plan (KL 104 §): `results[i]` is the winning side of the i-th held step. Returns the
 * decision and its result kind; `complete` is false when more steps must still be held.
 */
export function resolveItem(
  plan: VotePlan,
  results: readonly ('jaa' | 'ei' | { winner: 'jaa' | 'ei'; majorityReached?: boolean })[],
): ItemResolution {
  let current = plan.base;
  let anyVote = false;
  const amendments: string[] = [];
  const trace: ItemResolution['trace'] = [];
  const sub = (id: string): string => (id === WINNER_OF_PREVIOUS ? current : id);
  for (const [i, step] of plan.steps.entries()) {
    const raw = results[i];
    if (raw === undefined) {
      return { adopted: current, amendments, kind: kindOf(), stepsHeld: i, complete: false, trace };
    }
    const side = typeof raw === 'string' ? raw : raw.winner;
    // A special majority not reached (see tallyVote): the proposal falls and the matter is rejected.
    if (typeof raw !== 'string' && raw.majorityReached === false) {
      trace.push({ step: i, jaa: sub(step.jaa), ei: sub(step.ei), winner: sub(side === 'jaa' ? step.jaa : step.ei) });
      return { adopted: current, amendments, kind: 'rejected', stepsHeld: i + 1, complete: true, trace };
    }
    const jaa = sub(step.jaa);
    const ei = sub(step.ei);
    const winner = side === 'jaa' ? jaa : ei;
    trace.push({ step: i, jaa, ei, winner });
    anyVote = true;
    if (step.purpose === 'tabling' || step.purpose === 'referral-back') {
      if (winner !== plan.base) {
        return {
          adopted: winner,
          amendments,
          kind: step.purpose === 'tabling' ? 'tabled' : 'returned',
          stepsHeld: i + 1,
          complete: true,
          trace,
        };
      }
      continue;
    }
    if (step.purpose === 'amendment') {
      if (winner !== current) amendments.push(winner);
      continue;
    }
    if (step.purpose === 'rejection') {
      if (winner !== current) {
        return { adopted: winner, amendments, kind: 'rejected', stepsHeld: i + 1, complete: true, trace };
      }
      continue;
    }
    current = winner;
  }
  return { adopted: current, amendments, kind: kindOf(), stepsHeld: plan.steps.length, complete: true, trace };

  function kindOf(): ResolvedKind {
    if (current !== plan.base || amendments.length > 0) return 'approved-as-amended';
    return anyVote ? 'approved-after-vote' : 'approved-as-proposed';
  }
}

/**
 * Whether a demand to table a matter in the council decides the tabling without a vote: the hallintosääntö (Kuntaliitto
 * model, [unverified]) lets a share of the councillors present (`rules.councilTablingShare`, default 1/4) table a
 * matter, typically only the first time it is handled (`rules.councilTablingFirstHandlingOnly`). Otherwise tabling is
 * a majority decision voted first (see {@link planVotes}). Integer arithmetic: `demanding / present >= share`.
 */
export function councilTablingByDemand(
  input: { present: number; demanding: number; firstHandling: boolean },
  rules?: ProcedureRulesOverrides,
): boolean {
  const r = resolveRules(rules);
  const share = r.councilTablingShare;
  if (share === null) return false;
  if (r.councilTablingFirstHandlingOnly && !input.firstHandling) return false;
  return input.present > 0 && input.demanding * share.denominator >= input.present * share.numerator;
}
