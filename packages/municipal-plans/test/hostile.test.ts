import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exampleAccessibilityRequirements,
  exampleContinuityPlan,
  exampleMeetingRules,
  examplePublicationRules,
  exampleSecurityGuidance,
  esimerkkilaProgramme,
  generateAccessibilityStatement,
  renderHtml,
  renderMarkdown,
  validateAccessibilityRequirements,
  validateActionProgramme,
  validateContinuityPlan,
  validateMeetingRules,
  validatePublicationRules,
  validateRemoteMeetingSecurityGuidance,
} from '../src/index.js';

const validators: [string, (x: unknown) => { ok: boolean; issues: { path: unknown[] }[] }, unknown][] = [
  ['continuity', validateContinuityPlan, exampleContinuityPlan],
  ['security', validateRemoteMeetingSecurityGuidance, exampleSecurityGuidance],
  ['programme', validateActionProgramme, esimerkkilaProgramme],
  ['accessibility', validateAccessibilityRequirements, exampleAccessibilityRequirements],
  ['publication', validatePublicationRules, examplePublicationRules],
  ['meeting rules', validateMeetingRules, exampleMeetingRules],
];

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('boom');
      },
      ownKeys: () => {
        throw new Error('boom');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('boom');
      },
    },
  );

describe('hostile input never throws, and the example stays valid', () => {
  it.each(validators)('%s', (_name, validate, example) => {
    expect(validate(example).ok).toBe(true);
    const getter = { ...(example as object) };
    Object.defineProperty(getter, 'schemaVersion', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    for (const bad of [
      undefined,
      null,
      0,
      'x',
      [],
      throwingProxy(),
      getter,
      JSON.parse('{"__proto__":{"polluted":1}}'),
    ]) {
      const r = validate(bad);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 5000; i++) cur = cur['x'] = {} as Record<string, unknown>;
    expect(validate({ ...(example as object), deep }).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (x) => validate(x).ok === false),
      { numRuns: 200 },
    );
  });

  it('the statement generator too', () => {
    for (const bad of [undefined, null, throwingProxy(), { testResults: 'x' }])
      expect(
        generateAccessibilityStatement({
          requirements: exampleAccessibilityRequirements,
          report: bad,
          settings: throwingProxy(),
        }).ok,
      ).toBe(false);
  });
});

describe('property: text never becomes markup', () => {
  it('no string in a document can open a tag in the HTML or a link in the Markdown', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, para, cell) => {
        const doc = {
          lang: 'fi' as const,
          title,
          blocks: [
            { type: 'paragraph' as const, text: para },
            { type: 'table' as const, caption: 'c', head: ['h'], rows: [[cell]] },
          ],
        };
        const html = renderHtml(doc);
        const body = html.slice(html.indexOf('<main>'), html.indexOf('</main>') + '</main>'.length);
        // Only the renderer's own tags remain once the content is removed.
        expect(body.replace(/<\/?(main|h1|p|table|caption|thead|tbody|tr|th|td)( scope="col")?>/g, '')).not.toMatch(
          /[<>]/,
        );
        const md = renderMarkdown(doc);
        expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
      }),
      { numRuns: 300 },
    );
  });
});
