import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import {
  councilDecisionTosPlan,
  exampleModel,
  fromTosXml,
  importTaskClassificationCsv,
  toMarkdown,
  toTosXml,
  validateModel,
  validateTosPlan,
  type TosPlan,
} from '../src/index.js';

const csv = readFileSync(
  join(import.meta.dirname, '..', 'test', 'fixtures', 'jhs191', 'helsinki-functions.csv'),
  'utf8',
);
const nodes = importTaskClassificationCsv(csv).nodes;

/** A plan with one class per Helsinki task class (≈ 580 classes, ≈ 3,500 records): a whole municipality. */
const template = councilDecisionTosPlan.classes[0]!;
const bigPlan: TosPlan = {
  ...councilDecisionTosPlan,
  classes: nodes.map((n, i) => {
    const c = structuredClone(template);
    c.id = `c${i}`;
    c.code = n.code;
    c.title = n.title;
    c.process.id = `p${i}`;
    c.process.actions.forEach((a, j) => {
      a.id = `a${i}-${j}`;
      a.records?.forEach((r, k) => (r.id = `r${i}-${j}-${k}`));
    });
    return c;
  }),
};
const bigXml = toTosXml(bigPlan);

describe('TOS', () => {
  bench(`validateTosPlan (${bigPlan.classes.length} classes)`, () => {
    validateTosPlan(bigPlan);
  });
  bench(`toTosXml (${bigPlan.classes.length} classes)`, () => {
    toTosXml(bigPlan);
  });
  bench(`fromTosXml (${(bigXml.length / 1e6).toFixed(1)} MB)`, () => {
    fromTosXml(bigXml);
  });
  bench('JSON.parse of the same plan as JSON (reference)', () => {
    JSON.parse(JSON.stringify(bigPlan));
  });
});

describe('task classification and model', () => {
  bench(`importTaskClassificationCsv (${nodes.length} rows)`, () => {
    importTaskClassificationCsv(csv);
  });
  bench('validateModel (example)', () => {
    validateModel(exampleModel);
  });
  bench('toMarkdown (example)', () => {
    toMarkdown(exampleModel);
  });
});
