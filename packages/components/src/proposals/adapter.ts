import type { ItemState, MeetingState } from '@digikokous/procedure';
import { proposalKindLabels } from '@digikokous/meeting-schema/codes';
import type { LocalisedText } from '../shared/types.js';
import type { ProposalView, VotingOrderStepView } from './proposals.js';

type Proposal = ItemState['proposals'][number];

/** The proposals of the current item as `<dk-proposals>` shows them. */
export function proposalsView(state: MeetingState, nameOf: (personId: string) => string): ProposalView[] {
  const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  if (!item) return [];
  return item.proposals.map((p) => {
    const view: ProposalView = {
      id: p.id,
      kind: p.kind,
      seconders: p.seconderIds.map((id) => ({ id, name: nameOf(id) })),
      text: p.text,
      withdrawn: p.withdrawn,
    };
    if (p.proposerId !== undefined) {
      view.proposerId = p.proposerId;
      view.proposer = nameOf(p.proposerId);
    }
    return view;
  });
}

function label(p: Proposal | undefined, nameOf: (id: string) => string): LocalisedText {
  if (!p) return { fi: '?', sv: '?', en: '?' };
  const k = proposalKindLabels[p.kind];
  const who = p.proposerId ? ` (${nameOf(p.proposerId)})` : '';
  return { fi: k.fi + who, sv: k.sv + who, en: k.en + who };
}

/** The approved voting order of the current item (KL 104 § 1 mom), with each side named. */
export function votingOrderView(state: MeetingState, nameOf: (personId: string) => string): VotingOrderStepView[] {
  const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  if (!item?.votingOrder) return [];
  const byId = new Map(item.proposals.map((p) => [p.id, p]));
  const side = (s: { proposalId: string } | { winnerOfVoteId: string }, steps: number): LocalisedText =>
    'proposalId' in s
      ? label(byId.get(s.proposalId), nameOf)
      : {
          fi: `edellisen äänestyksen (${steps}.) voittaja`,
          sv: `vinnaren i föregående omröstning (${steps})`,
          en: `the winner of vote ${steps}`,
        };
  return item.votingOrder.map((step, i) => ({ jaa: side(step.jaa, i), ei: side(step.ei, i) }));
}
