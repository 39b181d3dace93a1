import { ElectionSchema, type Meeting } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import {
  draftMinutesText,
  electionRecord,
  isProcedureError,
  majorityElection,
  MeetingStore,
  proportionalElection,
  type MeetingCommand,
} from '../src/index.js';
import { sequence } from './helpers.js';

describe('electionRecord: results as meeting-schema elections (KL 105 §)', () => {
  it('a proportional election with a lot becomes a valid Election with exact comparison numbers', () => {
    const groups = [
      { id: 'A', candidates: [{ id: 'a1', votes: 6 }] },
      {
        id: 'B',
        candidates: [
          { id: 'b1', votes: 3 },
          { id: 'b2', votes: 3 },
        ],
      },
    ];
    const outcome = proportionalElection({ seats: 1, mode: 'personal', groups, random: sequence(0, 0) });
    const record = electionRecord({
      id: 'vaali-1',
      itemId: 'i1',
      title: { fi: 'Tarkastuslautakunnan jäsenet', sv: 'Ledamöter i revisionsnämnden' },
      seats: 1,
      secretBallot: true,
      candidates: ['a1', 'b1', 'b2'].map((id) => ({ id, name: `Ehdokas ${id}` })),
      tallies: { a1: 6, b1: 3, b2: 3 },
      outcome,
      drawnBy: 'pj',
    });
    expect(ElectionSchema.safeParse(record).error?.issues ?? []).toEqual([]);
    expect(record.kind).toBe('suhteellinen-vaali');
    expect(record.electedIds).toEqual(['b2']);
    expect(record.lots).toHaveLength(2);
    expect(record.lots[1]).toMatchObject({ entrants: ['a1', 'b2'], winnerIds: ['b2'], randomValue: '0' });
    expect(record.comparisonNumbers).toContainEqual({ candidateId: 'b1', value: { numerator: 6, denominator: 2 } });
  });

  it('a majority election goes through hold-election into the minutes', () => {
    const outcome = majorityElection({ seats: 1, votes: { c1: 4, c2: 4 }, random: sequence(0) });
    const record = electionRecord({
      id: 'vaali-2',
      itemId: 'i1',
      title: { fi: 'Puheenjohtaja', sv: 'Ordförande' },
      seats: 1,
      secretBallot: false,
      candidates: [
        { id: 'c1', name: 'Aino Ehdokas' },
        { id: 'c2', name: 'Eino Ehdokas' },
      ],
      tallies: { c1: 4, c2: 4 },
      outcome,
    });
    expect(record.electedIds).toEqual(['c2']);
    const meeting = { id: 'm', items: [{ id: 'i1', title: { fi: 'Vaali', sv: 'Val' } }] } as unknown as Meeting;
    const store = new MeetingStore(meeting, [], { body: { kind: 'lautakunta', seats: 9 } });
    let t = Date.parse('2026-01-01T10:00:00Z');
    const run = (c: Record<string, unknown>) => {
      t += 1000;
      const r = store.dispatch({ actor: 'a', at: new Date(t).toISOString(), ...c } as MeetingCommand);
      if (isProcedureError(r)) throw new Error(r.message.en);
    };
    run({ type: 'open-meeting', chairId: 'a', mode: 'lasnaolo' });
    // Eight votes need eight voters present (KL 105 §: no more votes than voters).
    for (const p of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
      run({ type: 'change-attendance', personId: p, status: 'lasna', votingRight: true });
    run({ type: 'state-legality', lawfullyConvened: true });
    run({ type: 'open-item', itemId: 'i1' });
    run({ type: 'hold-election', election: record });
    run({ type: 'record-decision' });
    expect(store.state.items.get('i1')!.decision).toMatchObject({ kind: 'vaali', electionId: 'vaali-2' });
    const text = draftMinutesText(store.state, { lang: 'fi' }).sections[0]!.proceedings.join('\n');
    expect(text).toMatch(/Annetut äänet: Aino Ehdokas 4, Eino Ehdokas 4\./);
    expect(text).toMatch(/arvonnan voitti Eino Ehdokas/);
    expect(text).toMatch(/Valituksi tuli Eino Ehdokas\./);
  });
});
