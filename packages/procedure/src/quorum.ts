import { assertCount } from './errors.js';

/**
 * The body kinds whose quorum is two thirds: the council (valtuusto, KL 103 § 1 mom) and the regional council of a
 * wellbeing services county (aluevaltuusto, HyvAL 108 §). The codes of `@digikokous/meeting-schema/codes` and
 * English aliases are both accepted.
 */
const COUNCIL_KINDS: ReadonlySet<string> = new Set(['valtuusto', 'council', 'aluevaltuusto', 'regional-council']);

/** True when the body kind is a council (KL 103 § 1 mom). */
export function isCouncilKind(kind: string): boolean {
  return COUNCIL_KINDS.has(kind);
}

export interface BodySize {
  kind: string;
  seats: number;
}

/**
 * Members that must be present for a quorum. KL 103 § 1 mom: the council at least two thirds of the councillors;
 * KL 103 § 2 mom: other bodies more than half of the members. Integer arithmetic only.
 */
export function requiredForQuorum(body: BodySize): number {
  assertCount(body.seats, 'seats', 1);
  // ceil(2n/3) and floor(n/2)+1 in integers.
  return isCouncilKind(body.kind) ? Math.floor((2 * body.seats + 2) / 3) : Math.floor(body.seats / 2) + 1;
}

/**
 * Whether the body is quorate with `present` members present, remote participants included (KL 103 § 3 mom):
 * council `3 * present >= 2 * seats`, other bodies `2 * present > seats` (KL 103 § 1–2 mom).
 */
export function isQuorate(body: BodySize, present: number): boolean {
  assertCount(body.seats, 'seats', 1);
  assertCount(present, 'present');
  return isCouncilKind(body.kind) ? 3 * present >= 2 * body.seats : 2 * present > body.seats;
}

/** A seat in the body for one item: held by the member or by a deputy who substitutes in that seat. */
export interface SeatAttendance {
  member: string;
  /** Present on site or remotely (KL 103 § 3 mom: both count). */
  present: boolean;
  /** Disqualified in this item and therefore not present (HL 27 §). */
  disqualified?: boolean;
  /** A deputy sits in this seat instead of the member. */
  deputy?: { id: string; present: boolean; disqualified?: boolean };
}

export interface ItemQuorum {
  seats: number;
  present: number;
  required: number;
  quorate: boolean;
  /** Members who are absent only because of disqualification in this item. */
  disqualified: string[];
  /** Seats whose deputy could be summoned (member absent or disqualified, no deputy present yet). */
  seatsForDeputies: string[];
  /** True when the item lacks a quorum and deputies should be summoned (HL 27 §, KL 103 §). */
  summonDeputies: boolean;
  /** Members still missing to reach the quorum. */
  shortBy: number;
}

/**
 * Quorum for one agenda item. A disqualified member may not be present (HL 27 §) and so does not count; a deputy
 * substituting in the seat counts (standard practice, [unverified]). When the item is not quorate, deputies of the
 * empty seats must be summoned; if even that fails in the council, the central election board appoints extra deputies
 * (KL 17 § 3 mom), which is outside this function.
 */
export function itemQuorum(body: { kind: string; seats: number }, seats: readonly SeatAttendance[]): ItemQuorum {
  const required = requiredForQuorum(body);
  let present = 0;
  const disqualified: string[] = [];
  const seatsForDeputies: string[] = [];
  for (const seat of seats) {
    const memberCounts = seat.present && !seat.disqualified;
    const deputyCounts = seat.deputy !== undefined && seat.deputy.present && !seat.deputy.disqualified;
    if (seat.disqualified) disqualified.push(seat.member);
    if (memberCounts || deputyCounts) present += 1;
    else seatsForDeputies.push(seat.member);
  }
  const quorate = isQuorate(body, present);
  return {
    seats: body.seats,
    present,
    required,
    quorate,
    disqualified,
    seatsForDeputies,
    summonDeputies: !quorate,
    shortBy: Math.max(0, required - present),
  };
}
