/**
 * Case-management target state and action programme per municipality (asianhallinnan tavoitetilamäärittelyt ja
 * toimenpideohjelmat, seed 3.1), and the comparison across the municipalities of a network (the seed is the ePS3
 * network doing this together): where they differ and what they could do jointly.
 *
 * The maturity scale is the kit's own (0–4, defined below with its criteria); the capabilities follow the
 * deliverables of the seed and the kit's packages. Nothing here is law; Tiedonhallintalaki 906/2019 5 § 3 mom
 * (change-impact assessment when introducing systems) is noted where an action introduces a system.
 */
import { z } from 'zod';
import {
  ApprovalSchema,
  BilingualTextSchema,
  duplicateIds,
  formatDate,
  idSchema,
  isoDateSchema,
  MunicipalitySchema,
  planIssue,
  validateWith,
  type BilingualText,
  type DocumentLanguage,
  type PlanIssue,
  type PlanResult,
} from './common.js';
import type { Block, PlanDocument } from './document.js';

export const capabilities = [
  'electronic-meetings',
  'electronic-procedure',
  'publication',
  'records-management',
  'e-signatures',
  'interfaces',
  'accessibility',
  'identification',
  'continuity',
] as const;
export type Capability = (typeof capabilities)[number];

export const CAPABILITY_LABELS: Readonly<Record<Capability, BilingualText>> = {
  'electronic-meetings': {
    fi: 'Sähköiset ja hybridikokoukset',
    sv: 'Elektroniska sammanträden och hybridsammanträden',
  },
  'electronic-procedure': { fi: 'Sähköinen päätöksentekomenettely', sv: 'Elektroniskt beslutsförfarande' },
  publication: { fi: 'Verkkojulkaisu ja avoin data', sv: 'Publicering på nätet och öppna data' },
  'records-management': { fi: 'Tiedonohjaus ja arkistointi', sv: 'Informationsstyrning och arkivering' },
  'e-signatures': { fi: 'Sähköinen allekirjoitus', sv: 'Elektronisk underskrift' },
  interfaces: { fi: 'Rajapinnat (OParl, 6Aika)', sv: 'Gränssnitt (OParl, 6Aika)' },
  accessibility: { fi: 'Saavutettavuus', sv: 'Tillgänglighet' },
  identification: { fi: 'Vahva tunnistautuminen', sv: 'Stark identifiering' },
  continuity: { fi: 'Varautuminen ja jatkuvuus', sv: 'Beredskap och kontinuitet' },
};

/** The maturity scale 0–4 with the criterion of each level. */
export const MATURITY_LEVELS: readonly { level: number; name: BilingualText; criterion: BilingualText }[] = [
  {
    level: 0,
    name: { fi: 'Ei käytössä', sv: 'Inte i bruk' },
    criterion: { fi: 'Toimintoa ei ole tai se tehdään paperilla.', sv: 'Funktionen finns inte eller sköts på papper.' },
  },
  {
    level: 1,
    name: { fi: 'Kokeiluvaihe', sv: 'Försöksfas' },
    criterion: {
      fi: 'Käytössä yksittäisissä toimielimissä tai kokeiluna.',
      sv: 'I bruk i enstaka organ eller som försök.',
    },
  },
  {
    level: 2,
    name: { fi: 'Käytössä', sv: 'I bruk' },
    criterion: { fi: 'Käytössä kaikissa toimielimissä, ohjeistettu.', sv: 'I bruk i alla organ, med anvisningar.' },
  },
  {
    level: 3,
    name: { fi: 'Vakiintunut', sv: 'Etablerad' },
    criterion: {
      fi: 'Mitattu, testattu ja osa hallintosääntöä ja tiedonhallintamallia.',
      sv: 'Mätt, testad och en del av förvaltningsstadgan och informationshanteringsmodellen.',
    },
  },
  {
    level: 4,
    name: { fi: 'Yhteentoimiva', sv: 'Interoperabel' },
    criterion: {
      fi: 'Tiedot liikkuvat rajapinnoin ja toiminto jaetaan muiden kuntien kanssa.',
      sv: 'Data rör sig via gränssnitt och funktionen delas med andra kommuner.',
    },
  },
];
const MAX_LEVEL = MATURITY_LEVELS.length - 1;

const level = z.int().min(0).max(MAX_LEVEL);

export const ActionSchema = z.strictObject({
  id: idSchema,
  capability: z.enum(capabilities),
  title: BilingualTextSchema,
  owner: BilingualTextSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  /** Cost estimate in euros (whole euros). */
  costEur: z.int().min(0).max(1_000_000_000),
  /** Actions (of this programme) that must end first. */
  dependsOn: z.array(idSchema).max(50),
  /** The action introduces an information system (Tiedonhallintalaki 5 § 3 mom: assess the change first). */
  introducesSystem: z.boolean(),
});
export type Action = z.infer<typeof ActionSchema>;

export const ActionProgrammeSchema = z.strictObject({
  schemaVersion: z.literal('1.0'),
  municipality: MunicipalitySchema,
  approval: ApprovalSchema,
  /** The case-management system in use (CaseM, Dynasty, Tweb, …). */
  system: z.string().min(1).max(100),
  assessedOn: isoDateSchema,
  capabilities: z
    .array(
      z.strictObject({
        capability: z.enum(capabilities),
        current: level,
        target: level,
        note: BilingualTextSchema.optional(),
      }),
    )
    .min(1)
    .max(capabilities.length),
  actions: z.array(ActionSchema).max(500),
});
export type ActionProgramme = z.infer<typeof ActionProgrammeSchema>;

/**
 * Validates an action programme: each capability once, target not below current, an action for every gap, actions
 * on assessed capabilities, dates in order, dependencies that exist, end before the dependent starts, no cycles.
 */
export function validateActionProgramme(input: unknown): PlanResult<ActionProgramme> {
  return validateWith(ActionProgrammeSchema, input, (p) => {
    const out: PlanIssue[] = [...duplicateIds(p.actions, ['actions'])];
    const seen = new Set<Capability>();
    p.capabilities.forEach((c, i) => {
      if (seen.has(c.capability))
        out.push(
          planIssue(['capabilities', i, 'capability'], 'capability.duplicate', {
            fi: `Kyvykkyys "${c.capability}" on arvioitu kahdesti.`,
            en: `Capability "${c.capability}" is assessed twice.`,
            sv: `Förmågan "${c.capability}" har bedömts två gånger.`,
          }),
        );
      seen.add(c.capability);
      if (c.target < c.current)
        out.push(
          planIssue(['capabilities', i, 'target'], 'capability.target-below-current', {
            fi: 'Tavoitetaso ei voi olla nykytasoa matalampi.',
            en: 'The target level cannot be below the current level.',
            sv: 'Målnivån kan inte vara lägre än nuläget.',
          }),
        );
      if (c.target > c.current && !p.actions.some((a) => a.capability === c.capability))
        out.push(
          planIssue(['capabilities', i], 'capability.no-action', {
            fi: `Kyvykkyyden "${c.capability}" kuilulle ei ole toimenpidettä.`,
            en: `The gap in "${c.capability}" has no action.`,
            sv: `Gapet i "${c.capability}" saknar åtgärd.`,
          }),
        );
    });
    const byId = new Map(p.actions.map((a) => [a.id, a]));
    p.actions.forEach((a, i) => {
      if (!seen.has(a.capability))
        out.push(
          planIssue(['actions', i, 'capability'], 'action.unassessed-capability', {
            fi: `Toimenpide kohdistuu arvioimattomaan kyvykkyyteen "${a.capability}".`,
            en: `The action targets an unassessed capability "${a.capability}".`,
            sv: `Åtgärden gäller en förmåga som inte bedömts, "${a.capability}".`,
          }),
        );
      if (a.end < a.start)
        out.push(
          planIssue(['actions', i, 'end'], 'action.end-before-start', {
            fi: 'Toimenpide päättyy ennen alkamistaan.',
            en: 'The action ends before it starts.',
            sv: 'Åtgärden slutar innan den börjar.',
          }),
        );
      a.dependsOn.forEach((d, j) => {
        const dep = byId.get(d);
        if (!dep)
          out.push(
            planIssue(['actions', i, 'dependsOn', j], 'action.unknown-dependency', {
              fi: `Tuntematon riippuvuus "${d}".`,
              en: `Unknown dependency "${d}".`,
              sv: `Okänt beroende "${d}".`,
            }),
          );
        else if (dep.end > a.start)
          out.push(
            planIssue(
              ['actions', i, 'start'],
              'action.starts-before-dependency',
              {
                fi: `Toimenpide alkaa ennen kuin "${d}" päättyy.`,
                en: `The action starts before "${d}" ends.`,
                sv: `Åtgärden börjar innan "${d}" slutar.`,
              },
              'warning',
            ),
          );
      });
    });
    // Cycles (depth-first search with colours); one issue per action on a cycle.
    const colour = new Map<string, 0 | 1 | 2>();
    const onCycle = new Set<string>();
    const visit = (id: string, stack: string[]): void => {
      colour.set(id, 1);
      for (const d of byId.get(id)?.dependsOn ?? []) {
        if (!byId.has(d)) continue;
        const c = colour.get(d) ?? 0;
        if (c === 1) stack.slice(stack.indexOf(d)).forEach((x) => onCycle.add(x));
        else if (c === 0) visit(d, [...stack, d]);
      }
      colour.set(id, 2);
    };
    for (const a of p.actions) if ((colour.get(a.id) ?? 0) === 0) visit(a.id, [a.id]);
    p.actions.forEach((a, i) => {
      if (onCycle.has(a.id))
        out.push(
          planIssue(['actions', i, 'dependsOn'], 'action.cycle', {
            fi: 'Toimenpiteiden riippuvuudet muodostavat kehän.',
            en: 'The dependencies of the actions form a cycle.',
            sv: 'Åtgärdernas beroenden bildar en cirkel.',
          }),
        );
    });
    return out;
  });
}

export interface CapabilityComparison {
  capability: Capability;
  /** Per municipality id: current and target, absent when not assessed. */
  levels: Record<string, { current: number; target: number; gap: number } | undefined>;
  /** Highest minus lowest current level among those assessed. */
  spread: number;
  /** Municipalities with a gap, ordered by id. */
  withGap: string[];
  /** The municipalities already at or above the highest target: they could lead a joint action. */
  leaders: string[];
  /** A joint action is suggested when at least two municipalities have a gap. */
  jointActionSuggested: boolean;
  /** Sum of the cost estimates of the municipalities' own actions on this capability. */
  plannedCostEur: number;
}

export interface ProgrammeComparison {
  municipalities: { id: string; name: BilingualText; system: string; totalCostEur: number }[];
  capabilities: CapabilityComparison[];
}

/** Compares several programmes capability by capability: levels, spread, gaps, leaders, joint-action candidates. */
export function compareProgrammes(programmes: readonly ActionProgramme[]): ProgrammeComparison {
  const ids = programmes.map((p) => p.municipality.id);
  const rows = capabilities.map((cap): CapabilityComparison => {
    const levels: CapabilityComparison['levels'] = {};
    let cost = 0;
    for (const p of programmes) {
      const c = p.capabilities.find((x) => x.capability === cap);
      levels[p.municipality.id] = c ? { current: c.current, target: c.target, gap: c.target - c.current } : undefined;
      cost += p.actions.filter((a) => a.capability === cap).reduce((s, a) => s + a.costEur, 0);
    }
    const assessed = ids.filter((id) => levels[id] !== undefined);
    const cur = assessed.map((id) => levels[id]!.current);
    const maxTarget = Math.max(0, ...assessed.map((id) => levels[id]!.target));
    const withGap = assessed.filter((id) => levels[id]!.gap > 0).sort();
    return {
      capability: cap,
      levels,
      spread: cur.length ? Math.max(...cur) - Math.min(...cur) : 0,
      withGap,
      leaders: withGap.length ? assessed.filter((id) => levels[id]!.current >= maxTarget).sort() : [],
      jointActionSuggested: withGap.length >= 2,
      plannedCostEur: cost,
    };
  });
  return {
    municipalities: programmes.map((p) => ({
      id: p.municipality.id,
      name: p.municipality.name,
      system: p.system,
      totalCostEur: p.actions.reduce((s, a) => s + a.costEur, 0),
    })),
    capabilities: rows.filter((r) => Object.values(r.levels).some((l) => l !== undefined)),
  };
}

const eur = (n: number, lang: DocumentLanguage) => `${n.toLocaleString(lang === 'fi' ? 'fi-FI' : 'sv-FI')} €`;

/** One municipality's target state and action programme as a document. */
export function actionProgrammeDocument(p: ActionProgramme, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const byId = new Map(p.actions.map((a) => [a.id, a]));
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fi
        ? `${p.municipality.name.fi}, asianhallintajärjestelmä ${p.system}. Arvioitu ${formatDate(p.assessedOn)}; versio ${p.approval.version}, hyväksytty ${formatDate(p.approval.approvedOn)}.`
        : `${p.municipality.name.sv}, ärendehanteringssystem ${p.system}. Bedömd ${formatDate(p.assessedOn)}; version ${p.approval.version}, godkänd ${formatDate(p.approval.approvedOn)}.`,
    },
    { type: 'heading', level: 2, text: fi ? 'Kypsyystasot' : 'Mognadsnivåer' },
    {
      type: 'definitions',
      items: MATURITY_LEVELS.map((m) => ({ term: `${m.level} ${m.name[lang]}`, description: m.criterion[lang] })),
    },
    { type: 'heading', level: 2, text: fi ? 'Nykytila ja tavoitetila' : 'Nuläge och målläge' },
    {
      type: 'table',
      caption: fi ? 'Kyvykkyydet' : 'Förmågor',
      head: fi ? ['Kyvykkyys', 'Nykytaso', 'Tavoitetaso', 'Kuilu'] : ['Förmåga', 'Nuläge', 'Målnivå', 'Gap'],
      rowHeaders: true,
      rows: p.capabilities.map((c) => [
        CAPABILITY_LABELS[c.capability][lang],
        String(c.current),
        String(c.target),
        String(c.target - c.current),
      ]),
    },
    { type: 'heading', level: 2, text: fi ? 'Toimenpideohjelma' : 'Åtgärdsprogram' },
    {
      type: 'table',
      caption: fi ? 'Toimenpiteet' : 'Åtgärder',
      head: fi
        ? ['Toimenpide', 'Kyvykkyys', 'Vastuu', 'Aikataulu', 'Kustannusarvio', 'Riippuu']
        : ['Åtgärd', 'Förmåga', 'Ansvar', 'Tidtabell', 'Kostnadsberäkning', 'Beror på'],
      rowHeaders: true,
      rows: p.actions.map((a) => [
        a.title[lang] +
          (a.introducesSystem
            ? fi
              ? ' (muutosvaikutusten arviointi, Tiedonhallintalaki 5 § 3 mom)'
              : ' (konsekvensbedömning, 5 § 3 mom.)'
            : ''),
        CAPABILITY_LABELS[a.capability][lang],
        a.owner[lang],
        `${formatDate(a.start)}–${formatDate(a.end)}`,
        eur(a.costEur, lang),
        a.dependsOn.map((d) => byId.get(d)?.title[lang] ?? d).join(', ') || '–',
      ]),
    },
    {
      type: 'paragraph',
      text: `${fi ? 'Yhteensä' : 'Totalt'}: ${eur(
        p.actions.reduce((s, a) => s + a.costEur, 0),
        lang,
      )}`,
    },
  ];
  return {
    lang,
    title: fi ? 'Asianhallinnan tavoitetila ja toimenpideohjelma' : 'Målläge och åtgärdsprogram för ärendehanteringen',
    blocks,
  };
}

/** The comparison across municipalities as a document. */
export function comparisonDocument(c: ProgrammeComparison, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const name = new Map(c.municipalities.map((m) => [m.id, m.name[lang]]));
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id).join(', ') || '–';
  const joint = c.capabilities.filter((r) => r.jointActionSuggested);
  return {
    lang,
    title: fi ? 'Kuntien asianhallinnan vertailu' : 'Jämförelse av kommunernas ärendehantering',
    blocks: [
      {
        type: 'table',
        caption: fi ? 'Kunnat' : 'Kommuner',
        head: fi ? ['Kunta', 'Järjestelmä', 'Toimenpiteet yhteensä'] : ['Kommun', 'System', 'Åtgärder totalt'],
        rowHeaders: true,
        rows: c.municipalities.map((m) => [m.name[lang], m.system, eur(m.totalCostEur, lang)]),
      },
      {
        type: 'table',
        caption: fi ? 'Kypsyystasot: nykytaso → tavoitetaso' : 'Mognadsnivåer: nuläge → mål',
        head: [fi ? 'Kyvykkyys' : 'Förmåga', ...c.municipalities.map((m) => m.name[lang]), fi ? 'Ero' : 'Skillnad'],
        rowHeaders: true,
        rows: c.capabilities.map((r) => [
          CAPABILITY_LABELS[r.capability][lang],
          ...c.municipalities.map((m) => {
            const l = r.levels[m.id];
            return l ? `${l.current} → ${l.target}` : fi ? 'ei arvioitu' : 'ej bedömd';
          }),
          String(r.spread),
        ]),
      },
      { type: 'heading', level: 2, text: fi ? 'Yhteiset toimenpiteet' : 'Gemensamma åtgärder' },
      joint.length
        ? {
            type: 'list',
            items: joint.map((r) =>
              fi
                ? `${CAPABILITY_LABELS[r.capability].fi}: kuilu kunnissa ${names(r.withGap)}; ${r.leaders.length ? `kokemusta jakaa ${names(r.leaders)}; ` : ''}suunnitellut kustannukset yhteensä ${eur(r.plannedCostEur, lang)}.`
                : `${CAPABILITY_LABELS[r.capability].sv}: gap i ${names(r.withGap)}; ${r.leaders.length ? `erfarenhet delas av ${names(r.leaders)}; ` : ''}planerade kostnader totalt ${eur(r.plannedCostEur, lang)}.`,
            ),
          }
        : { type: 'paragraph', text: fi ? 'Yhteisiä kehityskohteita ei ole.' : 'Inga gemensamma utvecklingsområden.' },
    ],
  };
}
