/**
 * Data protection impact assessment (tietosuojaa koskeva vaikutustenarviointi), GDPR Art. 35, with the
 * screening of the Finnish supervisory authority's list (Art. 35(4)) and the WP29 guidelines WP248, risk
 * scoring and the prior-consultation rule of Art. 36(1).
 */
import { z } from 'zod';
import {
  issue,
  safeParseWith,
  withRules,
  type LocalizedMessage,
  type ValidationIssue,
  type ValidationResult,
} from './issues.js';
import { idSchema, isoDateSchema, longText, shortText } from './primitives.js';

/** GDPR Art. 35(3) cases that always require a DPIA. */
export const art35_3Criteria = [
  'systematicEvaluationWithLegalEffects',
  'largeScaleSpecialCategories',
  'largeScalePublicMonitoring',
] as const;

/**
 * WP248 (rev.01) criteria; two or more usually mean a DPIA is required (WP248 III.B.a). [source]
 * https://tietosuoja.fi/vaikutustenarviointi
 */
export const wp248Criteria = [
  'evaluationOrScoring',
  'automatedDecisionWithLegalEffect',
  'systematicMonitoring',
  'sensitiveData',
  'largeScale',
  'matchingOrCombiningDatasets',
  'vulnerableDataSubjects',
  'innovativeTechnology',
  'preventsExerciseOfRights',
] as const;

/**
 * Finnish supervisory authority's list (Art. 35(4), 21.12.2018) items modelled here: biometric data for unique
 * identification, genetic data and location data, each together with at least one WP248 criterion.
 * The list is non-exhaustive; the pairing rule is **[unverified]** (domain-rules §7.4) and kept conservative.
 */
export const finnishListCriteria = ['biometricIdentification', 'geneticData', 'locationData'] as const;

export type Art35_3Criterion = (typeof art35_3Criteria)[number];
export type Wp248Criterion = (typeof wp248Criteria)[number];
export type FinnishListCriterion = (typeof finnishListCriteria)[number];

const flag = z.boolean().optional();

/** What the screening needs to know about a processing operation. */
export const ProcessingCharacteristicsSchema = z.strictObject({
  evaluationOrScoring: flag,
  profiling: flag,
  automatedDecisionWithLegalEffect: flag,
  systematicMonitoring: flag,
  publiclyAccessibleArea: flag,
  /** Art. 9 special categories or Art. 10 criminal-offence data. */
  specialCategories: flag,
  criminalOffenceData: flag,
  /** Highly personal data in the WP248 sense (e.g. the henkilötunnus, Tietosuojalaki 29 §). */
  highlyPersonalData: flag,
  largeScale: flag,
  matchingOrCombiningDatasets: flag,
  vulnerableDataSubjects: flag,
  innovativeTechnology: flag,
  preventsExerciseOfRights: flag,
  biometricIdentification: flag,
  geneticData: flag,
  locationData: flag,
});
export type ProcessingCharacteristics = z.infer<typeof ProcessingCharacteristicsSchema>;

export interface DpiaNeed {
  required: boolean;
  /** One WP248 criterion: not required, but documenting the reasons is recommended. */
  recommended: boolean;
  art35_3: Art35_3Criterion[];
  finnishList: FinnishListCriterion[];
  wp248: Wp248Criterion[];
  reasons: LocalizedMessage[];
}

const wp248Labels: Record<Wp248Criterion, LocalizedMessage> = {
  evaluationOrScoring: { fi: 'arviointi tai pisteytys', en: 'evaluation or scoring' },
  automatedDecisionWithLegalEffect: {
    fi: 'automaattinen päätöksenteko, jolla on oikeusvaikutuksia',
    en: 'automated decision-making with legal effects',
  },
  systematicMonitoring: { fi: 'järjestelmällinen valvonta', en: 'systematic monitoring' },
  sensitiveData: { fi: 'arkaluonteiset tai erittäin henkilökohtaiset tiedot', en: 'sensitive or highly personal data' },
  largeScale: { fi: 'laajamittainen käsittely', en: 'large-scale processing' },
  matchingOrCombiningDatasets: { fi: 'aineistojen yhdistäminen', en: 'matching or combining datasets' },
  vulnerableDataSubjects: { fi: 'haavoittuvassa asemassa olevat rekisteröidyt', en: 'vulnerable data subjects' },
  innovativeTechnology: { fi: 'uusi teknologia', en: 'innovative technology' },
  preventsExerciseOfRights: {
    fi: 'estää oikeuksien käytön tai palvelun saamisen',
    en: 'prevents exercising a right or using a service',
  },
};

/**
 * Says whether a DPIA is required and why: any Art. 35(3) case, a Finnish-list item with another criterion,
 * or two or more WP248 criteria. A deterministic rule; the controller still decides and documents (Art. 35(1)).
 */
export function assessDpiaNeed(processing: ProcessingCharacteristics): DpiaNeed {
  const p = processing;
  const sensitive = Boolean(p.specialCategories || p.criminalOffenceData || p.highlyPersonalData);
  const wp248: Wp248Criterion[] = [];
  if (p.evaluationOrScoring || p.profiling) wp248.push('evaluationOrScoring');
  if (p.automatedDecisionWithLegalEffect) wp248.push('automatedDecisionWithLegalEffect');
  if (p.systematicMonitoring) wp248.push('systematicMonitoring');
  if (sensitive) wp248.push('sensitiveData');
  if (p.largeScale) wp248.push('largeScale');
  if (p.matchingOrCombiningDatasets) wp248.push('matchingOrCombiningDatasets');
  if (p.vulnerableDataSubjects) wp248.push('vulnerableDataSubjects');
  if (p.innovativeTechnology) wp248.push('innovativeTechnology');
  if (p.preventsExerciseOfRights) wp248.push('preventsExerciseOfRights');

  const art35_3: Art35_3Criterion[] = [];
  if ((p.evaluationOrScoring || p.profiling) && p.automatedDecisionWithLegalEffect)
    art35_3.push('systematicEvaluationWithLegalEffects');
  if (p.largeScale && (p.specialCategories || p.criminalOffenceData)) art35_3.push('largeScaleSpecialCategories');
  if (p.largeScale && p.systematicMonitoring && p.publiclyAccessibleArea) art35_3.push('largeScalePublicMonitoring');

  const finnishList: FinnishListCriterion[] = [];
  const withAnother = wp248.length >= 1;
  if (p.biometricIdentification && withAnother) finnishList.push('biometricIdentification');
  if (p.geneticData && withAnother) finnishList.push('geneticData');
  if (p.locationData && withAnother) finnishList.push('locationData');

  const reasons: LocalizedMessage[] = [];
  const a: Record<Art35_3Criterion, LocalizedMessage> = {
    systematicEvaluationWithLegalEffects: {
      fi: 'GDPR 35 art. 3 a: järjestelmällinen ja laaja arviointi, johon perustuu oikeusvaikutuksia tuottavia päätöksiä.',
      en: 'GDPR Art. 35(3)(a): systematic and extensive evaluation on which decisions with legal effects are based.',
    },
    largeScaleSpecialCategories: {
      fi: 'GDPR 35 art. 3 b: erityisiin henkilötietoryhmiin tai rikostietoihin kohdistuva laajamittainen käsittely.',
      en: 'GDPR Art. 35(3)(b): large-scale processing of special categories or criminal-offence data.',
    },
    largeScalePublicMonitoring: {
      fi: 'GDPR 35 art. 3 c: yleisölle avoimien alueiden laajamittainen järjestelmällinen valvonta.',
      en: 'GDPR Art. 35(3)(c): systematic large-scale monitoring of a publicly accessible area.',
    },
  };
  for (const c of art35_3) reasons.push(a[c]);
  const fl: Record<FinnishListCriterion, LocalizedMessage> = {
    biometricIdentification: {
      fi: 'Tietosuojavaltuutetun luettelo: biometriset tunnistetiedot yhdessä toisen kriteerin kanssa.',
      en: 'Finnish supervisory list: biometric identification together with another criterion.',
    },
    geneticData: {
      fi: 'Tietosuojavaltuutetun luettelo: geneettiset tiedot yhdessä toisen kriteerin kanssa.',
      en: 'Finnish supervisory list: genetic data together with another criterion.',
    },
    locationData: {
      fi: 'Tietosuojavaltuutetun luettelo: sijaintitiedot yhdessä toisen kriteerin kanssa.',
      en: 'Finnish supervisory list: location data together with another criterion.',
    },
  };
  for (const c of finnishList) reasons.push(fl[c]);
  if (wp248.length >= 2)
    reasons.push({
      fi: `WP248: ${wp248.length} kriteeriä (${wp248.map((c) => wp248Labels[c].fi).join(', ')}); kaksi tai useampi edellyttää yleensä arviointia.`,
      en: `WP248: ${wp248.length} criteria (${wp248.map((c) => wp248Labels[c].en).join(', ')}); two or more usually require an assessment.`,
    });
  const required = art35_3.length > 0 || finnishList.length > 0 || wp248.length >= 2;
  const recommended = !required && wp248.length === 1;
  if (recommended)
    reasons.push({
      fi: `WP248: yksi kriteeri (${wp248Labels[wp248[0]!].fi}); arviointia ei välttämättä vaadita, mutta perustelut on dokumentoitava.`,
      en: `WP248: one criterion (${wp248Labels[wp248[0]!].en}); an assessment may not be required, but document the reasons.`,
    });
  if (!required && !recommended)
    reasons.push({ fi: 'Yksikään seulontakriteeri ei täyty.', en: 'No screening criterion is met.' });
  return { required, recommended, art35_3, finnishList, wp248, reasons };
}

export const riskLevels = ['low', 'medium', 'high', 'veryHigh'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskLevelLabels: Record<RiskLevel, LocalizedMessage> = {
  low: { fi: 'matala', en: 'low' },
  medium: { fi: 'kohtalainen', en: 'medium' },
  high: { fi: 'korkea', en: 'high' },
  veryHigh: { fi: 'erittäin korkea', en: 'very high' },
};

/**
 * Risk level of likelihood (1–4) × severity (1–4) **[derived]**: product ≤ 3 low, 4–6 medium, 8–9 high,
 * ≥ 12 very high (the possible products are 1, 2, 3, 4, 6, 8, 9, 12, 16).
 */
export function riskLevel(likelihood: number, severity: number): RiskLevel {
  const s = likelihood * severity;
  if (s <= 3) return 'low';
  if (s <= 6) return 'medium';
  if (s <= 9) return 'high';
  return 'veryHigh';
}

const scale = z.int().min(1).max(4);
const list = (max = 200) => z.array(shortText).max(max);

export const DpiaRiskSchema = z.strictObject({
  id: idSchema,
  threat: longText,
  affectedRights: list().min(1),
  likelihood: scale,
  severity: scale,
  inherentLevel: z.enum(riskLevels),
  /** Ids of the measures (in `measures`) that address this risk. */
  measureIds: z.array(idSchema).max(200),
  residualLikelihood: scale,
  residualSeverity: scale,
  residualLevel: z.enum(riskLevels),
});
export type DpiaRisk = z.infer<typeof DpiaRiskSchema>;

export const DpiaMeasureSchema = z.strictObject({
  id: idSchema,
  description: longText,
  kind: z.enum(['technical', 'organisational', 'legal']),
  owner: shortText.optional(),
  /** Link to a security measure of the information management model. */
  securityMeasureId: idSchema.optional(),
  implemented: z.boolean(),
});
export type DpiaMeasure = z.infer<typeof DpiaMeasureSchema>;

/** The DPIA record (domain-rules §7.9, Art. 35(7) minimum content). */
export const DpiaSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  controller: shortText,
  /** Art. 35(2): the advice of the data protection officer. */
  dpoConsulted: z.strictObject({ date: isoDateSchema, advice: longText }),
  processors: list(),
  /** Art. 35(7)(a). */
  processingDescription: z.strictObject({
    summary: longText,
    purposes: list().min(1),
    legalBasis: list().min(1),
    legitimateInterest: longText.optional(),
    dataSubjects: list().min(1),
    dataCategories: list().min(1),
    specialCategories: list(),
    /** Processing of the henkilötunnus (Tietosuojalaki 1050/2018 29 §). */
    hetuProcessed: z.boolean(),
    sources: list(),
    recipients: list(),
    transfersOutsideEea: list(),
    retention: longText,
    /** Links to systems of the information management model (Tiedonhallintalaki 5 §). */
    systemIds: z.array(idSchema).max(200),
  }),
  characteristics: ProcessingCharacteristicsSchema,
  screening: z.strictObject({ required: z.boolean(), reasons: longText }),
  /** Art. 35(7)(b). */
  necessityProportionality: z.strictObject({
    necessity: longText,
    proportionality: longText,
    dataMinimisation: longText,
    dataSubjectRights: longText,
  }),
  /** Art. 35(7)(c). */
  risks: z.array(DpiaRiskSchema).max(500),
  /** Art. 35(7)(d). */
  measures: z.array(DpiaMeasureSchema).max(500),
  /** Art. 35(9). */
  dataSubjectViews: longText.optional(),
  residualRiskAccepted: z.strictObject({ by: shortText, date: isoDateSchema }).optional(),
  /** Art. 36(1): residual high risk → consult the supervisory authority before processing. */
  priorConsultationNeeded: z.boolean(),
  reviewDue: isoDateSchema,
  versionHistory: z
    .array(z.strictObject({ version: shortText, date: isoDateSchema, change: shortText }))
    .min(1)
    .max(500),
});
export type Dpia = z.infer<typeof DpiaSchema>;

const HIGH: readonly RiskLevel[] = ['high', 'veryHigh'];

/** Consistency rules of a DPIA. */
export function dpiaRuleIssues(d: Dpia): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const need = assessDpiaNeed(d.characteristics);
  if (need.required !== d.screening.required)
    out.push(
      issue(['screening', 'required'], 'dpia.screening.contradiction', {
        fi: `Seulonnan johtopäätös on ristiriidassa kriteerien kanssa (kriteerien mukaan arviointi ${need.required ? 'vaaditaan' : 'ei ole pakollinen'}).`,
        en: `The screening decision contradicts the criteria (by the criteria an assessment is ${need.required ? 'required' : 'not mandatory'}).`,
      }),
    );
  const measureIds = new Set(d.measures.map((m) => m.id));
  const riskIds = new Set<string>();
  d.risks.forEach((r, i) => {
    const p = ['risks', i];
    if (riskIds.has(r.id))
      out.push(
        issue([...p, 'id'], 'dpia.id.duplicate', {
          fi: `Riskin tunnus ${r.id} toistuu.`,
          en: `Risk id ${r.id} is repeated.`,
        }),
      );
    riskIds.add(r.id);
    const inh = riskLevel(r.likelihood, r.severity);
    if (inh !== r.inherentLevel)
      out.push(
        issue([...p, 'inherentLevel'], 'dpia.risk.level', {
          fi: `Riskitason on oltava ${riskLevelLabels[inh].fi} (todennäköisyys ${r.likelihood} × vakavuus ${r.severity}).`,
          en: `The risk level must be ${inh} (likelihood ${r.likelihood} × severity ${r.severity}).`,
        }),
      );
    const res = riskLevel(r.residualLikelihood, r.residualSeverity);
    if (res !== r.residualLevel)
      out.push(
        issue([...p, 'residualLevel'], 'dpia.risk.level', {
          fi: `Jäännösriskin tason on oltava ${riskLevelLabels[res].fi}.`,
          en: `The residual level must be ${res}.`,
        }),
      );
    if (r.residualLikelihood * r.residualSeverity > r.likelihood * r.severity)
      out.push(
        issue([...p, 'residualLikelihood'], 'dpia.risk.residualAbove', {
          fi: 'Jäännösriski ei voi olla suurempi kuin alkuperäinen riski.',
          en: 'The residual risk cannot exceed the inherent risk.',
        }),
      );
    if (HIGH.includes(inh) && r.measureIds.length === 0)
      out.push(
        issue([...p, 'measureIds'], 'dpia.risk.noMeasures', {
          fi: 'Korkealle riskille ei ole toimenpiteitä (GDPR 35 art. 7 d).',
          en: 'A high risk has no measures (GDPR Art. 35(7)(d)).',
        }),
      );
    r.measureIds.forEach((m, j) => {
      if (!measureIds.has(m))
        out.push(
          issue([...p, 'measureIds', j], 'dpia.link.broken', {
            fi: `Toimenpidettä ${m} ei ole.`,
            en: `Measure ${m} does not exist.`,
          }),
        );
    });
  });
  const residualHigh = d.risks.some((r) => HIGH.includes(riskLevel(r.residualLikelihood, r.residualSeverity)));
  if (residualHigh && !d.priorConsultationNeeded)
    out.push(
      issue(['priorConsultationNeeded'], 'dpia.priorConsultation.required', {
        fi: 'Jäännösriski on korkea: tietosuojavaltuutettua on kuultava ennen käsittelyä (GDPR 36 art. 1).',
        en: 'The residual risk is high: consult the supervisory authority before processing (GDPR Art. 36(1)).',
      }),
    );
  if (!residualHigh && d.priorConsultationNeeded)
    out.push(
      issue(
        ['priorConsultationNeeded'],
        'dpia.priorConsultation.unneeded',
        {
          fi: 'Ennakkokuuleminen on merkitty tarpeelliseksi, vaikka mikään jäännösriski ei ole korkea.',
          en: 'Prior consultation is marked as needed although no residual risk is high.',
        },
        'warning',
      ),
    );
  if (d.screening.required && d.risks.length === 0)
    out.push(
      issue(['risks'], 'dpia.risks.missing', {
        fi: 'Riskien arviointi puuttuu (GDPR 35 art. 7 c).',
        en: 'The risk assessment is missing (GDPR Art. 35(7)(c)).',
      }),
    );
  if (d.processingDescription.specialCategories.length > 0 && !d.characteristics.specialCategories)
    out.push(
      issue(['characteristics', 'specialCategories'], 'dpia.specialCategories.contradiction', {
        fi: 'Kuvauksessa on erityisiä henkilötietoryhmiä, mutta seulonnan tieto puuttuu.',
        en: 'The description lists special categories but the screening flag is not set.',
      }),
    );
  if (d.residualRiskAccepted && d.residualRiskAccepted.date < d.dpoConsulted.date)
    out.push(
      issue(['residualRiskAccepted', 'date'], 'dpia.acceptance.beforeDpo', {
        fi: 'Jäännösriski on hyväksytty ennen tietosuojavastaavan lausuntoa (GDPR 35 art. 2).',
        en: 'The residual risk was accepted before the DPO gave advice (GDPR Art. 35(2)).',
      }),
    );
  return out;
}

/**
 * Validates a DPIA: Art. 35(7) content, risk levels, screening and prior-consultation consistency; with the
 * information management model, also that linked systems and security measures exist (Tiedonhallintalaki 5 §).
 */
export function validateDpia(input: unknown, model?: ModelIds): ValidationResult<Dpia> {
  const parsed = safeParseWith(DpiaSchema, input);
  if (!parsed.ok) return parsed;
  const issues = dpiaRuleIssues(parsed.value);
  if (model) {
    const systems = new Set(model.systems.map((s) => s.id));
    const measures = new Set(model.securityMeasures.map((s) => s.id));
    parsed.value.processingDescription.systemIds.forEach((id, i) => {
      if (!systems.has(id))
        issues.push(
          issue(['processingDescription', 'systemIds', i], 'dpia.model.system', {
            fi: `Järjestelmää "${id}" ei ole tiedonhallintamallissa.`,
            en: `System "${id}" is not in the information management model.`,
          }),
        );
    });
    parsed.value.measures.forEach((m, i) => {
      if (m.securityMeasureId !== undefined && !measures.has(m.securityMeasureId))
        issues.push(
          issue(['measures', i, 'securityMeasureId'], 'dpia.model.securityMeasure', {
            fi: `Turvatoimea "${m.securityMeasureId}" ei ole tiedonhallintamallissa.`,
            en: `Security measure "${m.securityMeasureId}" is not in the information management model.`,
          }),
        );
    });
  }
  return withRules(parsed.value, issues);
}

/** The part of an information management model that a DPIA links to. */
export interface ModelIds {
  systems: readonly { id: string }[];
  securityMeasures: readonly { id: string }[];
}
