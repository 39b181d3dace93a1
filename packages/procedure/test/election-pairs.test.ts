/**
 * KL 105 § 3 mom: with personal deputies each candidate is a member + deputy pair, elected together; Tasa-arvolaki
 * 609/1986 4 a §: at least 40 % of each gender among the members and among the deputies of a municipal body, unless
 * there are special reasons, reported as a warning (never a refusal).
 */
import type { Election } from '@digikokous/meeting-schema';
import { ElectionSchema } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { draftMinutesText, genderBalance } from '../src/index.js';
import { Board, CHAIR } from './board.js';

type Candidate = Election['candidates'][number];
const pair = (id: string, g: 'nainen' | 'mies', dg: 'nainen' | 'mies'): Candidate => ({
  id,
  personId: `p-${id}`,
  name: `Jäsen ${id}`,
  gender: g,
  personalDeputy: { personId: `v-${id}`, name: `Varajäsen ${id}`, gender: dg },
});
/** Five candidate pairs for three seats; ballots give c1 3, c2 2, c3 1, c4 1, c5 0 (7 voters). */
const candidates = [
  pair('c1', 'nainen', 'mies'),
  pair('c2', 'nainen', 'mies'),
  pair('c3', 'nainen', 'nainen'),
  pair('c4', 'mies', 'nainen'),
  pair('c5', 'mies', 'mies'),
];
const ballots = ['c1', 'c1', 'c1', 'c2', 'c2', 'c3', 'c4'].map((c, i) => ({ id: `b${i}`, candidateId: c }));
const count = (over: Record<string, unknown> = {}) =>
  ({
    type: 'count-election',
    actor: CHAIR,
    electionId: 'jaosto',
    title: { fi: 'Jaoston jäsenet ja henkilökohtaiset varajäsenet' },
    seatsToFill: 3,
    secretBallot: false,
    candidates,
    ballots,
    ...over,
  }) as const;

describe('KL 105 § 3 mom: member and personal deputy are elected together as a pair', () => {
  it('KL 105 § 3 mom, KL 105 § 4 mom: count-election elects pairs; the minutes name each deputy with his member', () => {
    const b = new Board({ random: () => 0.1 }).open().item();
    b.ok(count());
    const e = b.state.items.get('i1')!.elections[0]!;
    expect(e.electedIds).toHaveLength(3);
    expect(e.electedIds.slice(0, 2)).toEqual(['c1', 'c2']);
    // The elected candidate id stands for the pair: his deputy is elected with him.
    const deputies = e.electedIds.map((id) => e.candidates.find((c) => c.id === id)!.personalDeputy!.personId);
    expect(deputies.slice(0, 2)).toEqual(['v-c1', 'v-c2']);
    const text = draftMinutesText(b.state, { lang: 'fi' })
      .sections.flatMap((s) => s.proceedings)
      .join('\n');
    expect(text).toContain('Jäsen c1 (henkilökohtainen varajäsen Varajäsen c1)');
    const { heldAt: _at, ...record } = e;
    expect(ElectionSchema.safeParse(record).success).toBe(true);
  });

  it('KL 105 § 3 mom: a candidate without his pair, a person in two pairs or his own deputy is refused', () => {
    const b = new Board().open().item();
    const [first, ...rest] = candidates;
    const { personalDeputy: _d, ...lone } = first!;
    expect(b.no(count({ candidates: [lone, ...rest] }))).toBe('election-pair-incomplete');
    expect(
      b.no(count({ candidates: [{ ...first!, personalDeputy: { personId: 'p-c2', name: 'Jäsen c2' } }, ...rest] })),
    ).toBe('election-pair-invalid');
    expect(
      b.no(count({ candidates: [{ ...first!, personalDeputy: { personId: 'p-c1', name: 'Jäsen c1' } }, ...rest] })),
    ).toBe('election-pair-invalid');
  });

  it('KL 105 § 3 mom: meeting-schema refuses an election record whose candidates are pairs only in part', () => {
    const [first, ...rest] = candidates;
    const { personalDeputy: _d, ...lone } = first!;
    const r = ElectionSchema.safeParse({
      id: 'e',
      itemId: 'i1',
      kind: 'enemmistovaali',
      title: { fi: 'V' },
      seatsToFill: 1,
      secretBallot: false,
      candidates: [lone, ...rest],
      ballots: [],
      tallies: [],
      lots: [],
      electedIds: [],
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('deputy_pair_missing');
  });
});

describe('Tasa-arvolaki 609/1986 4 a §: the 40 % gender quota is a warning, not a refusal', () => {
  it('Tasa-arvolaki 4 a §: three women elected as members is recorded as quotaMet false, and minuted, but accepted', () => {
    const b = new Board({ random: () => 0.1 }).open().item();
    // c3 (a woman) beats c4 with one more ballot: members c1, c2, c3 are all women.
    b.ok(count({ ballots: [...ballots.slice(0, 6), { id: 'bx', candidateId: 'c3' }] }));
    const e = b.state.items.get('i1')!.elections[0]!;
    expect(e.electedIds).toEqual(['c1', 'c2', 'c3']);
    expect(e.genderBalance).toEqual({
      members: { nainen: 3, mies: 0, unknown: 0 },
      deputies: { nainen: 1, mies: 2, unknown: 0 },
      quotaMet: false,
    });
    const fi = draftMinutesText(b.state, { lang: 'fi' })
      .sections.flatMap((s) => s.proceedings)
      .join('\n');
    expect(fi).toContain('tasa-arvolaki 609/1986 4 a §');
    const sv = draftMinutesText(b.state, { lang: 'sv' })
      .sections.flatMap((s) => s.proceedings)
      .join('\n');
    expect(sv).toContain('jämställdhetslagen 609/1986 4 a §');
  });

  it('Tasa-arvolaki 4 a §: the quota holds at 40 % of members and of deputies separately (2 of 5 is enough, 1 of 3 is not)', () => {
    const el = (ids: string[], cs: Candidate[]) =>
      genderBalance({ candidates: cs, electedIds: ids, seatsToFill: ids.length });
    const five = [
      pair('a', 'nainen', 'mies'),
      pair('b', 'nainen', 'mies'),
      pair('c', 'mies', 'nainen'),
      pair('d', 'mies', 'nainen'),
      pair('e', 'mies', 'mies'),
    ];
    expect(el(['a', 'b', 'c', 'd', 'e'], five)?.quotaMet).toBe(true);
    expect(el(['a', 'c', 'd'], five)).toMatchObject({ members: { nainen: 1, mies: 2 }, quotaMet: false });
    // Members 2 of 4 and deputies 2 of 4 of each gender: balanced; two men with male deputies: deputies unbalanced.
    expect(el(['a', 'b', 'c', 'd'], five)).toMatchObject({ deputies: { nainen: 2, mies: 2 }, quotaMet: true });
    expect(el(['a', 'c'], [pair('a', 'nainen', 'mies'), pair('c', 'mies', 'mies')])).toMatchObject({
      members: { nainen: 1, mies: 1 },
      deputies: { mies: 2 },
      quotaMet: false,
    });
  });

  it('Tasa-arvolaki 4 a §: no recorded genders, or a single seat, gives no balance (old data stays as it was)', () => {
    expect(
      genderBalance({
        candidates: [
          { id: 'x', name: 'X' },
          { id: 'y', name: 'Y' },
        ],
        electedIds: ['x', 'y'],
        seatsToFill: 2,
      }),
    ).toBeUndefined();
    expect(
      genderBalance({ candidates: [pair('a', 'nainen', 'nainen')], electedIds: ['a'], seatsToFill: 1 }),
    ).toBeUndefined();
  });

  it('Tasa-arvolaki 4 a §: a balance given by the caller of hold-election is replaced by the computed one', () => {
    const b = new Board().open().item();
    const election = {
      id: 'e1',
      itemId: 'i1',
      kind: 'enemmistovaali',
      title: { fi: 'V' },
      seatsToFill: 2,
      secretBallot: false,
      candidates: [pair('c1', 'nainen', 'nainen'), pair('c2', 'nainen', 'nainen'), pair('c3', 'mies', 'mies')],
      ballots: [],
      tallies: [
        { candidateId: 'c1', votes: 3 },
        { candidateId: 'c2', votes: 2 },
        { candidateId: 'c3', votes: 1 },
      ],
      lots: [],
      electedIds: ['c1', 'c2'],
      genderBalance: { members: { nainen: 1, mies: 1, unknown: 0 }, quotaMet: true },
    } as Election;
    b.ok({ type: 'hold-election', actor: CHAIR, election });
    expect(b.state.items.get('i1')!.elections[0]!.genderBalance?.quotaMet).toBe(false);
  });
});
