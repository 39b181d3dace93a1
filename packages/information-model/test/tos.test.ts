import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilDecisionTosPlan, fromTosXml, toTosXml, validateTosPlan, type TosPlan } from '../src/index.js';
import { findXmllint, xmllintValidate } from './helpers.js';

const clone = <T>(v: T): T => structuredClone(v);
const codes = (r: { issues: { code: string; severity: string }[] }) =>
  r.issues.filter((i) => i.severity === 'error').map((i) => i.code);

describe('validateTosPlan', () => {
  it('accepts the council decision-making example', () => {
    const r = validateTosPlan(councilDecisionTosPlan);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.each([2, 3] as const)(
    'publicity class %i requires secrecy period, start and ground (helerm rule, JulkL 24 §, 31 §)',
    (pc) => {
      const plan = clone(councilDecisionTosPlan);
      plan.classes[0]!.process.restrictions = { publicityClass: pc, personalData: 2 };
      const r = validateTosPlan(plan);
      expect(r.ok).toBe(false);
      const base = ['classes', 0, 'process', 'restrictions'];
      expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual([
        ['tos.secrecyPeriod.required', [...base, 'secrecyPeriod']],
        ['tos.secrecyPeriodStart.required', [...base, 'secrecyPeriodStart']],
        ['tos.secrecyReason.required', [...base, 'secrecyReason']],
      ]);
      for (const i of r.issues) {
        expect(i.message.fi.length).toBeGreaterThan(10);
        expect(i.message.en.length).toBeGreaterThan(10);
        expect(i.message.fi).not.toEqual(i.message.en);
      }
    },
  );

  it('publicity class 4 (ei-julkinen) does not require secrecy details', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes[0]!.process.restrictions = { publicityClass: 4, personalData: 1 };
    expect(validateTosPlan(plan).ok).toBe(true);
  });

  it('a public record with a secrecy period is a contradiction', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes[0]!.process.restrictions.secrecyPeriod = 25;
    expect(codes(validateTosPlan(plan))).toContain('tos.secrecy.contradiction');
  });

  it('a retention start is not allowed with permanent retention (−1)', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes[0]!.process.retention = { period: -1, basis: 'KA', start: 'Asian lopullinen ratkaisu' };
    const r = validateTosPlan(plan);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'tos.retentionStart.permanent',
      path: ['classes', 0, 'process', 'retention', 'start'],
    });
  });

  it('a henkilötunnus in a plan is an error (the plan is published)', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes[0]!.description = 'Yhteyshenkilö 131052-308T';
    const r = validateTosPlan(plan);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['tos.hetu@classes.0.description']);
  });

  it('a fixed retention needs a start', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes[0]!.process.retention = { period: 10, basis: 'Kunnan päätös' };
    expect(codes(validateTosPlan(plan))).toEqual(['tos.retentionStart.required']);
  });

  it('non-recommended values are warnings, not errors', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes[0]!.process.retention = { period: 7, basis: 'Kunnan päätös', start: 'Asian lopullinen ratkaisu' };
    const r = validateTosPlan(plan);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['tos.retentionPeriod.unrecommended', 'warning']]);
  });

  it('rejects codes outside the JHS 191 code lists with the path', () => {
    const plan = clone(councilDecisionTosPlan) as unknown as {
      classes: {
        process: { restrictions: { publicityClass: number; personalData: number }; actions: { actionClass: string }[] };
      }[];
    };
    plan.classes[0]!.process.restrictions.publicityClass = 5;
    plan.classes[0]!.process.restrictions.personalData = 4;
    plan.classes[0]!.process.actions[1]!.actionClass = 'esittely';
    const r = validateTosPlan(plan);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining([
        'classes.0.process.restrictions.publicityClass',
        'classes.0.process.restrictions.personalData',
        'classes.0.process.actions.1.actionClass',
      ]),
    );
  });

  it('rejects malformed classification codes and duplicate ids and codes', () => {
    const plan = clone(councilDecisionTosPlan);
    plan.classes.push({ ...clone(plan.classes[0]!), code: '0 2' });
    expect(validateTosPlan(plan).issues.map((i) => i.path.join('.'))).toContain('classes.1.code');
    plan.classes[1]!.code = '00 02 00';
    const r = validateTosPlan(plan);
    expect(codes(r)).toContain('tos.classCode.duplicate');
    expect(codes(r)).toContain('tos.id.duplicate');
  });

  it('an action cannot have both records and sub-actions (XSD choice)', () => {
    const plan = clone(councilDecisionTosPlan);
    const a = plan.classes[0]!.process.actions[0]!;
    a.actions = [
      { id: 'x1', actionClass: 'ohjaus', records: clone(a.records!).map((r, i) => ({ ...r, id: `x1-${i}` })) },
    ];
    const r = validateTosPlan(plan);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'action.recordsAndSubactions', path: ['classes', 0, 'process', 'actions', 0] }),
    );
  });

  it('never throws on hostile input', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 5000; i++) cur = (cur['actions'] = [{}])[0] as Record<string, unknown>;
    const inputs: unknown[] = [
      null,
      42,
      'x',
      [],
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__": {"polluted": 1}, "id": "a"}'),
      { id: 'a'.repeat(1e6) },
      deep,
    ];
    for (const input of inputs) {
      const r = validateTosPlan(input);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('property: arbitrary JSON never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = validateTosPlan(v);
        return typeof r.ok === 'boolean';
      }),
    );
  });
});

describe('TOS XML (JHS 191 Skeema_TOS_kooste.xsd)', () => {
  it('toTosXml output validates against the XSD with xmllint', () => {
    const xml = toTosXml(councilDecisionTosPlan);
    const r = xmllintValidate(xml);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('fails with a clear message when xmllint is missing (never skips)', () => {
    const saved = process.env['XMLLINT_PATH'];
    process.env['XMLLINT_PATH'] = '/nonexistent/xmllint';
    try {
      expect(() => findXmllint()).toThrow(/libxml2-utils/);
    } finally {
      if (saved === undefined) delete process.env['XMLLINT_PATH'];
      else process.env['XMLLINT_PATH'] = saved;
    }
  });

  it('xmllint really rejects a broken document (the check is not vacuous)', () => {
    const xml = toTosXml(councilDecisionTosPlan).replace(
      '<tos:JulkisuusluokkaKoodi>1</tos:JulkisuusluokkaKoodi>',
      '<tos:JulkisuusluokkaKoodi>9</tos:JulkisuusluokkaKoodi>',
    );
    expect(xmllintValidate(xml).ok).toBe(false);
  });

  it('round-trips: fromTosXml(toTosXml(plan)) deep-equals the plan', () => {
    const r = fromTosXml(toTosXml(councilDecisionTosPlan));
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual(councilDecisionTosPlan);
  });

  it('round-trips every optional field, single titles, keywords and nested actions; output validates', () => {
    const plan: TosPlan = clone(councilDecisionTosPlan);
    plan.name = 'Yksikielinen nimeke & <erikoismerkit> "lainaus"';
    plan.additionalInfo = 'Rivi 1\nRivi 2\twith tab';
    plan.meta = {
      organisation: 'O',
      author: 'A',
      created: '2026-01-02',
      modifier: 'M',
      modified: '2026-02-03',
      approver: 'H',
      approved: '2026-03-04',
      validFrom: '2026-04-05',
      validUntil: '2030-12-31',
    };
    const c = plan.classes[0]!;
    c.partVersion = '2';
    c.meta = { ...plan.meta };
    c.process.keywords = [
      { vocabularies: ['YSO'], keywords: ['päätöksenteko', 'valtuusto'] },
      { keywords: ['kokous'] },
    ];
    c.process.aggregateProcessIdSource = 'Kuntaliitto';
    c.process.meta = { approver: 'Kaupunginsihteeri', approved: '2026-05-01' };
    const rec = c.process.actions[0]!.records![1]!;
    rec.restrictions = {
      publicityClass: 3,
      protectionLevel: 3,
      securityClass: 4,
      personalData: 3,
      secrecyPeriod: 50,
      secrecyReason: 'JulkL (621/1999) 24.1 § 25 kohta',
      secrecyPeriodStart: 'Asiakirjan valmistuminen',
    };
    rec.handlingRules = {
      publicityClassChange: 'x',
      previousVersionsRemoval: 'Asian ratkaisu',
      storageLocation: 'y',
      archiveLocation: 'z',
    };
    rec.keywords = [{ vocabularies: ['v'] }];
    rec.mainDataGroups = 'Henkilötiedot';
    rec.meta = { author: 'Laatija' };
    c.process.actions.push({
      id: 'nested',
      actionClass: 'seuranta',
      actions: [
        {
          id: 'nested-1',
          actionClass: 'seuranta',
          informationSystem: 'S',
          records: [{ ...clone(rec), id: 'nested-rec' }],
        },
      ],
    });
    const xml = toTosXml(plan);
    const lint = xmllintValidate(xml);
    expect(lint.output).toContain('validates');
    const back = fromTosXml(xml);
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back.value).toEqual(plan);
  });

  it('property: generated text round-trips', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      // eslint-disable-next-line no-control-regex
      .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g, '').trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(text, text, fc.constantFrom(0, 3, 6, 10, 20, 50, 120), (title, basis, period) => {
        const plan = clone(councilDecisionTosPlan);
        plan.classes[0]!.title = title;
        plan.classes[0]!.process.actions[0]!.records![0]!.retention = { period, basis, start: 'Asiakirjan päivämäärä' };
        const back = fromTosXml(toTosXml(plan));
        expect(back.value).toEqual(plan);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('reports precise errors for invalid XML content', () => {
    const xml = toTosXml(councilDecisionTosPlan)
      .replace(
        '<tos:JulkisuusluokkaKoodi>1</tos:JulkisuusluokkaKoodi>',
        '<tos:JulkisuusluokkaKoodi>2</tos:JulkisuusluokkaKoodi>',
      )
      .replace(
        '<tos:Luokitustunnus>00 02 00</tos:Luokitustunnus>',
        '<tos:Luokitustunnus>A1</tos:Luokitustunnus><tos:Tuntematon>x</tos:Tuntematon>',
      );
    const r = fromTosXml(xml);
    expect(r.ok).toBe(false);
    const summary = r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(summary).toContain('tos.xml.unknownElement@classes.0.tos:Tuntematon');
    expect(summary).toContain('classification.format@classes.0.code');
  });

  it('refuses DTDs, wrong namespaces, malformed and non-string input without throwing', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><tos:Tos xmlns:tos="http://skeemat.jhs-suositukset.fi/tos/2015/01/15">&lol2;</tos:Tos>';
    expect(fromTosXml(bomb).issues[0]?.code).toBe('tos.xml.doctype');
    expect(fromTosXml('<Tos xmlns="urn:other"/>').issues[0]?.code).toBe('tos.xml.namespace');
    expect(fromTosXml('<tos:Tos xmlns:tos="x"><a></tos:Tos>').issues[0]?.code).toBe('tos.xml.malformed');
    expect(fromTosXml(123).issues[0]?.code).toBe('tos.xml.notString');
    expect(fromTosXml('<x/>').issues[0]?.code).toBe('tos.xml.root');
  });

  it('reads a plan written with another namespace prefix', () => {
    const xml = toTosXml(councilDecisionTosPlan).replace(/tos:/g, 'j:').replace('xmlns:tos=', 'xmlns:j=');
    expect(xml).toContain('j:kieliKoodi="fi"');
    expect(xmllintValidate(xml).ok).toBe(true);
    expect(fromTosXml(xml).value).toEqual(councilDecisionTosPlan);
  });

  it('reads a plan written with a default namespace and NimekeKielella titles', () => {
    const xml = toTosXml(councilDecisionTosPlan).replace(/tos:/g, '').replace('xmlns:tos=', 'xmlns=');
    const r = fromTosXml(xml);
    expect(r.value).toEqual(councilDecisionTosPlan);
  });

  it('survives deeply nested XML and __proto__ element names', () => {
    const deep = `<tos:Tos xmlns:tos="http://skeemat.jhs-suositukset.fi/tos/2015/01/15">${'<tos:Luokka>'.repeat(20000)}${'</tos:Luokka>'.repeat(20000)}</tos:Tos>`;
    expect(fromTosXml(deep).ok).toBe(false);
    const proto = toTosXml(councilDecisionTosPlan).replace(
      '</tos:Luokitustunnus>',
      '</tos:Luokitustunnus><tos:__proto__><tos:polluted>1</tos:polluted></tos:__proto__>',
    );
    const r = fromTosXml(proto);
    expect(r.issues.map((x) => x.code)).toContain('tos.xml.unknownElement');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('precise bilingual messages for invalid plans', () => {
  type Mutable = { classes: Record<string, unknown>[] } & Record<string, unknown>;
  const cases: [string, (p: Mutable) => void, string, string][] = [
    ['missing contact person', (p) => delete p['contactPerson'], 'contactPerson', 'schema.invalid_type'],
    ['empty version', (p) => (p['version'] = ''), 'version', 'schema.too_small'],
    ['no classes', (p) => (p['classes'] = []), 'classes', 'schema.too_small'],
    ['status 6', (p) => (p['status'] = 6), 'status', 'schema.invalid_union'],
    ['bad date', (p) => (p['meta'] = { created: '2026-02-30' }), 'meta.created', 'date.format'],
    [
      'validity end before start',
      (p) => (p['meta'] = { validFrom: '2027-01-01', validUntil: '2026-01-01' }),
      'meta.validUntil',
      'tos.validity.order',
    ],
    ['leading whitespace', (p) => (p['contactPerson'] = ' X'), 'contactPerson', 'text.format'],
    ['control character', (p) => (p['contactPerson'] = 'X\u0007'), 'contactPerson', 'text.format'],
    ['empty title object', (p) => (p['name'] = {}), 'name', 'title.empty'],
    ['title language with whitespace', (p) => (p['name'] = { fi: ' x' }), 'name.fi', 'text.format'],
    ['bad title language code', (p) => (p['name'] = { FI: 'x' }), 'name.FI', 'schema.invalid_key'],
    ['unknown field', (p) => (p['extra'] = 1), '', 'schema.unrecognized_keys'],
    ['bad id', (p) => (p['id'] = 'ä ö'), 'id', 'id.format'],
    [
      'bad record class',
      (p) => {
        const plan = p as unknown as TosPlan;
        (plan.classes[0]!.process.actions[0]!.records![0]! as { recordClass: string }).recordClass = 'Kokouskutsu';
      },
      'classes.0.process.actions.0.records.0.recordClass',
      'schema.invalid_value',
    ],
    [
      'retention below −1',
      (p) => ((p.classes[0]!['process'] as Mutable)['retention'] = { period: -2, basis: 'x' }),
      'classes.0.process.retention.period',
      'schema.too_small',
    ],
    [
      'secrecy start not in list',
      (p) =>
        ((p.classes[0]!['process'] as Mutable)['restrictions'] = {
          publicityClass: 3,
          personalData: 1,
          secrecyPeriod: 25,
          secrecyReason: 'JulkL 24 §',
          secrecyPeriodStart: 'Huomenna',
        }),
      'classes.0.process.restrictions.secrecyPeriodStart',
      'schema.invalid_value',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, path, code) => {
    const plan = clone(councilDecisionTosPlan) as unknown as Mutable;
    mutate(plan);
    const r = validateTosPlan(plan);
    expect(r.ok).toBe(false);
    const hit = r.issues.find((i) => i.path.join('.') === path && i.code === code);
    expect(hit, JSON.stringify(r.issues)).toBeDefined();
    expect(hit!.message.fi).toMatch(/\S/);
    expect(hit!.message.en).toMatch(/\S/);
    expect(hit!.message.fi).not.toBe(hit!.message.en);
  });
});
