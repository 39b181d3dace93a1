/**
 * Queries on an item's state, shared by the command handlers and the minutes: the base proposal, the voting plan, the
 * results of the voting order and the decision they lead to (KL 104 §). No commands here.
 */
import type { Decision, LocalizedLongText, LocalizedText, RequiredMajority } from '@digikokous/meeting-schema';
import type { ProposalKind as SchemaProposalKind } from '@digikokous/meeting-schema/codes';
import { refusal, type Refusal } from './refusals.js';
import type { ProcedureRules, ProcedureRulesOverrides } from './rules.js';
import type { ItemState, VotingSide } from './state.js';
import { councilTablingByDemand, majorityReached, planVotes, type ProposalKind, type ResolvedKind } from './voting.js';

/** meeting-schema proposal kinds → the voting-order kinds of {@link planVotes}. */
export const PLAN_KIND: Partial<Record<SchemaProposalKind, ProposalKind>> = {
  vastaehdotus: 'counter',
  muutosehdotus: 'amendment',
  hylkaysehdotus: 'rejection',
  poydallepano: 'tabling',
  palautus: 'referral-back',
};

/** `resolveItem` kinds → meeting-schema decision kinds. */
export const DECISION_KIND: Record<ResolvedKind, Decision['kind']> = {
  'approved-as-proposed': 'hyvaksytty-ehdotuksen-mukaisesti',
  'approved-after-vote': 'hyvaksytty-aanestyksen-jalkeen',
  'approved-as-amended': 'hyvaksytty-muutettuna',
  rejected: 'hylatty',
  tabled: 'poydalle',
  returned: 'palautettu-valmisteltavaksi',
};

/** The base proposal of an item: the last one of kind `pohjaehdotus` still standing. */
export function baseProposal(item: ItemState): ItemState['proposals'][number] | undefined {
  return item.proposals.filter((p) => p.kind === 'pohjaehdotus' && !p.withdrawn).at(-1);
}

/**
 * The voting plan of an item from its proposals (KL 104 § 1 mom): the base proposal needs no seconding; wish clauses
 * (toivomusponsi) are voted separately after the decision and are not part of the plan.
 */
export function planForItem(
  item: ItemState,
  options: { distanceRanks?: Record<string, number>; rules?: ProcedureRulesOverrides } = {},
): ReturnType<typeof planVotes> | undefined {
  const base = baseProposal(item);
  if (base === undefined) return undefined;
  // A tabling or referral proposal already voted on during the discussion (and lost) is not voted on again.
  const decided = (id: string) =>
    item.votes.some((v) => v.closed !== undefined && (v.question.jaa === id || v.question.ei === id));
  const proposals = item.proposals
    .filter(
      (p) =>
        p !== base &&
        !p.withdrawn &&
        PLAN_KIND[p.kind] !== undefined &&
        !((p.kind === 'poydallepano' || p.kind === 'palautus') && decided(p.id)),
    )
    .map((p) => {
      const rank = options.distanceRanks?.[p.id];
      return {
        id: p.id,
        kind: PLAN_KIND[p.kind]!,
        seconded: p.seconderIds.length > 0,
        ...(rank === undefined ? {} : { distanceRank: rank }),
      };
    });
  return planVotes({ base: base.id, proposals }, options.rules ?? {});
}

export function resolveSide(item: ItemState, side: VotingSide): string | undefined {
  if ('proposalId' in side) return side.proposalId;
  return item.votes.findLast((v) => v.voteId === side.winnerOfVoteId)?.closed?.winningProposalId;
}

/** Results of the item's closed votes that follow its approved voting order, in order. */
export function orderResults(item: ItemState): ('jaa' | 'ei')[] {
  const out: ('jaa' | 'ei')[] = [];
  for (const step of item.votingOrder ?? []) {
    const v = item.votes.findLast((x) => x.voteId === step.voteId)?.closed;
    if (!v) break;
    out.push(v.result);
  }
  return out;
}

export function rich(text: LocalizedLongText | LocalizedText): Decision['text'] {
  const para = (t: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: t }] }];
  const out: Decision['text'] = { fi: para(text.fi) };
  if (text.sv !== undefined) out.sv = para(text.sv);
  if (text.en !== undefined) out.en = para(text.en);
  return out;
}

/** Where the closed votes of an item lead (see {@link walkVotes}). */
export interface Walk {
  adopted: string;
  amendments: string[];
  kind: ResolvedKind;
  anyVote: boolean;
  /** All steps held, or a procedural / rejection proposal won and ended the handling. */
  complete: boolean;
  ended: boolean;
}

/**
 * Walks the item's closed votes (in the approved voting order, or in the order held) and derives the decision
 * (KL 104 §): a winning tabling or referral proposal ends the handling, a winning rejection rejects, an amendment
 * voted after the main question adds to it (rules), otherwise the winner of the last vote on the substance stands.
 */
export function walkVotes(it: ItemState, rules: ProcedureRules): Walk {
  const base = baseProposal(it)?.id ?? '';
  const kindOf = (id: string | undefined) => it.proposals.find((p) => p.id === id)?.kind;
  const steps: { jaa: string | undefined; ei: string | undefined; winner: string | undefined }[] = [];
  let complete = true;
  if (it.votingOrder) {
    for (const step of it.votingOrder) {
      const v = it.votes.findLast((x) => x.voteId === step.voteId)?.closed;
      if (!v) {
        complete = false;
        break;
      }
      steps.push({ jaa: resolveSide(it, step.jaa), ei: resolveSide(it, step.ei), winner: v.winningProposalId });
    }
  } else {
    for (const v of it.votes) {
      if (v.closed) steps.push({ jaa: v.question.jaa, ei: v.question.ei, winner: v.closed.winningProposalId });
    }
  }
  let adopted = base;
  const amendments: string[] = [];
  for (const s of steps) {
    const sides = [s.jaa, s.ei];
    const procedural = sides.find((id) => kindOf(id) === 'poydallepano' || kindOf(id) === 'palautus');
    if (procedural !== undefined) {
      if (s.winner === procedural) {
        return {
          adopted: procedural,
          amendments,
          kind: kindOf(procedural) === 'poydallepano' ? 'tabled' : 'returned',
          anyVote: true,
          complete: true,
          ended: true,
        };
      }
      continue;
    }
    const rejection = sides.find((id) => kindOf(id) === 'hylkaysehdotus');
    if (rejection !== undefined) {
      if (s.winner === rejection)
        return { adopted: rejection, amendments, kind: 'rejected', anyVote: true, complete: true, ended: true };
      continue;
    }
    const amendment =
      rules.amendments === 'after-main' ? sides.find((id) => kindOf(id) === 'muutosehdotus') : undefined;
    if (amendment !== undefined) {
      if (s.winner === amendment) amendments.push(amendment);
      continue;
    }
    if (s.winner !== undefined) adopted = s.winner;
  }
  const anyVote = steps.length > 0;
  const kind: ResolvedKind =
    adopted !== base || amendments.length > 0
      ? 'approved-as-amended'
      : anyVote
        ? 'approved-after-vote'
        : 'approved-as-proposed';
  return { adopted, amendments, kind, anyVote, complete, ended: false };
}

/** What the decision needs to know of the item's requirements (KL 104 §; the special majority of the item). */
export interface DecisionContext {
  requiredMajority?: RequiredMajority;
  /** Seats of the body (two thirds of all members). */
  members?: number;
  /** Voters present in the item (a decision stated without a vote is that of all of them). */
  present?: number;
  /** A tabling proposal the council minority's demand decides without a vote ({@link tablingByDemand}). */
  tabledByDemand?: string;
}

/**
 * The council minority's right to have a matter tabled (hallintosääntö, Kuntaliitto model [unverified]): a standing
 * tabling proposal whose proposer and seconders — councillors present with a seat, not disqualified — reach
 * `rules.councilTablingShare` of the councillors present (default 1/4), at the matter's first handling when
 * `rules.councilTablingFirstHandlingOnly`, tables the matter without a vote ({@link councilTablingByDemand}).
 * Only in the council; `undefined` when no proposal qualifies.
 */
export function tablingByDemand(
  it: ItemState,
  input: { council: boolean; voters: ReadonlySet<string>; firstHandling: boolean },
  rules: ProcedureRules,
): string | undefined {
  if (!input.council) return undefined;
  for (const p of it.proposals) {
    if (p.kind !== 'poydallepano' || p.withdrawn || p.seconderIds.length === 0) continue;
    const demanding = new Set([p.proposerId, ...p.seconderIds].filter((x) => x !== undefined && input.voters.has(x)));
    if (
      councilTablingByDemand(
        { present: input.voters.size, demanding: demanding.size, firstHandling: input.firstHandling },
        rules,
      )
    )
      return p.id;
  }
  return undefined;
}

const APPROVED = new Set<Decision['kind']>([
  'hyvaksytty-ehdotuksen-mukaisesti',
  'hyvaksytty-aanestyksen-jalkeen',
  'hyvaksytty-muutettuna',
]);

/**
 * Whether the item's special majority is reached (simple majority: always): by the last vote on the substance, or,
 * without a vote, by all voters present (a decision the chair states is unanimous, KL 104 § 1 mom).
 */
export function specialMajorityReached(it: ItemState, context: DecisionContext): boolean {
  const required = context.requiredMajority;
  if (required === undefined || required === 'yksinkertainen') return true;
  const kindOf = (id: string) => it.proposals.find((p) => p.id === id)?.kind;
  const last = it.votes.findLast(
    (v) =>
      v.closed !== undefined &&
      kindOf(v.question.jaa) !== 'poydallepano' &&
      kindOf(v.question.jaa) !== 'palautus' &&
      kindOf(v.question.ei) !== 'poydallepano' &&
      kindOf(v.question.ei) !== 'palautus',
  )?.closed;
  if (last === undefined) return majorityReached(required, context.present ?? 0, 0, context.members ?? 0);
  const other = last.result === 'jaa' ? 'ei' : 'jaa';
  return majorityReached(required, last.counts[last.result], last.counts[other], context.members ?? 0);
}

export function computeDecision(
  it: ItemState,
  given: Partial<Omit<Decision, 'itemId'>>,
  rules: ProcedureRules,
  context: DecisionContext = {},
): Decision | Refusal {
  const reached = specialMajorityReached(it, context);
  if (!reached && given.kind !== undefined && APPROVED.has(given.kind))
    return refusal('majority-not-reached', { required: context.requiredMajority ?? '' });
  const id = given.id ?? `${it.itemId}-d`;
  const withExtras = (d: Decision): Decision => {
    if (given.appeal !== undefined) d.appeal = given.appeal;
    return d;
  };
  if (given.kind !== undefined && given.text !== undefined) {
    return withExtras({ ...given, id, itemId: it.itemId, kind: given.kind, text: given.text } as Decision);
  }
  const election = it.elections.at(-1);
  if (election && it.votes.length === 0) {
    return withExtras({
      id,
      itemId: it.itemId,
      kind: 'vaali',
      text: given.text ?? rich({ fi: `Valituiksi tulivat ${election.electedIds.join(', ')}.` }),
      electionId: election.id,
    });
  }
  // The council minority's demand tables the matter without a vote (hallintosääntö).
  if (context.tabledByDemand !== undefined) {
    const p = it.proposals.find((x) => x.id === context.tabledByDemand)!;
    return withExtras({
      id,
      itemId: it.itemId,
      kind: 'poydalle',
      text: given.text ?? rich(p.text),
      basedOnProposalId: p.id,
    });
  }
  // A tabling or referral back proposal adopted during the discussion ends the handling (hallintosääntö).
  const procedural = it.votes.find((v) => {
    const k = it.proposals.find((p) => p.id === v.closed?.winningProposalId)?.kind;
    return k === 'poydallepano' || k === 'palautus';
  })?.closed;
  if (procedural !== undefined) {
    const p = it.proposals.find((x) => x.id === procedural.winningProposalId)!;
    return withExtras({
      id,
      itemId: it.itemId,
      kind: p.kind === 'poydallepano' ? 'poydalle' : 'palautettu-valmisteltavaksi',
      text: given.text ?? rich(p.text),
      basedOnProposalId: p.id,
      voteIds: it.votes.filter((v) => v.closed).map((v) => v.voteId),
    });
  }
  const plan = planForItem(it, { rules });
  const base = baseProposal(it);
  if (!plan || !base) {
    return refusal('no-base-proposal');
  }
  if (plan.steps.length > 0 && it.discussionClosedAt === undefined) {
    return refusal('discussion-open');
  }
  const r = walkVotes(it, rules);
  // KL 104 § 1 mom: seconded counter-proposals must be voted on; without them the chair states the decision.
  if ((plan.steps.length > 0 && !r.anyVote) || !r.complete) {
    return refusal('votes-missing');
  }
  const adopted = it.proposals.find((p) => p.id === r.adopted);
  const amendments = r.amendments
    .map((a) => it.proposals.find((p) => p.id === a)?.text.fi)
    .filter((t) => t !== undefined);
  const text: LocalizedLongText = adopted ? { ...adopted.text } : { fi: r.adopted };
  if (amendments.length > 0) text.fi = [text.fi, ...amendments].join(' ');
  const voteIdsHeld = it.votes.filter((v) => v.closed).map((v) => v.voteId);
  if (!reached) {
    // The special majority was not reached: the proposal falls and the matter is rejected.
    const rejected: Decision = {
      id,
      itemId: it.itemId,
      kind: 'hylatty',
      text:
        given.text ??
        rich({
          fi: 'Ehdotus ei saanut vaadittua määräenemmistöä, joten asia raukesi.',
          sv: 'Förslaget fick inte den krävda kvalificerade majoriteten, så ärendet förföll.',
        }),
    };
    if (voteIdsHeld.length > 0) rejected.voteIds = voteIdsHeld;
    return withExtras(rejected);
  }
  const d: Decision = {
    id,
    itemId: it.itemId,
    kind: DECISION_KIND[r.kind],
    text: given.text ?? rich(text),
    basedOnProposalId: r.adopted,
  };
  const voteIds = it.votes.filter((v) => v.closed).map((v) => v.voteId);
  if (voteIds.length > 0) d.voteIds = voteIds;
  return withExtras(d);
}
