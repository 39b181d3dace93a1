import type { AgendaItem, Meeting, MeetingEvent } from '@digikokous/meeting-schema';
import { stateToJSON, type MeetingState } from '@digikokous/procedure';
import { decideAccess, type AccessMeeting } from '@digikokous/security';

/** Who is looking: a signed-in participant, or the public (no session). */
export interface Viewer {
  readonly personId?: string;
  readonly public: boolean;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ public: true });

export interface VisibilityContext {
  readonly meeting: Meeting;
  readonly access: AccessMeeting;
  readonly state: MeetingState;
  /** Today in Europe/Helsinki, for `publicFrom`. */
  readonly today: string;
}

/**
 * May `viewer` see the content of item `itemId`? `decideAccess` on the item's publicity, with the members
 * disqualified in it (KL 97 §, HL 27–28 §) and its presenter. Items of the agenda only; an unknown item is not
 * visible (fail closed).
 */
export function canSeeItem(ctx: VisibilityContext, viewer: Viewer, itemId: string): boolean {
  const item = ctx.meeting.items.find((i) => i.id === itemId);
  return item !== undefined && canSeePart(ctx, viewer, item, item.publicity);
}

function canSeePart(
  ctx: VisibilityContext,
  viewer: Viewer,
  item: AgendaItem,
  publicity: AgendaItem['publicity'],
): boolean {
  const disqualified = [...(ctx.state.items.get(item.id)?.disqualified ?? [])];
  return decideAccess({
    viewer: viewer.public ? { public: true } : { personId: viewer.personId as string },
    meeting: ctx.access,
    item: { id: item.id, disqualified, ...(item.presenterId ? { presenterId: item.presenterId } : {}) },
    part: { publicity },
    today: ctx.today,
  }).allow;
}

/** Event types of a hidden item that carry only ids and are passed through (the public agenda lists the item). */
const ENVELOPE_ONLY = new Set(['item-opened', 'item-closed']);

/** An event as one viewer may receive it: whole, or an envelope without actor and payload. */
export type VisibleEvent = MeetingEvent | { id: string; seq: number; at: string; type: string; redacted: true };

export function visibleEvent(
  ctx: VisibilityContext,
  viewer: Viewer,
  event: MeetingEvent,
  itemId: string | undefined,
): VisibleEvent {
  if (itemId === undefined || ENVELOPE_ONLY.has(event.type) || canSeeItem(ctx, viewer, itemId)) return event;
  return { id: event.id, seq: event.seq, at: event.at, type: event.type, redacted: true };
}

/** What a viewer who may not see an item gets of it in the agenda: its place and its public title. */
export function agendaItemFor(
  ctx: VisibilityContext,
  viewer: Viewer,
  item: AgendaItem,
): Partial<AgendaItem> & {
  hidden?: true;
} {
  if (canSeeItem(ctx, viewer, item.id)) {
    // A public item can still carry confidential attachments (JulkL 10 §: only the secret parts are withheld).
    const attachments = item.attachments.filter((a) => canSeePart(ctx, viewer, item, a.publicity));
    return attachments.length === item.attachments.length ? item : { ...item, attachments };
  }
  return {
    id: item.id,
    order: item.order,
    ...(item.sectionNumber === undefined ? {} : { sectionNumber: item.sectionNumber }),
    title: item.publicTitle ?? {
      fi: 'Salassa pidettävä asia',
      sv: 'Sekretessbelagt ärende',
    },
    // The secrecy basis is stated publicly (JulkL 25 §: the marking names the provision).
    publicity: item.publicity,
    // Still a valid agenda item for the kit's components: empty where the content was.
    preparerIds: [],
    attachments: [],
    additional: item.additional,
    hidden: true,
  };
}

/**
 * The viewer's snapshot of the meeting for a cold start: the agenda and the replayed state, with the items the
 * viewer may not see reduced to their place (no proposals, speakers, votes or decision text).
 */
export function snapshotFor(ctx: VisibilityContext, viewer: Viewer): { meeting: unknown; state: unknown } {
  const meeting = { ...ctx.meeting, items: ctx.meeting.items.map((i) => agendaItemFor(ctx, viewer, i)) };
  const state = stateToJSON(ctx.state) as { items: Record<string, Record<string, unknown>>; meeting?: unknown };
  delete state.meeting;
  for (const [id, item] of Object.entries(state.items)) {
    if (canSeeItem(ctx, viewer, id)) continue;
    state.items[id] = {
      itemId: id,
      sectionNumber: item.sectionNumber,
      openedAt: item.openedAt,
      ...(item.closedAt === undefined ? {} : { closedAt: item.closedAt }),
      hidden: true,
    };
  }
  return { meeting, state };
}
