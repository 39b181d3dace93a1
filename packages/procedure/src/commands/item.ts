/** Opening and closing an item (KL 95 § agenda, KL 103 § quorum, HL 27 § return of the disqualified). */
import { isQuorate, requiredForQuorum } from '../quorum.js';
import { refusal } from '../refusals.js';
import { votersPresent } from '../seats.js';
import { needItem, noOpenVote, type Handler } from './context.js';

export const openItem: Handler<'open-item'> = (ctx) => {
  const { state, command, item } = ctx;
  if (state.status === 'on-break') return refusal('on-break');
  if (item) return refusal('item-open', { itemId: item.itemId });
  if (state.items.get(command.itemId)?.closedAt !== undefined) return refusal('item-already-handled');
  const agenda = state.agenda;
  if (agenda && !agenda.itemIds.includes(command.itemId) && !(agenda.additionalItemIds ?? []).includes(command.itemId))
    return refusal('not-on-agenda');
  const present = votersPresent(state).length;
  if (!isQuorate(state.body, present))
    return refusal('no-quorum', { present, required: requiredForQuorum(state.body) });
  let last = 0;
  let taken = false;
  for (const i of state.items.values()) {
    if (i.sectionNumber > last) last = i.sectionNumber;
    if (i.sectionNumber === command.sectionNumber) taken = true;
  }
  const sectionNumber = command.sectionNumber ?? last + 1;
  if (taken) return refusal('duplicate-section', { sectionNumber });
  ctx.emit('item-opened', { itemId: command.itemId, sectionNumber });
  return ctx.events;
};

/**
 * Closes the item once it has a decision. The members who left because of disqualification return (HL 27 §; the
 * return is minuted), and a chair who handed over the chair for the item takes it back.
 */
export const closeItem: Handler<'close-item'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const busy = noOpenVote(ctx);
  if (busy) return busy;
  if (!it.decision) return refusal('no-decision');
  const { state } = ctx;
  ctx.emit('item-closed', { itemId: it.itemId });
  for (const personId of it.disqualified) {
    const a = state.attendance.get(personId);
    const lastPeriod = a?.periods.at(-1);
    if (a && !a.present && lastPeriod?.leftBecause === 'esteellisyys' && lastPeriod.toItemId === it.itemId) {
      ctx.emit('attendance-changed', {
        personId,
        status: 'lasna',
        ...(lastPeriod.mode ? { mode: lastPeriod.mode } : {}),
      });
    }
  }
  const handover = state.presidingChanges.at(-1);
  if (
    handover !== undefined &&
    handover.itemId === it.itemId &&
    state.chairId !== undefined &&
    state.presidingId !== state.chairId &&
    (state.attendance.get(state.chairId)?.present !== false || it.disqualified.has(state.chairId))
  ) {
    ctx.emit('presiding-changed', { personId: state.chairId, reason: 'puheenjohtaja-palaa' });
  }
  return ctx.events;
};
