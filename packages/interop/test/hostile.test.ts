import fc from 'fast-check';
import { parseMeetingDataset } from '../src/dataset.js';
import { describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { importDynasty } from '../src/dynasty.js';
import { parsePythonLiteral } from '../src/pyliteral.js';
import { importTweb } from '../src/tweb.js';

const deep = (n: number): string => '<div>'.repeat(n) + 'x' + '</div>'.repeat(n);

describe('hostile input', () => {
  it('Dynasty: deep nesting, huge text and garbage give warnings, not crashes', () => {
    const doc = importDynasty([
      {
        name: 'TELIMET.HTM',
        content: `<html><body class="bodyTelimet"><!--DATA_BEGIN-->${deep(20000)}<!--DATA_END--></body></html>`,
      },
      {
        name: '1-1.HTM',
        content: `<html><body class="bodyKokousasia"><!--DATA_BEGIN-->${'<p>a</p>'.repeat(20000)}<!--DATA_END--></body></html>`,
      },
      { name: 'x.bin', content: new Uint8Array([0, 1, 2, 255]) },
      { name: 'n.json', content: { __proto__: { polluted: true } } },
    ]);
    expect(doc.warnings.some((w) => w.file === 'x.bin' && w.code === 'unrecognised-file')).toBe(true);
    expect(doc.warnings.some((w) => w.file === 'TELIMET.HTM' && w.code === 'unplaced-text')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseMeetingDataset(doc.dataset).success).toBe(true);
  });

  it('CaseM: wrong types, __proto__ keys and broken JSON are reported, prototypes untouched', () => {
    const doc = importCaseM([
      {
        name: 'a.json',
        content:
          '{"odata.metadata":"x#Nodes","value":[{"NodeId":"1"},{"NodeId":5,"ParentId":1,"Type":144,"Names":[{"LanguageId":1,"Name":"Hallitus"}]}]}',
      },
      { name: 'b.json', content: '{not json' },
      {
        name: 'contents_9_extended_properties.json',
        content:
          '{"odata.metadata":"x#ExtendedProperties","value":[{"Name":"__proto__","Text":"p"},{"Name":"Votings","Text":"[{\'Votes\': {\'__proto__\': [\'A\']}}]"}]}',
      },
      {
        name: 'c.json',
        content: {
          'odata.metadata': 'x#Contents',
          value: [{ ContentId: 9, Subject: 'S', TemplateId: 70, Classifications: [{ NodeId: 7, Type: 7 }] }],
        },
      },
      { name: 'd.json', content: 42 },
    ]);
    expect(doc.bodies.find((b) => b.id === 'casem-5')?.name.fi).toBe('Hallitus');
    expect(doc.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['invalid-value', 'invalid-json', 'unrecognised-file', 'unplaced-text']),
    );
    expect(({} as Record<string, unknown>).p).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(doc.meetings.find((m) => m.id === 'casem-7')?.items[0]?.title.fi).toBe('S');
    expect(parseMeetingDataset(doc.dataset).success).toBe(true);
  });

  it('Tweb: a corrupt PDF becomes an unparsed-file warning', async () => {
    const doc = await importTweb([{ name: 'bad.pdf', content: new TextEncoder().encode('%PDF-1.4\n garbage') }]);
    expect(doc.warnings[0]).toMatchObject({ code: 'unparsed-file', file: 'bad.pdf' });
  });

  it('the importers answer input that is not a file list with a warning, never an exception', () => {
    const r = importDynasty(null as never);
    expect(r.meetings).toEqual([]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        message: expect.objectContaining({ en: expect.stringMatching(/list of \{ name, content \}/) }),
      }),
    ]);
  });

  it('the Python-literal reader never throws anything but SyntaxError and never pollutes (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        try {
          parsePythonLiteral(s);
        } catch (e) {
          expect(e).toBeInstanceOf(SyntaxError);
        }
      }),
      { numRuns: 500 },
    );
    expect(() => parsePythonLiteral('['.repeat(100))).toThrow(SyntaxError);
    const v = parsePythonLiteral("{'__proto__': {'x': 1}}") as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(null);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('importers never throw on arbitrary HTML strings (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 500 }),
        fc.constantFrom('bodyTelimet', 'bodyTelin', 'bodyKokous', 'bodyKokousasia'),
        (s, cls) => {
          const doc = importDynasty([
            {
              name: '123-1.HTM',
              content: `<html><body class="${cls}"><!--DATA_BEGIN-->${s}<!--DATA_END--></body></html>`,
            },
          ]);
          expect(doc.format).toBe('digikokous-interop');
          // The meeting-schema dataset of whatever was read is valid too.
          const r = parseMeetingDataset(doc.dataset);
          if (!r.success) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
