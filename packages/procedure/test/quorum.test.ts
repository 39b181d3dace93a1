import { describe, expect, it } from 'vitest';
import { isQuorate, itemQuorum, requiredForQuorum } from '../src/index.js';

describe('KL 103 § quorum', () => {
  it('KL 103 § 1 mom: the council needs at least two thirds, for every size 3–79', () => {
    for (let seats = 3; seats <= 79; seats += 1) {
      const body = { kind: 'valtuusto', seats };
      const required = requiredForQuorum(body);
      // Independent check in exact arithmetic: the least p with p/seats >= 2/3.
      let least = 0;
      while (least * 3 < seats * 2) least += 1;
      expect(required, `seats ${seats}`).toBe(least);
      expect(isQuorate(body, required)).toBe(true);
      expect(isQuorate(body, required - 1)).toBe(false);
      expect(isQuorate(body, seats)).toBe(true);
    }
  });

  it('KL 103 § 2 mom: other bodies need more than half, for every size 3–79', () => {
    for (let seats = 3; seats <= 79; seats += 1) {
      for (const kind of ['hallitus', 'lautakunta', 'jaosto', 'tarkastuslautakunta']) {
        const body = { kind, seats };
        const required = requiredForQuorum(body);
        expect(required * 2 > seats, `${kind} ${seats}`).toBe(true);
        expect((required - 1) * 2 > seats).toBe(false);
        expect(isQuorate(body, required)).toBe(true);
        expect(isQuorate(body, required - 1)).toBe(false);
      }
    }
  });

  it('KL 103 § known values: 43-seat council 29, 79-seat council 53, 11-member board 6, 10-member board 6', () => {
    expect(requiredForQuorum({ kind: 'valtuusto', seats: 43 })).toBe(29);
    expect(requiredForQuorum({ kind: 'valtuusto', seats: 79 })).toBe(53);
    expect(requiredForQuorum({ kind: 'valtuusto', seats: 27 })).toBe(18);
    expect(requiredForQuorum({ kind: 'hallitus', seats: 11 })).toBe(6);
    expect(requiredForQuorum({ kind: 'lautakunta', seats: 10 })).toBe(6);
    expect(requiredForQuorum({ kind: 'lautakunta', seats: 9 })).toBe(5);
  });

  it('rejects impossible sizes', () => {
    expect(() => requiredForQuorum({ kind: 'valtuusto', seats: 0 })).toThrow(/seats/);
    expect(() => isQuorate({ kind: 'hallitus', seats: 7 }, -1)).toThrow(/present/);
    expect(() => isQuorate({ kind: 'hallitus', seats: 7 }, 2.5)).toThrow();
  });

  it('HL 27 §: a disqualified member does not count; a deputy in the seat does; deputies are summoned when short', () => {
    const body = { kind: 'hallitus', seats: 5 };
    const seats = [
      { member: 'a', present: true },
      { member: 'b', present: true, disqualified: true },
      { member: 'c', present: true, disqualified: true },
      { member: 'd', present: false },
      { member: 'e', present: true },
    ];
    const q = itemQuorum(body, seats);
    expect(q.present).toBe(2);
    expect(q.quorate).toBe(false);
    expect(q.summonDeputies).toBe(true);
    expect(q.disqualified).toEqual(['b', 'c']);
    expect(q.seatsForDeputies).toEqual(['b', 'c', 'd']);
    expect(q.shortBy).toBe(1);
    const withDeputy = itemQuorum(body, [
      ...seats.slice(0, 3),
      { member: 'd', present: false, deputy: { id: 'd2', present: true } },
      seats[4]!,
    ]);
    expect(withDeputy.present).toBe(3);
    expect(withDeputy.quorate).toBe(true);
    expect(withDeputy.summonDeputies).toBe(false);
  });
});
