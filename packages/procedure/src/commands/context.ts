/** What every command handler gets: the state, the command, the rules and a typed `emit`. */
import type { MeetingEvent, MeetingEventOf } from '@digikokous/meeting-schema';
import { refusal, type Refusal } from '../refusals.js';
import type { ProcedureRules } from '../rules.js';
import { holdsSeat } from '../seats.js';
import type { ItemState, MeetingState, VoteState } from '../state.js';
import type { DecideOptions, MeetingCommandOf, MeetingCommandType, OnBehalfOf } from './types.js';

export interface Ctx<T extends MeetingCommandType> {
  readonly state: MeetingState;
  readonly command: MeetingCommandOf<T>;
  readonly rules: ProcedureRules;
  readonly options: DecideOptions;
  /** The item being handled, if any. */
  readonly item: ItemState | undefined;
  /** The vote open in that item, if any. */
  readonly openVote: VoteState | undefined;
  /** The events produced so far. */
  readonly events: MeetingEvent[];
  /** Appends an event of type `type`; the payload is checked against that event's schema type. */
  emit<E extends MeetingEvent['type']>(type: E, payload: MeetingEventOf<E>['payload']): void;
}

/** A command handler: the events, or why the command is refused. */
export type Handler<T extends MeetingCommandType> = (ctx: Ctx<T>) => MeetingEvent[] | Refusal;

export function makeCtx<T extends MeetingCommandType>(
  state: MeetingState,
  command: MeetingCommandOf<T>,
  rules: ProcedureRules,
  options: DecideOptions,
): Ctx<T> {
  const newId = options.newId ?? ((seq: number) => `e${seq}`);
  const events: MeetingEvent[] = [];
  let seq = state.lastSeq;
  const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  const openVote = item?.votes.findLast((v) => v.closed === undefined && v.cancelled === undefined);
  const onBehalfOf = (command as { onBehalfOf?: OnBehalfOf }).onBehalfOf;
  return {
    state,
    command,
    rules,
    options,
    item,
    openVote,
    events,
    emit(type, payload) {
      seq += 1;
      const e = { id: newId(seq), seq, at: command.at, actor: command.actor, type, payload } as Record<string, unknown>;
      // The envelope records that the secretary acted for the member (authorised by `authorizeCommand`).
      if (onBehalfOf !== undefined) e.onBehalfOf = { personId: onBehalfOf.personId, reason: onBehalfOf.reason };
      events.push(e as unknown as MeetingEvent);
    },
  };
}

/** The item being handled, or the refusal `no-item-open`. */
export function needItem(ctx: Ctx<MeetingCommandType>): ItemState | Refusal {
  return ctx.item ?? refusal('no-item-open');
}

/** `personId` may take part in `item` as a voter: present, holding a seat, not disqualified (HL 27 §). */
export function canVote(state: MeetingState, personId: string, item: ItemState): Refusal | undefined {
  const a = state.attendance.get(personId);
  if (!a || !a.present) return refusal('not-present', { personId });
  if (item.disqualified.has(personId)) return refusal('disqualified', { personId });
  if (holdsSeat(state, personId) === undefined) return refusal('no-voting-right', { personId });
  return undefined;
}

/** `personId` may take part in the handling of `item` (speak): present and not disqualified. */
export function canTakePart(state: MeetingState, personId: string, item: ItemState): Refusal | undefined {
  if (state.attendance.get(personId)?.present !== true) return refusal('not-present', { personId });
  if (item.disqualified.has(personId)) return refusal('disqualified', { personId });
  return undefined;
}

/**
 * Legality and quorum are often stated inside the first item (§ 1), so they are required before votes and decisions
 * rather than before opening an item (KL 103 §).
 */
export function itemQuorate(state: MeetingState, item: ItemState): Refusal | undefined {
  if (state.legality === undefined) return refusal('legality-not-stated');
  if (!item.quorum.quorate)
    return refusal('no-quorum', { present: item.quorum.present, required: item.quorum.required });
  return undefined;
}

export function noOpenVote(ctx: Ctx<MeetingCommandType>): Refusal | undefined {
  return ctx.openVote === undefined ? undefined : refusal('vote-open');
}
