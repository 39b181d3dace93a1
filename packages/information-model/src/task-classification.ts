/**
 * The task classification (tehtäväluokitus) that gives a TOS its hierarchy: codes in two-digit levels
 * ("00", "00 02", "00 02 00"). `importTaskClassificationCsv` reads the City of Helsinki CSV (code, title; no
 * header) and accounts for every row: each is imported or reported as a warning with its row number.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { fromZodIssues, issue, type LocalizedMessage } from './issues.js';
import { classificationCodeSchema, shortText } from './primitives.js';

export const ClassificationNodeSchema = z.strictObject({
  code: classificationCodeSchema,
  title: shortText,
  /** Code of the parent level; absent for the top level. */
  parent: classificationCodeSchema.optional(),
  /** 1-based row of the source file. */
  row: z.int().min(1).optional(),
});
export type ClassificationNode = z.infer<typeof ClassificationNodeSchema>;

export const TaskClassificationSchema = z.strictObject({
  nodes: z.array(ClassificationNodeSchema).max(100_000),
});
export type TaskClassification = z.infer<typeof TaskClassificationSchema>;

export interface ImportWarning {
  /** 1-based record number in the file (line number of the record's first line). */
  row: number;
  code: string;
  message: LocalizedMessage;
  /** The raw cells, so nothing is lost. */
  cells: string[];
}

export interface TaskClassificationImport {
  ok: boolean;
  nodes: ClassificationNode[];
  warnings: ImportWarning[];
  /** Rows read from the file (header included); equals imported + header + warnings. */
  rowCount: number;
  headerRows: number;
  /** Fatal error (malformed CSV); nodes and warnings are empty then. */
  error?: { row: number | undefined; code: string; message: LocalizedMessage };
}

const CODE_RE = /^\d{2}(?: \d{2})*$/;
export const MAX_CSV_LENGTH = 20_000_000;

/** Parent code of a classification code ("00 02 00" → "00 02"); undefined for the top level. */
export function parentCode(code: string): string | undefined {
  const sep = code.includes('.') ? '.' : ' ';
  const i = code.lastIndexOf(sep);
  return i > 0 ? code.slice(0, i) : undefined;
}

/**
 * Reads a task classification CSV (`code,title`, comma-separated, optional header, UTF-8 with or without BOM).
 * Every record is either imported or reported as a warning with its row number; a malformed file (e.g. an
 * unclosed quote) gives an error with the row. Never throws.
 */
export function importTaskClassificationCsv(text: unknown): TaskClassificationImport {
  const empty = { ok: false, nodes: [], warnings: [], rowCount: 0, headerRows: 0 };
  if (typeof text !== 'string')
    return {
      ...empty,
      error: {
        row: undefined,
        code: 'csv.notString',
        message: { fi: 'Syötteen on oltava CSV-merkkijono.', en: 'The input must be a CSV string.' },
      },
    };
  if (text.length > MAX_CSV_LENGTH)
    return {
      ...empty,
      error: {
        row: undefined,
        code: 'csv.tooLarge',
        message: { fi: 'CSV on liian suuri.', en: 'The CSV is too large.' },
      },
    };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    return {
      ...empty,
      error: {
        row: err.lines,
        code: 'csv.malformed',
        message: {
          fi: `CSV-tiedosto on virheellinen (rivi ${err.lines ?? '?'}): ${err.message ?? ''}`,
          en: `The CSV file is malformed (line ${err.lines ?? '?'}): ${err.message ?? ''}`,
        },
      },
    };
  }
  const nodes: ClassificationNode[] = [];
  const warnings: ImportWarning[] = [];
  const seen = new Map<string, number>();
  let headerRows = 0;
  records.forEach(({ record, info }, index) => {
    const row = info.lines;
    const cells = record.map((c) => c.trim());
    const [code = '', title = ''] = cells;
    if (index === 0 && !CODE_RE.test(code) && /[a-zA-ZäöåÄÖÅ]/.test(code)) {
      headerRows++;
      return;
    }
    const warn = (c: string, message: LocalizedMessage) => warnings.push({ row, code: c, message, cells: record });
    if (!CODE_RE.test(code))
      return warn('csv.code.invalid', {
        fi: `Rivi ${row}: tunnus "${code.slice(0, 40)}" ei ole kaksinumeroisia tasoja.`,
        en: `Row ${row}: code "${code.slice(0, 40)}" is not in two-digit levels.`,
      });
    if (code.split(' ').length > 10)
      return warn('csv.code.tooDeep', {
        fi: `Rivi ${row}: luokitus on yli 10 tasoa syvä.`,
        en: `Row ${row}: the code is deeper than 10 levels.`,
      });
    if (title === '')
      return warn('csv.title.missing', { fi: `Rivi ${row}: nimeke puuttuu.`, en: `Row ${row}: the title is missing.` });
    if (!shortText.safeParse(title).success)
      return warn('csv.title.invalid', {
        fi: `Rivi ${row}: nimeke on liian pitkä tai sisältää ohjausmerkkejä.`,
        en: `Row ${row}: the title is too long or contains control characters.`,
      });
    if (cells.slice(2).some((c) => c !== ''))
      return warn('csv.columns.extra', {
        fi: `Rivi ${row}: ylimääräisiä sarakkeita.`,
        en: `Row ${row}: extra columns.`,
      });
    const prev = seen.get(code);
    if (prev !== undefined)
      return warn('csv.code.duplicate', {
        fi: `Rivi ${row}: tunnus ${code} on jo rivillä ${prev}.`,
        en: `Row ${row}: code ${code} already on row ${prev}.`,
      });
    seen.set(code, row);
    const parent = parentCode(code);
    nodes.push(parent ? { code, title, parent, row } : { code, title, row });
  });
  // Orphans are imported (nothing lost) but reported: their parent level is missing from the file.
  for (const n of nodes) {
    if (n.parent && !seen.has(n.parent))
      warnings.push({
        row: n.row ?? 0,
        code: 'csv.parent.missing',
        message: {
          fi: `Rivi ${n.row}: yläluokka ${n.parent} puuttuu; luokka tuotiin ilman sitä.`,
          en: `Row ${n.row}: parent ${n.parent} is missing; the class was imported without it.`,
        },
        cells: [n.code, n.title],
      });
  }
  return { ok: true, nodes, warnings, rowCount: records.length, headerRows };
}

export interface ClassificationTreeNode {
  code: string;
  title: string;
  children: ClassificationTreeNode[];
}

/** Builds the hierarchy from flat nodes (orphans become roots). Order follows the codes. */
export function buildClassificationTree(nodes: readonly ClassificationNode[]): ClassificationTreeNode[] {
  const byCode = new Map<string, ClassificationTreeNode>();
  const sorted = [...nodes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const n of sorted) byCode.set(n.code, { code: n.code, title: n.title, children: [] });
  const roots: ClassificationTreeNode[] = [];
  for (const n of sorted) {
    const t = byCode.get(n.code)!;
    const p = n.parent ? byCode.get(n.parent) : undefined;
    if (p) p.children.push(t);
    else roots.push(t);
  }
  return roots;
}

/** Issues of a classification: codes and parents consistent. */
export function validateTaskClassification(input: unknown) {
  const r = TaskClassificationSchema.safeParse(input);
  if (!r.success)
    return {
      ok: false as const,
      issues: fromZodIssues(r.error.issues),
    };
  const issues = r.data.nodes.flatMap((n, i) =>
    n.parent !== undefined && n.parent !== parentCode(n.code)
      ? [
          issue(['nodes', i, 'parent'], 'classification.parent.mismatch', {
            fi: `Yläluokan on oltava ${parentCode(n.code) ?? '(ei mitään)'}.`,
            en: `The parent must be ${parentCode(n.code) ?? '(none)'}.`,
          }),
        ]
      : [],
  );
  return issues.length ? { ok: false as const, issues } : { ok: true as const, value: r.data, issues };
}
