/** The decision of an item (KL 104 §) and dissent (KL 106 §). */
import type { DissentBasis } from '@digikokous/meeting-schema/codes';
import { baseProposal, computeDecision, planForItem, tablingByDemand } from '../item-queries.js';
import { isCouncilKind } from '../quorum.js';
import { votersPresent } from '../seats.js';
import { refusal } from '../refusals.js';
import type { ItemState, MeetingState } from '../state.js';
import { itemQuorate, needItem, noOpenVote, type Handler } from './context.js';

/**
 * Records the decision, after the discussion is closed and the voting order is complete. With the discussion still
 * open, only a unanimous decision the chair states (`unanimous: true`, "voidaanko yksimielisesti hyväksyä", KL 104 §
 * 1 mom: no seconded counter-proposal); the decision ends the discussion (nothing is proposed or seconded after it).
 */
export const recordDecision: Handler<'record-decision'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { state, command, rules } = ctx;
  const busy = noOpenVote(ctx) ?? itemQuorate(state, it);
  if (busy) return busy;
  if (it.decision) return refusal('decision-exists');
  // An election held (KL 105 §), or a tabling / referral proposal adopted, ends the discussion of its item.
  const proceduralWon = it.votes.some((v) => {
    const k = it.proposals.find((p) => p.id === v.closed?.winningProposalId)?.kind;
    return k === 'poydallepano' || k === 'palautus';
  });
  const agendaItem = state.meeting.items?.find((x) => x.id === it.itemId);
  const tabledByDemand = tablingByDemand(
    it,
    {
      council: isCouncilKind(state.body.kind),
      voters: new Set(votersPresent(state, it)),
      firstHandling: agendaItem?.previouslyTabled !== true,
    },
    rules,
  );
  const closesDiscussion =
    it.discussionClosedAt === undefined && it.elections.length === 0 && !proceduralWon && tabledByDemand === undefined;
  if (closesDiscussion) {
    const plan = planForItem(it, { rules });
    if (command.unanimous !== true || (plan !== undefined && plan.steps.length > 0)) return refusal('discussion-open');
    if (it.speakers.some((s) => s.grantedAt !== undefined && s.endedAt === undefined))
      return refusal('someone-speaking');
  }
  const requiredMajority = agendaItem?.requiredMajority;
  const decision = computeDecision(it, command.decision ?? {}, rules, {
    ...(requiredMajority === undefined ? {} : { requiredMajority }),
    ...(tabledByDemand === undefined ? {} : { tabledByDemand }),
    members: state.body.seats,
    present: it.quorum.present,
  });
  if ('code' in decision) return decision;
  ctx.emit('decision-recorded', { itemId: it.itemId, decision });
  return ctx.events;
};

/** Dissent, right after the decision (KL 106 §), only by one entitled to it. */
export const recordDissent: Handler<'record-dissent'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { state, command } = ctx;
  if (!it.decision) return refusal('no-decision');
  if (it.disqualified.has(command.personId)) return refusal('disqualified', { personId: command.personId });
  if (!dissentEntitled(state, it, command.personId, command.basis)) return refusal('not-entitled-to-dissent');
  if (it.dissents.some((d) => d.personId === command.personId)) return refusal('already-dissented');
  ctx.emit('dissent-recorded', {
    itemId: it.itemId,
    dissentId: command.dissentId ?? `${it.itemId}-m${it.dissents.length + 1}`,
    personId: command.personId,
    basis: command.basis,
    ...(command.writtenReasons === undefined ? {} : { writtenReasons: command.writtenReasons }),
  });
  return ctx.events;
};

/**
 * KL 106 §: a member who made a counter-proposal that was not adopted or voted against the decision, and the
 * presenting official when the decision departs from his proposal — also when an adopted amendment changed it.
 */
function dissentEntitled(state: MeetingState, it: ItemState, personId: string, basis: DissentBasis): boolean {
  const decision = it.decision;
  const decisionBase = decision?.basedOnProposalId;
  switch (basis) {
    case 'vastaehdotuksen-tekija':
      return it.proposals.some((p) => p.proposerId === personId && p.kind !== 'pohjaehdotus' && p.id !== decisionBase);
    case 'vastaan-aanestanyt':
      return it.votes.some((v) => {
        const o = v.ballots.get(personId);
        return v.closed !== undefined && (o === 'jaa' || o === 'ei') && o !== v.closed.result;
      });
    case 'esittelija': {
      const presenter = state.meeting.items?.find((x) => x.id === it.itemId)?.presenterId;
      const base = baseProposal(it);
      const departs =
        decisionBase !== base?.id || decision?.kind === 'hyvaksytty-muutettuna' || decision?.kind === 'hylatty';
      return presenter === personId && base !== undefined && departs;
    }
    default:
      return false;
  }
}
