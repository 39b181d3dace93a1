import { assertCount, fail } from './errors.js';
import { compareFractions, type Fraction } from './fraction.js';
import { drawLot, type Lot, type RandomSource } from './lots.js';
import { resolveRules, type ProcedureRulesOverrides } from './rules.js';

export type { Lot, RandomSource } from './lots.js';

/**
 * Members needed to demand a proportional election: `ceil(present / (seats + 1))`, a fractional quotient rounded up
 * (KL 105 § 2 mom), in integers `floor((present + seats) / (seats + 1))`. `seats` counts members only unless
 * `rules.deputiesCountInThreshold` and `deputies` say otherwise ([unverified]).
 */
export function proportionalElectionThreshold(
  present: number,
  seats: number,
  options: { deputies?: number; rules?: ProcedureRulesOverrides } = {},
): number {
  assertCount(present, 'present');
  assertCount(seats, 'seats', 1);
  const r = resolveRules(options.rules);
  const n = seats + (r.deputiesCountInThreshold ? (options.deputies ?? 0) : 0);
  return Math.floor((present + n) / (n + 1));
}

/**
 * Whether a proportional election is held (KL 105 § 2 mom): at least the threshold of members present demand it and
 * at least two elected officials are chosen (Kuntaliitto). Never for office holders.
 */
export function isProportionalElectionDemanded(input: {
  present: number;
  seats: number;
  demanding: number;
  officeHolder?: boolean;
  rules?: ProcedureRulesOverrides;
}): boolean {
  if (input.officeHolder || input.seats < 2) return false;
  return input.demanding >= proportionalElectionThreshold(input.present, input.seats, { rules: input.rules ?? {} });
}

/**
 * Whether a closed-ballot election (suljetuin lipuin) may be held: always in an ordinary meeting; in an electronic
 * (or hybrid) meeting only when the platform secures ballot secrecy (KL 105 § 5 mom).
 */
export function closedBallotAllowed(input: {
  electronic: boolean;
  ballotSecrecyEnsured: boolean;
  rules?: ProcedureRulesOverrides;
}): boolean {
  if (!input.electronic) return true;
  return resolveRules(input.rules).closedBallotInElectronicMeeting && input.ballotSecrecyEnsured === true;
}

/** An exact fraction in lowest terms for the lot record, e.g. "7" or "25/2". */
function showFraction(f: Fraction): string {
  let a = Math.abs(f.numerator);
  let b = f.denominator;
  while (b !== 0) [a, b] = [b, a % b];
  const g = a === 0 ? 1 : a;
  const n = f.numerator / g;
  const d = f.denominator / g;
  return d === 1 ? String(n) : `${n}/${d}`;
}

function checkSeats(seats: number): void {
  assertCount(seats, 'seats', 1);
}

/** Canonical order for ids that have no list position: code-unit order, independent of locale. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts entries by a descending key; equal keys keep their canonical (input) order. Runs of equal keys are drawn by
 * lot when `mustDraw(start, end)` says they matter. Returns the ordered ids and the lots drawn.
 */
function rankWithLots<T>(
  entries: readonly { id: string; key: T }[],
  cmp: (a: T, b: T) => number,
  random: RandomSource,
  mustDraw: (start: number, end: number) => boolean,
  meta: { purpose: Lot['purpose']; group?: string; show: (key: T) => string },
): { order: { id: string; key: T }[]; lots: Lot[] } {
  const sorted = entries.map((e, i) => ({ e, i })).sort((x, y) => cmp(y.e.key, x.e.key) || x.i - y.i);
  const order = sorted.map((s) => s.e);
  const lots: Lot[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && cmp(order[end]!.key, order[start]!.key) === 0) end += 1;
    if (end - start > 1 && mustDraw(start, end)) {
      const run = order.slice(start, end);
      const lot = drawLot(
        run.map((x) => x.id),
        random,
        meta.group === undefined
          ? { purpose: meta.purpose, value: meta.show(run[0]!.key) }
          : { purpose: meta.purpose, group: meta.group, value: meta.show(run[0]!.key) },
      );
      lots.push(lot);
      const byIdMap = new Map(run.map((x) => [x.id, x]));
      lot.order.forEach((id, k) => {
        order[start + k] = byIdMap.get(id)!;
      });
    }
    start = end;
  }
  return { order, lots };
}

/**
 * Majority election (enemmistövaali, KL 105 § 1 and 4 mom): the candidates with most votes are elected; equal votes
 * across the last seat are decided by lot. With `drawAllTies` every tie is drawn, giving a total ranking (useful when
 * non-personal deputies follow the ranking). Tied candidates go to the lot in code-unit order of their ids.
 */
export function majorityElection(input: {
  seats: number;
  votes: Record<string, number>;
  random: RandomSource;
  drawAllTies?: boolean;
}): { elected: string[]; ranking: string[]; lots: Lot[] } {
  checkSeats(input.seats);
  const entries = Object.keys(input.votes)
    .sort(byId)
    .map((id) => {
      const v = input.votes[id];
      assertCount(v, `votes.${id}`);
      return { id, key: v };
    });
  const seats = input.seats;
  const { order, lots } = rankWithLots(
    entries,
    (a, b) => a - b,
    input.random,
    (start, end) => input.drawAllTies === true || (start < seats && end > seats),
    { purpose: 'ranking', show: (k) => String(k) },
  );
  const ranking = order.map((x) => x.id);
  return { elected: ranking.slice(0, seats), ranking, lots };
}

export interface ElectionCandidate {
  id: string;
  /** Personal votes (personal mode). */
  votes?: number;
}

export interface ElectionGroup {
  id: string;
  /** Groups with the same alliance id form an electoral alliance (vaaliliitto, Vaalilaki 88 § 1 mom). */
  alliance?: string;
  /** A single electoral association outside a joint list: each candidate keeps own votes (Vaalilaki 89 § 3 mom). */
  single?: boolean;
  /** Ballots cast for the list (list mode). */
  listVotes?: number;
  /** Candidates in list order (list order ranks them in list mode). */
  candidates: ElectionCandidate[];
}

export interface ComparisonNumber extends Fraction {
  candidate: string;
  /** The vote group (alliance, party or list, or the single association) the total comes from. */
  group: string;
}

export interface ProportionalResult {
  elected: string[];
  /** Every candidate in final order (first = best), with comparison numbers as exact fractions. */
  comparisonNumbers: ComparisonNumber[];
  lots: Lot[];
}

/**
 * Proportional election (suhteellinen vaali, KL 105 § 2 and 4 mom, Vaalilaki 714/1998 88–91 §):
 * - votes are summed per electoral alliance, per party or list outside an alliance, per joint list (88 §);
 * - inside the group the k-th candidate gets total / k (89 § 1–2 mom); the order is the list order in `'list'` mode
 *   (model rules, [unverified]) and descending personal votes in `'personal'` mode, across all allied groups in an
 *   alliance (89 § 2 mom); equal personal votes are ordered by lot (90 §);
 * - a candidate of a single association outside a joint list gets own votes / 1 (89 § 3 mom);
 * - all candidates are ordered by comparison number, exact rationals compared by BigInt cross-multiplication; equal
 *   numbers across the last seat are drawn by lot (90 §; `drawAllTies` draws every tie); the first `seats` are
 *   elected (91 §).
 * Alliances in list mode are refused: the statutory alliance order needs personal votes (domain rules §2.5 item 4).
 */
export function proportionalElection(input: {
  seats: number;
  mode: 'list' | 'personal';
  groups: readonly ElectionGroup[];
  random: RandomSource;
  drawAllTies?: boolean;
}): ProportionalResult {
  checkSeats(input.seats);
  const { mode, random } = input;
  const lots: Lot[] = [];
  const seenCandidates = new Set<string>();
  const seenGroups = new Set<string>();
  // Vote groups keyed by alliance id or group id, in first-appearance order.
  const voteGroups = new Map<string, { members: { c: ElectionCandidate; listIndex: number }[]; total: number }>();
  const singles: { c: ElectionCandidate; group: string }[] = [];
  for (const [gi, g] of input.groups.entries()) {
    if (seenGroups.has(g.id)) fail('duplicate-group', `Ryhmä ${g.id} on kahdesti.`, `Group ${g.id} appears twice.`);
    seenGroups.add(g.id);
    for (const c of g.candidates) {
      if (seenCandidates.has(c.id)) {
        fail('duplicate-candidate', `Ehdokas ${c.id} on kahdesti.`, `Candidate ${c.id} appears twice.`);
      }
      seenCandidates.add(c.id);
      if (mode === 'personal' || g.single) assertCount(c.votes ?? 0, `groups[${gi}].candidates.${c.id}.votes`);
    }
    if (g.single) {
      for (const c of g.candidates) singles.push({ c, group: g.id });
      continue;
    }
    if (mode === 'list' && g.alliance !== undefined) {
      fail(
        'alliance-in-list-mode',
        'Vaaliliitto edellyttää henkilökohtaisia ääniä; listavaalissa se ei ole käytössä.',
        'An electoral alliance needs personal votes; it is not available in a list-vote election.',
        'Ett valförbund kräver personröster; det används inte i ett listval.',
      );
    }
    const key = g.alliance !== undefined ? `alliance:${g.alliance}` : `group:${g.id}`;
    let vg = voteGroups.get(key);
    if (vg === undefined) {
      vg = { members: [], total: 0 };
      voteGroups.set(key, vg);
    }
    if (mode === 'list') {
      assertCount(g.listVotes ?? 0, `groups[${gi}].listVotes`);
      vg.total += g.listVotes ?? 0;
    }
    g.candidates.forEach((c, listIndex) => {
      vg.members.push({ c, listIndex });
      if (mode === 'personal') vg.total += c.votes ?? 0;
    });
  }
  const numbers: { id: string; key: ComparisonNumber }[] = [];
  for (const [key, vg] of voteGroups) {
    const groupId = key.slice(key.indexOf(':') + 1);
    let ordered: ElectionCandidate[];
    if (mode === 'list') {
      ordered = vg.members.map((m) => m.c);
    } else {
      const ranked = rankWithLots(
        vg.members.map((m) => ({ id: m.c.id, key: m.c.votes ?? 0 })),
        (a, b) => a - b,
        random,
        () => true,
        { purpose: 'group-order', group: groupId, show: (k) => String(k) },
      );
      lots.push(...ranked.lots);
      const byId = new Map(vg.members.map((m) => [m.c.id, m.c]));
      ordered = ranked.order.map((x) => byId.get(x.id)!);
    }
    ordered.forEach((c, k) => {
      numbers.push({ id: c.id, key: { candidate: c.id, group: groupId, numerator: vg.total, denominator: k + 1 } });
    });
  }
  for (const s of singles) {
    numbers.push({
      id: s.c.id,
      key: { candidate: s.c.id, group: s.group, numerator: s.c.votes ?? 0, denominator: 1 },
    });
  }
  const seats = input.seats;
  const ranked = rankWithLots(
    numbers,
    compareFractions,
    random,
    (start, end) => input.drawAllTies === true || (start < seats && end > seats),
    { purpose: 'ranking', show: showFraction },
  );
  lots.push(...ranked.lots);
  const comparisonNumbers = ranked.order.map((x) => x.key);
  return { elected: comparisonNumbers.slice(0, seats).map((c) => c.candidate), comparisonNumbers, lots };
}
