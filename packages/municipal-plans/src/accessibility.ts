/**
 * Accessibility of electronic meetings: the requirements and how each is verified, and the accessibility
 * statement (saavutettavuusseloste / tillgänglighetsutlåtande) generated from them and from the results the kit's
 * own tests produced.
 *
 * Law: Digipalvelulaki 306/2019 7 § 1 mom (the requirements of EN 301 549, in practice WCAG 2.1 A and AA except
 * 1.2.4 live captions), 7 § 3 mom (a kept recording accessible within 14 days), 3 § 3 mom 4 k (a live stream not
 * kept is outside the law), the statement's minimum content (the domain reference and secondary sources place it
 * in 9 §; the issue names 15 §: [unverified], so the citation is the `legalBasis` setting), 10 § (feedback
 * answered within two weeks) and 12 § as amended by 606/2024 (Traficom supervises from 1.1.2025). WCAG 2.2 AA is
 * the kit's aim, marked `aim` and never reported as a legal failure.
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
  shortText,
  validateWith,
  type BilingualText,
  type DocumentLanguage,
  type PlanIssue,
  type PlanResult,
} from './common.js';
import type { Block, PlanDocument } from './document.js';
import {
  isKitControlId,
  kitControls,
  testOutcome,
  unknownControlIssue,
  VitestReportSchema,
  type KitControlId,
  type TestOutcome,
} from './evidence.js';

/** Pre-recorded time-based media kept online is made accessible within 14 days (DPL 306/2019 7 § 3 mom). */
export const RECORDING_CAPTION_DAYS = 14;
/** Accessibility feedback is answered within two weeks (DPL 306/2019 10 §). */
export const FEEDBACK_RESPONSE_DAYS = 14;

export const accessibilityTopics = [
  'captions-live',
  'captions-recording',
  'transcript',
  'screen-reader',
  'keyboard',
  'documents',
  'sign-language',
  'exceptional-conditions',
  'visual',
  'status-messages',
  'language',
  'feedback',
] as const;
export type AccessibilityTopic = (typeof accessibilityTopics)[number];
/** Topics every requirements model must cover (issue 18, seed 4.1–4.2). */
export const requiredAccessibilityTopics: readonly AccessibilityTopic[] = [
  'captions-recording',
  'transcript',
  'screen-reader',
  'keyboard',
  'documents',
  'sign-language',
  'exceptional-conditions',
];

const controlId = z.string().max(100);

export const VerificationSchema = z.discriminatedUnion('method', [
  /** A named automated test of the kit (a control of `kitControls`). */
  z.strictObject({ method: z.literal('automated'), control: controlId }),
  /** A manual check script with the result of its latest run. */
  z.strictObject({
    method: z.literal('manual'),
    steps: z.array(BilingualTextSchema).min(1).max(50),
    lastRun: z
      .strictObject({
        on: isoDateSchema,
        result: z.enum(['pass', 'fail']),
        by: shortText,
        note: BilingualTextSchema.optional(),
      })
      .optional(),
  }),
  /** A duty of the organisation (captioning, sign language…), possibly supported by a kit control. */
  z.strictObject({
    method: z.literal('organisational'),
    owner: BilingualTextSchema,
    duty: BilingualTextSchema,
    fulfilled: z.boolean(),
    supportedBy: controlId.optional(),
    note: BilingualTextSchema.optional(),
  }),
]);
export type Verification = z.infer<typeof VerificationSchema>;

export const AccessibilityRequirementSchema = z.strictObject({
  id: idSchema,
  topic: z.enum(accessibilityTopics),
  text: BilingualTextSchema,
  /** E.g. `WCAG 2.1 2.1.1 (A)`, `Digipalvelulaki 7 § 3 mom`. */
  basis: shortText,
  /** `law`: required by DPL 306/2019 (WCAG 2.1 A/AA); `aim`: the kit's aim (WCAG 2.2 AA, live captions, sign language). */
  level: z.enum(['law', 'aim']),
  /** Days from publication, where the requirement has a deadline (captions of a kept recording). */
  deadlineDays: z.int().min(0).max(365).optional(),
  verification: VerificationSchema,
});
export type AccessibilityRequirement = z.infer<typeof AccessibilityRequirementSchema>;

export const AccessibilityRequirementsSchema = z.strictObject({
  schemaVersion: z.literal('1.0'),
  municipality: MunicipalitySchema,
  approval: ApprovalSchema,
  service: z.strictObject({
    name: BilingualTextSchema,
    url: z
      .string()
      .regex(/^https:\/\/[^\s]+$/, 'url.format')
      .max(2000),
  }),
  requirements: z.array(AccessibilityRequirementSchema).min(1).max(500),
});
export type AccessibilityRequirements = z.infer<typeof AccessibilityRequirementsSchema>;

const controlOf = (v: Verification): string | undefined =>
  v.method === 'automated' ? v.control : v.method === 'organisational' ? v.supportedBy : undefined;

/** Validates the requirements model: schema, topics covered, known kit controls, the 14-day caption duty. */
export function validateAccessibilityRequirements(
  input: unknown,
  options: { requiredTopics?: readonly AccessibilityTopic[] } = {},
): PlanResult<AccessibilityRequirements> {
  return validateWith(AccessibilityRequirementsSchema, input, (m) => {
    const out: PlanIssue[] = [...duplicateIds(m.requirements, ['requirements'])];
    const topics = new Set(m.requirements.map((r) => r.topic));
    for (const t of options.requiredTopics ?? requiredAccessibilityTopics)
      if (!topics.has(t))
        out.push(
          planIssue(['requirements'], 'topic.missing', {
            fi: `Vaatimusmallista puuttuu aihe "${t}".`,
            en: `The requirements model does not cover "${t}".`,
            sv: `Kravmodellen saknar ämnet "${t}".`,
          }),
        );
    m.requirements.forEach((r, i) => {
      const c = controlOf(r.verification);
      if (c !== undefined && !isKitControlId(c)) out.push(unknownControlIssue(c, ['requirements', i, 'verification']));
      if (
        r.topic === 'captions-recording' &&
        r.level === 'law' &&
        (r.deadlineDays ?? Infinity) > RECORDING_CAPTION_DAYS
      )
        out.push(
          planIssue(['requirements', i, 'deadlineDays'], 'dpl7.caption-deadline', {
            fi: `Säilytettävä tallenne on tekstitettävä ${RECORDING_CAPTION_DAYS} vuorokauden kuluessa julkaisusta (Digipalvelulaki 7 § 3 mom).`,
            en: `A kept recording must be captioned within ${RECORDING_CAPTION_DAYS} days of publication (DPL 306/2019 7 § 3 mom).`,
            sv: `En inspelning som sparas ska textas inom ${RECORDING_CAPTION_DAYS} dygn från publiceringen (lagen om digitala tjänster 7 § 3 mom.).`,
          }),
        );
      if (r.topic === 'captions-live' && r.level === 'law')
        out.push(
          planIssue(
            ['requirements', i, 'level'],
            'dpl.live-captions-not-law',
            {
              fi: 'Suoran lähetyksen tekstitys (WCAG 1.2.4) ei ole lakisääteinen (Digipalvelulaki 3 § 3 mom 4 k); merkitse se tavoitteeksi.',
              en: 'Live captions (WCAG 1.2.4) are not required by law (DPL 306/2019 3 § 3 mom 4 k); mark them as an aim.',
              sv: 'Textning av direktsändning (WCAG 1.2.4) krävs inte enligt lag (3 § 3 mom. 4 punkten); markera den som mål.',
            },
            'warning',
          ),
        );
      if (
        r.verification.method === 'manual' &&
        r.verification.lastRun?.result === 'fail' &&
        !r.verification.lastRun.note
      )
        out.push(
          planIssue(['requirements', i, 'verification', 'lastRun', 'note'], 'manual.fail-reason', {
            fi: 'Hylätyn käsintarkistuksen syy on kirjattava: se näkyy saavutettavuusselosteessa.',
            en: 'A failed manual check needs its reason: the accessibility statement shows it.',
            sv: 'Orsaken till en underkänd manuell kontroll ska anges: den visas i tillgänglighetsutlåtandet.',
          }),
        );
    });
    return out;
  });
}

export const StatementSettingsSchema = z.strictObject({
  /** The day the statement is prepared; default the day of the test run it is generated from. */
  preparedOn: isoDateSchema.optional(),
  /** Self-assessment or a third-party audit (the Commission model asks which). */
  assessment: z.discriminatedUnion('by', [
    z.strictObject({ by: z.literal('self') }),
    z.strictObject({ by: z.literal('third-party'), assessor: shortText }),
  ]),
  feedbackEmail: z.email().max(320),
  feedbackUrl: z
    .string()
    .regex(/^https:\/\/[^\s]+$/, 'url.format')
    .max(2000)
    .optional(),
  /** How to get the content in another way when it is not accessible. */
  alternativeAccess: BilingualTextSchema,
  supervisoryAuthority: z.strictObject({
    name: BilingualTextSchema,
    url: z
      .string()
      .regex(/^https:\/\/[^\s]+$/, 'url.format')
      .max(2000),
  }),
  /** Known shortcomings the tests do not show, with the reason and the planned fix. */
  knownIssues: z
    .array(
      z.strictObject({
        description: BilingualTextSchema,
        reason: z.enum(['non-compliance', 'disproportionate-burden', 'outside-scope']),
        wcag: shortText.optional(),
        fixBy: isoDateSchema.optional(),
      }),
    )
    .max(500),
  /** The statute section the statement is made under ([unverified]: see the module comment). */
  legalBasis: shortText,
});
export type StatementSettings = z.infer<typeof StatementSettingsSchema>;

/** The Europe/Helsinki calendar day of an epoch-millisecond instant. */
const helsinkiDay = (ms: number): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);

/** Traficom supervises accessibility from 1.1.2025 (DPL 306/2019 12 § as amended by 606/2024). */
export const TRAFICOM: StatementSettings['supervisoryAuthority'] = {
  name: { fi: 'Liikenne- ja viestintävirasto Traficom', sv: 'Transport- och kommunikationsverket Traficom' },
  url: 'https://www.saavutettavuusvaatimukset.fi/',
};

export type EvidenceResult =
  TestOutcome | 'manual-pass' | 'manual-fail' | 'not-checked' | 'fulfilled' | 'not-fulfilled';

export interface StatementRow {
  requirementId: string;
  topic: AccessibilityTopic;
  text: BilingualText;
  basis: string;
  level: 'law' | 'aim';
  method: Verification['method'];
  /** For automated requirements: the function and test that show it. */
  evidence?: { package: string; enforcedBy: string; file: string; test: string };
  result: EvidenceResult;
  conforms: boolean;
  note?: BilingualText;
}

export interface AccessibilityStatement {
  municipality: AccessibilityRequirements['municipality'];
  service: AccessibilityRequirements['service'];
  preparedOn: string;
  reviewDue: string;
  /** The day the kit's test run started (from the report). */
  testRunOn?: string;
  status: 'full' | 'partial' | 'non-compliant';
  rows: StatementRow[];
  nonConforming: {
    text: BilingualText;
    reason: StatementSettings['knownIssues'][number]['reason'];
    wcag?: string;
    fixBy?: string;
  }[];
  settings: StatementSettings;
}

export interface StatementOptions {
  /**
   * What to do with an automated requirement whose test failed or did not run: `error` (default) stops with an
   * issue naming the test; `non-conforming` lists it in the statement as content that does not meet the requirement.
   */
  onFailedTest?: 'error' | 'non-conforming';
}

/**
 * Generates the accessibility statement from the requirements, the settings and the kit's test report (Vitest's
 * JSON reporter output, e.g. `node_modules/.cache/vitest-report.json` written by `npm test`). Each automated
 * requirement takes its result from the report; a named test that is missing from the report or failed is an error
 * (unless `onFailedTest` says otherwise), so a statement never claims what the tests did not show.
 */
export function generateAccessibilityStatement(
  input: { requirements: unknown; report: unknown; settings: unknown },
  options: StatementOptions = {},
): PlanResult<AccessibilityStatement> {
  const req = validateAccessibilityRequirements(input.requirements);
  if (!req.ok) return { ok: false, issues: req.issues.map((i) => ({ ...i, path: ['requirements', ...i.path] })) };
  const settings = validateWith(StatementSettingsSchema, input.settings, () => []);
  if (!settings.ok) return { ok: false, issues: settings.issues.map((i) => ({ ...i, path: ['settings', ...i.path] })) };
  const report = validateWith(VitestReportSchema, input.report, () => []);
  if (!report.ok)
    return {
      ok: false,
      issues: [
        planIssue(['report'], 'report.invalid', {
          fi: 'Testiraportti ei ole Vitestin JSON-raportti (--reporter=json).',
          en: 'The test report is not a Vitest JSON report (--reporter=json).',
          sv: 'Testrapporten är inte en JSON-rapport från Vitest (--reporter=json).',
        }),
        ...report.issues.map((i) => ({ ...i, path: ['report', ...i.path] })),
      ],
    };
  const issues: PlanIssue[] = [...req.issues];
  const rows: StatementRow[] = [];
  const nonConforming: AccessibilityStatement['nonConforming'] = [];
  req.value.requirements.forEach((r, i) => {
    const base = {
      requirementId: r.id,
      topic: r.topic,
      text: r.text,
      basis: r.basis,
      level: r.level,
      method: r.verification.method,
    };
    const v = r.verification;
    if (v.method === 'automated') {
      const control = kitControls[v.control as KitControlId];
      const outcome = testOutcome(report.value, control.test);
      const evidence = {
        package: control.package,
        enforcedBy: control.enforcedBy,
        file: control.test.file,
        test: control.test.test,
      };
      if (outcome !== 'passed' && (options.onFailedTest ?? 'error') === 'error') {
        const what =
          outcome === 'failed'
            ? { fi: 'epäonnistui', en: 'failed', sv: 'misslyckades' }
            : outcome === 'skipped'
              ? { fi: 'ohitettiin', en: 'was skipped', sv: 'hoppades över' }
              : { fi: 'puuttuu raportista', en: 'is missing from the report', sv: 'saknas i rapporten' };
        issues.push(
          planIssue(['requirements', 'requirements', i, 'verification', 'control'], `test.${outcome}`, {
            fi: `Vaatimuksen ${r.id} testi "${control.test.test}" (${control.test.file}) ${what.fi}.`,
            en: `The test "${control.test.test}" (${control.test.file}) of requirement ${r.id} ${what.en}.`,
            sv: `Testet "${control.test.test}" (${control.test.file}) för kravet ${r.id} ${what.sv}.`,
          }),
        );
      }
      const conforms = outcome === 'passed';
      rows.push({ ...base, evidence, result: outcome, conforms });
      if (!conforms && r.level === 'law') nonConforming.push({ text: r.text, reason: 'non-compliance', wcag: r.basis });
    } else if (v.method === 'manual') {
      const result: EvidenceResult = v.lastRun
        ? v.lastRun.result === 'pass'
          ? 'manual-pass'
          : 'manual-fail'
        : 'not-checked';
      const conforms = result === 'manual-pass';
      const row: StatementRow = { ...base, result, conforms };
      if (v.lastRun?.note) row.note = v.lastRun.note;
      rows.push(row);
      if (!conforms && r.level === 'law')
        nonConforming.push({ text: v.lastRun?.note ?? r.text, reason: 'non-compliance', wcag: r.basis });
    } else {
      const row: StatementRow = { ...base, result: v.fulfilled ? 'fulfilled' : 'not-fulfilled', conforms: v.fulfilled };
      if (v.note) row.note = v.note;
      if (v.supportedBy !== undefined) {
        const c = kitControls[v.supportedBy as KitControlId];
        row.evidence = { package: c.package, enforcedBy: c.enforcedBy, file: c.test.file, test: c.test.test };
      }
      rows.push(row);
      if (!v.fulfilled && r.level === 'law')
        nonConforming.push({ text: v.note ?? r.text, reason: 'non-compliance', wcag: r.basis });
    }
  });
  for (const k of settings.value.knownIssues) {
    const x: AccessibilityStatement['nonConforming'][number] = { text: k.description, reason: k.reason };
    if (k.wcag !== undefined) x.wcag = k.wcag;
    if (k.fixBy !== undefined) x.fixBy = k.fixBy;
    nonConforming.push(x);
  }
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  const testRunOn = report.value.startTime !== undefined ? helsinkiDay(report.value.startTime) : undefined;
  const preparedOn = settings.value.preparedOn ?? testRunOn;
  if (preparedOn === undefined)
    return {
      ok: false,
      issues: [
        planIssue(['settings', 'preparedOn'], 'statement.no-date', {
          fi: 'Laatimispäivä puuttuu, eikä testiraportissa ole ajon aikaa.',
          en: 'No preparation day, and the test report has no start time.',
          sv: 'Dagen för utarbetandet saknas och testrapporten har ingen starttid.',
        }),
      ],
    };
  if (testRunOn !== undefined && preparedOn < testRunOn)
    return {
      ok: false,
      issues: [
        planIssue(['settings', 'preparedOn'], 'statement.before-test-run', {
          fi: 'Seloste ei voi olla laadittu ennen testiajoa, johon se perustuu.',
          en: 'The statement cannot be prepared before the test run it rests on.',
          sv: 'Utlåtandet kan inte ha utarbetats före den testkörning det grundar sig på.',
        }),
      ],
    };
  const lawRows = rows.filter((r) => r.level === 'law');
  const failing =
    lawRows.filter((r) => !r.conforms).length +
    settings.value.knownIssues.filter((k) => k.reason === 'non-compliance').length;
  const status: AccessibilityStatement['status'] =
    failing === 0 ? 'full' : failing * 2 < lawRows.length ? 'partial' : 'non-compliant';
  const statement: AccessibilityStatement = {
    municipality: req.value.municipality,
    service: req.value.service,
    preparedOn,
    reviewDue: req.value.approval.reviewDue,
    status,
    rows,
    nonConforming,
    settings: settings.value,
  };
  if (testRunOn !== undefined) statement.testRunOn = testRunOn;
  return { ok: true, value: statement, issues };
}

const RESULT_LABEL: Record<DocumentLanguage, Record<EvidenceResult, string>> = {
  fi: {
    passed: 'testi läpäisty',
    failed: 'testi epäonnistui',
    skipped: 'testi ohitettu',
    missing: 'testiä ei ajettu',
    'manual-pass': 'tarkistettu: kunnossa',
    'manual-fail': 'tarkistettu: puutteita',
    'not-checked': 'ei vielä tarkistettu',
    fulfilled: 'toteutuu',
    'not-fulfilled': 'ei toteudu',
  },
  sv: {
    passed: 'testet godkänt',
    failed: 'testet misslyckades',
    skipped: 'testet hoppades över',
    missing: 'testet kördes inte',
    'manual-pass': 'kontrollerat: i ordning',
    'manual-fail': 'kontrollerat: brister',
    'not-checked': 'ännu inte kontrollerat',
    fulfilled: 'uppfylls',
    'not-fulfilled': 'uppfylls inte',
  },
};

/** The statement as a document with the content Digipalvelulaki requires and the Commission model's headings. */
export function accessibilityStatementDocument(s: AccessibilityStatement, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const status = fi
    ? {
        full: 'täyttää saavutettavuusvaatimukset',
        partial: 'täyttää saavutettavuusvaatimukset osittain',
        'non-compliant': 'ei täytä saavutettavuusvaatimuksia',
      }[s.status]
    : {
        full: 'uppfyller tillgänglighetskraven',
        partial: 'uppfyller tillgänglighetskraven delvis',
        'non-compliant': 'uppfyller inte tillgänglighetskraven',
      }[s.status];
  const reason = (r: AccessibilityStatement['nonConforming'][number]['reason']) =>
    fi
      ? {
          'non-compliance': 'vaatimus ei vielä täyty',
          'disproportionate-burden': 'kohtuuton rasite (Digipalvelulaki 8 §)',
          'outside-scope': 'ei kuulu lain soveltamisalaan',
        }[r]
      : {
          'non-compliance': 'kravet uppfylls ännu inte',
          'disproportionate-burden': 'oskäligt betungande (8 §)',
          'outside-scope': 'omfattas inte av lagen',
        }[r];
  const method = (m: Verification['method']) =>
    fi
      ? { automated: 'automaattinen testi', manual: 'käsintarkistus', organisational: 'organisaation velvoite' }[m]
      : { automated: 'automatiskt test', manual: 'manuell kontroll', organisational: 'organisationens skyldighet' }[m];
  const name = s.municipality.name[lang];
  const service = s.service.name[lang];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fi
        ? `Tämä saavutettavuusseloste koskee palvelua ${service} (${name}). Seloste on laadittu ${formatDate(s.preparedOn)} ja se perustuu ${s.settings.assessment.by === 'self' ? 'itsearvioon' : `ulkopuolisen asiantuntijan arvioon (${s.settings.assessment.assessor})`} sekä kokousjärjestelmän automaattisten testien tuloksiin${s.testRunOn ? ` (testiajo ${formatDate(s.testRunOn)})` : ''}. Seloste laaditaan lain digitaalisten palvelujen tarjoamisesta (${s.settings.legalBasis}) mukaisesti.`
        : `Detta tillgänglighetsutlåtande gäller tjänsten ${service} (${name}). Utlåtandet har utarbetats ${formatDate(s.preparedOn)} och grundar sig på ${s.settings.assessment.by === 'self' ? 'en självbedömning' : `en bedömning av en extern expert (${s.settings.assessment.assessor})`} och på resultaten av sammanträdessystemets automatiska tester${s.testRunOn ? ` (testkörning ${formatDate(s.testRunOn)})` : ''}. Utlåtandet ges enligt lagen om tillhandahållande av digitala tjänster (${s.settings.legalBasis}).`,
    },
    { type: 'heading', level: 2, text: fi ? 'Saavutettavuuden tila' : 'Tillgänglighetsstatus' },
    {
      type: 'paragraph',
      text: fi ? `Palvelu ${status} (WCAG 2.1 taso AA).` : `Tjänsten ${status} (WCAG 2.1 nivå AA).`,
    },
    { type: 'heading', level: 2, text: fi ? 'Ei-saavutettava sisältö' : 'Innehåll som inte är tillgängligt' },
    s.nonConforming.length
      ? {
          type: 'list',
          items: s.nonConforming.map(
            (x) =>
              `${x.text[lang]} (${reason(x.reason)}${x.wcag ? `; ${x.wcag}` : ''}${x.fixBy ? `; ${fi ? 'korjataan' : 'åtgärdas'} ${formatDate(x.fixBy)} ${fi ? 'mennessä' : ''}`.trimEnd() : ''})`,
          ),
        }
      : {
          type: 'paragraph',
          text: fi ? 'Tiedossa ei ole saavutettavuuspuutteita.' : 'Inga kända brister i tillgängligheten.',
        },
    {
      type: 'heading',
      level: 2,
      text: fi ? 'Sisällön saaminen vaihtoehtoisella tavalla' : 'Att få innehållet på annat sätt',
    },
    { type: 'paragraph', text: s.settings.alternativeAccess[lang] },
    { type: 'heading', level: 2, text: fi ? 'Palaute saavutettavuudesta' : 'Respons om tillgängligheten' },
    {
      type: 'paragraph',
      text: [
        fi ? 'Huomasitko puutteen? Kerro siitä meille: ' : 'Har du hittat en brist? Berätta för oss: ',
        { text: s.settings.feedbackEmail, href: `mailto:${s.settings.feedbackEmail}` },
        ...(s.settings.feedbackUrl
          ? [fi ? ' tai ' : ' eller ', { text: fi ? 'palautelomake' : 'responsformulär', href: s.settings.feedbackUrl }]
          : []),
        fi
          ? `. Vastaamme viimeistään ${FEEDBACK_RESPONSE_DAYS} vuorokauden kuluessa (Digipalvelulaki 10 §).`
          : `. Vi svarar inom ${FEEDBACK_RESPONSE_DAYS} dygn (10 §).`,
      ],
    },
    { type: 'heading', level: 2, text: fi ? 'Valvontaviranomainen' : 'Tillsynsmyndighet' },
    {
      type: 'paragraph',
      text: [
        fi
          ? 'Jos huomaat saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle: '
          : 'Om du upptäcker problem, ge först respons till oss. Om du inte är nöjd med svaret eller inte får svar inom två veckor, kan du anmäla det till tillsynsmyndigheten: ',
        { text: s.settings.supervisoryAuthority.name[lang], href: s.settings.supervisoryAuthority.url },
        '.',
      ],
    },
    {
      type: 'heading',
      level: 2,
      text: fi ? 'Miten saavutettavuus on varmistettu' : 'Hur tillgängligheten har säkerställts',
    },
    {
      type: 'table',
      caption: fi ? 'Vaatimukset ja niiden todentaminen' : 'Krav och hur de verifieras',
      head: fi
        ? ['Vaatimus', 'Peruste', 'Menetelmä', 'Näyttö', 'Tulos']
        : ['Krav', 'Grund', 'Metod', 'Belägg', 'Resultat'],
      rowHeaders: true,
      rows: s.rows.map((r) => [
        r.text[lang],
        `${r.basis}${r.level === 'aim' ? (fi ? ' (tavoite)' : ' (mål)') : ''}`,
        method(r.method),
        r.evidence ? `${r.evidence.package} ${r.evidence.enforcedBy}: ${r.evidence.file}, "${r.evidence.test}"` : '–',
        RESULT_LABEL[lang][r.result],
      ]),
    },
    {
      type: 'paragraph',
      text: fi
        ? `Seloste tarkistetaan viimeistään ${formatDate(s.reviewDue)}.`
        : `Utlåtandet ses över senast ${formatDate(s.reviewDue)}.`,
    },
  ];
  return { lang, title: fi ? `Saavutettavuusseloste: ${service}` : `Tillgänglighetsutlåtande: ${service}`, blocks };
}

/** The requirements model as a document (requirement, basis, level, verification). */
export function accessibilityRequirementsDocument(m: AccessibilityRequirements, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const verification = (v: Verification): string => {
    if (v.method === 'automated') {
      const c = kitControls[v.control as KitControlId];
      return `${fi ? 'Automaattinen testi' : 'Automatiskt test'}: ${c.package} ${c.enforcedBy} (${c.test.file}, "${c.test.test}")`;
    }
    if (v.method === 'manual')
      return `${fi ? 'Käsintarkistus' : 'Manuell kontroll'}: ${v.steps.map((s, i) => `${i + 1}) ${s[lang]}`).join(' ')}`;
    return `${fi ? 'Organisaation velvoite' : 'Organisationens skyldighet'} (${v.owner[lang]}): ${v.duty[lang]}`;
  };
  return {
    lang,
    title: fi ? 'Sähköisen kokouksen saavutettavuusvaatimukset' : 'Tillgänglighetskrav för elektroniska sammanträden',
    blocks: [
      {
        type: 'paragraph',
        text: fi
          ? `${m.municipality.name.fi}, ${m.service.name.fi}. Vaatimukset perustuvat Digipalvelulakiin 306/2019 ja standardiin EN 301 549 (WCAG 2.1 AA); WCAG 2.2 AA on tavoite. Tallenteet tekstitetään ${RECORDING_CAPTION_DAYS} vuorokauden kuluessa julkaisusta.`
          : `${m.municipality.name.sv}, ${m.service.name.sv}. Kraven grundar sig på lagen om tillhandahållande av digitala tjänster 306/2019 och standarden EN 301 549 (WCAG 2.1 AA); WCAG 2.2 AA är målet. Inspelningar textas inom ${RECORDING_CAPTION_DAYS} dygn från publiceringen.`,
      },
      {
        type: 'table',
        caption: fi ? 'Vaatimukset' : 'Krav',
        head: fi ? ['Vaatimus', 'Peruste', 'Taso', 'Todentaminen'] : ['Krav', 'Grund', 'Nivå', 'Verifiering'],
        rowHeaders: true,
        rows: m.requirements.map((r) => [
          r.text[lang],
          r.basis + (r.deadlineDays !== undefined ? ` (${r.deadlineDays} ${fi ? 'vrk' : 'dygn'})` : ''),
          r.level === 'law' ? (fi ? 'laki' : 'lag') : fi ? 'tavoite' : 'mål',
          verification(r.verification),
        ]),
      },
    ],
  };
}
