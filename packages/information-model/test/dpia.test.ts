import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessDpiaNeed,
  exampleModel,
  remoteMeetingDpia,
  riskLevel,
  validateDpia,
  type ProcessingCharacteristics,
} from '../src/index.js';

const clone = <T>(v: T): T => structuredClone(v);
const errorCodes2 = (input: unknown) =>
  validateDpia(input, exampleModel)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.code}@${i.path.join('.')}`);
const errorCodes = (input: unknown) =>
  validateDpia(input)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.code}@${i.path.join('.')}`);

describe('assessDpiaNeed (GDPR Art. 35)', () => {
  it('Art. 35(3)(b): large-scale special categories always require a DPIA', () => {
    const r = assessDpiaNeed({ specialCategories: true, largeScale: true });
    expect(r.required).toBe(true);
    expect(r.art35_3).toEqual(['largeScaleSpecialCategories']);
    expect(r.reasons.some((x) => x.en.includes('35(3)(b)'))).toBe(true);
  });
  it('Art. 35(3)(a) and (c)', () => {
    expect(assessDpiaNeed({ profiling: true, automatedDecisionWithLegalEffect: true }).art35_3).toEqual([
      'systematicEvaluationWithLegalEffects',
    ]);
    expect(
      assessDpiaNeed({ systematicMonitoring: true, publiclyAccessibleArea: true, largeScale: true }).art35_3,
    ).toEqual(['largeScalePublicMonitoring']);
  });
  it('WP248: two criteria require, one recommends documenting, none says so', () => {
    expect(assessDpiaNeed({ innovativeTechnology: true, vulnerableDataSubjects: true })).toMatchObject({
      required: true,
      recommended: false,
      wp248: ['vulnerableDataSubjects', 'innovativeTechnology'],
    });
    expect(assessDpiaNeed({ innovativeTechnology: true })).toMatchObject({ required: false, recommended: true });
    const none = assessDpiaNeed({});
    expect(none).toMatchObject({ required: false, recommended: false });
    expect(none.reasons[0]?.en).toMatch(/No screening criterion/);
  });
  it('Finnish list: location data needs another criterion', () => {
    expect(assessDpiaNeed({ locationData: true }).required).toBe(false);
    expect(assessDpiaNeed({ locationData: true, largeScale: true })).toMatchObject({
      required: true,
      finnishList: ['locationData'],
    });
  });
  it('property: more criteria never turn a required DPIA into not required (monotone)', () => {
    const keys = [
      'evaluationOrScoring',
      'profiling',
      'automatedDecisionWithLegalEffect',
      'systematicMonitoring',
      'publiclyAccessibleArea',
      'specialCategories',
      'criminalOffenceData',
      'highlyPersonalData',
      'largeScale',
      'matchingOrCombiningDatasets',
      'vulnerableDataSubjects',
      'innovativeTechnology',
      'preventsExerciseOfRights',
      'biometricIdentification',
      'geneticData',
      'locationData',
    ] as const;
    const arb = fc.record(
      Object.fromEntries(keys.map((k) => [k, fc.boolean()])) as Record<(typeof keys)[number], fc.Arbitrary<boolean>>,
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(...keys), (p: ProcessingCharacteristics, k) => {
        const before = assessDpiaNeed(p).required;
        const after = assessDpiaNeed({ ...p, [k]: true }).required;
        return !before || after;
      }),
    );
  });
});

describe('riskLevel (likelihood × severity)', () => {
  it('maps every product to its band', () => {
    const table = [1, 2, 3, 4].flatMap((l) => [1, 2, 3, 4].map((s) => [l * s, riskLevel(l, s)] as const));
    for (const [p, lvl] of table) expect(lvl).toBe(p <= 3 ? 'low' : p <= 6 ? 'medium' : p <= 9 ? 'high' : 'veryHigh');
  });
});

describe('validateDpia', () => {
  it('the example DPIA for remote and hybrid council meetings validates and needs a DPIA', () => {
    const r = validateDpia(remoteMeetingDpia);
    expect(r.issues).toEqual([]);
    expect(assessDpiaNeed(remoteMeetingDpia.characteristics).required).toBe(true);
  });
  it('links to the model are checked when the model is given', () => {
    expect(validateDpia(remoteMeetingDpia, exampleModel).issues).toEqual([]);
    const d = clone(remoteMeetingDpia);
    d.processingDescription.systemIds.push('jarjestelma-tuntematon');
    d.measures[0]!.securityMeasureId = 'turva-tuntematon';
    expect(errorCodes2(d)).toEqual([
      'dpia.model.system@processingDescription.systemIds.2',
      'dpia.model.securityMeasure@measures.0.securityMeasureId',
    ]);
  });
  it('the example links only to systems of the example model', () => {
    const systems = new Set(exampleModel.systems.map((s) => s.id));
    const measures = new Set(exampleModel.securityMeasures.map((s) => s.id));
    for (const id of remoteMeetingDpia.processingDescription.systemIds) expect(systems.has(id)).toBe(true);
    for (const m of remoteMeetingDpia.measures)
      if (m.securityMeasureId) expect(measures.has(m.securityMeasureId)).toBe(true);
  });
  it('wrong risk levels, missing measures, broken links', () => {
    const d = clone(remoteMeetingDpia);
    d.risks[0]!.inherentLevel = 'low';
    d.risks[1]!.measureIds = [];
    d.risks[2]!.measureIds = ['m-puuttuu'];
    expect(errorCodes(d)).toEqual([
      'dpia.risk.level@risks.0.inherentLevel',
      'dpia.risk.noMeasures@risks.1.measureIds',
      'dpia.link.broken@risks.2.measureIds.0',
    ]);
  });
  it('residual high risk requires prior consultation (Art. 36(1))', () => {
    const d = clone(remoteMeetingDpia);
    Object.assign(d.risks[0]!, { residualLikelihood: 3, residualSeverity: 3, residualLevel: 'high' });
    expect(errorCodes(d)).toEqual(['dpia.priorConsultation.required@priorConsultationNeeded']);
    d.priorConsultationNeeded = true;
    expect(validateDpia(d).ok).toBe(true);
  });
  it('screening decision must match the criteria', () => {
    const d = clone(remoteMeetingDpia);
    d.screening.required = false;
    expect(errorCodes(d)).toEqual(['dpia.screening.contradiction@screening.required']);
  });
  it('missing Art. 35(7) content is reported with paths', () => {
    const d = clone(remoteMeetingDpia) as unknown as Record<string, Record<string, unknown>>;
    delete d['necessityProportionality'];
    d['processingDescription']!['purposes'] = [];
    const e = errorCodes(d);
    expect(e).toContain('schema.invalid_type@necessityProportionality');
    expect(e).toContain('schema.too_small@processingDescription.purposes');
  });
});
