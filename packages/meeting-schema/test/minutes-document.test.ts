import { describe, expect, it } from 'vitest';
import { parseMinutes, type Minutes } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

const errors = (m: unknown) => {
  const r = parseMinutes(m);
  return r.success ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
};
const withAppendix = (): Minutes => {
  const m = structuredClone(fx.councilMinutes);
  m.appealInstructions = [
    {
      id: 'muutoksenhaku-1',
      kind: 'kunnallisvalitus',
      sectionNumbers: [m.items[0]!.sectionNumber],
      legalBasis: ['KL 135 §', 'KL 138 §'],
      periodDays: 30,
      authority: {
        name: { fi: 'Esimerkkilän hallinto-oikeus', sv: 'Exempelby förvaltningsdomstol' },
        email: 'hallinto-oikeus@oikeus.example.fi',
        eService: 'https://asiointi.oikeus.example.fi',
      },
      text: { fi: [{ type: 'paragraph', content: [{ type: 'text', text: 'Valitusosoitus.' }] }] },
    },
  ];
  m.items[0]!.appealInstructionId = 'muutoksenhaku-1';
  return m;
};

describe('the minutes document: appendix, checking and publication', () => {
  it('accepts the appendix of appeal instructions referenced from a § (KL 141 §, HL 47 §)', () => {
    expect(errors(withAppendix())).toEqual([]);
  });
  it('KL 141 §: a § referring to an instruction the appendix does not hold, or one not covering it, is an error', () => {
    const m = withAppendix();
    m.items[1]!.appealInstructionId = 'muutoksenhaku-9';
    m.items[2]!.appealInstructionId = 'muutoksenhaku-1';
    expect(errors(m)).toEqual([
      '/items/1/appealInstructionId unknown_appeal_instruction',
      '/items/2/appealInstructionId appeal_instruction_section_mismatch',
    ]);
  });
  it('KL 140 § 1 mom: minutes go online only after they have been checked', () => {
    const unchecked = structuredClone(fx.councilMinutes);
    delete unchecked.checkedOn;
    expect(errors(unchecked)).toContain('/publication published_before_checked');
    const early = structuredClone(fx.councilMinutes);
    // Checked 18.6., published 17.6. at 23.30 Helsinki time (20.30 UTC): a Helsinki date before the checking.
    early.publication!.publishedAt = '2026-06-17T20:30:00Z';
    expect(errors(early)).toContain('/publication/publishedAt published_before_checked');
    const sameDay = structuredClone(fx.councilMinutes);
    // 18.6. 00.30 Helsinki time is 17.6. in UTC: the Helsinki date counts, so this is allowed.
    sameDay.publication!.publishedAt = '2026-06-17T21:30:00Z';
    expect(errors(sameDay)).toEqual([]);
  });
  it('an authority address is checked: e-mail and an https e-service only', () => {
    const m = withAppendix();
    m.appealInstructions![0]!.authority!.email = 'not an address';
    (m.appealInstructions![0]!.authority as { eService: string }).eService = 'http://asiointi.example.fi';
    expect(errors(m)).toEqual(
      expect.arrayContaining([
        '/appealInstructions/0/authority/email invalid_format',
        '/appealInstructions/0/authority/eService invalid_format',
      ]),
    );
  });
});
