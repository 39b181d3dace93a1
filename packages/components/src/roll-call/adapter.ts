import type { MeetingState } from '@digikokous/procedure';
import type { RollCallParticipant } from './roll-call.js';

/**
 * The attendance of a replayed meeting for `<dk-roll-call>`: everyone with an attendance record, the current item's
 * disqualified marked (HL 27 §), remote connections from the host's transport (`connections`: person → state).
 */
export function rollCallView(
  state: MeetingState,
  nameOf: (personId: string) => string,
  connections: Readonly<Record<string, 'live' | 'lost'>> = {},
): RollCallParticipant[] {
  const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  return [...state.attendance.values()].map((a) => {
    const p: RollCallParticipant = { id: a.personId, name: nameOf(a.personId), present: a.present };
    if (a.mode) p.mode = a.mode;
    if (a.role) p.role = a.role;
    const c = connections[a.personId];
    if (c && a.mode === 'etana') p.connection = c;
    if (item?.disqualified.has(a.personId)) p.disqualified = true;
    const last = a.periods.at(-1);
    if (last) {
      p.arrivedAt = last.from;
      if (last.to) p.leftAt = last.to;
    }
    return p;
  });
}
