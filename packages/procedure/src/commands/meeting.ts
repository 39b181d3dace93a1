/** The meeting as a whole: opening, the presiding chair, legality, minutes checkers, agenda, breaks, closing. */
import { isQuorate } from '../quorum.js';
import { refusal } from '../refusals.js';
import { votersPresent } from '../seats.js';
import { noOpenVote, type Handler } from './context.js';

export const openMeeting: Handler<'open-meeting'> = (ctx) => {
  const { state, command } = ctx;
  if (state.status !== 'not-started') return refusal('meeting-already-open');
  if (state.roster.source === 'memberships' && !state.roster.members.has(command.chairId))
    return refusal('not-a-member', { personId: command.chairId });
  ctx.emit('meeting-opened', {
    meetingId: state.meetingId,
    chairId: command.chairId,
    ...(command.secretaryId === undefined ? {} : { secretaryId: command.secretaryId }),
    mode: command.mode,
  });
  return ctx.events;
};

/**
 * Another person presides (KL 102 §; hallintosääntö: the vice-chair when the chair is disqualified or absent, a
 * temporary chair chosen by the body). The casting vote of KL 104 § 2 mom goes with the chair.
 */
export const changePresiding: Handler<'change-presiding'> = (ctx) => {
  const { state, command, item } = ctx;
  if (command.personId === state.presidingId) return refusal('presiding-same', { personId: command.personId });
  const a = state.attendance.get(command.personId);
  if (a === undefined || !a.present || (item?.disqualified.has(command.personId) ?? false))
    return refusal('presiding-candidate-unable', { personId: command.personId });
  ctx.emit('presiding-changed', {
    personId: command.personId,
    reason: command.reason,
    ...(item !== undefined && command.reason !== 'puheenjohtaja-palaa' ? { itemId: item.itemId } : {}),
  });
  return ctx.events;
};

export const stateLegality: Handler<'state-legality'> = (ctx) => {
  const { state, command } = ctx;
  const present = votersPresent(state).length;
  ctx.emit('legality-and-quorum-stated', {
    lawfullyConvened: command.lawfullyConvened,
    quorate: isQuorate(state.body, present),
    membersPresent: present,
    seats: state.body.seats,
    ...(command.note === undefined ? {} : { note: command.note }),
  });
  return ctx.events;
};

export const chooseMinutesCheckers: Handler<'choose-minutes-checkers'> = (ctx) => {
  for (const personId of ctx.command.personIds) {
    if (ctx.state.attendance.get(personId)?.present !== true) return refusal('checker-not-present', { personId });
  }
  ctx.emit('minutes-checkers-chosen', { personIds: [...ctx.command.personIds] });
  return ctx.events;
};

export const approveAgenda: Handler<'approve-agenda'> = (ctx) => {
  const { itemIds, additionalItemIds, removedItemIds } = ctx.command;
  ctx.emit('agenda-approved', {
    itemIds: [...itemIds],
    ...(additionalItemIds === undefined ? {} : { additionalItemIds: [...additionalItemIds] }),
    ...(removedItemIds === undefined ? {} : { removedItemIds: [...removedItemIds] }),
  });
  return ctx.events;
};

export const startBreak: Handler<'start-break'> = (ctx) => {
  if (ctx.state.status === 'on-break') return refusal('on-break');
  const busy = noOpenVote(ctx);
  if (busy) return busy;
  ctx.emit('break-started', ctx.command.reason === undefined ? {} : { reason: ctx.command.reason });
  return ctx.events;
};

export const endBreak: Handler<'end-break'> = (ctx) => {
  if (ctx.state.status !== 'on-break') return refusal('not-on-break');
  ctx.emit('break-ended', {});
  return ctx.events;
};

export const closeMeeting: Handler<'close-meeting'> = (ctx) => {
  if (ctx.item) return refusal('item-open', { itemId: ctx.item.itemId });
  ctx.emit('meeting-closed', {});
  return ctx.events;
};
