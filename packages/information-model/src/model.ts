/**
 * The information management model (tiedonhallintamalli), Tiedonhallintalaki 906/2019 5 § 2 mom:
 * processes, information resources (with the GDPR Art. 30(1) record content), archiving or destruction,
 * information systems and security measures, all linked by id.
 */
import { z } from 'zod';
import { PERMANENT_RETENTION, publicityClassCodes, codesOf } from './codes.js';
import { issue, safeParseWith, withRules, type ValidationIssue, type ValidationResult } from './issues.js';
import {
  classificationCodeSchema,
  httpsUrlSchema,
  idSchema,
  isoDateSchema,
  longText,
  shortText,
} from './primitives.js';
import { hetuIssues } from './hetu.js';

const ids = z.array(idSchema).max(10_000);

/** A process of the organisation (5 § 2 mom 1 k): name, responsible authority, purpose, links to other processes. */
export const ProcessSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  responsibleAuthority: shortText,
  purpose: longText,
  /** Other processes this one feeds or depends on. */
  links: ids.default([]),
  /** Task classification code, the link to the records-management plan (TOS). */
  taskClassificationCode: classificationCodeSchema.optional(),
  confidential: z.boolean().optional(),
});
export type Process = z.infer<typeof ProcessSchema>;

/** A data group of a resource (main data groups, 5 § 2 mom 2 k; Art. 30(1)(c) categories of personal data). */
export const DataGroupSchema = z.strictObject({
  name: shortText,
  description: longText.optional(),
  personalData: z.boolean().default(false),
  /** GDPR Art. 9 special categories or Art. 10 criminal-offence data. */
  specialCategory: z.boolean().optional(),
  /** Excluded from the public description (JulkL 621/1999 24 §). */
  confidential: z.boolean().optional(),
});
export type DataGroup = z.infer<typeof DataGroupSchema>;

/** Archiving or destruction (5 § 2 mom 3 k): transfer to an archive with method and place, or destruction. */
export const DisposalSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('archive'),
    method: shortText,
    place: shortText,
  }),
  z.strictObject({
    kind: z.literal('destroy'),
    method: shortText.optional(),
  }),
]);
export type Disposal = z.infer<typeof DisposalSchema>;

/** Retention of a resource in years, −1 = permanent (same convention as JHS 191). */
export const ResourceRetentionSchema = z.strictObject({
  period: z.int().min(-1).max(1000),
  basis: shortText,
});

/** GDPR Art. 30(1) content for a resource that holds personal data. */
export const ProcessingRecordSchema = z.strictObject({
  /** Art. 30(1)(a): controller and, where applicable, the data protection officer. */
  controller: shortText,
  controllerContact: shortText,
  dpoContact: shortText.optional(),
  /** Art. 30(1)(c). */
  dataSubjects: z.array(shortText).min(1).max(200),
  /** Art. 30(1)(e): transfers to third countries or international organisations. */
  transfersOutsideEea: z.array(shortText).max(200).default([]),
  /** Art. 6/9/10 legal basis. */
  legalBasis: shortText,
});
export type ProcessingRecord = z.infer<typeof ProcessingRecordSchema>;

/** An information resource (tietovaranto), 5 § 2 mom 2 k. */
export const InformationResourceSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  responsibleAuthority: shortText,
  processIds: ids,
  systemIds: ids.default([]),
  /** Art. 30(1)(b); 5 § 2 mom 2 k "käyttötarkoitus". */
  purposes: z.array(shortText).max(200),
  dataGroups: z.array(DataGroupSchema).max(500),
  /** Art. 30(1)(d); "tietojen luovutusten vastaanottajat". Empty list = no disclosures. */
  recipients: z.array(shortText).max(500),
  retention: ResourceRetentionSchema,
  disposal: DisposalSchema,
  /** Required when the resource holds personal data (Art. 30(1)). */
  processingRecord: ProcessingRecordSchema.optional(),
  /** Art. 30(1)(g): general description of the security measures, by id. */
  securityMeasureIds: ids.default([]),
  /** JHS 191 publicity class of the resource as a whole. */
  publicityClass: z.union(
    codesOf(publicityClassCodes).map((c) => z.literal(c)) as unknown as [
      z.ZodLiteral<1>,
      z.ZodLiteral<2>,
      z.ZodLiteral<3>,
      z.ZodLiteral<4>,
    ],
  ),
  /** Query criteria (hakuperusteet) for the public description, Tiedonhallintalaki 28 §. */
  queryCriteria: z.array(shortText).max(100).default([]),
  /** Open interface through which the data is available (28 §). */
  openApi: httpsUrlSchema.optional(),
  /** Case register or service data: the resource belongs in the public description (28 §). */
  caseOrServiceData: z.boolean().default(false),
  confidential: z.boolean().optional(),
});
export type InformationResource = z.infer<typeof InformationResourceSchema>;

export const transferMethods = ['api', 'fileTransfer', 'messageQueue', 'database', 'email', 'manual', 'other'] as const;

/** An interface to another system and its transfer method (5 § 2 mom 4 k). */
export const SystemInterfaceSchema = z.strictObject({
  targetSystemId: idSchema,
  transferMethod: z.enum(transferMethods),
  description: longText.optional(),
  /** Confidential data over a public network must be encrypted (Tiedonhallintalaki 14 §). */
  encrypted: z.boolean(),
  carriesConfidentialData: z.boolean().default(false),
  publicNetwork: z.boolean().default(false),
  confidential: z.boolean().optional(),
});
export type SystemInterface = z.infer<typeof SystemInterfaceSchema>;

/** An information system (5 § 2 mom 4 k). */
export const InformationSystemSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  responsibleAuthority: shortText,
  purpose: longText,
  interfaces: z.array(SystemInterfaceSchema).max(500).default([]),
  /** Use requires identification or login. */
  requiresLogin: z.boolean(),
  /** Log data on use and disclosures is collected (Tiedonhallintalaki 17 §). */
  logsUseAndDisclosures: z.boolean(),
  /** Holds case-register or service data (Tiedonhallintalaki 28 §). */
  caseOrServiceData: z.boolean().default(false),
  confidential: z.boolean().optional(),
});
export type InformationSystem = z.infer<typeof InformationSystemSchema>;

export const securityMeasureCategories = [
  'accessControl',
  'identification',
  'logging',
  'encryption',
  'backup',
  'continuity',
  'training',
  'physical',
  'monitoring',
  'other',
] as const;

/** A security measure (5 § 2 mom 5 k; chapter 4, 13–17 §). */
export const SecurityMeasureSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  description: longText,
  category: z.enum(securityMeasureCategories),
  /** Ids of systems, resources or processes the measure protects. */
  appliesTo: ids,
  /** Details of security arrangements are usually confidential (JulkL 24 § 1 mom 7 k). */
  confidential: z.boolean().optional(),
});
export type SecurityMeasure = z.infer<typeof SecurityMeasureSchema>;

/** The whole model of one information management unit (municipality or joint authority, 1 § / 2 §). */
export const InformationManagementModelSchema = z.strictObject({
  id: idSchema,
  organisation: z.strictObject({
    name: shortText,
    businessId: z
      .string()
      .regex(/^\d{7}-\d$/)
      .optional(),
  }),
  version: shortText,
  approvedBy: shortText.optional(),
  approvedOn: isoDateSchema.optional(),
  /** The authority deciding on disclosures and its contact details (28 §). */
  disclosureAuthority: z.strictObject({ name: shortText, contact: shortText }),
  processes: z.array(ProcessSchema).min(1).max(10_000),
  resources: z.array(InformationResourceSchema).max(10_000),
  systems: z.array(InformationSystemSchema).max(10_000),
  securityMeasures: z.array(SecurityMeasureSchema).max(10_000),
});
export type InformationManagementModel = z.infer<typeof InformationManagementModelSchema>;
export type InformationManagementModelInput = z.input<typeof InformationManagementModelSchema>;

type Path = (string | number)[];

/** Cross-reference and content rules of {@link validateModel}. */
export function modelRuleIssues(m: InformationManagementModel): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const kinds = new Map<string, { kind: string; path: Path }>();
  const see = (id: string, kind: string, path: Path) => {
    const prev = kinds.get(id);
    if (prev)
      out.push(
        issue([...path, 'id'], 'model.id.duplicate', {
          fi: `Tunnus "${id}" on jo käytössä (${prev.path.join('.')}).`,
          en: `Id "${id}" is already used (${prev.path.join('.')}).`,
        }),
      );
    else kinds.set(id, { kind, path });
  };
  m.processes.forEach((p, i) => see(p.id, 'process', ['processes', i]));
  m.resources.forEach((r, i) => see(r.id, 'resource', ['resources', i]));
  m.systems.forEach((s, i) => see(s.id, 'system', ['systems', i]));
  m.securityMeasures.forEach((s, i) => see(s.id, 'securityMeasure', ['securityMeasures', i]));

  const link = (id: string, expected: readonly string[], path: Path) => {
    const k = kinds.get(id);
    if (!k)
      out.push(
        issue(path, 'model.link.broken', {
          fi: `Viittaus tunnukseen "${id}", jota ei ole mallissa.`,
          en: `Link to id "${id}", which is not in the model.`,
        }),
      );
    else if (!expected.includes(k.kind))
      out.push(
        issue(path, 'model.link.kind', {
          fi: `Tunnus "${id}" viittaa väärän tyyppiseen kohteeseen (${k.kind}).`,
          en: `Id "${id}" refers to the wrong kind of item (${k.kind}).`,
        }),
      );
  };

  m.processes.forEach((p, i) => {
    p.links.forEach((l, j) => {
      if (l === p.id)
        out.push(
          issue(['processes', i, 'links', j], 'model.link.self', {
            fi: 'Prosessi ei voi viitata itseensä.',
            en: 'A process cannot link to itself.',
          }),
        );
      else link(l, ['process'], ['processes', i, 'links', j]);
    });
  });

  const resourcesBySystem = new Set<string>();
  m.resources.forEach((r, i) => {
    const rp: Path = ['resources', i];
    if (r.processIds.length === 0)
      out.push(
        issue([...rp, 'processIds'], 'model.resource.noProcess', {
          fi: 'Tietovarannon yhteys prosesseihin puuttuu (THL 5 § 2 mom 2 k).',
          en: 'The resource is not linked to any process (THL 5 § 2 mom 2 k).',
        }),
      );
    r.processIds.forEach((id, j) => link(id, ['process'], [...rp, 'processIds', j]));
    r.systemIds.forEach((id, j) => {
      link(id, ['system'], [...rp, 'systemIds', j]);
      resourcesBySystem.add(id);
    });
    r.securityMeasureIds.forEach((id, j) => link(id, ['securityMeasure'], [...rp, 'securityMeasureIds', j]));
    if (r.purposes.length === 0)
      out.push(
        issue([...rp, 'purposes'], 'model.resource.purpose.missing', {
          fi: 'Tietovarannon käyttötarkoitus puuttuu (THL 5 § 2 mom 2 k; GDPR 30 art. 1 b).',
          en: 'The purpose of the resource is missing (THL 5 § 2 mom 2 k; GDPR Art. 30(1)(b)).',
        }),
      );
    if (r.dataGroups.length === 0)
      out.push(
        issue([...rp, 'dataGroups'], 'model.resource.dataGroups.missing', {
          fi: 'Tietovarannon keskeiset tietoryhmät puuttuvat (THL 5 § 2 mom 2 k).',
          en: 'The main data groups of the resource are missing (THL 5 § 2 mom 2 k).',
        }),
      );
    const personal = r.dataGroups.some((g) => g.personalData || g.specialCategory);
    r.dataGroups.forEach((g, j) => {
      if (g.specialCategory && !g.personalData)
        out.push(
          issue([...rp, 'dataGroups', j, 'personalData'], 'model.dataGroup.contradiction', {
            fi: 'Erityinen henkilötietoryhmä on merkitty sisältämättömäksi henkilötietoja.',
            en: 'A special category data group is marked as not containing personal data.',
          }),
        );
    });
    if (personal && !r.processingRecord)
      out.push(
        issue([...rp, 'processingRecord'], 'model.resource.art30.missing', {
          fi: 'Henkilötietoja sisältävältä tietovarannolta puuttuu selosteen sisältö (rekisterinpitäjä, rekisteröidyt, oikeusperuste; GDPR 30 art. 1; THL 5 § 2 mom 2 k).',
          en: 'A resource with personal data lacks the record of processing content (controller, data subjects, legal basis; GDPR Art. 30(1); THL 5 § 2 mom 2 k).',
        }),
      );
    if (!personal && r.processingRecord)
      out.push(
        issue([...rp, 'processingRecord'], 'model.resource.art30.contradiction', {
          fi: 'Tietovarannolla on henkilötietojen käsittelyn seloste, mutta mikään tietoryhmä ei sisällä henkilötietoja.',
          en: 'The resource has a record of processing but no data group contains personal data.',
        }),
      );
    if (personal && r.securityMeasureIds.length === 0)
      out.push(
        issue(
          [...rp, 'securityMeasureIds'],
          'model.resource.art30.security',
          {
            fi: 'Turvatoimien yleinen kuvaus puuttuu (GDPR 30 art. 1 g).',
            en: 'The general description of security measures is missing (GDPR Art. 30(1)(g)).',
          },
          'warning',
        ),
      );
    if (r.disposal.kind === 'archive' && r.retention.period !== PERMANENT_RETENTION)
      out.push(
        issue([...rp, 'disposal'], 'model.disposal.contradiction', {
          fi: 'Arkistoon siirrettävän tietovarannon säilytysajan on oltava pysyvä (−1).',
          en: 'A resource transferred to an archive must have permanent retention (−1).',
        }),
      );
    if (r.disposal.kind === 'destroy' && r.retention.period === PERMANENT_RETENTION)
      out.push(
        issue([...rp, 'disposal'], 'model.disposal.contradiction', {
          fi: 'Pysyvästi säilytettävää tietovarantoa ei voi hävittää.',
          en: 'A permanently retained resource cannot be destroyed.',
        }),
      );
    if (r.publicityClass === 1 && r.dataGroups.some((g) => g.confidential))
      out.push(
        issue([...rp, 'publicityClass'], 'model.publicity.contradiction', {
          fi: 'Julkiseksi merkityssä tietovarannossa on salassa pidettävä tietoryhmä.',
          en: 'A resource marked public has a confidential data group.',
        }),
      );
  });

  m.systems.forEach((s, i) => {
    const sp: Path = ['systems', i];
    if (s.requiresLogin && !s.logsUseAndDisclosures)
      out.push(
        issue([...sp, 'logsUseAndDisclosures'], 'model.system.logging', {
          fi: 'Kirjautumista edellyttävästä järjestelmästä on kerättävä lokitiedot käytöstä ja luovutuksista (THL 17 §).',
          en: 'A system that requires login must log use and disclosures (THL 17 §).',
        }),
      );
    s.interfaces.forEach((f, j) => {
      const fp: Path = [...sp, 'interfaces', j];
      if (f.targetSystemId === s.id)
        out.push(
          issue([...fp, 'targetSystemId'], 'model.link.self', {
            fi: 'Rajapinta ei voi osoittaa järjestelmään itseensä.',
            en: 'An interface cannot point to its own system.',
          }),
        );
      else link(f.targetSystemId, ['system'], [...fp, 'targetSystemId']);
      if (f.carriesConfidentialData && f.publicNetwork && !f.encrypted)
        out.push(
          issue([...fp, 'encrypted'], 'model.interface.encryption', {
            fi: 'Salassa pidettävät tiedot on siirrettävä yleisessä verkossa salattuina (THL 14 §).',
            en: 'Confidential data over a public network must be encrypted (THL 14 §).',
          }),
        );
    });
    if (!resourcesBySystem.has(s.id))
      out.push(
        issue(
          sp,
          'model.system.noResource',
          {
            fi: 'Järjestelmään ei liity yhtään tietovarantoa.',
            en: 'No information resource is linked to the system.',
          },
          'warning',
        ),
      );
  });

  m.securityMeasures.forEach((s, i) => {
    if (s.appliesTo.length === 0)
      out.push(
        issue(
          ['securityMeasures', i, 'appliesTo'],
          'model.securityMeasure.unlinked',
          { fi: 'Turvatoimi ei kohdistu mihinkään.', en: 'The security measure applies to nothing.' },
          'warning',
        ),
      );
    s.appliesTo.forEach((id, j) =>
      link(id, ['process', 'resource', 'system'], ['securityMeasures', i, 'appliesTo', j]),
    );
  });

  out.push(...hetuIssues(m, 'model.hetu'));
  return out;
}

/**
 * Validates an information management model (Tiedonhallintalaki 906/2019 5 § 2 mom): shape, then broken
 * links, missing mandatory content and contradictions, each with a bilingual message and a JSON path.
 */
export function validateModel(
  input: unknown,
  options: ModelValidationOptions = {},
): ValidationResult<InformationManagementModel> {
  const parsed = safeParseWith(InformationManagementModelSchema, input);
  if (!parsed.ok) return parsed;
  const issues = modelRuleIssues(parsed.value);
  if (options.tosPlan) {
    const codes = new Set(options.tosPlan.classes.map((c) => c.code.replace(/\./g, ' ')));
    parsed.value.processes.forEach((p, i) => {
      if (p.taskClassificationCode === undefined)
        issues.push(
          issue(
            ['processes', i, 'taskClassificationCode'],
            'model.tos.unclassified',
            {
              fi: 'Prosessilta puuttuu tehtäväluokka, joten sitä ei voi yhdistää tiedonohjaussuunnitelmaan.',
              en: 'The process has no task class, so it cannot be linked to the records-management plan.',
            },
            'warning',
          ),
        );
      else if (!codes.has(p.taskClassificationCode.replace(/\./g, ' ')))
        issues.push(
          issue(['processes', i, 'taskClassificationCode'], 'model.tos.classMissing', {
            fi: `Tehtäväluokkaa ${p.taskClassificationCode} ei ole tiedonohjaussuunnitelmassa.`,
            en: `Task class ${p.taskClassificationCode} is not in the records-management plan.`,
          }),
        );
    });
  }
  return withRules(parsed.value, issues);
}

export interface ModelValidationOptions {
  /** The records-management plan: each process's task class must have a class in it. */
  tosPlan?: { classes: readonly { code: string }[] };
}
