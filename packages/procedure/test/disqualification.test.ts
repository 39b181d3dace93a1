import { describe, expect, it } from 'vitest';
import { assessDisqualification, SCHEMA_GROUND } from '../src/index.js';

const board = { kind: 'lautakunta' };
const council = { kind: 'valtuusto' };

describe('Disqualification (HL 27–29 §, KL 97 §)', () => {
  it('HL 28 § 1 mom 1 k: the member or any close person is a party', () => {
    expect(assessDisqualification({ body: board, relation: { party: 'self' } }).disqualified).toBe(true);
    expect(assessDisqualification({ body: board, relation: { party: 'former-spouse' } }).disqualified).toBe(true);
    expect(assessDisqualification({ body: board, relation: {} }).disqualified).toBe(false);
  });

  it('HL 28 § 1 mom 3 k: special benefit only for the member or a 2 mom 1 kohta close person', () => {
    expect(assessDisqualification({ body: board, relation: { specialBenefitOrHarm: 'sibling' } }).disqualified).toBe(
      true,
    );
    const cousin = assessDisqualification({ body: board, relation: { specialBenefitOrHarm: 'sibling-child' } });
    expect(cousin.disqualified).toBe(false);
    expect(cousin.notApplied[0]!.ground).toBe('HL28.1.3');
  });

  it('KL 97 § 3 mom: municipal employment disqualifies only who presented or handled the matter', () => {
    expect(
      assessDisqualification({ body: board, relation: { employment: { withMunicipality: true } } }).disqualified,
    ).toBe(false);
    expect(
      assessDisqualification({
        body: board,
        relation: { employment: { withMunicipality: true, presentedOrHandled: true } },
      }).disqualified,
    ).toBe(true);
    expect(assessDisqualification({ body: board, relation: { employment: {} } }).grounds[0]!.ground).toBe('HL28.1.4');
  });

  it('KL 97 § 4 mom: a board seat in a municipal enterprise or joint authority only with conflicting interests', () => {
    const rel = (entity: 'joint-authority' | 'other', conflictingInterests = false) => ({
      boardPosition: { who: 'self' as const, entity, conflictingInterests },
    });
    expect(assessDisqualification({ body: board, relation: rel('joint-authority') }).disqualified).toBe(false);
    expect(assessDisqualification({ body: board, relation: rel('joint-authority', true) }).disqualified).toBe(true);
    expect(assessDisqualification({ body: board, relation: rel('other') }).disqualified).toBe(true);
  });

  it('KL 97 § 4 mom: HL 28 § 1 mom 6 k is not applied in municipalities', () => {
    const a = assessDisqualification({ body: board, relation: { agencyBoardSteering: true } });
    expect(a.disqualified).toBe(false);
    expect(a.notApplied.map((n) => n.ground)).toEqual(['HL28.1.6']);
  });

  it('HL 28 § 1 mom 2 and 7 k', () => {
    expect(assessDisqualification({ body: board, relation: { assistsOrRepresents: true } }).grounds[0]!.ground).toBe(
      'HL28.1.2',
    );
    expect(assessDisqualification({ body: board, relation: { otherSpecialReason: true } }).grounds[0]!.ground).toBe(
      'HL28.1.7',
    );
  });

  it('KL 97 § 1 mom: in the council only a matter concerning the councillor or a close person personally', () => {
    expect(assessDisqualification({ body: council, relation: { party: 'spouse-parent' } }).disqualified).toBe(true);
    expect(assessDisqualification({ body: council, relation: { specialBenefitOrHarm: 'self' } }).disqualified).toBe(
      true,
    );
    const board2 = assessDisqualification({
      body: council,
      relation: { boardPosition: { who: 'self', entity: 'other' }, otherSpecialReason: true },
    });
    expect(board2.disqualified).toBe(false);
    expect(board2.notApplied.map((n) => n.ground)).toEqual(['HL28.1.5', 'HL28.1.7']);
    expect(board2.notApplied[0]!.reason.sv).toMatch(/fullmäktige/);
  });
});

describe('meeting-schema ground codes', () => {
  it('map every HL 28 § 1 mom kohta to the schema code with the same citation', async () => {
    const { disqualificationGroundCitations } = await import('@digikokous/meeting-schema/codes');
    for (const [ground, code] of Object.entries(SCHEMA_GROUND)) {
      const kohta = ground.split('.')[2];
      expect(disqualificationGroundCitations[code]).toBe(`HL 28 § 1 mom. ${kohta} k`);
    }
  });
});
