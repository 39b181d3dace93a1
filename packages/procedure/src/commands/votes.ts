/** Votes on a matter (KL 104 §): the voting order, opening, ballots, closing with the casting vote, cancelling. */
import type { VoteMethod } from '@digikokous/meeting-schema/codes';
import { baseProposal, orderResults, planForItem, resolveSide, walkVotes } from '../item-queries.js';
import { refusal, type Refusal } from '../refusals.js';
import type { ProcedureRules } from '../rules.js';
import { holdsSeat } from '../seats.js';
import type { ItemState, VotingSide } from '../state.js';
import { tallyVote, WINNER_OF_PREVIOUS, wishClauseRejection } from '../voting.js';
import { canVote, itemQuorate, needItem, noOpenVote, type Handler } from './context.js';

const METHOD_BY_RULE: Record<ProcedureRules['defaultVotingMethod'], VoteMethod> = {
  'show-of-hands': 'kasiennostus',
  standing: 'nousemalla',
  electronic: 'sahkoinen',
  'roll-call': 'nimenhuuto',
};

const PROCEDURAL = new Set(['poydallepano', 'palautus']);

/** Proposals that may be put to the vote: the base and the standing, seconded proposals (KL 104 § 1 mom). */
function votable(it: ItemState): Set<string> {
  const base = baseProposal(it);
  return new Set(it.proposals.filter((p) => !p.withdrawn && (p === base || p.seconderIds.length > 0)).map((p) => p.id));
}

/**
 * An explicit voting order must put standing, seconded proposals (or the base) of the item against each other, refer
 * only to earlier votes of the order, use each vote id once and leave no seconded proposal out (KL 104 § 1 mom).
 */
function checkExplicitOrder(
  it: ItemState,
  steps: readonly { voteId: string; jaa: VotingSide; ei: VotingSide }[],
): Refusal | undefined {
  const bad = (fi: string, sv: string, en: string) => refusal('invalid-voting-order', { fi, sv, en });
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > 100)
    return bad('äänestysjärjestys on tyhjä.', 'omröstningsordningen är tom.', 'the voting order is empty.');
  const base = baseProposal(it);
  const ok = votable(it);
  const seen = new Set<string>();
  const used = new Set<string>();
  for (const st of steps) {
    if (typeof st.voteId !== 'string' || seen.has(st.voteId))
      return bad(
        'äänestyksen tunniste puuttuu tai toistuu.',
        'ett omröstnings-id saknas eller upprepas.',
        'a vote id is missing or repeated.',
      );
    for (const side of [st.jaa, st.ei]) {
      if ('proposalId' in side) {
        // A wish clause is voted after the decision, not in the voting order of the main question.
        if (it.proposals.some((p) => p.id === side.proposalId && p.kind === 'toivomusponsi'))
          return bad(
            `toivomusponsi ${side.proposalId} äänestetään päätöksen jälkeen.`,
            `hemställningsklämmen ${side.proposalId} röstas om efter beslutet.`,
            `wish clause ${side.proposalId} is voted on after the decision.`,
          );
        if (!ok.has(side.proposalId))
          return bad(
            `ehdotus ${side.proposalId} ei ole kannatettu tai sitä ei ole tehty.`,
            `förslaget ${side.proposalId} är inte understött eller har inte lagts fram.`,
            `proposal ${side.proposalId} is not seconded or was not made.`,
          );
        used.add(side.proposalId);
      } else if (!seen.has(side.winnerOfVoteId)) {
        return bad(
          'viittaus myöhempään tai tuntemattomaan äänestykseen.',
          'hänvisning till en senare eller okänd omröstning.',
          'reference to a later or unknown vote.',
        );
      }
    }
    seen.add(st.voteId);
  }
  const excluded = new Set(
    it.proposals.filter((p) => p.kind === 'toivomusponsi' || decidedProcedural(it, p.id)).map((p) => p.id),
  );
  const missing = [...ok].filter((id) => !used.has(id) && id !== base?.id && !excluded.has(id));
  if (missing.length > 0)
    return bad(
      `kannatettu ehdotus puuttuu: ${missing.join(', ')}.`,
      `ett understött förslag saknas: ${missing.join(', ')}.`,
      `a seconded proposal is missing: ${missing.join(', ')}.`,
    );
  return undefined;
}

/** A tabling or referral proposal already put to the vote during the discussion. */
export function decidedProcedural(it: ItemState, proposalId: string): boolean {
  return it.votes.some(
    (v) => v.closed !== undefined && (v.question.jaa === proposalId || v.question.ei === proposalId),
  );
}

export const approveVotingOrder: Handler<'approve-voting-order'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command, rules } = ctx;
  if (it.discussionClosedAt === undefined) return refusal('discussion-open');
  if (it.decision) return refusal('decision-exists');
  if (it.votes.some((v) => v.closed !== undefined && !procedural(it, v.question))) return refusal('votes-started');
  const busy = noOpenVote(ctx);
  if (busy) return busy;
  if (command.steps !== undefined) {
    const bad = checkExplicitOrder(it, command.steps);
    if (bad) return bad;
    ctx.emit('voting-order-approved', {
      itemId: it.itemId,
      steps: command.steps.map((st) => ({ voteId: st.voteId, jaa: st.jaa, ei: st.ei })),
    });
    return ctx.events;
  }
  const plan = planForItem(it, { ...(command.distanceRanks ? { distanceRanks: command.distanceRanks } : {}), rules });
  if (!plan) return refusal('no-base-proposal');
  if (plan.steps.length === 0) return refusal('no-vote-needed');
  let lastMain: string | undefined;
  const side = (id: string): VotingSide =>
    id === WINNER_OF_PREVIOUS
      ? lastMain
        ? { winnerOfVoteId: lastMain }
        : { proposalId: plan.base }
      : { proposalId: id };
  const steps = plan.steps.map((s, i) => {
    const voteId = `${it.itemId}-v${i + 1}`;
    const out = { voteId, jaa: side(s.jaa), ei: side(s.ei) };
    if (s.purpose === 'counter' || s.purpose === 'final') lastMain = voteId;
    return out;
  });
  ctx.emit('voting-order-approved', { itemId: it.itemId, steps });
  return ctx.events;
};

function procedural(it: ItemState, q: { jaa: string; ei: string }): boolean {
  const kind = (id: string) => it.proposals.find((p) => p.id === id)?.kind;
  return PROCEDURAL.has(kind(q.jaa) ?? '') || PROCEDURAL.has(kind(q.ei) ?? '');
}

/**
 * Opens the next vote. With an approved voting order only its next step, in order (KL 104 § 1 mom); without one,
 * only a single vote between the base and a seconded proposal. Tabling and referral back proposals may be voted on
 * during the discussion when seconded (`rules.proceduralProposals`, Kuntaliitto model [unverified]).
 */
export const openVote: Handler<'open-vote'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command, rules, state } = ctx;
  const busy = noOpenVote(ctx) ?? itemQuorate(state, it);
  if (busy) return busy;
  const wish = it.proposals.find((p) => p.kind === 'toivomusponsi' && !p.withdrawn && p.id === command.jaa);
  if (it.decision) return wish === undefined ? refusal('decision-exists') : openWishClauseVote(ctx, it, wish.id);
  if (wish !== undefined || it.proposals.some((p) => p.kind === 'toivomusponsi' && p.id === command.ei))
    return refusal('wish-clause-after-decision');
  const base = baseProposal(it);
  const ok = votable(it);
  const isProcedural = (id: string | undefined) =>
    PROCEDURAL.has(it.proposals.find((p) => p.id === id && !p.withdrawn)?.kind ?? '');
  const standing = (id: string | undefined) => it.proposals.some((p) => p.id === id && !p.withdrawn);
  let jaa = command.jaa;
  let ei = command.ei;
  let voteId = command.voteId;
  if (it.discussionClosedAt === undefined) {
    // Only a seconded tabling / referral proposal against the base, during the discussion.
    const duringDiscussion =
      rules.proceduralProposals === 'during-discussion' &&
      jaa !== undefined &&
      ei !== undefined &&
      base !== undefined &&
      ((jaa === base.id && isProcedural(ei)) || (ei === base.id && isProcedural(jaa)));
    if (!duringDiscussion) return refusal('discussion-open');
    const other = jaa === base!.id ? ei! : jaa!;
    if (!ok.has(other)) return refusal('not-seconded', { proposalId: other });
    if (decidedProcedural(it, other)) return refusal('voting-complete');
  } else if (it.votingOrder) {
    const done = orderResults(it);
    const next = it.votingOrder[done.length];
    if (!next || walkVotes(it, rules).ended) return refusal('voting-complete');
    const nj = resolveSide(it, next.jaa);
    const ne = resolveSide(it, next.ei);
    if (
      (jaa !== undefined && jaa !== nj) ||
      (ei !== undefined && ei !== ne) ||
      (voteId !== undefined && voteId !== next.voteId)
    )
      return refusal('out-of-order', { voteId: next.voteId });
    jaa = nj;
    ei = ne;
    voteId = next.voteId;
  } else {
    if (jaa === undefined || ei === undefined) return refusal('no-voting-order');
    if (!standing(jaa) || !standing(ei) || jaa === ei) return refusal('invalid-question');
    for (const id of [jaa, ei])
      if (!ok.has(id) && it.proposals.some((p) => p.id === id && !p.withdrawn))
        return refusal('not-seconded', { proposalId: id });
    // Several votes need an approved voting order (KL 104 § 1 mom); a single one is the base against the other.
    const plan = planForItem(it, { rules });
    const step = plan?.steps.length === 1 ? plan.steps[0] : undefined;
    const sides = new Set([jaa, ei]);
    if (plan === undefined || plan.steps.length === 0) return refusal('no-vote-needed');
    if (step === undefined || !sides.has(step.ei) || !sides.has(step.jaa === WINNER_OF_PREVIOUS ? plan.base : step.jaa))
      return refusal('no-voting-order');
    if (it.votes.some((v) => v.closed !== undefined && !procedural(it, v.question))) return refusal('voting-complete');
  }
  if (!standing(jaa) || !standing(ei) || jaa === ei) return refusal('invalid-question');
  return emitVoteOpened(ctx, it, voteId, jaa!, ei!);
};

/**
 * Opens vote `voteId` (by default the item's next id) on `jaa` / `ei` with the command's method and text. A
 * cancelled vote is taken again under the same id; any other reuse is refused.
 */
function emitVoteOpened(
  ctx: Parameters<Handler<'open-vote'>>[0],
  it: ItemState,
  voteId: string | undefined,
  jaa: string,
  ei: string,
) {
  const { command, rules } = ctx;
  const id = voteId ?? `${it.itemId}-v${it.votes.length + 1}`;
  const reuse = it.votes.findLast((v) => v.voteId === id);
  if (reuse !== undefined && reuse.cancelled === undefined) return refusal('duplicate-vote');
  ctx.emit('vote-opened', {
    itemId: it.itemId,
    voteId: id,
    method: command.method ?? METHOD_BY_RULE[rules.defaultVotingMethod],
    question: { jaa, ei, ...(command.text === undefined ? {} : { text: command.text }) },
  });
  return ctx.events;
}

/**
 * A wish clause (toivomusponsi) is put to the vote after the main decision, alone, as "hyväksytään / hylätään":
 * jaa = adopted, ei = rejected ({@link wishClauseRejection}); only when seconded (KL 104 § 1 mom) and once.
 */
function openWishClauseVote(ctx: Parameters<Handler<'open-vote'>>[0], it: ItemState, wishId: string) {
  const { command } = ctx;
  const reject = wishClauseRejection(wishId);
  if (command.ei !== undefined && command.ei !== reject) return refusal('invalid-question');
  if (!votable(it).has(wishId)) return refusal('not-seconded', { proposalId: wishId });
  if (it.votes.some((v) => v.question.jaa === wishId && v.closed !== undefined)) return refusal('voting-complete');
  return emitVoteOpened(ctx, it, command.voteId, wishId, reject);
}

/** A ballot in the open vote `voteId`: one seat, one vote, from the person holding the seat (KL 104 §). */
export const castBallot: Handler<'cast-ballot'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command, state, openVote: vote } = ctx;
  if (!vote) return refusal('no-open-vote');
  if (command.voteId !== vote.voteId) return refusal('wrong-vote', { voteId: String(command.voteId) });
  const r = canVote(state, command.personId, it);
  if (r) return r;
  if (!['jaa', 'ei', 'tyhja'].includes(command.option)) return refusal('invalid-option');
  if (vote.ballots.has(command.personId) && !ctx.rules.allowBallotChange) return refusal('second-ballot');
  const seat = holdsSeat(state, command.personId)!;
  const seatVoter = vote.ballotSeats.get(seat);
  if (seatVoter !== undefined && seatVoter !== command.personId) return refusal('seat-already-voted', { seat });
  ctx.emit('ballot-cast', {
    itemId: it.itemId,
    voteId: vote.voteId,
    personId: command.personId,
    option: command.option,
  });
  return ctx.events;
};

/**
 * Closes the open vote with its counts (KL 104 § 2 mom): most votes win; on a tie the side of whoever presides wins.
 * Refused without quorum (KL 103 §: a departure during the vote) — cancel and take it again, or wait for quorum. A tie
 * the casting vote cannot settle follows `rules.unsettledTie`.
 */
export const closeVote: Handler<'close-vote'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { state, openVote: vote, command, rules } = ctx;
  if (!vote) return refusal('no-open-vote');
  const q = itemQuorate(state, it);
  if (q) return q;
  const ballots = [...vote.ballots].map(([member, option]) => ({ member, option }));
  const t = tallyVote(ballots, state.presidingId === undefined ? {} : { chair: state.presidingId });
  let winner = t.winner;
  let casting = t.decidedByChair;
  if (t.unresolvedTie) {
    if (rules.unsettledTie === 'chair-states-side' && (command.castingSide === 'jaa' || command.castingSide === 'ei')) {
      winner = command.castingSide;
      casting = true;
    } else {
      return refusal(rules.unsettledTie === 'revote' ? 'tie-needs-revote' : 'tie-needs-side');
    }
  }
  const cast = t.jaa + t.ei + t.tyhja;
  ctx.emit('vote-closed', {
    itemId: it.itemId,
    voteId: vote.voteId,
    counts: { jaa: t.jaa, ei: t.ei, tyhja: t.tyhja, poissa: Math.max(0, state.body.seats - cast) },
    result: winner,
    castingVote: casting,
    winningProposalId: vote.question[winner],
  });
  return ctx.events;
};

/** Cancels the open vote without a result, so that it is taken again (KL 104 § 2 mom unsettled tie; KL 103 §). */
export const cancelVote: Handler<'cancel-vote'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const vote = ctx.openVote;
  if (!vote) return refusal('no-open-vote');
  const reason = ctx.command.reason ?? (it.quorum.quorate ? 'muu' : 'paatosvaltaisuus-menetetty');
  ctx.emit('vote-cancelled', { itemId: it.itemId, voteId: vote.voteId, reason });
  return ctx.events;
};
