/**
 * Change-impact assessment of the information management model, Tiedonhallintalaki 906/2019 5 § 3 mom:
 * before significant administrative reforms and when introducing information systems, assess the impact on
 * responsibilities, security (chapter 4), forming and disclosing data (chapter 5), case management (chapter 6),
 * publicity and secrecy, and interoperability, then update the model.
 */
import { z } from 'zod';
import {
  fromZodIssues,
  issue,
  safeParseWith,
  withRules,
  type LocalizedMessage,
  type ValidationIssue,
  type ValidationResult,
} from './issues.js';
import type { InformationManagementModel, InformationManagementModelInput } from './model.js';
import { idSchema, isoDateSchema, longText, shortText } from './primitives.js';

export const impactChapters = [
  'responsibilities',
  'security',
  'dataFormationDisclosure',
  'caseManagement',
  'publicitySecrecy',
  'interoperability',
] as const;
export type ImpactChapter = (typeof impactChapters)[number];

export const impactChapterInfo: Readonly<Record<ImpactChapter, { label: LocalizedMessage; law: string }>> = {
  responsibilities: {
    label: { fi: 'Tiedonhallinnan vastuut', en: 'Information management responsibilities' },
    law: 'Tiedonhallintalaki 906/2019 4 §, 5 § 3 mom',
  },
  security: {
    label: {
      fi: 'Tietoturvallisuuden vaatimukset ja toimenpiteet',
      en: 'Information security requirements and measures',
    },
    law: 'Tiedonhallintalaki 906/2019 4 luku (13–18 §)',
  },
  dataFormationDisclosure: {
    label: { fi: 'Tietoaineistojen muodostaminen ja luovuttaminen', en: 'Forming and disclosing data' },
    law: 'Tiedonhallintalaki 906/2019 5 luku (19–24 §)',
  },
  caseManagement: {
    label: { fi: 'Asianhallinta ja palvelutiedot', en: 'Case management and service data' },
    law: 'Tiedonhallintalaki 906/2019 6 luku (25–28 §)',
  },
  publicitySecrecy: {
    label: {
      fi: 'Julkisuus, salassapito, suojaus ja käyttöoikeudet',
      en: 'Publicity, secrecy, protection and access rights',
    },
    law: 'Tiedonhallintalaki 906/2019 5 § 3 mom; Julkisuuslaki 621/1999',
  },
  interoperability: {
    label: { fi: 'Yhteentoimivuus ja käytettävyys', en: 'Interoperability and usability' },
    law: 'Tiedonhallintalaki 906/2019 5 § 3 mom, 22 §',
  },
};

const flag = z.boolean().optional();

export const ChangeCharacteristicsSchema = z.strictObject({
  changesResponsibilities: flag,
  newSystem: flag,
  newInterfaces: flag,
  processesPersonalData: flag,
  processesConfidentialData: flag,
  publicNetwork: flag,
  changesAccessRights: flag,
  changesDataCollection: flag,
  changesDisclosures: flag,
  newDataFormats: flag,
  changesCaseRegistration: flag,
  changesPublication: flag,
  automatedDecisions: flag,
});
export type ChangeCharacteristics = z.infer<typeof ChangeCharacteristicsSchema>;

/** The change being planned (input of {@link impactChecklist}). */
export const ChangeDescriptionSchema = z.strictObject({
  title: shortText,
  trigger: z.enum(['reform', 'systemIntroduction']),
  /** The system introduced, when the trigger is a system introduction. */
  system: z.strictObject({ id: idSchema, name: shortText, requiresLogin: z.boolean() }).optional(),
  affectedProcessIds: z.array(idSchema).max(1000).default([]),
  affectedResourceIds: z.array(idSchema).max(1000).default([]),
  affectedSystemIds: z.array(idSchema).max(1000).default([]),
  characteristics: ChangeCharacteristicsSchema,
});
export type ChangeDescription = z.input<typeof ChangeDescriptionSchema>;

export const modelUpdateKinds = [
  'addSystem',
  'linkResourceToSystem',
  'addInterface',
  'addSecurityMeasure',
  'reviewProcess',
  'reviewResource',
  'updateProcessingRecord',
  'updateTos',
  'updatePublicDescription',
  'assignResponsibility',
  'screenDpia',
] as const;
export type ModelUpdateKind = (typeof modelUpdateKinds)[number];

export const ModelUpdateSchema = z.strictObject({
  kind: z.enum(modelUpdateKinds),
  targetId: idSchema.optional(),
  description: longText,
});
export type ModelUpdate = z.infer<typeof ModelUpdateSchema>;

export interface ChecklistItem {
  chapter: ImpactChapter;
  label: LocalizedMessage;
  law: string;
  affected: boolean;
  reasons: LocalizedMessage[];
}

export interface ImpactChecklist {
  items: ChecklistItem[];
  affectedChapters: ImpactChapter[];
  modelUpdates: { kind: ModelUpdateKind; targetId?: string; message: LocalizedMessage }[];
  issues: ValidationIssue[];
}

type Reason = [keyof ChangeCharacteristics | 'trigger', LocalizedMessage];
const R = (k: Reason[0], fi: string, en: string): Reason => [k, { fi, en }];

/** Which change characteristics touch which chapter (5 § 3 mom). */
const chapterTriggers: Record<ImpactChapter, Reason[]> = {
  responsibilities: [
    R('changesResponsibilities', 'Vastuut tai organisaatio muuttuvat.', 'Responsibilities or the organisation change.'),
    R('newSystem', 'Uudelle järjestelmälle on nimettävä vastuutaho.', 'A new system needs a responsible authority.'),
    R('trigger', 'Merkittävä hallinnollinen uudistus.', 'A significant administrative reform.'),
  ],
  security: [
    R(
      'newSystem',
      'Uuden järjestelmän riskit, lokitus (17 §) ja käyttöoikeudet (16 §) on arvioitava.',
      'A new system needs risk assessment, logging (17 §) and access rights (16 §).',
    ),
    R('newInterfaces', 'Uudet rajapinnat ja siirrot (14 §).', 'New interfaces and transfers (14 §).'),
    R(
      'processesConfidentialData',
      'Salassa pidettäviä tietoja käsitellään (13–15 §).',
      'Confidential data is processed (13–15 §).',
    ),
    R('publicNetwork', 'Tietoja siirretään yleisessä verkossa (14 §).', 'Data moves over a public network (14 §).'),
    R('changesAccessRights', 'Käyttöoikeudet muuttuvat (16 §).', 'Access rights change (16 §).'),
  ],
  dataFormationDisclosure: [
    R(
      'changesDataCollection',
      'Tietojen keruu tai muodostaminen muuttuu (19–21 §).',
      'Collection or forming of data changes (19–21 §).',
    ),
    R('changesDisclosures', 'Tietojen luovutukset muuttuvat (22–24 §).', 'Disclosures of data change (22–24 §).'),
    R(
      'newInterfaces',
      'Luovutus teknisen rajapinnan kautta (22 §).',
      'Disclosure through a technical interface (22 §).',
    ),
    R('newDataFormats', 'Uudet tietomuodot (19 §).', 'New data formats (19 §).'),
  ],
  caseManagement: [
    R(
      'changesCaseRegistration',
      'Asioiden rekisteröinti tai käsittelyvaiheiden tiedot muuttuvat (25–27 §).',
      'Case registration or phase data change (25–27 §).',
    ),
    R(
      'newSystem',
      'Järjestelmä voi sisältää asianhallinta- tai palvelutietoja; julkinen kuvaus (28 §) päivitettävä.',
      'The system may hold case or service data; the public description (28 §) needs updating.',
    ),
    R('automatedDecisions', 'Automaattinen ratkaisutoiminta (6 a luku).', 'Automated decision-making (chapter 6 a).'),
  ],
  publicitySecrecy: [
    R('changesPublication', 'Julkaiseminen muuttuu (KL 140 §, JulkL).', 'Publication changes (KL 140 §, JulkL).'),
    R(
      'processesConfidentialData',
      'Salassa pidettävien tietojen suojaus ja merkinnät (JulkL 22–25 §).',
      'Protection and marking of confidential data (JulkL 22–25 §).',
    ),
    R('changesAccessRights', 'Käyttöoikeudet ja niiden rajaukset.', 'Access rights and their limits.'),
  ],
  interoperability: [
    R(
      'newSystem',
      'Uuden järjestelmän tietojen yhteentoimivuus ja käytettävyys.',
      'Interoperability and usability of the new system’s data.',
    ),
    R('newInterfaces', 'Rajapintojen yhteentoimivuus.', 'Interoperability of the interfaces.'),
    R('newDataFormats', 'Tietomuotojen yhteentoimivuus.', 'Interoperability of data formats.'),
  ],
};

/**
 * Lists the chapters a change affects and the model updates to make (Tiedonhallintalaki 906/2019 5 § 3 mom).
 * With the current model, updates are made concrete (which resources to link, which ids are unknown).
 */
export function impactChecklist(
  change: ChangeDescription,
  model?: InformationManagementModel | InformationManagementModelInput,
): ImpactChecklist {
  const parsed = ChangeDescriptionSchema.safeParse(change);
  const issues: ValidationIssue[] = [];
  if (!parsed.success) {
    return {
      items: [],
      affectedChapters: [],
      modelUpdates: [],
      issues: fromZodIssues(parsed.error.issues),
    };
  }
  const c = parsed.data;
  const ch = { ...c.characteristics, newSystem: c.characteristics.newSystem || c.trigger === 'systemIntroduction' };
  const items: ChecklistItem[] = impactChapters.map((chapter) => {
    const reasons = chapterTriggers[chapter]
      .filter(([k]) => (k === 'trigger' ? c.trigger === 'reform' : Boolean(ch[k])))
      .map(([, m]) => m);
    return {
      chapter,
      label: impactChapterInfo[chapter].label,
      law: impactChapterInfo[chapter].law,
      affected: reasons.length > 0,
      reasons,
    };
  });
  const affected = new Set(items.filter((i) => i.affected).map((i) => i.chapter));

  const updates: ImpactChecklist['modelUpdates'] = [];
  const add = (kind: ModelUpdateKind, message: LocalizedMessage, targetId?: string) =>
    updates.push(targetId ? { kind, targetId, message } : { kind, message });
  const ids = model
    ? new Set([
        ...model.processes.map((p) => p.id),
        ...model.resources.map((r) => r.id),
        ...model.systems.map((s) => s.id),
        ...model.securityMeasures.map((s) => s.id),
      ])
    : undefined;
  const known = (id: string, path: (string | number)[]) => {
    if (ids && !ids.has(id))
      issues.push(
        issue(path, 'change.link.broken', {
          fi: `Tunnusta "${id}" ei ole tiedonhallintamallissa.`,
          en: `Id "${id}" is not in the information management model.`,
        }),
      );
  };
  c.affectedProcessIds.forEach((id, i) => known(id, ['affectedProcessIds', i]));
  c.affectedResourceIds.forEach((id, i) => known(id, ['affectedResourceIds', i]));
  c.affectedSystemIds.forEach((id, i) => known(id, ['affectedSystemIds', i]));

  if (c.system && (!model || !model.systems.some((s) => s.id === c.system!.id)))
    add(
      'addSystem',
      {
        fi: `Lisää järjestelmä "${c.system.name}" malliin: käyttötarkoitus, vastuutaho, rajapinnat (5 § 2 mom 4 k).`,
        en: `Add system "${c.system.name}" to the model: purpose, responsible authority, interfaces (5 § 2 mom 4 k).`,
      },
      c.system.id,
    );
  if (c.system) {
    for (const rid of c.affectedResourceIds) {
      const r = model?.resources.find((x) => x.id === rid);
      if (!model || (r && !(r.systemIds ?? []).includes(c.system.id)))
        add(
          'linkResourceToSystem',
          {
            fi: `Liitä tietovaranto ${rid} järjestelmään ${c.system.id} (5 § 2 mom 2 k).`,
            en: `Link resource ${rid} to system ${c.system.id} (5 § 2 mom 2 k).`,
          },
          rid,
        );
    }
    if (c.system.requiresLogin) {
      const hasLogging = model?.securityMeasures.some(
        (m) => m.category === 'logging' && m.appliesTo.includes(c.system!.id),
      );
      if (!hasLogging)
        add(
          'addSecurityMeasure',
          {
            fi: `Kirjaa lokitus käytöstä ja luovutuksista järjestelmälle ${c.system.id} (17 §).`,
            en: `Record logging of use and disclosures for system ${c.system.id} (17 §).`,
          },
          c.system.id,
        );
    }
  }
  if (ch.newInterfaces)
    add('addInterface', {
      fi: 'Kirjaa uudet rajapinnat ja siirtotavat (5 § 2 mom 4 k; salaus 14 §).',
      en: 'Record the new interfaces and transfer methods (5 § 2 mom 4 k; encryption 14 §).',
    });
  if (affected.has('responsibilities'))
    add('assignResponsibility', {
      fi: 'Päivitä vastuutahot prosesseille, tietovarannoille ja järjestelmille (4 §).',
      en: 'Update the responsible authorities of processes, resources and systems (4 §).',
    });
  c.affectedProcessIds.forEach((id) =>
    add(
      'reviewProcess',
      { fi: `Tarkista prosessin ${id} kuvaus ja yhteydet.`, en: `Review process ${id} and its links.` },
      id,
    ),
  );
  c.affectedResourceIds.forEach((id) =>
    add(
      'reviewResource',
      {
        fi: `Tarkista tietovarannon ${id} tietoryhmät, luovutukset ja säilytys.`,
        en: `Review the data groups, disclosures and retention of resource ${id}.`,
      },
      id,
    ),
  );
  if (ch.processesPersonalData) {
    c.affectedResourceIds.forEach((id) =>
      add(
        'updateProcessingRecord',
        {
          fi: `Päivitä tietovarannon ${id} seloste (GDPR 30 art.).`,
          en: `Update the record of processing of resource ${id} (GDPR Art. 30).`,
        },
        id,
      ),
    );
    add('screenDpia', {
      fi: 'Tee vaikutustenarvioinnin tarveharkinta (GDPR 35 art.; erillinen velvoite).',
      en: 'Screen the need for a DPIA (GDPR Art. 35; a separate duty).',
    });
  }
  if (affected.has('publicitySecrecy') || affected.has('dataFormationDisclosure'))
    add('updateTos', {
      fi: 'Tarkista tiedonohjaussuunnitelman julkisuusluokat, salassapito- ja säilytysajat (JHS 191).',
      en: 'Review publicity classes, secrecy and retention in the records-management plan (JHS 191).',
    });
  if (affected.has('caseManagement'))
    add('updatePublicDescription', {
      fi: 'Päivitä asianhallinnan ja palvelutietojen julkinen kuvaus (28 §).',
      en: 'Update the public description of case and service data (28 §).',
    });
  return { items, affectedChapters: impactChapters.filter((x) => affected.has(x)), modelUpdates: updates, issues };
}

const ChapterAssessmentSchema = z.strictObject({ affected: z.boolean(), assessment: longText });

/** The change-impact assessment record (domain-rules §5.3). */
export const ChangeImpactAssessmentSchema = z.strictObject({
  id: idSchema,
  change: ChangeDescriptionSchema,
  responsibilitiesImpact: ChapterAssessmentSchema,
  securityImpact: ChapterAssessmentSchema,
  dataFormationDisclosureImpact: ChapterAssessmentSchema,
  caseManagementImpact: ChapterAssessmentSchema,
  publicitySecrecyImpact: ChapterAssessmentSchema,
  interoperabilityImpact: ChapterAssessmentSchema,
  dpiaNeeded: z.boolean(),
  /** Id of the DPIA record when one was made. */
  dpiaId: idSchema.optional(),
  measures: z.array(longText).max(500),
  modelUpdates: z.array(ModelUpdateSchema).max(1000),
  decidedBy: shortText,
  decidedOn: isoDateSchema,
});
export type ChangeImpactAssessment = z.infer<typeof ChangeImpactAssessmentSchema>;
export type ChangeImpactAssessmentInput = z.input<typeof ChangeImpactAssessmentSchema>;

const chapterField: Record<ImpactChapter, keyof ChangeImpactAssessment> = {
  responsibilities: 'responsibilitiesImpact',
  security: 'securityImpact',
  dataFormationDisclosure: 'dataFormationDisclosureImpact',
  caseManagement: 'caseManagementImpact',
  publicitySecrecy: 'publicitySecrecyImpact',
  interoperability: 'interoperabilityImpact',
};

/**
 * Validates a change-impact assessment: every chapter the checklist marks as affected must be assessed as
 * affected, the required model updates must be listed, and links must resolve in the model when given.
 */
export function validateChangeImpactAssessment(
  input: unknown,
  model?: InformationManagementModel | InformationManagementModelInput,
): ValidationResult<ChangeImpactAssessment> {
  const parsed = safeParseWith(ChangeImpactAssessmentSchema, input);
  if (!parsed.ok) return parsed;
  const a = parsed.value;
  const cl = impactChecklist(a.change, model);
  const out: ValidationIssue[] = cl.issues.map((i) => ({ ...i, path: ['change', ...i.path] }));
  for (const item of cl.items) {
    const field = chapterField[item.chapter];
    const rec = a[field] as { affected: boolean };
    if (item.affected && !rec.affected)
      out.push(
        issue([field, 'affected'], 'change.chapter.unassessed', {
          fi: `${item.label.fi}: muutos vaikuttaa tähän (${item.reasons.map((r) => r.fi).join(' ')}), mutta arvio sanoo ei.`,
          en: `${item.label.en}: the change affects this (${item.reasons.map((r) => r.en).join(' ')}) but the assessment says no.`,
        }),
      );
  }
  const listed = new Set(a.modelUpdates.map((u) => `${u.kind}:${u.targetId ?? ''}`));
  for (const u of cl.modelUpdates) {
    if (!listed.has(`${u.kind}:${u.targetId ?? ''}`))
      out.push(
        issue(
          ['modelUpdates'],
          'change.modelUpdate.missing',
          { fi: `Mallin päivitys puuttuu: ${u.message.fi}`, en: `Model update missing: ${u.message.en}` },
          'warning',
        ),
      );
  }
  if (a.change.characteristics.processesPersonalData && !a.dpiaNeeded && a.dpiaId === undefined)
    out.push(
      issue(
        ['dpiaNeeded'],
        'change.dpia.unscreened',
        {
          fi: 'Henkilötietoja käsitellään: kirjaa vaikutustenarvioinnin tarveharkinnan tulos (GDPR 35 art.).',
          en: 'Personal data is processed: record the outcome of the DPIA screening (GDPR Art. 35).',
        },
        'warning',
      ),
    );
  if (a.dpiaNeeded && a.dpiaId === undefined)
    out.push(
      issue(['dpiaId'], 'change.dpia.missing', {
        fi: 'Vaikutustenarviointi tarvitaan, mutta siihen ei viitata.',
        en: 'A DPIA is needed but none is referenced.',
      }),
    );
  return withRules(a, out);
}
