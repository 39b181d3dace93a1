/**
 * The public description of the information management model (Tiedonhallintalaki 906/2019 28 §): systems
 * holding case-register or service data, the authority deciding on disclosures and its contact details, data
 * content by data group, query criteria and open interfaces. Confidential parts are left out (28 § 2 mom,
 * JulkL 621/1999 24 §); henkilötunnus-like strings are redacted.
 */
import { publicityClassCodes, labelOf } from './codes.js';
import { redactHetu } from './hetu.js';
import {
  InformationManagementModelSchema,
  type InformationManagementModel,
  type InformationManagementModelInput,
} from './model.js';

export interface MarkdownOptions {
  /** Language of the headings and labels (the content is as written in the model). Default `fi`. */
  lang?: 'fi' | 'en';
}

const L = {
  fi: {
    title: 'Tiedonhallintamallin julkinen kuvaus',
    law: 'Kuvaus julkaistaan Tiedonhallintalain 906/2019 28 §:n nojalla. Salassa pidettävät osat on jätetty pois.',
    version: 'Versio',
    approved: 'Hyväksytty',
    disclosure: 'Tietojen luovutuksista päättävä viranomainen',
    contact: 'Yhteystiedot',
    systems: 'Tietojärjestelmät',
    resources: 'Tietovarannot ja tietosisältö',
    processes: 'Prosessit',
    security: 'Tietoturvallisuustoimenpiteet',
    responsible: 'Vastuutaho',
    purpose: 'Käyttötarkoitus',
    dataGroups: 'Tietoryhmät',
    queryCriteria: 'Hakuperusteet',
    openApi: 'Avoin rajapinta',
    recipients: 'Luovutusten vastaanottajat',
    retention: 'Säilytysaika',
    permanent: 'pysyvä',
    years: 'vuotta',
    publicity: 'Julkisuusluokka',
    systemsOf: 'Tietojärjestelmät',
    caseData: 'Sisältää asianhallinta- tai palvelutietoja',
    omitted: (n: number) => `${n} salassa pidettävää kohtaa on jätetty pois (JulkL 621/1999 24 §).`,
    none: 'ei ole',
  },
  en: {
    title: 'Public description of the information management model',
    law: 'Published under the Act on Information Management in Public Administration 906/2019, section 28. Confidential parts are omitted.',
    version: 'Version',
    approved: 'Approved',
    disclosure: 'Authority deciding on disclosures',
    contact: 'Contact details',
    systems: 'Information systems',
    resources: 'Information resources and data content',
    processes: 'Processes',
    security: 'Information security measures',
    responsible: 'Responsible authority',
    purpose: 'Purpose',
    dataGroups: 'Data groups',
    queryCriteria: 'Query criteria',
    openApi: 'Open interface',
    recipients: 'Recipients of disclosures',
    retention: 'Retention',
    permanent: 'permanent',
    years: 'years',
    publicity: 'Publicity class',
    systemsOf: 'Information systems',
    caseData: 'Holds case-register or service data',
    omitted: (n: number) => `${n} confidential item(s) omitted (Act 621/1999 section 24).`,
    none: 'none',
  },
} as const;

/** Escapes Markdown syntax in user text and redacts any henkilötunnus. */
export function escapeMarkdown(text: string): string {
  return redactHetu(text)
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=]{3,}|\d+\.)/gm, (_m, s: string, t: string) => `${s}\\${t}`)
    .replace(/\r?\n/g, ' ');
}

/**
 * Renders the public description of a model as Markdown. The model is parsed first; an invalid model throws a
 * `TypeError` listing the first problems (publish only validated models, see `validateModel`).
 */
export function toMarkdown(
  model: InformationManagementModel | InformationManagementModelInput,
  options: MarkdownOptions = {},
): string {
  const parsed = InformationManagementModelSchema.safeParse(model);
  if (!parsed.success)
    throw new TypeError(
      `toMarkdown: invalid model (${parsed.error.issues
        .slice(0, 3)
        .map((i) => i.path.join('.'))
        .join(', ')})`,
    );
  const m = parsed.data;
  const t = L[options.lang ?? 'fi'];
  const e = escapeMarkdown;
  const out: string[] = [];
  let omitted = 0;
  const pub = <T extends { confidential?: boolean | undefined }>(xs: readonly T[]): T[] => {
    const keep = xs.filter((x) => !x.confidential);
    omitted += xs.length - keep.length;
    return keep;
  };

  out.push(`# ${t.title}: ${e(m.organisation.name)}`, '', t.law, '');
  out.push(`- ${t.version}: ${e(m.version)}`);
  if (m.approvedOn) out.push(`- ${t.approved}: ${m.approvedOn}${m.approvedBy ? ` (${e(m.approvedBy)})` : ''}`);
  out.push(
    '',
    `## ${t.disclosure}`,
    '',
    `- ${e(m.disclosureAuthority.name)}`,
    `- ${t.contact}: ${e(m.disclosureAuthority.contact)}`,
    '',
  );

  const systems = pub(m.systems);
  const publicSystemIds = new Set(systems.map((s) => s.id));
  const systemName = new Map(systems.map((s) => [s.id, s.name]));
  out.push(`## ${t.systems}`, '');
  for (const s of systems) {
    out.push(
      `### ${e(s.name)}`,
      '',
      `- ${t.purpose}: ${e(s.purpose)}`,
      `- ${t.responsible}: ${e(s.responsibleAuthority)}`,
    );
    if (s.caseOrServiceData) out.push(`- ${t.caseData}`);
    out.push('');
  }

  out.push(`## ${t.resources}`, '');
  for (const r of pub(m.resources)) {
    const label = labelOf(publicityClassCodes, r.publicityClass);
    out.push(
      `### ${e(r.name)}`,
      '',
      `- ${t.responsible}: ${e(r.responsibleAuthority)}`,
      `- ${t.purpose}: ${r.purposes.map(e).join('; ')}`,
    );
    if (label) out.push(`- ${t.publicity}: ${label[options.lang ?? 'fi']}`);
    const groups = pub(r.dataGroups);
    out.push(`- ${t.dataGroups}:`);
    for (const g of groups) out.push(`  - ${e(g.name)}${g.description ? `: ${e(g.description)}` : ''}`);
    const sys = r.systemIds.filter((id) => publicSystemIds.has(id)).map((id) => e(systemName.get(id) ?? id));
    if (sys.length) out.push(`- ${t.systemsOf}: ${sys.join(', ')}`);
    out.push(`- ${t.recipients}: ${r.recipients.length ? r.recipients.map(e).join('; ') : t.none}`);
    out.push(`- ${t.retention}: ${r.retention.period === -1 ? t.permanent : `${r.retention.period} ${t.years}`}`);
    if (r.queryCriteria.length) out.push(`- ${t.queryCriteria}: ${r.queryCriteria.map(e).join(', ')}`);
    if (r.openApi) out.push(`- ${t.openApi}: <${r.openApi.replace(/[<>\s]/g, '')}>`);
    out.push('');
  }

  out.push(`## ${t.processes}`, '');
  for (const p of pub(m.processes)) out.push(`- **${e(p.name)}** (${e(p.responsibleAuthority)}): ${e(p.purpose)}`);
  out.push('');

  const measures = pub(m.securityMeasures);
  out.push(`## ${t.security}`, '');
  for (const s of measures) out.push(`- **${e(s.title)}**: ${e(s.description)}`);
  out.push('');
  if (omitted > 0) out.push(`_${t.omitted(omitted)}_`, '');
  return out.join('\n');
}
