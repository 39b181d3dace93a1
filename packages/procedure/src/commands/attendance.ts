/** Attendance and seats (KL 99 §, KL 103 §, KL 17 §, KL 31 §) and disqualification (KL 97 §, HL 27–29 §). */
import { attendanceCauseRefusal } from '../authorize.js';
import { refusal } from '../refusals.js';
import { claimSeat, roleOf } from '../seats.js';
import { needItem, type Handler } from './context.js';

export const changeAttendance: Handler<'change-attendance'> = (ctx) => {
  const { state, command, item } = ctx;
  const a = state.attendance.get(command.personId);
  const personId = command.personId;
  const cause = command.cause;
  if (command.status === 'poissa') {
    if (!a?.present) return refusal('not-present', { personId });
    const badCause = attendanceCauseRefusal(state, personId, command.status, cause, command.mode, command.reason);
    if (badCause) return badCause;
    ctx.emit('attendance-changed', {
      personId,
      status: 'poissa',
      ...(item ? { itemId: item.itemId } : {}),
      ...(command.reason === undefined ? {} : { reason: command.reason }),
      ...(cause === undefined ? {} : { cause }),
    });
    return ctx.events;
  }
  // KL 99 §: a restored connection brings the participant back remotely, in the seat he may hold.
  const badCause = attendanceCauseRefusal(state, personId, command.status, cause, command.mode, command.reason);
  if (badCause) return badCause;
  const mode = command.mode ?? (cause === 'connection-restored' ? 'etana' : undefined);
  const substituteFor = command.substituteFor ?? (cause === 'connection-restored' ? a?.substituteFor : undefined);
  if (a?.present && (mode === undefined || mode === a.mode)) return refusal('already-present', { personId });
  if (item?.disqualified.has(personId)) return refusal('disqualified', { personId });
  // A change of mode keeps the seat held; an arrival claims one (the voting right follows from the seat).
  let seat = a?.present ? a.seatOf : undefined;
  if (!a?.present) {
    const claim = claimSeat(
      state,
      personId,
      command.role,
      substituteFor,
      command.votingRight ?? (a?.votingRight || undefined),
    );
    if ('code' in claim) return claim;
    seat = claim.seat;
  }
  if (command.votingRight === true && seat === undefined) return refusal('no-seat', { personId });
  ctx.emit('attendance-changed', {
    personId,
    status: 'lasna',
    ...(mode === undefined ? {} : { mode }),
    ...(command.role === undefined ? {} : { role: command.role }),
    votingRight: seat !== undefined,
    ...(seat !== undefined && seat !== personId ? { substituteFor: seat } : {}),
    ...(item ? { itemId: item.itemId } : {}),
    ...(cause === undefined ? {} : { cause }),
  });
  return ctx.events;
};

/**
 * A disqualification is declared and decided (KL 97 §, HL 27–29 §). The disqualified person leaves for the item
 * (HL 27 §: not present); when he presides, the vice-chair takes the chair for the item if present (KL 102 §,
 * hallintosääntö), otherwise the secretary records who does (`change-presiding`).
 */
export const declareDisqualification: Handler<'declare-disqualification'> = (ctx) => {
  const it = needItem(ctx);
  if ('code' in it) return it;
  const { state, command } = ctx;
  if (it.votes.length > 0 || it.decision || ctx.openVote) return refusal('too-late');
  ctx.emit('disqualification-declared', {
    itemId: it.itemId,
    disqualificationId: command.disqualificationId ?? `${it.itemId}-j${it.disqualifications.length + 1}`,
    personId: command.personId,
    ground: command.ground,
    declaredBy: command.declaredBy,
    decidedByBody: command.decidedByBody ?? true,
    disqualified: command.disqualified,
    ...(command.reason === undefined ? {} : { reason: command.reason }),
  });
  if (!command.disqualified) return ctx.events;
  if (state.presidingId === command.personId) {
    const vice = [...state.attendance.values()].find(
      (p) =>
        p.present &&
        p.personId !== command.personId &&
        !it.disqualified.has(p.personId) &&
        roleOf(state, p.personId, p.role) === 'varapuheenjohtaja',
    );
    if (vice !== undefined)
      ctx.emit('presiding-changed', {
        personId: vice.personId,
        reason: 'puheenjohtaja-esteellinen',
        itemId: it.itemId,
      });
  }
  // HL 27 §: the disqualified member leaves for the item; the departure is minuted.
  if (state.attendance.get(command.personId)?.present) {
    ctx.emit('attendance-changed', {
      personId: command.personId,
      status: 'poissa',
      itemId: it.itemId,
      reason: 'esteellisyys',
    });
  }
  return ctx.events;
};
