import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactPersonalData, publicationCheck, containsHetuShaped } from '../src/index.js';
import { makeBusinessId, makeHetu, withWrongCheck } from './hetu-helpers.js';

const HETU_SHAPE = /\d{6}[-+A-FU-Ya-fu-y\u2010-\u2015\u2212]\d{3}[0-9A-Ya-y]/u;

describe('redactPersonalData', () => {
  it('removes valid and invalid henkilötunnus-shaped strings and says where', () => {
    const valid = makeHetu('1980-03-04', '-', 456);
    const bad = withWrongCheck(makeHetu('2005-11-30', 'A', 905));
    const text = `Hakija ${valid} ja huoltaja ${bad}.`;
    const r = redactPersonalData(text);
    expect(r.text).toBe('Hakija [henkilötunnus poistettu] ja huoltaja [henkilötunnus poistettu].');
    expect(r.removed).toEqual([
      { kind: 'hetu', start: 7, end: 18, value: valid },
      { kind: 'hetu', start: 31, end: 42, value: bad },
    ]);
  });

  it('removes codes with new century signs, lower case and typographic dashes, also inside words', () => {
    const base = makeHetu('1999-01-02', 'Y', 222);
    for (const v of [base, base.toLowerCase(), base.replace('Y', '\u2013'), `abc${base}def`]) {
      expect(redactPersonalData(v).text).not.toMatch(HETU_SHAPE);
    }
  });

  it('removes phone numbers and e-mail addresses but keeps business IDs and dates', () => {
    const ytunnus = makeBusinessId('0112038');
    expect(ytunnus).not.toBeNull();
    const text = `Soita 040 123 4567 tai +358 9 310 1691, (09) 310 1234. Posti: matti.meikalainen@example.fi. Yritys ${ytunnus}, kokous 12.3.2024 klo 18.00, § 123.`;
    const r = redactPersonalData(text);
    expect(r.text).toBe(
      `Soita [puhelinnumero poistettu] tai [puhelinnumero poistettu], [puhelinnumero poistettu]. Posti: [sähköposti poistettu]. Yritys ${ytunnus}, kokous 12.3.2024 klo 18.00, § 123.`,
    );
    expect(r.removed.map((x) => x.kind)).toEqual(['phone', 'phone', 'phone', 'email']);
  });

  it('removes names the caller lists, whole words, case-insensitively', () => {
    const r = redactPersonalData('Matti Meikäläinen ja MATTI  meikäläinen; Mattila ei ole nimi listalla.', {
      names: ['Matti Meikäläinen'],
    });
    expect(r.text).toBe('[nimi poistettu] ja [nimi poistettu]; Mattila ei ole nimi listalla.');
  });

  it('honours kinds and a custom replacement, but never lets a henkilötunnus through', () => {
    const code = makeHetu('1950-05-05', '-', 100);
    const r = redactPersonalData(`puh 040 1234567 ${code}`, { kinds: [], replacement: () => '■' });
    expect(r.text).toBe('puh 040 1234567 ■');
    const sneaky = redactPersonalData(code, { replacement: () => code });
    expect(sneaky.text).not.toMatch(HETU_SHAPE);
  });

  it('rejects non-string input with a TypeError and survives huge input', () => {
    expect(() => redactPersonalData(42 as unknown as string)).toThrow(TypeError);
    const big = '1'.repeat(200_000) + '-123A';
    expect(redactPersonalData(big).text).not.toMatch(HETU_SHAPE);
    // Adversarial inputs for the regular expressions stay fast (no catastrophic backtracking).
    for (const evil of [
      'a@' + 'b.'.repeat(50_000),
      '0 '.repeat(100_000),
      'a'.repeat(200_000),
      '+358 '.repeat(40_000),
      '@'.repeat(100_000),
    ]) {
      const t0 = performance.now();
      redactPersonalData(evil, { names: ['b b'] });
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  it('property: no henkilötunnus-shaped string remains in any text', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789-+ABCDEFUVWXYabcuvwxy .,\n–−'.split('')), maxLength: 30 }),
      fc.string({ maxLength: 20 }),
      fc
        .tuple(
          fc.date({
            min: new Date('1800-01-01T00:00:00Z'),
            max: new Date('2099-12-31T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.constantFrom('+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'),
          fc.integer({ min: 0, max: 999 }),
          fc.boolean(),
        )
        .map(([d, s, n, wrong]) => {
          const c = makeHetu(d.toISOString().slice(0, 10), s, n);
          return wrong ? withWrongCheck(c) : c;
        }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 2 }),
        (parts, names) => {
          const text = parts.join('');
          const r = redactPersonalData(text, { names });
          expect(r.text).not.toMatch(HETU_SHAPE);
          expect(containsHetuShaped(r.text)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('publicationCheck (KL 140 §, Tietosuojalaki 29 §)', () => {
  const clean = {
    id: 'pk-2024-5',
    items: [
      {
        section: 1,
        title: 'Kokouksen laillisuus',
        publicity: 'public',
        parts: [{ text: 'Todettiin laillisuus.', publicity: 'public' }],
      },
      {
        section: 2,
        title: 'Salassa pidettävä asia',
        publicity: 'public',
        parts: [{ text: 'Käsiteltiin salassa pidettävä asia.' }],
      },
    ],
  };

  it('lets clean minutes through', () => {
    expect(publicationCheck(clean)).toEqual({ publishable: true, issues: [] });
  });

  it('blocks a remaining henkilötunnus and names its path, not its value', () => {
    const code = makeHetu('1961-09-09', '-', 345);
    const m = structuredClone(clean);
    m.items[1]!.parts[0]!.text = `Hakija ${code}`;
    const r = publicationCheck(m);
    expect(r.publishable).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ kind: 'hetu', path: ['items', 1, 'parts', 0, 'text'] });
    expect(JSON.stringify(r)).not.toContain(code);
  });

  it('blocks confidential content, confidentiality bases and unknown publicity values', () => {
    const m = {
      items: [
        { publicity: 'confidential', parts: [{ text: 'salainen selostus' }] },
        { parts: [{ text: 'x', confidentialityBasis: { law: 'JulkL', section: '24', subsection: '1', point: 25 } }] },
        { parts: [{ text: 'y', confidential: true }] },
        { publicity: 'whatever' },
        { publicity: 'not-yet-public' },
      ],
    };
    const r = publicationCheck(m);
    expect(r.publishable).toBe(false);
    expect(r.issues.map((i) => [i.kind, i.path.join('.')])).toEqual([
      ['confidential', 'items.0.parts'],
      ['confidential', 'items.1.parts.0.text'],
      ['confidential', 'items.2.parts.0.text'],
      ['unknown-publicity', 'items.3.publicity'],
      ['not-public', 'items.4.publicity'],
    ]);
  });

  it('understands meeting-schema publicity records: a confidential item may remain only as a mention (KL 140 §)', () => {
    const basis = { law: 'JulkL', section: '24', subsection: 1, point: 25, citation: 'JulkL 24 § 1 mom. 25 k' };
    const mention = {
      itemId: 'i-7',
      order: 7,
      sectionNumber: 12,
      title: { fi: 'Salassa pidettävä asia' },
      additional: false,
      publicity: { status: 'salassa-pidettava', bases: [basis] },
      attachments: [],
      proposals: [],
    };
    expect(publicationCheck({ items: [mention] })).toEqual({ publishable: true, issues: [] });
    const leaking = { ...mention, background: { fi: [{ type: 'paragraph', text: 'Asiakkaan tilanne …' }] } };
    expect(publicationCheck({ items: [leaking] }).issues.map((i) => i.path.join('.'))).toEqual(['items.0.background']);
    const partly = { ...mention, publicity: { status: 'osittain-salassa-pidettava', bases: [basis] } };
    expect(publicationCheck({ items: [partly] }).issues.map((i) => [i.kind, i.path.join('.')])).toEqual([
      ['confidential', 'items.0.publicity'],
    ]);
    const masked = {
      ...mention,
      publicity: { status: 'osittain-salassa-pidettava', bases: [basis], maskedParts: { fi: 'selostus' } },
      decision: { text: 'Päätös' },
    };
    expect(publicationCheck({ items: [masked] }).publishable).toBe(true);
    const secretBackground = {
      itemId: 'i-8',
      publicity: { status: 'julkinen' },
      partPublicity: { background: { status: 'salassa-pidettava', bases: [basis] } },
      background: { fi: 'salainen' },
      draftDecision: { fi: 'julkinen' },
    };
    expect(publicationCheck({ items: [secretBackground] }).issues.map((i) => i.path.join('.'))).toEqual([
      'items.0.background',
    ]);
    expect(publicationCheck({ items: [{ publicity: { status: 'ei-viela-julkinen' } }] }).issues[0]?.kind).toBe(
      'not-public',
    );
    expect(
      publicationCheck({ items: [{ publicity: { status: 'ei-viela-julkinen' } }] }, { blockNotYetPublic: false })
        .publishable,
    ).toBe(true);
  });

  it('survives hostile input: cycles, deep nesting, __proto__ keys, non-objects', () => {
    const cyclic: Record<string, unknown> = { a: 'ok' };
    cyclic.self = cyclic;
    expect(publicationCheck(cyclic).publishable).toBe(true);
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(publicationCheck(deep).issues[0]?.kind).toBe('too-deep');
    const proto = JSON.parse('{"__proto__": {"publicity": "confidential", "text": "salainen"}}') as unknown;
    expect(publicationCheck(proto).issues.map((i) => i.path.join('.'))).toEqual(['__proto__.text']);
    expect(({} as Record<string, unknown>).publicity).toBeUndefined();
    for (const v of [null, undefined, 1, 'text']) expect(publicationCheck(v).publishable).toBe(true);
  });
});
