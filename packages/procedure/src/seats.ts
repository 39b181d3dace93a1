/**
 * The seat model: one seat, one vote. A body's seats belong to its members (KL 16 §, KL 30 §); a personal deputy
 * (KL 31 § 3 mom) or a council deputy of the member's group (varavaltuutettu, KL 17 §) holds a seat only while its
 * member is absent or disqualified (HL 27 §), and only one person holds a seat at a time. The voting right follows
 * from the seat; officials, experts and the secretary hold none. Quorum (KL 103 §), per-item quorum and ballots all
 * read this model.
 */
import type { ItemState, MeetingState, ReplayMeeting, RosterMembership, SeatRoster } from './state.js';
import { refusal, type Refusal } from './refusals.js';

/** Roles that hold a seat of their own (meeting-schema `seatRoles`). */
export const SEAT_ROLES: ReadonlySet<string> = new Set(['puheenjohtaja', 'varapuheenjohtaja', 'jasen']);

/**
 * The roster of the meeting's body from its memberships: those of `meeting.bodyId` valid on the meeting's date.
 * Without memberships the roster is taken from the roles recorded in attendance (`source: 'attendance'`).
 */
export function buildRoster(meeting: ReplayMeeting, memberships?: readonly RosterMembership[]): SeatRoster {
  const roster: SeatRoster = {
    source: memberships === undefined ? 'attendance' : 'memberships',
    members: new Map(),
    personalDeputies: new Map(),
    councilDeputies: new Map(),
    roles: new Map(),
  };
  if (memberships === undefined) return roster;
  const date = typeof meeting.startsAt === 'string' ? meeting.startsAt.slice(0, 10) : undefined;
  for (const m of memberships) {
    if (meeting.bodyId !== undefined && m.bodyId !== undefined && m.bodyId !== meeting.bodyId) continue;
    if (date !== undefined && ((m.start !== undefined && m.start > date) || (m.end !== undefined && m.end < date)))
      continue;
    roster.roles.set(m.personId, m.role);
    if (m.votingRight === false) continue;
    if (SEAT_ROLES.has(m.role)) {
      roster.members.set(
        m.personId,
        m.councilGroupId === undefined ? { role: m.role } : { role: m.role, councilGroupId: m.councilGroupId },
      );
    } else if (m.role === 'varajasen') {
      if (m.deputyFor !== undefined) {
        const list = roster.personalDeputies.get(m.personId) ?? [];
        list.push(m.deputyFor);
        roster.personalDeputies.set(m.personId, list);
      } else {
        const c: { councilGroupId?: string; deputyOrder?: number } = {};
        if (m.councilGroupId !== undefined) c.councilGroupId = m.councilGroupId;
        if (m.deputyOrder !== undefined) c.deputyOrder = m.deputyOrder;
        roster.councilDeputies.set(m.personId, c);
      }
    }
  }
  return roster;
}

/** The role of a person: from the roster, else as recorded in attendance, else from the invitation. */
export function roleOf(state: MeetingState, personId: string, recorded?: string): string | undefined {
  if (state.roster.source === 'memberships') return state.roster.roles.get(personId) ?? recorded;
  return (
    recorded ??
    state.attendance.get(personId)?.role ??
    state.meeting.invitees?.find((i) => i.personId === personId)?.role
  );
}

/** The outcome of an arrival for the seats: the seat taken (if any) and the deputy it displaces. */
export interface SeatClaim {
  seat?: string;
  /** A deputy who held the member's seat and gives it back when the member arrives. */
  displaced?: string;
}

/** Whether `deputyId` may sit in `seat` (KL 17 §, KL 31 § 3 mom). */
function deputyMaySit(roster: SeatRoster, deputyId: string, seat: string): boolean {
  if (roster.personalDeputies.get(deputyId)?.includes(seat)) return true;
  const council = roster.councilDeputies.get(deputyId);
  if (council === undefined) return false;
  const group = roster.members.get(seat)?.councilGroupId;
  return council.councilGroupId === undefined || group === undefined || council.councilGroupId === group;
}

/**
 * Which seat `personId` takes on arriving (or refusal why he cannot take the one named). A member takes his own
 * seat (a deputy holding it gives it back); a deputy takes the seat named in `substituteFor` if he may sit there
 * and it is free, or, without `substituteFor`, the free seat of a member he is the personal deputy of. Without
 * memberships (`roster.source: 'attendance'`) the role recorded decides; `statedVotingRight` only seats a person
 * recorded with no role at all.
 */
export function claimSeat(
  state: MeetingState,
  personId: string,
  role: string | undefined,
  substituteFor: string | undefined,
  statedVotingRight?: boolean,
): SeatClaim | Refusal {
  const roster = state.roster;
  const effectiveRole = roleOf(state, personId, role);
  // Without memberships the recorded role decides; a person recorded with no role at all holds a seat only when the
  // recorder (secretary or chair, authorised) states the voting right: the flag never overrides a role.
  const isMember =
    roster.source === 'memberships'
      ? roster.members.has(personId)
      : SEAT_ROLES.has(effectiveRole ?? '') ||
        (effectiveRole === undefined && substituteFor === undefined && statedVotingRight === true);
  const holderOf = (seat: string): string | undefined => {
    const h = state.seats.get(seat);
    return h !== undefined && h !== personId && state.attendance.get(h)?.present === true ? h : undefined;
  };
  if (isMember) {
    if (substituteFor !== undefined && substituteFor !== personId)
      return refusal('not-a-deputy-for', { personId, seat: substituteFor });
    const held = holderOf(personId);
    return held === undefined ? { seat: personId } : { seat: personId, displaced: held };
  }
  if (substituteFor !== undefined) {
    if (roster.source === 'memberships') {
      if (!roster.members.has(substituteFor)) return refusal('not-a-member', { personId: substituteFor });
      if (!deputyMaySit(roster, personId, substituteFor))
        return refusal('not-a-deputy-for', { personId, seat: substituteFor });
    } else if (effectiveRole !== 'varajasen') {
      return refusal('not-a-deputy-for', { personId, seat: substituteFor });
    }
    const memberPresent = state.attendance.get(substituteFor)?.present === true;
    const held = holderOf(substituteFor) ?? (memberPresent ? substituteFor : undefined);
    if (held !== undefined) return refusal('seat-taken', { seat: substituteFor, holderId: held });
    return { seat: substituteFor };
  }
  for (const principal of roster.personalDeputies.get(personId) ?? []) {
    if (holderOf(principal) === undefined && state.attendance.get(principal)?.present !== true)
      return { seat: principal };
  }
  return {};
}

/** Persons present holding a seat, not disqualified in `item` (HL 27 §): those who vote and count for quorum. */
export function votersPresent(state: MeetingState, item?: ItemState): string[] {
  const out: string[] = [];
  for (const holder of state.seats.values()) {
    const a = state.attendance.get(holder);
    if (a !== undefined && a.present && !(item?.disqualified.has(holder) ?? false)) out.push(holder);
  }
  return out;
}

/** Whether `personId` may vote now in `item`: present, holding a seat, not disqualified. */
export function holdsSeat(state: MeetingState, personId: string): string | undefined {
  const a = state.attendance.get(personId);
  if (a === undefined || !a.present || a.seatOf === undefined) return undefined;
  return state.seats.get(a.seatOf) === personId ? a.seatOf : undefined;
}
