/** The discussion of an item: speaking requests, proposals, seconding and withdrawal, closing the discussion. */
import { baseProposal } from '../item-queries.js';
import { refusal } from '../refusals.js';
import { canTakePart, canVote, needItem, type Handler } from './context.js';

export const requestSpeaker: Handler<'request-speaker'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command } = ctx;
  const r = canTakePart(ctx.state, command.personId, it);
  if (r) return r;
  if (it.discussionClosedAt !== undefined && (command.kind ?? 'puheenvuoro') !== 'tyojarjestyspuheenvuoro')
    return refusal('discussion-closed');
  ctx.emit('speaker-requested', {
    itemId: it.itemId,
    entryId: command.entryId ?? `${it.itemId}-s${it.speakers.length + 1}`,
    personId: command.personId,
    kind: command.kind ?? 'puheenvuoro',
    ...(command.repliesToEntryId === undefined ? {} : { repliesToEntryId: command.repliesToEntryId }),
  });
  return ctx.events;
};

/** The requester withdraws a request not yet granted, or the chair removes it. */
export const withdrawSpeaker: Handler<'withdraw-speaker'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const s = it.speakers.findLast((x) => x.entryId === ctx.command.entryId);
  if (!s) return refusal('unknown-speaker');
  if (s.withdrawnAt !== undefined) return refusal('speaker-withdrawn');
  if (s.grantedAt !== undefined) return refusal('already-granted');
  const byRequester = ctx.command.actor === s.personId || ctx.command.onBehalfOf?.personId === s.personId;
  ctx.emit('speaker-withdrawn', {
    itemId: it.itemId,
    entryId: s.entryId,
    by: byRequester ? 'pyytaja' : 'puheenjohtaja',
  });
  return ctx.events;
};

export const grantSpeaker: Handler<'grant-speaker'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const s = it.speakers.findLast((x) => x.entryId === ctx.command.entryId);
  if (!s) return refusal('unknown-speaker');
  if (s.withdrawnAt !== undefined) return refusal('speaker-withdrawn');
  if (s.grantedAt !== undefined) return refusal('already-granted');
  if (it.speakers.some((x) => x.grantedAt !== undefined && x.endedAt === undefined)) return refusal('someone-speaking');
  ctx.emit('speaker-granted', { itemId: it.itemId, entryId: s.entryId });
  return ctx.events;
};

export const endSpeaker: Handler<'end-speaker'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const s = it.speakers.findLast((x) => x.entryId === ctx.command.entryId);
  if (!s) return refusal('unknown-speaker');
  if (s.grantedAt === undefined || s.endedAt !== undefined) return refusal('not-speaking');
  ctx.emit('speaker-ended', { itemId: it.itemId, entryId: s.entryId });
  return ctx.events;
};

/**
 * A proposal (KL 104 §). The base proposal is the presenting official's (hallintosääntö); he changes it by
 * withdrawing it and making a new one before the discussion closes. Other proposals come from members present with
 * a seat.
 */
export const makeProposal: Handler<'make-proposal'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command } = ctx;
  if (it.decision) return refusal('decision-exists');
  if (it.discussionClosedAt !== undefined) return refusal('discussion-closed');
  if (command.kind === 'pohjaehdotus') {
    if (baseProposal(it)) return refusal('base-exists');
  } else {
    if (command.proposerId === undefined) return refusal('proposer-required');
    const r = canVote(ctx.state, command.proposerId, it);
    if (r) return r;
  }
  if (
    command.amendsProposalId !== undefined &&
    !it.proposals.some((p) => p.id === command.amendsProposalId && !p.withdrawn)
  )
    return refusal('unknown-proposal');
  const id = command.proposalId ?? `${it.itemId}-p${it.proposals.length + 1}`;
  if (it.proposals.some((p) => p.id === id)) return refusal('duplicate-proposal');
  ctx.emit('proposal-made', {
    itemId: it.itemId,
    proposalId: id,
    kind: command.kind,
    ...(command.proposerId === undefined || command.kind === 'pohjaehdotus' ? {} : { proposerId: command.proposerId }),
    text: command.text,
    ...(command.amendsProposalId === undefined ? {} : { amendsProposalId: command.amendsProposalId }),
  });
  return ctx.events;
};

/** Seconding (KL 104 § 1 mom) during the discussion, by a member present with a seat, never one's own proposal. */
export const secondProposal: Handler<'second-proposal'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { command } = ctx;
  const p = it.proposals.findLast((x) => x.id === command.proposalId);
  if (!p || p.withdrawn) return refusal('unknown-proposal');
  if (p.kind === 'pohjaehdotus') return refusal('base-needs-no-seconding');
  if (it.decision) return refusal('decision-exists');
  if (it.discussionClosedAt !== undefined) return refusal('discussion-closed');
  if (p.proposerId === command.seconderId) return refusal('own-proposal');
  if (p.seconderIds.includes(command.seconderId)) return refusal('already-seconded');
  const r = canVote(ctx.state, command.seconderId, it);
  if (r) return r;
  ctx.emit('proposal-seconded', { itemId: it.itemId, proposalId: p.id, seconderId: command.seconderId });
  return ctx.events;
};

/** Only the proposer withdraws a proposal; only the presenting official the base proposal (authorisation). */
export const withdrawProposal: Handler<'withdraw-proposal'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const p = it.proposals.findLast((x) => x.id === ctx.command.proposalId);
  if (!p || p.withdrawn) return refusal('unknown-proposal');
  if (it.decision) return refusal('decision-exists');
  if (it.discussionClosedAt !== undefined) return refusal('discussion-closed');
  if (ctx.openVote) return refusal('vote-open');
  ctx.emit('proposal-withdrawn', { itemId: it.itemId, proposalId: p.id });
  return ctx.events;
};

export const closeDiscussion: Handler<'close-discussion'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  if (it.discussionClosedAt !== undefined) return refusal('discussion-closed');
  if (it.speakers.some((s) => s.grantedAt !== undefined && s.endedAt === undefined)) return refusal('someone-speaking');
  if (ctx.openVote) return refusal('vote-open');
  ctx.emit('discussion-closed', { itemId: it.itemId });
  return ctx.events;
};
