import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { parseMeetingDataset } from '../src/dataset.js';
import { importDynasty } from '../src/dynasty.js';
import type { InputFile } from '../src/model.js';
import { importTweb } from '../src/tweb.js';
import { fixtureFiles } from './helpers.js';

const META = 'http://kunta.cloudnc.fi/api/opennc/v1/$metadata#';
const odata = (kind: string, value: unknown[]): { name: string; content: unknown } => ({
  name: `${kind}.json`,
  content: { 'odata.metadata': `${META}${kind}`, value },
});

/** OData-shaped JSON with nulls and wrong types where CaseM has objects, ids and strings. */
const element = fc.oneof(
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      NodeId: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(null), fc.string()),
      ParentId: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(null)),
      Type: fc.constantFrom(143, 144, 7, null, 'x'),
      Names: fc.oneof(
        fc.constant([null]),
        fc.array(
          fc.oneof(
            fc.constant(null),
            fc.record({ LanguageId: fc.constantFrom(1, 2, null), Name: fc.oneof(fc.string(), fc.constant(null)) }),
          ),
        ),
      ),
      ContentId: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(null)),
      Subject: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
      TemplateId: fc.oneof(fc.constantFrom(71, 1), fc.constant(null)),
      Classifications: fc.oneof(
        fc.constant([null]),
        fc.array(
          fc.oneof(
            fc.constant(null),
            fc.record({ NodeId: fc.integer({ min: 1, max: 20 }), Type: fc.constantFrom(7, 1) }),
          ),
        ),
      ),
      FileLinks: fc.oneof(fc.constant([null]), fc.array(fc.jsonValue({ maxDepth: 1 }))),
      Name: fc.oneof(
        fc.constantFrom(
          'Name',
          'Article',
          'Decision',
          'Votings',
          'HistoryTopics',
          'Participant_councilman',
          'Draftsmans',
          'X',
        ),
        fc.constant(null),
      ),
      Text: fc.oneof(
        fc.string(),
        fc.constant(null),
        fc.constantFrom('[{"Title":1}]', "[{'Votes': None}]", 'a;#b;#c!#'),
      ),
      Number: fc.oneof(fc.integer(), fc.constant(null), fc.string()),
      Date: fc.oneof(fc.string(), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
);
const response = fc.record({
  name: fc.constantFrom('nodes.json', 'a/contents_5_extended_properties.json', 'contents.json', 'x.json', '7.json'),
  content: fc.oneof(
    fc.record({
      'odata.metadata': fc.constantFrom(
        `${META}Nodes`,
        `${META}Contents`,
        `${META}ExtendedProperties`,
        `${META}Other`,
        1,
      ),
      value: fc.oneof(fc.array(element, { maxLength: 6 }), fc.constant(null), fc.constant([null])),
    }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.string(),
  ),
});

describe('CaseM: never throws on any JSON (fuzzed, 10,000 runs)', () => {
  it('returns a document whose dataset parseMeetingDataset accepts', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 5 }), (files) => {
        const doc = importCaseM(files);
        const r = parseMeetingDataset(JSON.parse(JSON.stringify(doc.dataset)));
        expect(r.success ? [] : r.errors.slice(0, 2)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('null elements of Nodes, Contents, ExtendedProperties, Names and Classifications become warnings', () => {
    const doc = importCaseM([
      odata('Nodes', [
        null,
        { NodeId: 1, ParentId: 0, Type: 144, Names: [null, { LanguageId: 1, Name: 'Kaupunginhallitus' }] },
      ]),
      odata('Contents', [
        null,
        { ContentId: 9, Subject: 'Asia', Classifications: [null, { NodeId: 2, Type: 7 }], FileLinks: [null] },
      ]),
      {
        name: 'contents_9_extended_properties.json',
        content: { 'odata.metadata': `${META}ExtendedProperties`, value: [null, { Name: 'Article', Text: '5' }] },
      },
    ]);
    expect(doc.bodies.map((b) => b.name.fi)).toEqual(['Kaupunginhallitus', '']);
    expect(doc.meetings[0]?.items[0]).toMatchObject({ number: '5', title: { fi: 'Asia' } });
    expect(doc.warnings.filter((w) => w.code === 'invalid-value').map((w) => w.location)).toEqual([
      'value[0]',
      'value[0]',
      'value[0]',
    ]);
  });
});

describe('CaseM: nothing lost', () => {
  it('keeps a long unknown property whole in its warning (no cut at 2,000 characters)', () => {
    const long = 'Pitkä teksti. '.repeat(400);
    const doc = importCaseM([
      odata('Contents', [{ ContentId: 9, Subject: 'Asia', Classifications: [{ NodeId: 2, Type: 7 }] }]),
      {
        name: 'contents_9_extended_properties.json',
        content: { 'odata.metadata': `${META}ExtendedProperties`, value: [{ Name: 'Lisatieto', Text: long }] },
      },
    ]);
    const w = doc.warnings.find((x) => x.location === 'Lisatieto');
    expect(long.length).toBeGreaterThan(5000);
    expect(w?.text).toBe(long);
  });

  it('reads ExtendedProperties whatever the file is called (by the content id in the path, or by the title)', async () => {
    const original = importCaseM(await fixtureFiles('casem'));
    const rename = (f: InputFile, i: number): InputFile => {
      const m = /contents_(\d+)_extended_properties\.json$/.exec(f.name);
      if (!m) return f;
      // Half keep the id in a folder name, half lose every number (matched by Subject = Name).
      return {
        ...f,
        name:
          i % 2
            ? `ep/${m[1]}/response.json`
            : `ep/props-${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 7)}.json`,
      };
    };
    const renamed = importCaseM((await fixtureFiles('casem')).map(rename));
    const sections = (d: typeof original): number =>
      d.meetings.flatMap((m) => m.items).reduce((n, i) => n + i.sections.length, 0);
    expect(sections(original)).toBeGreaterThan(100);
    expect(sections(renamed)).toBe(sections(original));
    expect(renamed.warnings.filter((w) => w.code === 'missing-linked-file')).toEqual(
      original.warnings.filter((w) => w.code === 'missing-linked-file'),
    );
  });

  it('keeps a Subject that differs from the Name property as a warning with both', () => {
    const doc = importCaseM([
      odata('Contents', [{ ContentId: 9, Subject: 'Tonttien hinnoittelu', Classifications: [{ NodeId: 2, Type: 7 }] }]),
      {
        name: 'contents_9_extended_properties.json',
        content: {
          'odata.metadata': `${META}ExtendedProperties`,
          value: [{ Name: 'Name', Text: 'Tonttien hinnoittelu 2018–2020' }],
        },
      },
    ]);
    expect(doc.meetings[0]?.items[0]?.title.fi).toBe('Tonttien hinnoittelu 2018–2020');
    const w = doc.warnings.find((x) => x.location === 'Contents(9) › Subject');
    expect(w?.text).toBe('Subject: Tonttien hinnoittelu\nName: Tonttien hinnoittelu 2018–2020');
  });
});

/** A Proxy whose every trap throws, and an object with throwing getters. */
const trap = (): never => {
  throw new Error('trap');
};
const hostileProxy = new Proxy(
  {},
  { get: trap, getPrototypeOf: trap, ownKeys: trap, has: trap, getOwnPropertyDescriptor: trap },
);
const throwingGetters = Object.defineProperties(
  {},
  {
    name: { get: trap, enumerable: true },
    content: { get: trap, enumerable: true },
    'odata.metadata': { get: trap, enumerable: true },
  },
);

describe('hostile objects: every importer returns warnings, never an exception', () => {
  const inputs: [string, unknown][] = [
    ['a Proxy as the file list', hostileProxy],
    ['a Proxy as a file', [hostileProxy]],
    ['throwing getters on a file', [throwingGetters]],
    ['a Proxy as content', [{ name: 'a.json', content: hostileProxy }]],
    ['throwing getters in content', [{ name: 'a.json', content: throwingGetters }]],
    [
      'a Proxy in an OData value',
      [{ name: 'n.json', content: { 'odata.metadata': `${META}Nodes`, value: [hostileProxy] } }],
    ],
    ['a Proxy array', [new Proxy([], { get: trap })]],
    ['a record with a throwing getter', Object.defineProperty({}, 'TELIMET.HTM', { get: trap, enumerable: true })],
  ];
  for (const [what, input] of inputs) {
    it(`${what}`, async () => {
      for (const run of [importCaseM, importDynasty, importTweb] as ((f: never) => unknown)[]) {
        const doc = (await run(input as never)) as Awaited<ReturnType<typeof importTweb>>;
        expect(doc.warnings.length).toBeGreaterThan(0);
        expect(doc.warnings.every((w) => typeof w.message.fi === 'string' && typeof w.message.en === 'string')).toBe(
          true,
        );
        expect(parseMeetingDataset(JSON.parse(JSON.stringify(doc.dataset))).success).toBe(true);
      }
    });
  }
});
