/**
 * The continuity plan for electronic meetings in disruptions and exceptional conditions (sähköisen kokoustamisen
 * varautumis- ja jatkuvuussuunnitelma, seed 1.2).
 *
 * Law: Tiedonhallintalaki 906/2019 13 a § (as amended by 488/2023: tell the users of a disruption without delay,
 * identify the continuity risks, prepare so that processing continues in disruptions and in exceptional conditions
 * under Valmiuslaki 1552/2011), KL 90 § 3 mom (as amended by 199/2023: the hallintosääntö provides for
 * decision-making in disruptions and exceptional conditions), and the lawful fallbacks: an in-person meeting, the
 * electronic decision procedure where the hallintosääntö allows it and never for the council (KL 100 § 1 mom,
 * KL 101 § 1 mom), a new invitation within the KL 94 § 4 mom time limit (four days for the council; the
 * hallintosääntö's days for other bodies), a substitute chair or secretary.
 */
import { bodyKinds } from '@digikokous/meeting-schema/codes';
import {
  COUNCIL_INVITATION_DAYS,
  defaultProcedureRules,
  resolveRules,
  type ProcedureRulesOverrides,
} from '@digikokous/procedure';
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
  type DocumentLanguage,
  type PlanIssue,
  type PlanResult,
} from './common.js';
import type { Block, PlanDocument } from './document.js';
import { isKitControlId, kitControls, unknownControlIssue, type KitControlId } from './evidence.js';

export const continuityScenarioKinds = [
  'network-or-video-outage',
  'identification-unavailable',
  'meeting-system-down',
  'power-failure',
  'cyber-attack',
  'exceptional-conditions',
  'chair-or-secretary-absent',
  'other',
] as const;
export type ContinuityScenarioKind = (typeof continuityScenarioKinds)[number];
/** Scenarios every plan must cover (issue 18). */
export const requiredContinuityScenarios: readonly ContinuityScenarioKind[] = continuityScenarioKinds.filter(
  (k) => k !== 'other',
);

export const continuityDeciders = [
  'chair',
  'chair-and-secretary',
  'body',
  'vice-chair',
  'municipal-executive',
  'municipal-manager',
  'preparedness-lead',
] as const;
export const continuityActions = ['continue', 'suspend', 'move'] as const;
export const fallbackKinds = [
  'in-person-meeting',
  'electronic-procedure',
  'new-invitation',
  'secretary-records-ballots',
  'substitute-chair',
  'substitute-secretary',
  'alternative-identification',
  'other',
] as const;
export type FallbackKind = (typeof fallbackKinds)[number];
export const audiences = [
  'members',
  'public',
  'officials',
  'it-support',
  'data-protection-officer',
  'authorities',
] as const;
export const channels = ['sms', 'email', 'phone', 'meeting-system', 'website', 'noticeboard', 'social-media'] as const;

export const ScenarioSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(continuityScenarioKinds),
  title: BilingualTextSchema,
  detection: z.array(BilingualTextSchema).min(1).max(20),
  decidedBy: z.array(z.enum(continuityDeciders)).min(1).max(5),
  actions: z.array(z.enum(continuityActions)).min(1).max(3),
  fallbacks: z
    .array(z.strictObject({ kind: z.enum(fallbackKinds), description: BilingualTextSchema }))
    .min(1)
    .max(20),
  communication: z
    .array(
      z.strictObject({
        audience: z.enum(audiences),
        channels: z.array(z.enum(channels)).min(1).max(7),
        /** Minutes from detection within which the audience is told (THL 13 a §: without delay). */
        withinMinutes: z.int().min(0).max(10_080),
        message: BilingualTextSchema,
      }),
    )
    .min(1)
    .max(20),
  recovery: z.strictObject({
    /** Recovery time objective in minutes. */
    timeMinutes: z.int().min(0).max(525_600),
    /** Events committed to the meeting log that may be lost: none is the only acceptable value. */
    committedEventsLost: z.int().min(0).max(1_000_000),
  }),
  /** Controls of the kit that carry part of the plan (e.g. the log from which a meeting resumes). */
  kitControls: z.array(z.string().max(100)).max(20),
});
export type ContinuityScenario = z.infer<typeof ScenarioSchema>;

export const ContinuityPlanSchema = z.strictObject({
  schemaVersion: z.literal('1.0'),
  municipality: MunicipalitySchema,
  approval: ApprovalSchema,
  /** The hallintosääntö provisions the plan applies (KL 90 § 3 mom), e.g. "hallintosääntö 92 §". */
  hallintosaantoReference: BilingualTextSchema,
  localRules: z.strictObject({
    /** Body kinds whose hallintosääntö allows the electronic decision procedure (KL 100 §). */
    electronicProcedureBodies: z.array(z.enum(bodyKinds)).max(bodyKinds.length),
    /** Days of invitation for bodies other than the council (hallintosääntö; [unverified] default 4). */
    invitationLeadDays: z.int().min(0).max(60),
    /** Whether the secretary may record a ballot on behalf of a member, with the reason minuted. */
    secretaryMayRecordBallots: z.boolean(),
  }),
  scenarios: z.array(ScenarioSchema).min(1).max(100),
  exercises: z
    .array(
      z.strictObject({
        id: idSchema,
        date: isoDateSchema,
        kind: z.enum(['tabletop', 'technical', 'full-scale']),
        scenarioIds: z.array(idSchema).min(1).max(100),
        completed: z.boolean(),
        findings: BilingualTextSchema.optional(),
      }),
    )
    .max(500),
});
export type ContinuityPlan = z.infer<typeof ContinuityPlanSchema>;

export interface ContinuityPlanOptions {
  /**
   * The `ProcedureRules` overrides the system runs with: the plan's `secretaryMayRecordBallots` must then say what
   * `onBehalfOf` allows, so the plan never promises a fallback the engine refuses (or hides one it allows).
   */
  procedureRules?: ProcedureRulesOverrides;
  requiredScenarios?: readonly ContinuityScenarioKind[];
  /** Every scenario is exercised at least once within this many months before `asOf` ([unverified] default 12). */
  exerciseIntervalMonths?: number;
  /** The day the plan is checked (for the exercise interval); default the approval day. */
  asOf?: string;
}

const monthsBefore = (iso: string, months: number): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const yy = Math.floor(total / 12);
  const mm = (total % 12) + 1;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
};

/**
 * Validates a continuity plan: the schema, every required scenario covered, members and the public told in each
 * scenario (THL 13 a §), no committed event lost, lawful fallbacks only (the electronic procedure only where the
 * hallintosääntö allows it and never for the council, KL 100 § 1 mom; ballots recorded by the secretary only where
 * the rules allow it), known kit controls, exercises that name real scenarios and cover each within the interval.
 */
export function validateContinuityPlan(
  input: unknown,
  options: ContinuityPlanOptions = {},
): PlanResult<ContinuityPlan> {
  return validateWith(ContinuityPlanSchema, input, (p) => {
    const out: PlanIssue[] = [...duplicateIds(p.scenarios, ['scenarios']), ...duplicateIds(p.exercises, ['exercises'])];
    const kinds = new Set(p.scenarios.map((s) => s.kind));
    for (const k of options.requiredScenarios ?? requiredContinuityScenarios)
      if (!kinds.has(k))
        out.push(
          planIssue(['scenarios'], 'scenario.missing', {
            fi: `Suunnitelmasta puuttuu tilanne "${k}".`,
            en: `The plan does not cover the scenario "${k}".`,
            sv: `Planen saknar situationen "${k}".`,
          }),
        );
    if (p.localRules.electronicProcedureBodies.includes('valtuusto'))
      out.push(
        planIssue(['localRules', 'electronicProcedureBodies'], 'kl100.council', {
          fi: 'Valtuusto ei voi käyttää sähköistä päätöksentekomenettelyä: sen kokoukset ovat julkisia (KL 100 § 1 mom, KL 101 § 1 mom).',
          en: 'The council cannot use the electronic decision procedure: its meetings are public (KL 100 § 1 mom, KL 101 § 1 mom).',
          sv: 'Fullmäktige kan inte använda det elektroniska beslutsförfarandet: dess sammanträden är offentliga (KommunL 100 § 1 mom.).',
        }),
      );
    p.scenarios.forEach((s, i) => {
      for (const who of ['members', 'public'] as const)
        if (!s.communication.some((c) => c.audience === who))
          out.push(
            planIssue(['scenarios', i, 'communication'], `communication.${who}`, {
              fi: `Tilanteessa "${s.id}" on kerrottava myös ${who === 'members' ? 'jäsenille' : 'yleisölle'} (Tiedonhallintalaki 13 a §).`,
              en: `Scenario "${s.id}" must also tell the ${who === 'members' ? 'members' : 'public'} (Tiedonhallintalaki 906/2019 13 a §).`,
              sv: `I situationen "${s.id}" ska även ${who === 'members' ? 'ledamöterna' : 'allmänheten'} informeras (informationshanteringslagen 13 a §).`,
            }),
          );
      if (s.recovery.committedEventsLost !== 0)
        out.push(
          planIssue(['scenarios', i, 'recovery', 'committedEventsLost'], 'recovery.data-loss', {
            fi: 'Kokouslokiin tallennettuja tapahtumia ei saa menettää: tavoitteen on oltava 0.',
            en: 'Events committed to the meeting log must never be lost: the objective must be 0.',
            sv: 'Händelser som sparats i sammanträdesloggen får aldrig gå förlorade: målet ska vara 0.',
          }),
        );
      s.fallbacks.forEach((f, j) => {
        if (f.kind === 'electronic-procedure' && p.localRules.electronicProcedureBodies.length === 0)
          out.push(
            planIssue(['scenarios', i, 'fallbacks', j, 'kind'], 'kl100.not-allowed', {
              fi: 'Sähköistä päätöksentekomenettelyä voi käyttää varakeinona vain, jos hallintosääntö sallii sen (KL 100 §).',
              en: 'The electronic decision procedure is a fallback only where the hallintosääntö allows it (KL 100 §).',
              sv: 'Det elektroniska beslutsförfarandet kan användas som reserv endast om förvaltningsstadgan tillåter det (KommunL 100 §).',
            }),
          );
        if (f.kind === 'secretary-records-ballots' && !p.localRules.secretaryMayRecordBallots)
          out.push(
            planIssue(['scenarios', i, 'fallbacks', j, 'kind'], 'ballots.on-behalf-not-allowed', {
              fi: 'Sihteeri voi kirjata äänen jäsenen puolesta vain, jos säännöt sen sallivat (localRules.secretaryMayRecordBallots).',
              en: 'The secretary records a ballot on behalf of a member only where the rules allow it (localRules.secretaryMayRecordBallots).',
              sv: 'Sekreteraren kan registrera en röst för en ledamot endast om reglerna tillåter det.',
            }),
          );
      });
      s.kitControls.forEach((c, j) => {
        if (!isKitControlId(c)) out.push(unknownControlIssue(c, ['scenarios', i, 'kitControls', j]));
      });
    });
    if (options.procedureRules !== undefined) {
      let engine: boolean | undefined;
      try {
        engine = resolveRules(options.procedureRules).onBehalfOf.includes('secretary');
      } catch {
        engine = undefined; // invalid rules: validateMeetingRules reports them
      }
      if (engine !== undefined && engine !== p.localRules.secretaryMayRecordBallots)
        out.push(
          planIssue(['localRules', 'secretaryMayRecordBallots'], 'ballots.on-behalf-mismatch', {
            fi: `Suunnitelman mukaan sihteeri ${p.localRules.secretaryMayRecordBallots ? 'voi' : 'ei voi'} kirjata ääniä jäsenten puolesta, mutta järjestelmän säännöt (onBehalfOf) ${engine ? 'sallivat' : 'eivät salli'} sen.`,
            en: `The plan says the secretary ${p.localRules.secretaryMayRecordBallots ? 'may' : 'may not'} record ballots on behalf of members, but the system's rules (onBehalfOf) ${engine ? 'allow' : 'do not allow'} it.`,
            sv: `Enligt planen ${p.localRules.secretaryMayRecordBallots ? 'kan' : 'kan inte'} sekreteraren registrera röster för ledamöter, men systemets regler (onBehalfOf) ${engine ? 'tillåter' : 'tillåter inte'} det.`,
          }),
        );
    }
    const ids = new Set(p.scenarios.map((s) => s.id));
    p.exercises.forEach((e, i) =>
      e.scenarioIds.forEach((s, j) => {
        if (!ids.has(s))
          out.push(
            planIssue(['exercises', i, 'scenarioIds', j], 'exercise.unknown-scenario', {
              fi: `Harjoitus viittaa tuntemattomaan tilanteeseen "${s}".`,
              en: `The exercise names an unknown scenario "${s}".`,
              sv: `Övningen hänvisar till en okänd situation "${s}".`,
            }),
          );
      }),
    );
    const asOf = options.asOf ?? p.approval.approvedOn;
    const since = monthsBefore(asOf, options.exerciseIntervalMonths ?? 12);
    p.scenarios.forEach((s, i) => {
      const exercised = p.exercises.some(
        (e) => e.scenarioIds.includes(s.id) && (e.date > asOf || (e.date >= since && e.completed)),
      );
      if (!exercised)
        out.push(
          planIssue(
            ['scenarios', i],
            'exercise.missing',
            {
              fi: `Tilannetta "${s.id}" ei ole harjoiteltu eikä sen harjoitusta ole suunniteltu.`,
              en: `Scenario "${s.id}" has neither a recent nor a planned exercise.`,
              sv: `Situationen "${s.id}" har varken övats nyligen eller planerats för övning.`,
            },
            'warning',
          ),
        );
    });
    return out;
  });
}

const L = {
  fi: {
    title: 'Sähköisen kokoustamisen varautumis- ja jatkuvuussuunnitelma',
    intro: (p: ContinuityPlan) =>
      `${p.municipality.name.fi}, versio ${p.approval.version}, hyväksytty ${formatDate(p.approval.approvedOn)} (${p.approval.approvedBy.fi}), tarkistetaan viimeistään ${formatDate(p.approval.reviewDue)}. Suunnitelma perustuu Tiedonhallintalain 906/2019 13 a §:ään ja kuntalain 90 §:n 3 momenttiin; sitä sovelletaan yhdessä hallintosäännön määräysten kanssa (${p.hallintosaantoReference.fi}).`,
    rules: 'Varakeinojen rajat',
    detection: 'Havaitseminen',
    decidedBy: 'Päättää',
    actions: 'Toimenpiteet',
    fallbacks: 'Lailliset varakeinot',
    communication: 'Tiedottaminen',
    recovery: 'Palautumistavoite',
    kit: 'Järjestelmän ominaisuudet, joihin suunnitelma nojaa',
    exercises: 'Harjoitukset',
  },
  sv: {
    title: 'Beredskaps- och kontinuitetsplan för elektroniska sammanträden',
    intro: (p: ContinuityPlan) =>
      `${p.municipality.name.sv}, version ${p.approval.version}, godkänd ${formatDate(p.approval.approvedOn)} (${p.approval.approvedBy.sv}), ses över senast ${formatDate(p.approval.reviewDue)}. Planen grundar sig på 13 a § i informationshanteringslagen 906/2019 och 90 § 3 mom. i kommunallagen; den tillämpas tillsammans med förvaltningsstadgans bestämmelser (${p.hallintosaantoReference.sv}).`,
    rules: 'Gränser för reservlösningarna',
    detection: 'Upptäckt',
    decidedBy: 'Beslutar',
    actions: 'Åtgärder',
    fallbacks: 'Lagliga reservlösningar',
    communication: 'Information',
    recovery: 'Återställningsmål',
    kit: 'Systemets egenskaper som planen bygger på',
    exercises: 'Övningar',
  },
} as const;

const DECIDER: Record<DocumentLanguage, Record<(typeof continuityDeciders)[number], string>> = {
  fi: {
    chair: 'puheenjohtaja',
    'chair-and-secretary': 'puheenjohtaja ja sihteeri',
    body: 'toimielin',
    'vice-chair': 'varapuheenjohtaja',
    'municipal-executive': 'kunnanhallitus',
    'municipal-manager': 'kunnanjohtaja',
    'preparedness-lead': 'valmiuspäällikkö',
  },
  sv: {
    chair: 'ordföranden',
    'chair-and-secretary': 'ordföranden och sekreteraren',
    body: 'organet',
    'vice-chair': 'vice ordföranden',
    'municipal-executive': 'kommunstyrelsen',
    'municipal-manager': 'kommundirektören',
    'preparedness-lead': 'beredskapschefen',
  },
};
const ACTION: Record<DocumentLanguage, Record<(typeof continuityActions)[number], string>> = {
  fi: { continue: 'jatketaan', suspend: 'keskeytetään', move: 'siirretään' },
  sv: { continue: 'fortsätter', suspend: 'avbryts', move: 'flyttas' },
};
const AUDIENCE: Record<DocumentLanguage, Record<(typeof audiences)[number], string>> = {
  fi: {
    members: 'jäsenet',
    public: 'yleisö',
    officials: 'viranhaltijat',
    'it-support': 'tietohallinto',
    'data-protection-officer': 'tietosuojavastaava',
    authorities: 'viranomaiset',
  },
  sv: {
    members: 'ledamöterna',
    public: 'allmänheten',
    officials: 'tjänsteinnehavarna',
    'it-support': 'IT-stödet',
    'data-protection-officer': 'dataskyddsombudet',
    authorities: 'myndigheterna',
  },
};
const CHANNEL: Record<DocumentLanguage, Record<(typeof channels)[number], string>> = {
  fi: {
    sms: 'tekstiviesti',
    email: 'sähköposti',
    phone: 'puhelin',
    'meeting-system': 'kokousjärjestelmä',
    website: 'verkkosivut',
    noticeboard: 'ilmoitustaulu',
    'social-media': 'sosiaalinen media',
  },
  sv: {
    sms: 'sms',
    email: 'e-post',
    phone: 'telefon',
    'meeting-system': 'sammanträdessystemet',
    website: 'webbplatsen',
    noticeboard: 'anslagstavlan',
    'social-media': 'sociala medier',
  },
};

/** The plan as a document: the limits of the fallbacks, then each scenario, then the exercises. */
export function continuityPlanDocument(p: ContinuityPlan, lang: DocumentLanguage): PlanDocument {
  const t = L[lang];
  const fi = lang === 'fi';
  const bodies = p.localRules.electronicProcedureBodies;
  const blocks: Block[] = [
    { type: 'paragraph', text: t.intro(p) },
    { type: 'heading', level: 2, text: t.rules },
    {
      type: 'list',
      items: fi
        ? [
            `Uusi kokouskutsu: valtuustolle vähintään ${COUNCIL_INVITATION_DAYS} päivää ennen kokousta (KL 94 § 4 mom), muille toimielimille ${p.localRules.invitationLeadDays} päivää (hallintosääntö).`,
            bodies.length
              ? `Sähköinen päätöksentekomenettely (KL 100 §) on käytettävissä toimielimille: ${bodies.join(', ')}; ei koskaan valtuustolle eikä julkisessa kokouksessa.`
              : 'Sähköinen päätöksentekomenettely (KL 100 §) ei ole käytössä.',
            p.localRules.secretaryMayRecordBallots
              ? 'Sihteeri voi kirjata äänen jäsenen puolesta; syy kirjataan pöytäkirjaan.'
              : 'Sihteeri ei kirjaa ääniä jäsenten puolesta.',
          ]
        : [
            `Ny kallelse: till fullmäktige minst ${COUNCIL_INVITATION_DAYS} dagar före sammanträdet (KommunL 94 § 4 mom.), till andra organ ${p.localRules.invitationLeadDays} dagar (förvaltningsstadgan).`,
            bodies.length
              ? `Elektroniskt beslutsförfarande (KommunL 100 §) kan användas av: ${bodies.join(', ')}; aldrig av fullmäktige eller vid ett offentligt sammanträde.`
              : 'Elektroniskt beslutsförfarande (KommunL 100 §) används inte.',
            p.localRules.secretaryMayRecordBallots
              ? 'Sekreteraren kan registrera en röst för en ledamot; orsaken antecknas i protokollet.'
              : 'Sekreteraren registrerar inte röster för ledamöter.',
          ],
    },
  ];
  for (const s of p.scenarios) {
    blocks.push({ type: 'heading', level: 2, text: s.title[lang] });
    blocks.push(
      { type: 'heading', level: 3, text: t.detection },
      { type: 'list', items: s.detection.map((d) => d[lang]) },
    );
    blocks.push({
      type: 'definitions',
      items: [
        { term: t.decidedBy, description: s.decidedBy.map((d) => DECIDER[lang][d]).join(', ') },
        { term: t.actions, description: s.actions.map((a) => ACTION[lang][a]).join(' / ') },
        {
          term: t.recovery,
          description: fi
            ? `palautumisaika ${s.recovery.timeMinutes} min; kokouslokiin tallennettuja tapahtumia menetetään ${s.recovery.committedEventsLost}`
            : `återställningstid ${s.recovery.timeMinutes} min; händelser i sammanträdesloggen som går förlorade: ${s.recovery.committedEventsLost}`,
        },
      ],
    });
    blocks.push(
      { type: 'heading', level: 3, text: t.fallbacks },
      { type: 'list', ordered: true, items: s.fallbacks.map((f) => f.description[lang]) },
    );
    blocks.push(
      { type: 'heading', level: 3, text: t.communication },
      {
        type: 'table',
        caption: `${t.communication}: ${s.title[lang]}`,
        head: fi ? ['Kenelle', 'Miten', 'Viimeistään', 'Viesti'] : ['Till vem', 'Hur', 'Senast', 'Meddelande'],
        rowHeaders: true,
        rows: s.communication.map((c) => [
          AUDIENCE[lang][c.audience],
          c.channels.map((ch) => CHANNEL[lang][ch]).join(', '),
          `${c.withinMinutes} min`,
          c.message[lang],
        ]),
      },
    );
    if (s.kitControls.length)
      blocks.push(
        { type: 'heading', level: 3, text: t.kit },
        {
          type: 'list',
          items: s.kitControls.map((id) => {
            const c = kitControls[id as KitControlId];
            return `${c.summary[lang]} (${c.package} ${c.enforcedBy}; ${c.test.file}: "${c.test.test}")`;
          }),
        },
      );
  }
  blocks.push(
    { type: 'heading', level: 2, text: t.exercises },
    {
      type: 'table',
      caption: t.exercises,
      head: fi
        ? ['Päivä', 'Laji', 'Tilanteet', 'Tila', 'Havainnot']
        : ['Dag', 'Typ', 'Situationer', 'Status', 'Iakttagelser'],
      rows: p.exercises.map((e) => [
        formatDate(e.date),
        fi
          ? { tabletop: 'pöytäharjoitus', technical: 'tekninen harjoitus', 'full-scale': 'täysimittainen harjoitus' }[
              e.kind
            ]
          : { tabletop: 'skrivbordsövning', technical: 'teknisk övning', 'full-scale': 'fullskaleövning' }[e.kind],
        e.scenarioIds.map((id) => p.scenarios.find((s) => s.id === id)?.title[lang] ?? id).join(', '),
        e.completed ? (fi ? 'pidetty' : 'genomförd') : fi ? 'suunniteltu' : 'planerad',
        e.findings?.[lang] ?? '–',
      ]),
    },
  );
  return { lang, title: t.title, blocks };
}

/** The default local rules, from the procedure engine's [unverified] defaults. */
export const defaultContinuityLocalRules: ContinuityPlan['localRules'] = {
  electronicProcedureBodies: [],
  invitationLeadDays: defaultProcedureRules.invitationLeadDays,
  secretaryMayRecordBallots: defaultProcedureRules.onBehalfOf.includes('secretary'),
};
