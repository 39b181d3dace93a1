import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  councilDecisionTosPlan,
  exampleModel,
  findHetu,
  redactHetu,
  validateModel,
  type InformationManagementModelInput,
} from '../src/index.js';

const clone = <T>(v: T): T => structuredClone(v);
const errors = (input: unknown) =>
  validateModel(input)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.code}@${i.path.join('.')}`);

describe('validateModel (Tiedonhallintalaki 906/2019 5 § 2 mom)', () => {
  it('accepts the example model', () => {
    const r = validateModel(exampleModel);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('links processes to the records-management plan by task class', () => {
    const r = validateModel(exampleModel, { tosPlan: councilDecisionTosPlan });
    // The example TOS covers only council decision-making (00 02 00); the appeal process (00 02 01) is missing.
    expect(r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'model.tos.classMissing@processes.1.taskClassificationCode',
    ]);
    const m = clone(exampleModel);
    delete m.processes[1]!.taskClassificationCode;
    const w = validateModel(m, { tosPlan: councilDecisionTosPlan });
    expect(w.ok).toBe(true);
    expect(w.issues.map((i) => [i.code, i.severity])).toEqual([['model.tos.unclassified', 'warning']]);
  });

  it('reports broken links with their paths', () => {
    const m = clone(exampleModel);
    m.processes[0]!.links = ['prosessi-puuttuu'];
    m.resources[0]!.systemIds = ['jarjestelma-puuttuu'];
    m.systems[0]!.interfaces![0]!.targetSystemId = 'x-missing';
    m.securityMeasures[0]!.appliesTo = ['nothing-here'];
    expect(errors(m)).toEqual([
      'model.link.broken@processes.0.links.0',
      'model.link.broken@resources.0.systemIds.0',
      'model.link.broken@systems.0.interfaces.0.targetSystemId',
      'model.link.broken@securityMeasures.0.appliesTo.0',
    ]);
  });

  it('reports links to the wrong kind of item and self-links', () => {
    const m = clone(exampleModel);
    m.resources[0]!.processIds = ['jarjestelma-kokous'];
    m.processes[1]!.links = ['prosessi-muutoksenhaku'];
    expect(errors(m)).toEqual(['model.link.self@processes.1.links.0', 'model.link.kind@resources.0.processIds.0']);
  });

  it('reports missing mandatory content (5 § 2 mom 2 k, GDPR Art. 30(1))', () => {
    const m = clone(exampleModel);
    m.resources[1]!.purposes = [];
    m.resources[1]!.dataGroups = [{ name: 'Hakijat', personalData: true }];
    delete m.resources[1]!.processingRecord;
    m.resources[1]!.processIds = [];
    expect(errors(m)).toEqual([
      'model.resource.noProcess@resources.1.processIds',
      'model.resource.purpose.missing@resources.1.purposes',
      'model.resource.art30.missing@resources.1.processingRecord',
    ]);
    const bad = clone(exampleModel) as unknown as Record<string, unknown>;
    delete bad['disclosureAuthority'];
    expect(errors(bad)).toEqual(['schema.invalid_type@disclosureAuthority']);
  });

  it('reports contradictions', () => {
    const m = clone(exampleModel);
    m.resources[0]!.retention.period = 10; // archive needs permanent retention
    m.resources[2]!.retention.period = -1; // destroy with permanent retention
    m.resources[1]!.dataGroups.push({ name: 'Salainen', confidential: true }); // public resource with a confidential group
    m.systems[2]!.logsUseAndDisclosures = false; // THL 17 §
    m.systems[0]!.interfaces![1]!.carriesConfidentialData = true;
    m.systems[0]!.interfaces![1]!.encrypted = false; // THL 14 §
    expect(errors(m).sort()).toEqual(
      [
        'model.disposal.contradiction@resources.0.disposal',
        'model.publicity.contradiction@resources.1.publicityClass',
        'model.disposal.contradiction@resources.2.disposal',
        'model.system.logging@systems.2.logsUseAndDisclosures',
        'model.interface.encryption@systems.0.interfaces.1.encrypted',
      ].sort(),
    );
  });

  it('reports duplicate ids and a henkilötunnus anywhere in the model', () => {
    const m = clone(exampleModel);
    m.systems[1]!.id = 'jarjestelma-kokous';
    m.processes[0]!.purpose = 'Yhteyshenkilö 131052-308T';
    const e = errors(m);
    expect(e).toContain('model.id.duplicate@systems.1.id');
    expect(e).toContain('model.hetu@processes.0.purpose');
  });

  it('bilingual messages on every issue', () => {
    const m = clone(exampleModel) as InformationManagementModelInput;
    m.resources[0]!.processIds = ['x'];
    for (const i of validateModel(m).issues) {
      expect(i.message.fi).toMatch(/\S/);
      expect(i.message.en).toMatch(/\S/);
      expect(i.message.fi).not.toBe(i.message.en);
    }
  });

  it('never throws on hostile input and does not pollute prototypes', () => {
    const hostile = [
      undefined,
      null,
      [],
      'model',
      { ...exampleModel, processes: 'x' },
      JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}}}'),
      { ...exampleModel, id: 'a'.repeat(5_000_000) },
    ];
    for (const h of hostile) expect(validateModel(h).ok).toBe(false);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => typeof validateModel(v).ok === 'boolean'));
  });
});

describe('henkilötunnus detection', () => {
  it('finds henkilötunnus-shaped codes, also with a wrong check character (the kit-wide rule of security)', () => {
    expect(findHetu('hetu 131052-308T tässä')).toBe('131052-308T');
    // A mistyped check character is still a person's code and must not be published.
    expect(findHetu('131052-308X')).toBe('131052-308X');
    expect(findHetu('syntynyt 010203A1234')).toBe('010203A1234');
    expect(redactHetu('a 131052-308T b 131052-308X c')).toBe(
      'a [henkilötunnus poistettu] b [henkilötunnus poistettu] c',
    );
  });

  it('leaves business IDs, dates and phone numbers alone', () => {
    for (const text of ['Y-tunnus 0201256-6', '13.10.1952', 'puh. 040 123 4567', '131052 308T'])
      expect(findHetu(text)).toBeUndefined();
  });

  it('validateModel refuses a model with a bad-checksum code in it', () => {
    const [first, ...rest] = exampleModel.processes;
    const withCode = { ...exampleModel, processes: [{ ...first!, purpose: 'Yhteyshenkilö 131052-308X' }, ...rest] };
    const issues = validateModel(withCode).issues;
    expect(issues.filter((i) => i.code === 'model.hetu').map((i) => i.path)).toEqual([['processes', 0, 'purpose']]);
  });
});
