import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closedBallotAllowed,
  compareFractions,
  formatFraction,
  isProportionalElectionDemanded,
  majorityElection,
  proportionalElection,
  proportionalElectionThreshold,
  type ElectionGroup,
} from '../src/index.js';
import { never, seeded, sequence } from './helpers.js';

const list = (id: string, listVotes: number, n: number): ElectionGroup => ({
  id,
  listVotes,
  candidates: Array.from({ length: n }, (_, k) => ({ id: `${id.toLowerCase()}${k + 1}` })),
});

describe('KL 105 § 2 mom: the proportional election threshold', () => {
  it('ceil(present / (seats + 1)), exact quotients not rounded up', () => {
    expect(proportionalElectionThreshold(43, 5)).toBe(8); // 43/6 = 7.17
    expect(proportionalElectionThreshold(42, 5)).toBe(7); // 42/6 = 7 exactly
    expect(proportionalElectionThreshold(11, 2)).toBe(4); // 11/3 = 3.67
    expect(proportionalElectionThreshold(9, 2)).toBe(3);
    expect(proportionalElectionThreshold(0, 3)).toBe(0);
    for (let present = 0; present <= 79; present += 1) {
      for (let seats = 1; seats <= 15; seats += 1) {
        const t = proportionalElectionThreshold(present, seats);
        expect(t * (seats + 1) >= present && (t - 1) * (seats + 1) < present).toBe(true);
      }
    }
  });

  it('personal deputies count only when the rules say so ([unverified] setting)', () => {
    expect(proportionalElectionThreshold(43, 5, { deputies: 5 })).toBe(8);
    expect(proportionalElectionThreshold(43, 5, { deputies: 5, rules: { deputiesCountInThreshold: true } })).toBe(4);
  });

  it('needs at least two officials to elect and never applies to office holders', () => {
    expect(isProportionalElectionDemanded({ present: 43, seats: 5, demanding: 8 })).toBe(true);
    expect(isProportionalElectionDemanded({ present: 43, seats: 5, demanding: 7 })).toBe(false);
    expect(isProportionalElectionDemanded({ present: 43, seats: 1, demanding: 43 })).toBe(false);
    expect(isProportionalElectionDemanded({ present: 43, seats: 3, demanding: 43, officeHolder: true })).toBe(false);
  });

  it('KL 105 § 5 mom: closed ballots in an electronic meeting only with ballot secrecy', () => {
    expect(closedBallotAllowed({ electronic: false, ballotSecrecyEnsured: false })).toBe(true);
    expect(closedBallotAllowed({ electronic: true, ballotSecrecyEnsured: false })).toBe(false);
    expect(closedBallotAllowed({ electronic: true, ballotSecrecyEnsured: true })).toBe(true);
    expect(
      closedBallotAllowed({
        electronic: true,
        ballotSecrecyEnsured: true,
        rules: { closedBallotInElectronicMeeting: false },
      }),
    ).toBe(false);
  });
});

describe('KL 105 § 1 and 4 mom: majority election', () => {
  it('the most votes are elected; no lot when the boundary is clear', () => {
    const r = majorityElection({ seats: 2, votes: { c: 3, a: 9, b: 5, d: 3 }, random: never });
    expect(r.elected).toEqual(['a', 'b']);
    expect(r.lots).toEqual([]);
  });

  it('a tie across the last seat is drawn by lot and recorded', () => {
    const r1 = majorityElection({ seats: 2, votes: { c: 5, a: 9, b: 5 }, random: sequence(0) });
    expect(r1.lots).toEqual([{ purpose: 'ranking', tied: ['b', 'c'], draws: [0], order: ['c', 'b'], value: '5' }]);
    expect(r1.elected).toEqual(['a', 'c']);
    const r2 = majorityElection({ seats: 2, votes: { c: 5, a: 9, b: 5 }, random: sequence(0.99) });
    expect(r2.elected).toEqual(['a', 'b']);
  });

  it('with drawAllTies every tie is drawn, giving a total ranking', () => {
    const r = majorityElection({ seats: 1, votes: { a: 9, b: 2, c: 2 }, random: sequence(0.1), drawAllTies: true });
    expect(r.elected).toEqual(['a']);
    expect(r.lots).toHaveLength(1);
  });

  it('refuses a random source outside [0, 1)', () => {
    expect(() => majorityElection({ seats: 1, votes: { a: 1, b: 1 }, random: () => 1 })).toThrow(/random/);
  });
});

describe('Vaalilaki 88–91 §: proportional election', () => {
  it('scenario 1 – list votes (D’Hondt): 21, 14 and 8 ballots, 7 seats → 4, 2, 1', () => {
    const r = proportionalElection({
      seats: 7,
      mode: 'list',
      groups: [list('A', 21, 7), list('B', 14, 7), list('C', 8, 7)],
      random: never,
    });
    expect(r.elected).toEqual(['a1', 'b1', 'a2', 'c1', 'a3', 'b2', 'a4']);
    expect(r.comparisonNumbers.find((c) => c.candidate === 'a2')).toMatchObject({ numerator: 21, denominator: 2 });
    expect(r.comparisonNumbers.find((c) => c.candidate === 'b3')).toMatchObject({ numerator: 14, denominator: 3 });
    expect(r.lots).toEqual([]);
  });

  it('scenario 2 – list votes with equal comparison numbers across the last seat: drawn by lot', () => {
    const groups = [list('A', 21, 7), list('B', 14, 7), list('C', 8, 7)];
    const first = proportionalElection({ seats: 5, mode: 'list', groups, random: sequence(0) });
    expect(first.lots).toHaveLength(1);
    expect(first.lots[0]).toMatchObject({ tied: ['a3', 'b2'], order: ['b2', 'a3'], value: '7' });
    expect(first.elected).toEqual(['a1', 'b1', 'a2', 'c1', 'b2']);
    const second = proportionalElection({ seats: 5, mode: 'list', groups, random: sequence(0.75) });
    expect(second.elected.at(-1)).toBe('a3');
  });

  it('scenario 3 – personal votes rank inside a party; equal personal votes drawn by lot (90 §)', () => {
    const groups: ElectionGroup[] = [
      {
        id: 'X',
        candidates: [
          { id: 'x1', votes: 5 },
          { id: 'x2', votes: 9 },
          { id: 'x3', votes: 2 },
        ],
      },
      {
        id: 'Y',
        candidates: [
          { id: 'y1', votes: 4 },
          { id: 'y2', votes: 4 },
        ],
      },
    ];
    const r = proportionalElection({ seats: 3, mode: 'personal', groups, random: sequence(0) });
    expect(r.lots).toEqual([
      { purpose: 'group-order', group: 'Y', tied: ['y1', 'y2'], draws: [0], order: ['y2', 'y1'], value: '4' },
    ]);
    expect(r.elected).toEqual(['x2', 'x1', 'y2']);
    expect(r.comparisonNumbers.find((c) => c.candidate === 'x3')).toMatchObject({ numerator: 16, denominator: 3 });
    expect(r.comparisonNumbers.find((c) => c.candidate === 'y1')).toMatchObject({ numerator: 8, denominator: 2 });
  });

  it('scenario 4 – an electoral alliance pools votes and ranks across its parties (88 § 1 mom, 89 § 2 mom)', () => {
    const parties: ElectionGroup[] = [
      {
        id: 'P',
        candidates: [
          { id: 'p1', votes: 10 },
          { id: 'p2', votes: 2 },
        ],
      },
      {
        id: 'Q',
        candidates: [
          { id: 'q1', votes: 7 },
          { id: 'q2', votes: 6 },
        ],
      },
      {
        id: 'R',
        candidates: [
          { id: 'r1', votes: 20 },
          { id: 'r2', votes: 1 },
        ],
      },
    ];
    const alone = proportionalElection({ seats: 2, mode: 'personal', groups: parties, random: never });
    expect(alone.elected).toEqual(['r1', 'q1']);
    const allied = proportionalElection({
      seats: 2,
      mode: 'personal',
      groups: parties.map((g) => (g.id === 'R' ? g : { ...g, alliance: 'AL' })),
      random: never,
    });
    expect(allied.elected).toEqual(['p1', 'r1']);
    expect(allied.comparisonNumbers.slice(0, 5).map((c) => `${c.candidate} ${c.numerator}/${c.denominator}`)).toEqual([
      'p1 25/1',
      'r1 21/1',
      'q1 25/2',
      'r2 21/2',
      'q2 25/3',
    ]);
    expect(allied.comparisonNumbers.find((c) => c.candidate === 'p2')).toMatchObject({ group: 'AL', denominator: 4 });
  });

  it('scenario 5 – single associations keep their own votes, a joint list pools (89 § 3 mom)', () => {
    const r = proportionalElection({
      seats: 4,
      mode: 'personal',
      groups: [
        {
          id: 'K',
          candidates: [
            { id: 'k1', votes: 12 },
            { id: 'k2', votes: 3 },
          ],
        },
        { id: 'S1', single: true, candidates: [{ id: 's1', votes: 9 }] },
        { id: 'S2', single: true, candidates: [{ id: 's2', votes: 8 }] },
        {
          id: 'J',
          candidates: [
            { id: 'j1', votes: 1 },
            { id: 'j2', votes: 6 },
            { id: 'j3', votes: 4 },
          ],
        },
      ],
      random: never,
    });
    expect(r.elected).toEqual(['k1', 'j2', 's1', 's2']);
    expect(r.comparisonNumbers.find((c) => c.candidate === 's2')).toMatchObject({ numerator: 8, denominator: 1 });
    expect(r.comparisonNumbers.find((c) => c.candidate === 'j3')).toMatchObject({ numerator: 11, denominator: 2 });
  });

  it('scenario 6 – lots inside a group and across the seat, replayed from the recorded draws', () => {
    const groups: ElectionGroup[] = [
      { id: 'A', candidates: [{ id: 'a1', votes: 6 }] },
      {
        id: 'B',
        candidates: [
          { id: 'b1', votes: 3 },
          { id: 'b2', votes: 3 },
        ],
      },
    ];
    const r = proportionalElection({ seats: 1, mode: 'personal', groups, random: seeded(7) });
    expect(r.lots.map((l) => l.purpose)).toEqual(['group-order', 'ranking']);
    expect(r.lots[1]!.tied).toEqual(['a1', r.lots[0]!.order[0]]);
    const replay = proportionalElection({
      seats: 1,
      mode: 'personal',
      groups,
      random: sequence(...r.lots.flatMap((l) => l.draws)),
    });
    expect(replay).toEqual(r);
    expect(r.elected).toEqual([r.lots[1]!.order[0]]);
  });

  it('scenario 7 – a tie inside the seats needs no lot; alliances are refused in list mode', () => {
    const r = proportionalElection({
      seats: 6,
      mode: 'list',
      groups: [list('A', 21, 7), list('B', 14, 7), list('C', 8, 7)],
      random: never,
    });
    expect(r.elected).toContain('a3');
    expect(r.elected).toContain('b2');
    expect(() =>
      proportionalElection({ seats: 2, mode: 'list', groups: [{ ...list('A', 2, 2), alliance: 'x' }], random: never }),
    ).toThrow(/alliance/);
  });

  it('comparison numbers are exact: no floating point in ordering', () => {
    expect(compareFractions({ numerator: 1, denominator: 3 }, { numerator: 2, denominator: 6 })).toBe(0);
    expect(
      compareFractions(
        { numerator: 9007199254740991, denominator: 3 },
        { numerator: 3002399751580330, denominator: 1 },
      ),
    ).toBe(1);
    expect(formatFraction({ numerator: 25, denominator: 3 })).toBe('8,33');
    expect(formatFraction({ numerator: 21, denominator: 2 }, 'en')).toBe('10.50');
  });

  it('property: a D’Hondt allocation never gives a group fewer seats when its votes grow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 200 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat({ max: 5 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        (votes, seats, pick, extra, seed) => {
          const target = pick % votes.length;
          const groupsFor = (vs: number[]): ElectionGroup[] => vs.map((v, i) => list(`G${i}`, v, seats));
          const seatsOf = (vs: number[]): number =>
            proportionalElection({ seats, mode: 'list', groups: groupsFor(vs), random: seeded(seed) }).elected.filter(
              (c) => c.startsWith(`g${target}`),
            ).length;
          const grown = votes.map((v, i) => (i === target ? v + extra : v));
          expect(seatsOf(grown)).toBeGreaterThanOrEqual(seatsOf(votes));
        },
      ),
      { numRuns: 300 },
    );
  });
});
