import { describe, expect, it } from 'vitest';
import {
  secrecyGrounds,
  secrecyGroundLabels,
  secrecyGroundPointLabel,
  secrecyGroundCitation,
} from '@digikokous/meeting-schema/codes';
import {
  confidentialityMarking,
  secrecyEndsOn,
  parseConfidentialityBasis,
  isPrivateLifeBasis,
  addYears,
  JULKL_24_GROUNDS,
  decideAccess,
  type AccessMeeting,
  type AccessItem,
} from '../src/index.js';

describe('confidentialityMarking (JulkL 25 §)', () => {
  it('gives the Finnish and Swedish marking with the ground', () => {
    const b = { law: 'JulkL', section: '24', subsection: '1', point: 25 };
    expect(confidentialityMarking(b, 'fi')).toEqual({
      text: 'SALASSA PIDETTÄVÄ',
      ground: 'JulkL 24 § 1 mom. 25 k',
      marking: 'SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 25 k',
      legalBasis: 'JulkL 25 §',
    });
    expect(confidentialityMarking(b, 'sv').marking).toBe('SEKRETESSBELAGD OffL 24 § 1 mom. 25 punkten');
    expect(confidentialityMarking('JulkL 24 § 1 mom. 20 k').marking).toBe('SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 20 k');
    expect(confidentialityMarking({ law: 'Potilaslaki 785/1992', section: 13 }).marking).toBe(
      'SALASSA PIDETTÄVÄ Potilaslaki 785/1992 13 §',
    );
  });

  it('parses the common printed forms and refuses unknown ones', () => {
    expect(parseConfidentialityBasis('JulkL 24 § 1 mom. 32 k')).toEqual({
      law: 'JulkL',
      section: '24',
      subsection: '1',
      point: '32',
    });
    expect(parseConfidentialityBasis('JulkL (621/1999) 24.1 § 9 kohta')).toEqual({
      law: 'JulkL',
      section: '24',
      subsection: '1',
      point: '9',
    });
    expect(parseConfidentialityBasis('JulkL 24 § 1 mom. 31a k')).toMatchObject({ point: '31 a' });
    expect(parseConfidentialityBasis('kokous oli suljettu')).toBeUndefined();
    expect(() => confidentialityMarking('kokous oli suljettu')).toThrow(TypeError);
    // Points 1–32 and the inserted 31 a and 31 b (an unconfirmed 31 c is not offered).
    expect(Object.keys(JULKL_24_GROUNDS)).toHaveLength(34);
  });
});

describe('JULKL_24_GROUNDS (JulkL 24 § 1 mom.)', () => {
  it('is the meeting-schema code list, keyed by the point as printed', () => {
    const expected = Object.fromEntries(
      secrecyGrounds.map((g) => [
        secrecyGroundPointLabel(g),
        { fi: secrecyGroundLabels[g].fi, en: secrecyGroundLabels[g].en },
      ]),
    );
    expect(JULKL_24_GROUNDS).toEqual(expected);
    expect(Object.keys(JULKL_24_GROUNDS).sort()).toEqual(
      [...Array.from({ length: 32 }, (_, i) => String(i + 1)), '31 a', '31 b'].sort(),
    );
    for (const ground of secrecyGrounds) {
      const entry = JULKL_24_GROUNDS[secrecyGroundPointLabel(ground)];
      expect(entry, ground).toEqual({ fi: secrecyGroundLabels[ground].fi, en: secrecyGroundLabels[ground].en });
    }
    for (const point of ['31 a', '31 b']) {
      expect(JULKL_24_GROUNDS[point]?.fi.length, point).toBeGreaterThan(0);
      expect(JULKL_24_GROUNDS[point]?.en.length, point).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(JULKL_24_GROUNDS)).toBe(true);
  });

  it('marks and parses the inserted points, e.g. JulkL 24 § 1 mom. 31 a k', () => {
    expect(confidentialityMarking('JulkL 24 § 1 mom. 31 a k')).toEqual({
      text: 'SALASSA PIDETTÄVÄ',
      ground: 'JulkL 24 § 1 mom. 31 a k',
      marking: 'SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 31 a k',
      legalBasis: 'JulkL 25 §',
    });
    expect(confidentialityMarking('JulkL 24 § 1 mom. 31a k').marking).toBe(
      'SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 31 a k',
    );
    expect(confidentialityMarking('JulkL 24 § 1 mom. 31 b k', 'sv').marking).toBe(
      'SEKRETESSBELAGD OffL 24 § 1 mom. 31 b punkten',
    );
    for (const ground of secrecyGrounds) {
      const citation = secrecyGroundCitation(ground);
      expect(confidentialityMarking(citation).marking).toBe(`SALASSA PIDETTÄVÄ ${citation}`);
      expect(parseConfidentialityBasis(citation)).toMatchObject({ point: secrecyGroundPointLabel(ground) });
    }
    expect(isPrivateLifeBasis('JulkL 24 § 1 mom. 31 a k')).toBe(true);
    expect(isPrivateLifeBasis('JulkL 24 § 1 mom. 31 b k')).toBe(true);
  });
});

describe('secrecyEndsOn (JulkL 31 §)', () => {
  it('general grounds: 25 years from the document date', () => {
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 20 k', '2026-03-10')).toEqual({
      endsOn: '2051-03-10',
      publicFrom: '2051-03-11',
      years: 25,
      from: 'document',
      rule: 'general-25',
      legalBasis: 'JulkL 31 §',
    });
  });

  it('private-life grounds 24–32: 50 years after death, or 100 years', () => {
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 25 k', '2026-03-10', { deathDate: '2040-06-30' })).toMatchObject({
      endsOn: '2090-06-30',
      years: 50,
      from: 'death',
    });
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 32 k', '2026-03-10')).toMatchObject({ endsOn: '2126-03-10', years: 100 });
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 31 c k', '2026-03-10').years).toBe(100);
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 23 k', '2026-03-10').years).toBe(25);
    expect(isPrivateLifeBasis('JulkL 24 § 1 mom. 24 k')).toBe(true);
    expect(isPrivateLifeBasis({ law: 'JulkL', section: 24, subsection: 1, point: 33 })).toBe(false);
  });

  it('a year period from 29 February ends on 28 February (määräaikalaki 3 §)', () => {
    expect(addYears('2024-02-29', 25)).toBe('2049-02-28');
    expect(addYears('2024-02-29', 100)).toBe('2124-02-29');
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 7 k', '2024-02-29')).toMatchObject({
      endsOn: '2049-02-28',
      publicFrom: '2049-03-01',
    });
    expect(secrecyEndsOn('JulkL 24 § 1 mom. 7 k', '2025-12-31').publicFrom).toBe('2051-01-01');
  });

  it('refuses bad dates', () => {
    expect(() => secrecyEndsOn('JulkL 24 § 1 mom. 7 k', '2025-02-30')).toThrow(TypeError);
    expect(() => secrecyEndsOn('JulkL 24 § 1 mom. 25 k', '2025-01-01', { deathDate: 'yesterday' })).toThrow(TypeError);
  });
});

describe('decideAccess (JulkL 22–23 §, KuntaL 97–98 §)', () => {
  const meeting: AccessMeeting = {
    id: 'kh-2026-4',
    participants: [
      { personId: 'm1', role: 'member' },
      { personId: 'm2', role: 'member' },
      { personId: 'd1', role: 'deputy' },
      { personId: 'c1', role: 'chair' },
      { personId: 's1', role: 'secretary' },
      { personId: 'o1', role: 'official', entitled: true },
      { personId: 'o2', role: 'official' },
      { personId: 'e1', role: 'expert' },
      { personId: 'pub', role: 'public' },
    ],
  };
  const item: AccessItem = { id: '5', presenterId: 'pr1', disqualified: ['m2'], entitledPersonIds: ['e1'] };
  const confidential = { publicity: 'confidential' as const, basis: 'JulkL 24 § 1 mom. 25 k' };
  const see = (
    personId: string | undefined,
    part: Parameters<typeof decideAccess>[0]['part'] = confidential,
    today?: string,
  ) =>
    decideAccess({
      viewer: personId === undefined ? { public: true } : { personId },
      meeting,
      item,
      part,
      ...(today ? { today } : {}),
    });

  it('confidential parts go to summoned members, deputies, chair, secretary, presenter and entitled officials', () => {
    expect(see('m1')).toMatchObject({ allow: true, reason: 'summoned-member' });
    expect(see('d1')).toMatchObject({ allow: true, reason: 'summoned-member' });
    expect(see('c1')).toMatchObject({ allow: true, reason: 'summoned-member' });
    expect(see('s1')).toMatchObject({ allow: true, reason: 'secretary' });
    expect(see('pr1')).toMatchObject({ allow: true, reason: 'presenter' });
    expect(see('o1')).toMatchObject({ allow: true, reason: 'entitled-official' });
    expect(see('e1')).toMatchObject({ allow: true, reason: 'entitled-official' });
    expect(see('m1').legalBasis).toEqual(['JulkL 24 § 1 mom. 25 k', 'JulkL 23 §', 'KuntaL 98 §']);
  });

  it('never to a disqualified member, an unentitled official, someone not summoned, or the public', () => {
    expect(see('m2')).toMatchObject({ allow: false, reason: 'disqualified' });
    expect(see('m2').legalBasis).toContain('KuntaL 97 §, HL 28 §');
    expect(see('o2')).toMatchObject({ allow: false, reason: 'role-not-entitled' });
    expect(see('stranger')).toMatchObject({ allow: false, reason: 'not-summoned' });
    expect(see(undefined)).toMatchObject({ allow: false, reason: 'public-viewer' });
    expect(see('pub')).toMatchObject({ allow: false, reason: 'public-viewer' });
    expect(decideAccess({ viewer: { personId: 'e1' }, meeting, item: { id: '6' }, part: confidential })).toMatchObject({
      allow: false,
      reason: 'role-not-entitled',
    });
  });

  it('public parts go to everyone once public; before that only to those handling the matter', () => {
    const part = { publicity: 'public' as const, publicFrom: '2026-04-20' };
    expect(see(undefined, part, '2026-04-20')).toMatchObject({ allow: true, reason: 'public' });
    expect(see(undefined, part, '2026-04-19')).toMatchObject({ allow: false, reason: 'not-yet-public' });
    expect(see(undefined, part)).toMatchObject({ allow: false, reason: 'not-yet-public' });
    expect(see('m1', part, '2026-04-19')).toMatchObject({ allow: true, reason: 'participant-before-publication' });
    expect(see('m2', { publicity: 'not-yet-public' })).toMatchObject({ allow: false, reason: 'disqualified' });
    expect(see(undefined, { publicity: 'public' })).toMatchObject({ allow: true, reason: 'public' });
  });

  it('accepts meeting-schema Publicity records', () => {
    const basis = { law: 'JulkL', section: '24', subsection: 1, point: 25, citation: 'JulkL 24 § 1 mom. 25 k' };
    const secret = { publicity: { status: 'salassa-pidettava', bases: [basis] } };
    expect(see('m1', secret as never)).toMatchObject({
      allow: true,
      legalBasis: ['JulkL 24 § 1 mom. 25 k', 'JulkL 23 §', 'KuntaL 98 §'],
    });
    expect(see(undefined, secret as never)).toMatchObject({ allow: false, reason: 'public-viewer' });
    expect(see('m2', { publicity: { status: 'osittain-salassa-pidettava', bases: [basis] } } as never)).toMatchObject({
      allow: false,
      reason: 'disqualified',
    });
    const later = { publicity: { status: 'ei-viela-julkinen', publicFrom: '2026-04-20' } };
    expect(see(undefined, later as never, '2026-04-21')).toMatchObject({ allow: false, reason: 'not-yet-public' });
    expect(see(undefined, { publicity: { status: 'julkinen' } } as never)).toMatchObject({
      allow: true,
      reason: 'public',
    });
    expect(see('m1', { publicity: { status: 'huhu' } } as never)).toMatchObject({
      allow: false,
      reason: 'unknown-publicity',
    });
  });

  it('unknown publicity is refused, also hostile input', () => {
    expect(see('m1', { publicity: 'secret-ish' as never })).toMatchObject({
      allow: false,
      reason: 'unknown-publicity',
    });
    expect(
      decideAccess({
        viewer: null as never,
        meeting: null as never,
        item: null as never,
        part: { publicity: 'confidential' },
      }),
    ).toMatchObject({ allow: false });
  });
});
