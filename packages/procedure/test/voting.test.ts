import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  councilTablingByDemand,
  planVotes,
  resolveItem,
  tallyVote,
  WINNER_OF_PREVIOUS,
  type PlannedProposal,
} from '../src/index.js';

describe('KL 104 § 1 mom voting order (planVotes)', () => {
  it('no seconded proposal: nothing to vote, unseconded ones are listed', () => {
    const plan = planVotes({ base: 'P', proposals: [{ id: 'V1', kind: 'counter', seconded: false }] });
    expect(plan.notPutToVote).toEqual(['V1']);
    expect(plan.steps).toEqual([]);
    expect(resolveItem(plan, [])).toMatchObject({ adopted: 'P', kind: 'approved-as-proposed', complete: true });
  });

  it('one counter-proposal: a single vote, jaa = base, ei = counter', () => {
    const plan = planVotes({ base: 'P', proposals: [{ id: 'V1', kind: 'counter', seconded: true }] });
    expect(plan.steps).toEqual([{ a: 'P', b: 'V1', jaa: 'P', ei: 'V1', purpose: 'final' }]);
    expect(resolveItem(plan, ['ei'])).toMatchObject({ adopted: 'V1', kind: 'approved-as-amended' });
    expect(resolveItem(plan, ['jaa'])).toMatchObject({ adopted: 'P', kind: 'approved-after-vote' });
  });

  for (let n = 2; n <= 5; n += 1) {
    it(`${n} counter-proposals meet pairwise from the most differing, the survivor meets the base`, () => {
      // Given in reverse of the chair's ranking, to show the ranking decides.
      const proposals: PlannedProposal[] = [];
      for (let k = n; k >= 1; k -= 1) proposals.push({ id: `V${k}`, kind: 'counter', seconded: true, distanceRank: k });
      const plan = planVotes({ base: 'P', proposals });
      expect(plan.steps).toHaveLength(n);
      expect(plan.steps[0]).toMatchObject({ a: 'V1', b: 'V2', jaa: 'V1', ei: 'V2' });
      for (let k = 3; k <= n; k += 1) expect(plan.steps[k - 2]).toMatchObject({ a: `V${k}`, b: WINNER_OF_PREVIOUS });
      expect(plan.steps[n - 1]).toMatchObject({ a: 'P', b: WINNER_OF_PREVIOUS, jaa: 'P', purpose: 'final' });
      // ei always wins: the newest counter-proposal survives each round, then beats the base.
      const r = resolveItem(
        plan,
        plan.steps.map(() => 'ei' as const),
      );
      expect(r.adopted).toBe(n === 2 ? 'V2' : `V${n}`);
      expect(r.kind).toBe('approved-as-amended');
      // jaa always wins: V1 survives the counters, then the base wins.
      const j = resolveItem(
        plan,
        plan.steps.map(() => 'jaa' as const),
      );
      expect(j.trace.at(-1)).toMatchObject({ jaa: 'P', ei: 'V1', winner: 'P' });
      expect(j).toMatchObject({ adopted: 'P', kind: 'approved-after-vote' });
    });
  }

  it('tabling and referral back are decided first; rejection is voted last against the adopted proposal', () => {
    const plan = planVotes({
      base: 'P',
      proposals: [
        { id: 'R', kind: 'rejection', seconded: true },
        { id: 'V2', kind: 'counter', seconded: true, distanceRank: 2 },
        { id: 'B', kind: 'referral-back', seconded: true },
        { id: 'T', kind: 'tabling', seconded: true },
        { id: 'V1', kind: 'counter', seconded: true, distanceRank: 1 },
        { id: 'X', kind: 'counter', seconded: false },
      ],
    });
    expect(plan.notPutToVote).toEqual(['X']);
    expect(plan.steps.map((s) => s.purpose)).toEqual(['tabling', 'referral-back', 'counter', 'final', 'rejection']);
    expect(plan.steps[0]).toMatchObject({ jaa: 'P', ei: 'T' });
    expect(plan.steps[4]).toMatchObject({ a: 'R', b: WINNER_OF_PREVIOUS, jaa: WINNER_OF_PREVIOUS, ei: 'R' });
    expect(resolveItem(plan, ['ei'])).toMatchObject({ adopted: 'T', kind: 'tabled', stepsHeld: 1, complete: true });
    expect(resolveItem(plan, ['jaa', 'ei'])).toMatchObject({ adopted: 'B', kind: 'returned', stepsHeld: 2 });
    expect(resolveItem(plan, ['jaa', 'jaa', 'ei', 'ei', 'jaa'])).toMatchObject({ adopted: 'V2', complete: true });
    expect(resolveItem(plan, ['jaa', 'jaa', 'ei', 'ei', 'ei'])).toMatchObject({ adopted: 'R', kind: 'rejected' });
    expect(resolveItem(plan, ['jaa', 'jaa'])).toMatchObject({ complete: false, stepsHeld: 2 });
  });

  it('referral first when the rules say so', () => {
    const plan = planVotes(
      {
        base: 'P',
        proposals: [
          { id: 'T', kind: 'tabling', seconded: true },
          { id: 'B', kind: 'referral-back', seconded: true },
        ],
      },
      { proceduralOrder: 'referral-first' },
    );
    expect(plan.steps.map((s) => s.ei)).toEqual(['B', 'T']);
  });

  it('only the base and a rejection: a single vote between them', () => {
    const plan = planVotes({ base: 'P', proposals: [{ id: 'R', kind: 'rejection', seconded: true }] });
    expect(plan.steps).toEqual([{ a: 'R', b: 'P', jaa: 'P', ei: 'R', purpose: 'rejection' }]);
    expect(resolveItem(plan, ['ei']).kind).toBe('rejected');
  });

  it('amendments: after the main question by default, or as counter-proposals', () => {
    const proposals: PlannedProposal[] = [
      { id: 'V1', kind: 'counter', seconded: true },
      { id: 'L1', kind: 'amendment', seconded: true },
    ];
    const after = planVotes({ base: 'P', proposals });
    expect(after.steps.map((s) => s.purpose)).toEqual(['final', 'amendment']);
    const r = resolveItem(after, ['jaa', 'ei']);
    expect(r).toMatchObject({ adopted: 'P', amendments: ['L1'], kind: 'approved-as-amended' });
    const asCounter = planVotes({ base: 'P', proposals }, { amendments: 'as-counter' });
    expect(asCounter.steps.map((s) => s.purpose)).toEqual(['counter', 'final']);
  });

  it('refuses duplicate ids and a missing base', () => {
    expect(() => planVotes({ base: 'P', proposals: [{ id: 'P', kind: 'counter', seconded: true }] })).toThrow(/twice/);
    expect(() => planVotes({ base: '', proposals: [] })).toThrow(/base/);
  });
});

describe('KL 104 § 2 mom counting (tallyVote)', () => {
  it('applies the special majority of the item: two thirds of the votes cast, of all members, unanimity', () => {
    const b = (j: number, e: number) => [
      ...Array.from({ length: j }, (_, i) => ({ member: `j${i}`, option: 'jaa' as const })),
      ...Array.from({ length: e }, (_, i) => ({ member: `e${i}`, option: 'ei' as const })),
    ];
    expect(tallyVote(b(6, 3), { requiredMajority: 'kaksi-kolmasosaa-annetuista' }).majorityReached).toBe(true);
    expect(tallyVote(b(5, 3), { requiredMajority: 'kaksi-kolmasosaa-annetuista' }).majorityReached).toBe(false);
    expect(tallyVote(b(5, 3), { requiredMajority: 'kaksi-kolmasosaa-jasenista', members: 9 }).majorityReached).toBe(
      false,
    );
    expect(tallyVote(b(6, 0), { requiredMajority: 'kaksi-kolmasosaa-jasenista', members: 9 }).majorityReached).toBe(
      true,
    );
    expect(tallyVote(b(8, 1), { requiredMajority: 'yksimielinen' }).majorityReached).toBe(false);
    expect(tallyVote(b(8, 0), { requiredMajority: 'yksimielinen' }).majorityReached).toBe(true);
    expect(tallyVote(b(5, 4)).majorityReached).toBe(true);
  });

  it('most votes win: jaa 7, ei 4, tyhjä 1', () => {
    const ballots = [
      ...Array.from({ length: 7 }, (_, i) => ({ member: `j${i}`, option: 'jaa' as const })),
      ...Array.from({ length: 4 }, (_, i) => ({ member: `e${i}`, option: 'ei' as const })),
      { member: 't', option: 'tyhja' as const },
    ];
    expect(tallyVote(ballots, {})).toEqual({
      jaa: 7,
      ei: 4,
      tyhja: 1,
      winner: 'jaa',
      decidedByChair: false,
      unresolvedTie: false,
      majorityReached: true,
    });
  });

  it("a tie goes to the chair's side", () => {
    const ballots = [
      { member: 'pj', option: 'ei' as const },
      { member: 'a', option: 'jaa' as const },
      { member: 'b', option: 'jaa' as const },
      { member: 'c', option: 'ei' as const },
    ];
    expect(tallyVote(ballots, { chair: 'pj' })).toMatchObject({ winner: 'ei', decidedByChair: true });
    const other = [
      { member: 'pj', option: 'jaa' as const },
      { member: 'a', option: 'ei' as const },
      { member: 'b', option: 'ei' as const },
      { member: 'c', option: 'jaa' as const },
      { member: 'd', option: 'tyhja' as const },
    ];
    expect(tallyVote(other, { chair: 'pj' })).toMatchObject({ jaa: 2, ei: 2, winner: 'jaa', decidedByChair: true });
  });

  it('a tie with an abstaining chair is unresolved', () => {
    const t = tallyVote(
      [
        { member: 'pj', option: 'tyhja' },
        { member: 'a', option: 'jaa' },
        { member: 'b', option: 'ei' },
      ],
      { chair: 'pj' },
    );
    expect(t.unresolvedTie).toBe(true);
    expect(t.decidedByChair).toBe(false);
  });

  it('refuses a second ballot by the same member', () => {
    expect(() =>
      tallyVote([
        { member: 'a', option: 'jaa' },
        { member: 'a', option: 'ei' },
      ]),
    ).toThrow(/twice/);
  });

  it('property: counts sum to the ballots and the winner has at least as many votes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            member: fc.string({ minLength: 1, maxLength: 6 }),
            option: fc.constantFrom('jaa', 'ei', 'tyhja') as fc.Arbitrary<'jaa' | 'ei' | 'tyhja'>,
          }),
          { selector: (b) => b.member, maxLength: 80 },
        ),
        (ballots) => {
          const chair = ballots[0]?.member;
          const t = tallyVote(ballots, chair === undefined ? {} : { chair });
          expect(t.jaa + t.ei + t.tyhja).toBe(ballots.length);
          const other = t.winner === 'jaa' ? t.ei : t.jaa;
          expect(t[t.winner]).toBeGreaterThanOrEqual(other);
          expect(t.decidedByChair).toBe(t.jaa === t.ei && !t.unresolvedTie);
        },
      ),
    );
  });

  it('property: any plan resolves to one of its proposals', () => {
    const kinds = ['counter', 'amendment', 'rejection', 'tabling', 'referral-back'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), seconded: fc.boolean() }), { maxLength: 8 }),
        fc.array(fc.constantFrom('jaa', 'ei') as fc.Arbitrary<'jaa' | 'ei'>, { minLength: 12, maxLength: 12 }),
        (ps, results) => {
          const proposals = ps.map((p, i) => ({ ...p, id: `X${i}` }));
          const plan = planVotes({ base: 'P', proposals });
          const r = resolveItem(plan, results);
          expect(r.complete).toBe(true);
          expect(['P', ...proposals.map((p) => p.id)]).toContain(r.adopted);
          expect(plan.notPutToVote).not.toContain(r.adopted);
        },
      ),
    );
  });
});

describe('council tabling by demand (hallintosääntö, [unverified] settings)', () => {
  it('a quarter of the councillors present, first handling only, by default', () => {
    expect(councilTablingByDemand({ present: 43, demanding: 11, firstHandling: true })).toBe(true); // 44 >= 43
    expect(councilTablingByDemand({ present: 43, demanding: 10, firstHandling: true })).toBe(false);
    expect(councilTablingByDemand({ present: 40, demanding: 10, firstHandling: true })).toBe(true); // exactly 1/4
    expect(councilTablingByDemand({ present: 43, demanding: 11, firstHandling: false })).toBe(false);
    expect(
      councilTablingByDemand(
        { present: 43, demanding: 11, firstHandling: false },
        { councilTablingFirstHandlingOnly: false },
      ),
    ).toBe(true);
    expect(
      councilTablingByDemand({ present: 43, demanding: 43, firstHandling: true }, { councilTablingShare: null }),
    ).toBe(false);
    expect(
      councilTablingByDemand(
        { present: 43, demanding: 15, firstHandling: true },
        { councilTablingShare: { numerator: 1, denominator: 3 } },
      ),
    ).toBe(true);
  });
});

describe('KL 104 § voting orders with 1–5 counter-proposals plus rejection and tabling', () => {
  for (let n = 1; n <= 5; n += 1) {
    it(`${n} counter-proposal(s) + tabling + rejection`, () => {
      const proposals: PlannedProposal[] = [{ id: 'R', kind: 'rejection', seconded: true }];
      for (let k = 1; k <= n; k += 1) proposals.push({ id: `V${k}`, kind: 'counter', seconded: true, distanceRank: k });
      proposals.push({ id: 'T', kind: 'tabling', seconded: true });
      const plan = planVotes({ base: 'P', proposals });
      // tabling + (n counters → n substantive votes) + rejection
      expect(plan.steps).toHaveLength(n + 2);
      expect(plan.steps[0]).toMatchObject({ purpose: 'tabling', jaa: 'P', ei: 'T' });
      expect(plan.steps.at(-1)).toMatchObject({ purpose: 'rejection', ei: 'R' });
      expect(plan.steps.at(-2)).toMatchObject({ purpose: 'final', a: 'P', jaa: 'P' });
      // Continue handling, every counter-proposal beats its rival, the base loses, the rejection loses:
      const results = ['jaa' as const, ...plan.steps.slice(1, -1).map(() => 'ei' as const), 'jaa' as const];
      const r = resolveItem(plan, results);
      expect(r.complete).toBe(true);
      expect(r.adopted).toBe(n === 1 ? 'V1' : n === 2 ? 'V2' : `V${n}`);
      expect(r.kind).toBe('approved-as-amended');
      expect(r.trace.at(-1)).toMatchObject({ jaa: r.adopted, ei: 'R', winner: r.adopted });
      // The rejection wins at the end:
      expect(resolveItem(plan, [...results.slice(0, -1), 'ei']).kind).toBe('rejected');
    });
  }
});
