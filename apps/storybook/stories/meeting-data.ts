// Shared data of the meeting component stories (part 2): the fixture council meeting replayed to chosen points.
// Not a story file.
import {
  bodies,
  councilItems,
  councilMeeting,
  councilMeetingLog,
  fullName,
  memberships,
  personById,
} from '@digikokous/meeting-schema/fixtures';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import { MeetingStore, decide, isProcedureError, type MeetingCommand, type MeetingState } from '@digikokous/procedure';
import type { AuthorizeCommand, ChairCommandIntent } from '@digikokous/components';

export const CHAIR = 'p001';
export const events = councilMeetingLog.events;

export const nameOf = (id: string): string => {
  try {
    return fullName(personById(id));
  } catch {
    return id;
  }
};

/** The meeting replayed up to and including the first event that matches (all of it when none does). */
export function stateAfter(match?: (e: MeetingEvent) => boolean): MeetingState {
  return storeAfter(match).state;
}

/** A store holding the meeting up to that event, with the body's memberships (roles: chair, vice-chairs). */
export function storeAfter(match?: (e: MeetingEvent) => boolean): MeetingStore {
  const at = match ? events.findIndex(match) : events.length - 1;
  return new MeetingStore(councilMeeting, events.slice(0, at + 1), { bodies, memberships });
}

export const itemOpened = (n: number) => (e: MeetingEvent) =>
  e.type === 'item-opened' && (e.payload as { sectionNumber: number }).sectionNumber === n;

/**
 * A dry run of the engine as the console's authorisation (the host fills in the presiding person and the instant;
 * a tie in an election is drawn from a throwaway source, since nothing is applied).
 */
export function dryRun(state: MeetingState, actor = CHAIR): AuthorizeCommand {
  const at = new Date(Date.parse(state.lastAt ?? '2026-06-15T15:00:00Z') + 60_000).toISOString();
  return (command: ChairCommandIntent) => {
    const r = decide(state, { ...command, actor, at } as MeetingCommand, { random: () => 0 });
    return isProcedureError(r) ? r : undefined;
  };
}

export { bodies, councilItems, councilMeeting };
