import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exampleModel,
  fromTosXml,
  impactChecklist,
  importTaskClassificationCsv,
  validateChangeImpactAssessment,
  validateDpia,
  validateModel,
  validateTosPlan,
  type ChangeDescription,
} from '../src/index.js';

/** Every public parser and validator, fed arbitrary input, returns a result and never throws. */
const entries: [string, (v: unknown) => unknown][] = [
  ['validateModel', (v) => validateModel(v)],
  ['validateTosPlan', (v) => validateTosPlan(v)],
  ['validateDpia', (v) => validateDpia(v, exampleModel)],
  ['validateChangeImpactAssessment', (v) => validateChangeImpactAssessment(v, exampleModel)],
  ['impactChecklist', (v) => impactChecklist(v as ChangeDescription, exampleModel)],
  ['fromTosXml', (v) => fromTosXml(v)],
  ['importTaskClassificationCsv', (v) => importTaskClassificationCsv(v)],
];

describe('hostile input never crashes', () => {
  it.each(entries)('%s: arbitrary JSON values', (_name, fn) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        expect(() => fn(v)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it.each(entries)('%s: objects with __proto__ and constructor keys do not pollute', (_name, fn) => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"x"}');
    expect(() => fn(input)).not.toThrow();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('fromTosXml: arbitrary strings and XML-ish fragments', () => {
    const fragment = fc
      .array(
        fc.constantFrom(
          '<tos:Tos xmlns:tos="http://skeemat.jhs-suositukset.fi/tos/2015/01/15">',
          '</tos:Tos>',
          '<tos:Luokka>',
          '</tos:Luokka>',
          '<a>',
          '</a>',
          '&amp;',
          '&#0;',
          ']]>',
          '<![CDATA[x]]>',
          'text',
          '<?pi x?>',
          '<!-- c -->',
        ),
        { maxLength: 30 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fragment), (s) => {
        const r = fromTosXml(s);
        expect(r.ok).toBe(false);
        expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
