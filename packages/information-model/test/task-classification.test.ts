import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildClassificationTree,
  councilDecisionTosPlan,
  importTaskClassificationCsv,
  validateTaskClassification,
  validateTosPlan,
} from '../src/index.js';
import { readFixture } from './helpers.js';

const csv = readFixture('jhs191/helsinki-functions.csv');

describe('importTaskClassificationCsv (City of Helsinki task classification)', () => {
  const r = importTaskClassificationCsv(csv);

  it('accounts for every data row: imported or a warning with its row number', () => {
    // Independent count: every non-empty physical line of the fixture starts a record (no quoted newlines).
    const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(r.ok).toBe(true);
    expect(r.rowCount).toBe(lines.length);
    const rowsWithWarning = new Set(r.warnings.filter((w) => w.code !== 'csv.parent.missing').map((w) => w.row));
    const importedRows = new Set(r.nodes.map((n) => n.row));
    for (let row = 1; row <= lines.length; row++) expect(importedRows.has(row) || rowsWithWarning.has(row)).toBe(true);
    expect(r.nodes.length + rowsWithWarning.size + r.headerRows).toBe(lines.length);
  });

  it('imports every code and title of the sample without loss', () => {
    const lines = csv
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    const byCode = new Map(r.nodes.map((n) => [n.code, n.title]));
    for (const l of lines) {
      const code = l.slice(0, l.indexOf(','));
      let title = l.slice(l.indexOf(',') + 1);
      if (title.startsWith('"')) title = title.slice(1, -1).replace(/""/g, '"');
      expect(byCode.get(code)).toBe(title);
    }
    expect(r.warnings).toEqual([]);
  });

  it('reads the known sample rows of domain-rules §5.6', () => {
    const get = (c: string) => r.nodes.find((n) => n.code === c);
    expect(get('00')).toMatchObject({ title: 'Hallintoasiat', row: 1 });
    expect(get('00 02 00')).toMatchObject({ title: 'Kaupunginvaltuuston päätöksenteko', parent: '00 02' });
    expect(get('00 02 08')?.title).toBe('Kuuluttaminen ja ilmoittaminen');
    expect(get('00 00 00')?.title).toBe('Perustaminen, lakkauttaminen, yhdistäminen');
  });

  it('builds a tree whose node count equals the import and validates', () => {
    const tree = buildClassificationTree(r.nodes);
    const count = (ns: ReturnType<typeof buildClassificationTree>): number =>
      ns.reduce((s, n) => s + 1 + count(n.children), 0);
    expect(count(tree)).toBe(r.nodes.length);
    expect(tree.every((n) => !n.code.includes(' '))).toBe(true);
    expect(validateTaskClassification({ nodes: r.nodes }).ok).toBe(true);
  });

  it('reports bad rows with their numbers and keeps the rest', () => {
    const text =
      'Tunnus,Nimeke\n00,Hallinto\n0X,Rikki\n00 01,Suunnittelu,ylimääräinen\n00 01,Kaksoiskappale\n00 02,\n01 05,Orpo\n00 03,Tarkastus\n00 03,Kaksoiskappale\n';
    const x = importTaskClassificationCsv(text);
    expect(x.headerRows).toBe(1);
    expect(x.nodes.map((n) => [n.row, n.code])).toEqual([
      [2, '00'],
      [5, '00 01'],
      [7, '01 05'],
      [8, '00 03'],
    ]);
    expect(x.warnings.map((w) => [w.row, w.code])).toEqual([
      [3, 'csv.code.invalid'],
      [4, 'csv.columns.extra'],
      [6, 'csv.title.missing'],
      [9, 'csv.code.duplicate'],
      [7, 'csv.parent.missing'],
    ]);
    expect(x.warnings[1]?.cells).toEqual(['00 01', 'Suunnittelu', 'ylimääräinen']);
    expect(x.rowCount).toBe(9);
  });

  it('gives an error with the line for malformed CSV and never throws', () => {
    const x = importTaskClassificationCsv('00,ok\n01,"unclosed\n');
    expect(x.ok).toBe(false);
    expect(x.error?.code).toBe('csv.malformed');
    expect(importTaskClassificationCsv(42).error?.code).toBe('csv.notString');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => typeof importTaskClassificationCsv(s).ok === 'boolean'),
    );
  });

  it('a TOS plan can be checked against the imported classification', () => {
    expect(validateTosPlan(councilDecisionTosPlan, { classification: r.nodes }).issues).toEqual([]);
    const plan = structuredClone(councilDecisionTosPlan);
    plan.classes[0]!.code = '99 99 99';
    expect(validateTosPlan(plan, { classification: r.nodes }).issues.map((i) => i.code)).toEqual([
      'tos.classCode.unknown',
    ]);
    plan.classes[0]!.code = '00 02 01';
    expect(validateTosPlan(plan, { classification: r.nodes }).issues.map((i) => [i.code, i.severity])).toEqual([
      ['tos.classTitle.differs', 'warning'],
    ]);
  });
});
