import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameResolver, inflectionScore } from '../src/names.js';
import { nominativeGuess, parseProceedings, splitSentences } from '../src/proceedings.js';
import { decisionKind } from '../src/sections.js';

const names = new NameResolver([
  'Tiina Elo',
  'Saara Hyrkkö',
  'Teemu Lahtinen',
  'Mia Laiho',
  'Kurt Byman',
  'Jouni J. Särkijärvi',
]);

describe('NameResolver', () => {
  it('resolves the genitive and nominative surnames of the minutes', () => {
    expect(names.resolve('Elon')).toBe('Tiina Elo');
    expect(names.resolve('Hyrkön')).toBe('Saara Hyrkkö');
    expect(names.resolve('Lahtisen')).toBe('Teemu Lahtinen');
    expect(names.resolve('Laihon')).toBe('Mia Laiho');
    expect(names.resolve('Bymanin')).toBe('Kurt Byman');
    expect(names.resolve('Särkijärven')).toBe('Jouni J. Särkijärvi');
    expect(names.resolve('Virtasen')).toBeUndefined();
    expect(inflectionScore('puheenjohtaja', 'Elo')).toBe(0);
  });

  it('guesses the nominative of unknown genitives', () => {
    expect(nominativeGuess('Petri Tikkasen')).toBe('Petri Tikkanen');
    expect(nominativeGuess('Strandmanin')).toBe('Strandman');
    expect(nominativeGuess('Elo')).toBe('Elo');
  });
});

describe('parseProceedings', () => {
  it('reads "X teki Y:n kannattamana muutosehdotuksen" and "äänin 9–6"', () => {
    const r = parseProceedings(
      [
        'Lahtinen teki Laihon kannattamana muutosehdotuksen, että kohta 3 poistetaan.',
        'Puheenjohtaja totesi, että on äänestettävä.',
        'Kaupunginhallitus hylkäsi muutosehdotuksen äänin 9–6.',
      ],
      names,
      'x',
    );
    expect(r.proposals).toEqual([
      {
        id: 'x-p1',
        kind: 'amendment',
        proposer: 'Teemu Lahtinen',
        seconders: ['Mia Laiho'],
        status: 'rejected',
        text: 'kohta 3 poistetaan.',
      },
    ]);
    expect(r.votes[0]).toMatchObject({ counts: { jaa: 9, ei: 6 }, proposalId: 'x-p1', result: 'rejected' });
  });

  it('reads number words, blank votes and unanimity', () => {
    const r = parseProceedings(
      [
        'Elo Hyrkön kannattamana teki seuraavan vastaehdotuksen:',
        '”Asia palautetaan.”',
        'Puheenjohtaja totesi kaupunginhallituksen kahdeksalla äänellä seitsemän ääntä vastaan ja kahden äänestäessä tyhjää hyväksyneen Elon vastaehdotuksen.',
        'Byman teki Elon kannattamana pöydällepanoehdotuksen.',
        'Puheenjohtaja tiedusteli, voidaanko Bymanin pöydällepanoehdotus yksimielisesti hyväksyä. Koska ehdotusta ei vastustettu, puheenjohtaja totesi sen hyväksytyn.',
      ],
      names,
      'y',
    );
    expect(r.proposals[0]).toMatchObject({
      kind: 'counter',
      proposer: 'Tiina Elo',
      seconders: ['Saara Hyrkkö'],
      text: 'Asia palautetaan.',
      status: 'approved',
    });
    expect(r.votes[0]?.counts).toEqual({ jaa: 7, ei: 8, tyhjä: 2 });
    expect(r.proposals[1]).toMatchObject({
      kind: 'tabling',
      proposer: 'Kurt Byman',
      seconders: ['Tiina Elo'],
      status: 'approved',
    });
  });

  it('reports names it cannot resolve and keeps them', () => {
    const r = parseProceedings(['Virtanen teki Elon kannattamana muutosehdotuksen.'], names, 'z');
    expect(r.unresolved).toEqual(['Virtanen']);
    expect(r.proposals[0]?.proposer).toBe('Virtanen');
  });

  it('splits prose into sentences only before a capital letter', () => {
    expect(splitSentences('A teki. B kannatti. 3. kohta jää.')).toEqual(['A teki.', 'B kannatti. 3. kohta jää.']);
  });

  it('never throws and never invents counts on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 20 }), (paras) => {
        const r = parseProceedings(paras, names, 'p', { sentences: true });
        for (const v of r.votes) {
          expect(Number.isInteger(v.counts.jaa) && v.counts.jaa >= 0).toBe(true);
          expect(paras.join(' ')).toContain(v.text.slice(0, 20));
        }
        for (const p of r.proposals) expect(p.seconders).not.toContain(undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decisionKind', () => {
  it('classifies the decision texts of the three systems', () => {
    expect(decisionKind('Merkittiin tiedoksi.', [], [])).toBe('noted');
    expect(decisionKind('Päätösesitys hyväksyttiin.', [], [])).toBe('approved-as-proposed');
    expect(decisionKind('Kaupunginhallitus jätti asian yksimielisesti pöydälle.', [], [])).toBe('tabled');
    expect(decisionKind('Asia palautettiin uudelleen valmisteltavaksi.', [], [])).toBe('returned');
    expect(decisionKind('Hyväksyttiin.', [{ id: 'a', kind: 'referral', seconders: [], status: 'rejected' }], [])).toBe(
      'approved-as-proposed',
    );
  });
});

describe('attendance changes in the proceedings', () => {
  it('reads arrivals, departures and absences with times (Dynasty 10 and CaseM phrasing)', async () => {
    const { findAttendanceChanges, applyAttendanceChanges } = await import('../src/sections.js');
    const { helsinkiInstant } = await import('../src/time.js');
    const changes = findAttendanceChanges(
      [
        'Laiho saapui kokoukseen tämän asian käsittelyn aikana klo 10.33.',
        'Byman oli poissa kokouksesta klo 10.42–10.48.',
        'Merkitään, että Lahtinen ja Elo poistuivat kokouksesta tämän pykälän käsittelyn aikana.',
      ],
      names,
      '2023-02-14',
      helsinkiInstant,
    );
    expect(changes.map(({ text: _t, ...c }) => c)).toEqual([
      { name: 'Mia Laiho', change: 'arrived', at: '2023-02-14T10:33:00+02:00' },
      { name: 'Kurt Byman', change: 'absent', at: '2023-02-14T10:42:00+02:00', until: '2023-02-14T10:48:00+02:00' },
      { name: 'Teemu Lahtinen', change: 'left' },
      { name: 'Tiina Elo', change: 'left' },
    ]);
    const meeting = {
      attendance: [{ personId: 'p', name: 'Mia Laiho', role: 'jäsen' as const, group: 'member' as const }],
    };
    applyAttendanceChanges(meeting as never, changes);
    expect(meeting.attendance[0]).toMatchObject({ arrivedAt: '2023-02-14T10:33:00+02:00' });
  });
});
