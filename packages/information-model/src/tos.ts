/**
 * The records-management plan (tiedonohjaussuunnitelma, TOS) in the structure of JHS 191
 * (`Skeema_TOS_kooste.xsd`): classes of the task classification, each with its handling process, the
 * process's actions and their records (asiakirjaluokat), usage restrictions and retention.
 */
import { z } from 'zod';
import {
  CONFIDENTIAL_PUBLICITY_CLASSES,
  PERMANENT_RETENTION,
  actionClasses,
  codesOf,
  personalDataClassCodes,
  processStates,
  protectionLevelCodes,
  publicityClassCodes,
  recommendedRetentionPeriods,
  recommendedSecrecyPeriods,
  recordClasses,
  retentionPeriodStarts,
  secrecyPeriodStarts,
  securityClassCodes,
  statusCodes,
} from './codes.js';
import { hetuIssues } from './hetu.js';
import { issue, safeParseWith, withRules, type ValidationIssue, type ValidationResult } from './issues.js';
import {
  classificationCodeSchema,
  idSchema,
  isoDateSchema,
  languageCodeSchema,
  longText,
  shortText,
} from './primitives.js';

const literalUnion = <T extends number>(codes: readonly T[]) =>
  z.union(codes.map((c) => z.literal(c)) as unknown as [z.ZodLiteral<T>, z.ZodLiteral<T>]);
const textEnum = <T extends string>(codes: readonly T[]) => z.enum(codes as unknown as [T, ...T[]]);

/** Nimeke: a single title (NimekeTeksti) or titles by language code (NimekeKielella). */
export const TitleSchema = z.union([
  shortText,
  z.record(languageCodeSchema, shortText).refine((r) => Object.keys(r).length > 0, 'title.empty'),
]);
export type Title = z.infer<typeof TitleSchema>;

/** Authoring and validity metadata shared by every TOS part (OrganisaatioNimi … VoimassaoloPaattyyPvm). */
export const TosPartMetaSchema = z.strictObject({
  organisation: shortText.optional(),
  author: shortText.optional(),
  created: isoDateSchema.optional(),
  modifier: shortText.optional(),
  modified: isoDateSchema.optional(),
  approver: shortText.optional(),
  approved: isoDateSchema.optional(),
  validFrom: isoDateSchema.optional(),
  validUntil: isoDateSchema.optional(),
});
export type TosPartMeta = z.infer<typeof TosPartMetaSchema>;

/** Kayttorajoitustiedot: usage restrictions. */
export const UsageRestrictionsSchema = z.strictObject({
  publicityClass: literalUnion(codesOf(publicityClassCodes)),
  protectionLevel: literalUnion(codesOf(protectionLevelCodes)).optional(),
  securityClass: literalUnion(codesOf(securityClassCodes)).optional(),
  personalData: literalUnion(codesOf(personalDataClassCodes)),
  /** Years (JulkL 621/1999 31 §: 25 by default, 50 or 100 for some grounds). */
  secrecyPeriod: z.int().min(1).max(1000).optional(),
  /** E.g. "JulkL (621/1999) 24.1 § 25 kohta". */
  secrecyReason: shortText.optional(),
  secrecyPeriodStart: textEnum(codesOf(secrecyPeriodStarts)).optional(),
});
export type UsageRestrictions = z.infer<typeof UsageRestrictionsSchema>;

/** Sailytysaikatiedot: retention. Period in years, −1 = permanent (pysyvä säilytys). */
export const RetentionSchema = z.strictObject({
  period: z.int().min(-1).max(1000),
  basis: shortText,
  start: textEnum(codesOf(retentionPeriodStarts)).optional(),
});
export type Retention = z.infer<typeof RetentionSchema>;

/** Asiasanat: keywords of one vocabulary. */
export const KeywordsSchema = z.strictObject({
  vocabularies: z.array(shortText).max(100).optional(),
  keywords: z.array(shortText).max(1000).optional(),
});
export type Keywords = z.infer<typeof KeywordsSchema>;

/** Kasittelysaannot: handling rules of a record. */
export const HandlingRulesSchema = z.strictObject({
  publicityClassChange: shortText.optional(),
  previousVersionsRemoval: shortText.optional(),
  storageLocation: shortText.optional(),
  archiveLocation: shortText.optional(),
});
export type HandlingRules = z.infer<typeof HandlingRulesSchema>;

/** Asiakirjatieto: a record (document class) produced or received in an action. */
export const TosRecordSchema = z.strictObject({
  id: idSchema,
  restrictions: UsageRestrictionsSchema,
  retention: RetentionSchema,
  meta: TosPartMetaSchema.optional(),
  recordClass: textEnum(codesOf(recordClasses)),
  /** AsiakirjaluokkaTarkenneTeksti, e.g. "Kokouskutsu" for the class Kutsu. */
  recordClassSpecifier: shortText.optional(),
  informationSystem: shortText.optional(),
  handlingRules: HandlingRulesSchema.optional(),
  keywords: z.array(KeywordsSchema).max(100).optional(),
  mainDataGroups: longText.optional(),
});
export type TosRecord = z.infer<typeof TosRecordSchema>;

/** Toimenpidetiedot: an action; holds either records or nested actions (an XSD choice). */
export interface TosAction {
  id: string;
  actionClass: (typeof actionClasses)[number]['code'];
  description?: string | undefined;
  processState?: (typeof processStates)[number]['code'] | undefined;
  informationSystem?: string | undefined;
  meta?: TosPartMeta | undefined;
  records?: TosRecord[] | undefined;
  actions?: TosAction[] | undefined;
}
export const TosActionSchema: z.ZodType<TosAction> = z.lazy(() =>
  z
    .strictObject({
      id: idSchema,
      actionClass: textEnum(codesOf(actionClasses)),
      description: longText.optional(),
      processState: textEnum(codesOf(processStates)).optional(),
      informationSystem: shortText.optional(),
      meta: TosPartMetaSchema.optional(),
      records: z.array(TosRecordSchema).min(1).max(1000).optional(),
      actions: z.array(TosActionSchema).min(1).max(1000).optional(),
    })
    .refine((a) => !(a.records && a.actions), 'action.recordsAndSubactions'),
);

/** KasittelyprosessiTiedot: the handling process of a class. */
export const TosProcessSchema = z.strictObject({
  id: idSchema,
  informationSystem: shortText.optional(),
  restrictions: UsageRestrictionsSchema,
  retention: RetentionSchema,
  actions: z.array(TosActionSchema).min(1).max(1000),
  meta: TosPartMetaSchema.optional(),
  keywords: z.array(KeywordsSchema).max(100).optional(),
  mainDataGroups: longText.optional(),
  owner: shortText.optional(),
  aggregateProcessIdSource: shortText.optional(),
});
export type TosProcess = z.infer<typeof TosProcessSchema>;

/** Luokka: a class of the task classification with its handling process. */
export const TosClassSchema = z.strictObject({
  id: idSchema,
  meta: TosPartMetaSchema.optional(),
  code: classificationCodeSchema,
  status: literalUnion(codesOf(statusCodes)).optional(),
  partVersion: shortText.optional(),
  title: TitleSchema,
  description: longText.optional(),
  process: TosProcessSchema,
});
export type TosClass = z.infer<typeof TosClassSchema>;

/** Tos: the whole plan (TosTiedot + Luokka+). */
export const TosPlanSchema = z.strictObject({
  id: idSchema,
  name: TitleSchema,
  contactPerson: shortText,
  version: shortText,
  status: literalUnion(codesOf(statusCodes)).optional(),
  meta: TosPartMetaSchema.optional(),
  additionalInfo: longText.optional(),
  classes: z.array(TosClassSchema).min(1).max(100_000),
});
export type TosPlan = z.infer<typeof TosPlanSchema>;

type Path = (string | number)[];

/**
 * Usage-restriction rules (Helsinki helerm `metarecord/models/function.py`, JHS 191 schema comment):
 * secrecy period, start and ground are required for publicity classes 2 and 3 (JulkL 621/1999 24 §, 31 §);
 * for a public document they are a contradiction.
 */
function checkRestrictions(
  r: UsageRestrictions,
  path: Path,
  level: 'process' | 'record',
  out: ValidationIssue[],
): void {
  if (CONFIDENTIAL_PUBLICITY_CLASSES.includes(r.publicityClass)) {
    const missing = {
      fi: 'pakollinen, kun julkisuusluokka on salassa pidettävä tai osittain salassa pidettävä',
      en: 'required when the publicity class is confidential or partly confidential',
    };
    if (r.secrecyPeriod === undefined)
      out.push(
        issue([...path, 'secrecyPeriod'], 'tos.secrecyPeriod.required', {
          fi: `Salassapitoaika on ${missing.fi} (JulkL 31 §).`,
          en: `The secrecy period is ${missing.en} (JulkL 31 §).`,
        }),
      );
    if (r.secrecyPeriodStart === undefined)
      out.push(
        issue([...path, 'secrecyPeriodStart'], 'tos.secrecyPeriodStart.required', {
          fi: `Salassapitoajan laskentaperuste on ${missing.fi}.`,
          en: `The start of the secrecy period is ${missing.en}.`,
        }),
      );
    if (r.secrecyReason === undefined)
      out.push(
        issue([...path, 'secrecyReason'], 'tos.secrecyReason.required', {
          fi: `Salassapitoperuste on ${missing.fi} (JulkL 24 § tai erityislaki).`,
          en: `The secrecy ground is ${missing.en} (JulkL 24 § or a special act).`,
        }),
      );
  } else if (r.publicityClass === 1) {
    for (const f of ['secrecyPeriod', 'secrecyPeriodStart', 'secrecyReason'] as const) {
      if (r[f] !== undefined)
        out.push(
          issue([...path, f], 'tos.secrecy.contradiction', {
            fi: 'Julkisella asiakirjalla ei voi olla salassapitotietoja.',
            en: 'A public document cannot have secrecy details.',
          }),
        );
    }
  }
  if (r.secrecyPeriod !== undefined && !(recommendedSecrecyPeriods as readonly number[]).includes(r.secrecyPeriod))
    out.push(
      issue(
        [...path, 'secrecyPeriod'],
        'tos.secrecyPeriod.unrecommended',
        {
          fi: `Salassapitoaika ${r.secrecyPeriod} v ei ole JHS 191:n suositeltu arvo (25, 50, 100).`,
          en: `Secrecy period ${r.secrecyPeriod} years is not a JHS 191 recommended value (25, 50, 100).`,
        },
        'warning',
      ),
    );
  if (level === 'process' && r.secrecyPeriodStart !== undefined && r.secrecyPeriodStart !== 'Asian ratkaisu')
    out.push(
      issue(
        [...path, 'secrecyPeriodStart'],
        'tos.secrecyPeriodStart.processLevel',
        {
          fi: 'Käsittelyprosessin salassapitoajan suositeltu laskentaperuste on "Asian ratkaisu".',
          en: 'The recommended secrecy start for a process is "Asian ratkaisu".',
        },
        'warning',
      ),
    );
}

/** Retention rules: a retention start is not allowed with permanent retention (helerm rule). */
function checkRetention(r: Retention, path: Path, level: 'process' | 'record', out: ValidationIssue[]): void {
  if (r.period === PERMANENT_RETENTION && r.start !== undefined)
    out.push(
      issue([...path, 'start'], 'tos.retentionStart.permanent', {
        fi: 'Säilytysajan laskentaperustetta ei saa antaa pysyvästi säilytettävälle (−1).',
        en: 'A retention start is not allowed with permanent retention (−1).',
      }),
    );
  if (r.period !== PERMANENT_RETENTION && r.start === undefined)
    out.push(
      issue([...path, 'start'], 'tos.retentionStart.required', {
        fi: 'Määräaikaisella säilytysajalla on oltava laskentaperuste.',
        en: 'A fixed retention period needs a start.',
      }),
    );
  if (!(recommendedRetentionPeriods as readonly number[]).includes(r.period))
    out.push(
      issue(
        [...path, 'period'],
        'tos.retentionPeriod.unrecommended',
        {
          fi: `Säilytysaika ${r.period} v ei ole JHS 191:n suositeltu arvo (0, 3, 6, 10, 20, 50, 120, −1).`,
          en: `Retention ${r.period} years is not a JHS 191 recommended value (0, 3, 6, 10, 20, 50, 120, −1).`,
        },
        'warning',
      ),
    );
  if (level === 'process' && r.start !== undefined && r.start !== 'Asian lopullinen ratkaisu')
    out.push(
      issue(
        [...path, 'start'],
        'tos.retentionStart.processLevel',
        {
          fi: 'Käsittelyprosessin säilytysajan suositeltu laskentaperuste on "Asian lopullinen ratkaisu".',
          en: 'The recommended retention start for a process is "Asian lopullinen ratkaisu".',
        },
        'warning',
      ),
    );
}

function checkDates(meta: TosPartMeta | undefined, path: Path, out: ValidationIssue[]): void {
  if (meta?.validFrom && meta.validUntil && meta.validUntil < meta.validFrom)
    out.push(
      issue([...path, 'meta', 'validUntil'], 'tos.validity.order', {
        fi: 'Voimassaolon päättymispäivä on ennen alkamispäivää.',
        en: 'The end of validity is before its start.',
      }),
    );
}

/** Cross-field rules of a plan that already matches {@link TosPlanSchema}. */
export function tosPlanRuleIssues(plan: TosPlan): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const ids = new Map<string, Path>();
  const seeId = (id: string, path: Path) => {
    const prev = ids.get(id);
    if (prev)
      out.push(
        issue([...path, 'id'], 'tos.id.duplicate', {
          fi: `Tunnus "${id}" on jo käytössä kohdassa ${prev.join('.')}.`,
          en: `Id "${id}" is already used at ${prev.join('.')}.`,
        }),
      );
    else ids.set(id, path);
  };
  seeId(plan.id, []);
  checkDates(plan.meta, [], out);
  const codes = new Map<string, number>();
  plan.classes.forEach((c, ci) => {
    const cp: Path = ['classes', ci];
    seeId(c.id, cp);
    checkDates(c.meta, cp, out);
    const norm = c.code.replace(/\./g, ' ');
    const prev = codes.get(norm);
    if (prev !== undefined)
      out.push(
        issue([...cp, 'code'], 'tos.classCode.duplicate', {
          fi: `Tehtäväluokka ${c.code} esiintyy jo kohdassa classes.${prev}.`,
          en: `Task class ${c.code} already appears at classes.${prev}.`,
        }),
      );
    else codes.set(norm, ci);
    const pp: Path = [...cp, 'process'];
    seeId(c.process.id, pp);
    checkDates(c.process.meta, pp, out);
    checkRestrictions(c.process.restrictions, [...pp, 'restrictions'], 'process', out);
    checkRetention(c.process.retention, [...pp, 'retention'], 'process', out);
    const walk = (actions: TosAction[], ap: Path, depth: number) => {
      actions.forEach((a, ai) => {
        const p: Path = [...ap, ai];
        seeId(a.id, p);
        checkDates(a.meta, p, out);
        if (!a.records && !a.actions)
          out.push(
            issue(
              p,
              'tos.action.empty',
              { fi: 'Toimenpiteeltä puuttuvat asiakirjat.', en: 'The action has no records.' },
              'warning',
            ),
          );
        a.records?.forEach((r, ri) => {
          const rp: Path = [...p, 'records', ri];
          seeId(r.id, rp);
          checkDates(r.meta, rp, out);
          checkRestrictions(r.restrictions, [...rp, 'restrictions'], 'record', out);
          checkRetention(r.retention, [...rp, 'retention'], 'record', out);
        });
        if (a.actions && depth < 50) walk(a.actions, [...p, 'actions'], depth + 1);
      });
    };
    walk(c.process.actions, [...pp, 'actions'], 0);
  });
  out.push(...hetuIssues(plan, 'tos.hetu'));
  return out;
}

/**
 * Validates a records-management plan: structure and JHS 191 code lists, then the cross-field rules
 * (secrecy details for confidential classes, no retention start with permanent retention, unique ids and
 * class codes, recommended values as warnings). Never throws.
 */
export function validateTosPlan(input: unknown, options: TosValidationOptions = {}): ValidationResult<TosPlan> {
  const parsed = safeParseWith(TosPlanSchema, input);
  if (!parsed.ok) return parsed;
  const issues = tosPlanRuleIssues(parsed.value);
  if (options.classification) issues.push(...classificationIssues(parsed.value, options.classification));
  return withRules(parsed.value, issues);
}

export interface TosValidationOptions {
  /** The task classification the plan follows: class codes must exist in it (e.g. `importTaskClassificationCsv(...).nodes`). */
  classification?: readonly { code: string; title: string }[];
}

/** Classes must use codes of the task classification; a different title is a warning. */
function classificationIssues(
  plan: TosPlan,
  classification: readonly { code: string; title: string }[],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const byCode = new Map(classification.map((n) => [n.code.replace(/\./g, ' '), n.title]));
  plan.classes.forEach((c, i) => {
    const title = byCode.get(c.code.replace(/\./g, ' '));
    if (title === undefined)
      out.push(
        issue(['classes', i, 'code'], 'tos.classCode.unknown', {
          fi: `Tehtäväluokkaa ${c.code} ei ole tehtäväluokituksessa.`,
          en: `Task class ${c.code} is not in the task classification.`,
        }),
      );
    else {
      const own = typeof c.title === 'string' ? c.title : (c.title['fi'] ?? Object.values(c.title)[0]);
      if (own !== title)
        out.push(
          issue(
            ['classes', i, 'title'],
            'tos.classTitle.differs',
            {
              fi: `Luokan nimeke poikkeaa tehtäväluokituksesta ("${title}").`,
              en: `The class title differs from the task classification ("${title}").`,
            },
            'warning',
          ),
        );
    }
  });
  return out;
}
