/**
 * Open administration (avoin hallinto): what the municipality publishes, where and until when (KL 29 § 2 mom,
 * KL 108–109 §, KL 140 §), the publication plan computed from a meeting's decisions, and the publication step that
 * turns minutes into the public page with `publicationCheck` applied.
 *
 * - Minutes go online after they are checked (KL 140 § 1 mom), with their appeal or rectification instructions.
 * - An entirely confidential matter is published only as a mention, under a title that still tells the public
 *   what was handled (KL 140 § 1 mom; OKV/705/1/2015, OKV/231/1/2017).
 * - Personal data are removed when the rectification or appeal period of the § ends (KL 140 § 1 mom, KL 138 §):
 *   the member of the municipality is notified 7 days after publication (KL 140 § 3 mom), the period runs from
 *   there and its last day moves off a holiday (määräaikalaki 150/1930 5 §), all computed by `appealDeadlines`.
 * - Municipal notices stay online 14 days (KL 108 §); kept recordings are captioned within 14 days (DPL 7 § 3 mom).
 */
import type {
  Block as RichBlock,
  Inline as RichInline,
  LocalizedRichText,
  Minutes,
  MinutesItem,
} from '@digikokous/meeting-schema';
import {
  addDays,
  appealDeadlines,
  helsinkiDate,
  RECORDING_ACCESSIBLE_DAYS,
  renderMinutesHtml,
} from '@digikokous/procedure';
import { containsHetuShaped, publicationCheck, redactPersonalData, type PublicationIssue } from '@digikokous/security';
import { z } from 'zod';
import {
  ApprovalSchema,
  BilingualTextSchema,
  formatDate,
  isoDateSchema,
  MunicipalitySchema,
  planIssue,
  validateWith,
  type DocumentLanguage,
  type PlanIssue,
  type PlanResult,
} from './common.js';
import { render, type Block, type PlanDocument, type RenderedDocument } from './document.js';

/** Municipal notices stay online 14 days (KL 108 §). Statutory. */
export const NOTICE_ONLINE_DAYS = 14;

const httpsUrl = z
  .string()
  .max(2000)
  .regex(/^https:\/\/[^\s]+$/, 'url.format');

/**
 * The municipality's publication rules. Statutory values are constants above; what the law leaves to the
 * municipality is here, each with its [unverified] default in {@link defaultPublicationSettings}.
 */
export const PublicationRulesSchema = z.strictObject({
  schemaVersion: z.literal('1.0'),
  municipality: MunicipalitySchema,
  approval: ApprovalSchema,
  /** Where decisions are published (the public data network, KL 108 §, 140 §). */
  website: httpsUrl,
  /** Agendas: published when finished, with the confidential parts withheld (KL 29 § 2 mom). */
  agendas: z.strictObject({
    publishedWithInvitation: z.boolean(),
    /** How long an agenda stays online after the meeting, in days ([unverified], local choice). */
    onlineDaysAfterMeeting: z.int().min(0).max(3650),
  }),
  /** How long checked minutes stay online, in years ([unverified]; the law sets only the personal-data removal). */
  minutesOnlineYears: z.int().min(1).max(50),
  /** Live stream and recordings of public meetings (KL 101 § 4 mom: the public can follow). */
  recordings: z.strictObject({
    streamPublicMeetings: z.boolean(),
    keepRecordings: z.boolean(),
    /** How long a kept recording stays online, in days ([unverified], local choice; recordings carry personal data). */
    retentionDays: z.int().min(1).max(3650),
  }),
  /**
   * When a § has no remedy (muutoksenhakukielto), its personal data are removed when the longest period of the
   * minutes ends (`longest-period`, default) or on the notification day (`at-notification`). [unverified]
   */
  noRemedyPersonalData: z.enum(['longest-period', 'at-notification']),
  /** Documents the municipality keeps online under KL 109 § (strategy, hallintosääntö, budget…), with addresses. */
  mandatoryDocuments: z
    .array(z.strictObject({ kind: z.enum(kl109Kinds()), title: BilingualTextSchema, url: httpsUrl }))
    .max(100),
});
export type PublicationRules = z.infer<typeof PublicationRulesSchema>;

function kl109Kinds() {
  return [
    'strategy',
    'hallintosaanto',
    'budget',
    'financial-statements',
    'audit-evaluation',
    'auditor-report',
    'cooperation-agreements',
    'group-guideline',
    'declarations-of-interests',
    'fees-of-elected-officials',
    'service-fees',
  ] as const;
}
/** The documents KL 109 § requires online. */
export const KL109_DOCUMENTS = kl109Kinds();

/** Validates publication rules: the schema, and that every KL 109 § document has an address. */
export function validatePublicationRules(input: unknown): PlanResult<PublicationRules> {
  return validateWith(PublicationRulesSchema, input, (r) => {
    const have = new Set(r.mandatoryDocuments.map((d) => d.kind));
    return KL109_DOCUMENTS.filter((k) => !have.has(k)).map((k) =>
      planIssue(['mandatoryDocuments'], 'kl109.missing', {
        fi: `KL 109 §:n mukaan verkossa on pidettävä myös: ${k}.`,
        en: `KL 109 § requires this document online as well: ${k}.`,
        sv: `Enligt KommunL 109 § ska även detta dokument finnas på nätet: ${k}.`,
      }),
    );
  });
}

/** One § of the plan: from when it is public, as what, and when its personal data leave the network. */
export interface PublicationPlanItem {
  itemId: string;
  sectionNumber: number;
  /** The title the public sees (the public title of a confidential §). */
  title: { fi: string; sv?: string };
  /**
   * `full`: the § as minuted; `masked`: a partly confidential § with its secret parts masked (JulkL 10 §);
   * `mention`: only that a confidential matter was handled (KL 140 § 1 mom).
   */
  published: 'full' | 'masked' | 'mention';
  remedy: 'oikaisuvaatimus' | 'kunnallisvalitus' | 'hallintovalitus' | 'muutoksenhakukielto';
  /** Last day of the § 's rectification or appeal period (moved off holidays); absent without a remedy. */
  periodLastDay?: string;
  /** Personal data stay online up to and including this day (KL 140 § 1 mom). */
  personalDataUntil: string;
  /** The first day on which the personal data must be gone. */
  removePersonalDataOn: string;
}

export interface PublicationPlan {
  meetingId: string;
  /** The minutes are online from this day (after checking, KL 140 § 1 mom). */
  minutesOnlineFrom: string;
  /** Members of the municipality are notified on this day (KL 140 § 3 mom). */
  notifiedOn: string;
  /** The whole minutes stay online until this day (local rule). */
  minutesOnlineUntil: string;
  /** The latest day any personal data stay online (the `personalDataUntil` of the publication record). */
  personalDataUntil: string;
  items: PublicationPlanItem[];
  recordings: { publishedOn: string; captionsDue: string; onlineUntil: string }[];
}

export interface PublicationPlanOptions {
  /** The day the minutes go online (Europe/Helsinki date). Default: the date of `minutes.publication.publishedAt`. */
  publishedOn?: string;
  rules?: Pick<PublicationRules, 'minutesOnlineYears' | 'noRemedyPersonalData' | 'recordings'>;
  /** Days kept recordings of the meeting went online. */
  recordingsPublishedOn?: readonly string[];
}

/** [unverified] defaults of the settings the law leaves to the municipality. */
export const defaultPublicationSettings: Readonly<Required<NonNullable<PublicationPlanOptions['rules']>>> =
  Object.freeze({
    minutesOnlineYears: 4,
    noRemedyPersonalData: 'longest-period',
    recordings: Object.freeze({ streamPublicMeetings: true, keepRecordings: true, retentionDays: 365 }),
  });

const MESSAGES = {
  notChecked: {
    fi: 'Pöytäkirjaa ei ole tarkastettu; se julkaistaan verkossa vasta tarkastettuna (KL 140 § 1 mom).',
    en: 'The minutes are not checked; they go online only once checked (KL 140 § 1 mom).',
    sv: 'Protokollet är inte justerat; det publiceras på nätet först när det är justerat (KommunL 140 § 1 mom.).',
  },
  beforeChecking: {
    fi: 'Julkaisupäivä on ennen pöytäkirjan tarkastuspäivää (KL 140 § 1 mom).',
    en: 'The publication day is before the minutes were checked (KL 140 § 1 mom).',
    sv: 'Publiceringsdagen är före justeringen av protokollet (KommunL 140 § 1 mom.).',
  },
  noDate: {
    fi: 'Julkaisupäivä puuttuu.',
    en: 'The publication day is missing.',
    sv: 'Publiceringsdagen saknas.',
  },
  badDate: {
    fi: 'Päivämäärän on oltava muotoa VVVV-KK-PP.',
    en: 'A date must be YYYY-MM-DD.',
    sv: 'Ett datum ska ha formen ÅÅÅÅ-MM-DD.',
  },
} as const;

const isDate = (s: unknown): s is string => isoDateSchema.safeParse(s).success;

/**
 * Published only as a mention: an entirely confidential § (KL 140 § 1 mom), and a partly confidential § whose
 * publicity does not say what was masked. Failing closed: without `maskedParts` nothing shows that the secret parts
 * were taken out of the text (JulkL 10 §), so the text does not go online.
 */
const mentionOnly = (it: MinutesItem): boolean =>
  it.publicity.status === 'salassa-pidettava' ||
  (it.publicity.status === 'osittain-salassa-pidettava' && it.publicity.maskedParts === undefined);

/** The neutral mention of a confidential § that has no public title (KL 140 § 1 mom; the ground per JulkL 25 §). */
const NEUTRAL_TITLE = { fi: 'Salassa pidettävä asia', sv: 'Sekretessbelagt ärende' } as const;

/**
 * The title the public sees of a mention-only §: its `publicTitle`, or else the neutral mention with the
 * secrecy grounds. Never its own title, which may itself be secret (a name, a diagnosis); publicationCheck
 * refuses a confidential § whose title is not proven public.
 */
function publicTitleOf(it: MinutesItem): { fi: string; sv?: string } {
  if (it.publicTitle !== undefined) return it.publicTitle;
  const p = it.publicity;
  const citations = 'bases' in p && Array.isArray(p.bases) ? p.bases.map((b) => b.citation).join(', ') : '';
  const ground = citations === '' ? '' : ` (${citations})`;
  return { fi: `${NEUTRAL_TITLE.fi}${ground}`, sv: `${NEUTRAL_TITLE.sv}${ground}` };
}

/**
 * Computes the publication plan of a meeting from its minutes (KL 140 §, KL 138 §, KL 141 §): which document is
 * public from which day, and per § when its personal data must be removed. Never throws: returns issues instead.
 */
export function computePublicationPlan(
  minutes: Minutes,
  options: PublicationPlanOptions = {},
): PlanResult<PublicationPlan> {
  const rules = { ...defaultPublicationSettings, ...options.rules };
  const publishedOn =
    options.publishedOn ?? (minutes.publication ? helsinkiDate(minutes.publication.publishedAt) : undefined);
  if (publishedOn === undefined)
    return { ok: false, issues: [planIssue(['publishedOn'], 'publication.no-date', MESSAGES.noDate)] };
  if (!isDate(publishedOn)) return { ok: false, issues: [planIssue(['publishedOn'], 'date.format', MESSAGES.badDate)] };
  if (minutes.checkedOn === undefined)
    return { ok: false, issues: [planIssue(['checkedOn'], 'publication.not-checked', MESSAGES.notChecked)] };
  if (publishedOn < minutes.checkedOn)
    return { ok: false, issues: [planIssue(['publishedOn'], 'publication.before-checking', MESSAGES.beforeChecking)] };
  for (const [i, d] of (options.recordingsPublishedOn ?? []).entries())
    if (!isDate(d))
      return { ok: false, issues: [planIssue(['recordingsPublishedOn', i], 'date.format', MESSAGES.badDate)] };

  const deadlines = appealDeadlines({ minutesPublishedOn: publishedOn });
  const periodOf = (it: MinutesItem): string | undefined => {
    const a = it.decision.appeal;
    if (a === undefined || a.kind === 'muutoksenhakukielto') return undefined;
    if (a.kind === 'oikaisuvaatimus') return deadlines.rectification.lastDay;
    if (a.kind === 'kunnallisvalitus' && a.periodDays === 30) return deadlines.municipalAppeal.lastDay;
    // Another period (an administrative appeal under a special law): the same counting (määräaikalaki 2 §, 5 §).
    return appealDeadlines({ notifiedOn: addDays(deadlines.notifiedOn, a.periodDays - 30) }).municipalAppeal.lastDay;
  };
  const periods = minutes.items.map(periodOf);
  const longest = periods.reduce<string>((m, p) => (p !== undefined && p > m ? p : m), deadlines.notifiedOn);
  const items: PublicationPlanItem[] = minutes.items.map((it, i) => {
    const last = periods[i];
    const until = last ?? (rules.noRemedyPersonalData === 'longest-period' ? longest : deadlines.notifiedOn);
    const status = it.publicity.status;
    const item: PublicationPlanItem = {
      itemId: it.itemId,
      sectionNumber: it.sectionNumber,
      title: mentionOnly(it) ? publicTitleOf(it) : it.title,
      published: mentionOnly(it) ? 'mention' : status === 'osittain-salassa-pidettava' ? 'masked' : 'full',
      remedy: it.decision.appeal?.kind ?? 'muutoksenhakukielto',
      personalDataUntil: until,
      removePersonalDataOn: addDays(until, 1),
    };
    if (last !== undefined) item.periodLastDay = last;
    return item;
  });
  const [y, m, d] = publishedOn.split('-');
  const recordings = (options.recordingsPublishedOn ?? []).map((p) => ({
    publishedOn: p,
    captionsDue: addDays(p, RECORDING_ACCESSIBLE_DAYS),
    onlineUntil: addDays(p, rules.recordings.retentionDays),
  }));
  return {
    ok: true,
    issues: [],
    value: {
      meetingId: minutes.meeting.id,
      minutesOnlineFrom: publishedOn,
      notifiedOn: deadlines.notifiedOn,
      minutesOnlineUntil: `${Number(y) + rules.minutesOnlineYears}-${m}-${d}`.replace(/-02-29$/, '-02-28'),
      personalDataUntil: items.reduce((mx, it) => (it.personalDataUntil > mx ? it.personalDataUntil : mx), publishedOn),
      items,
      recordings,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The publication step

/** Plain paragraphs of rich text (links become their text; nothing becomes markup). */
function paragraphs(x: LocalizedRichText | undefined, lang: DocumentLanguage): string[] {
  if (!x) return [];
  const inline = (xs: readonly RichInline[]): string =>
    xs
      .map((r) => (r.type === 'text' ? r.text : r.type === 'link' ? r.content.map((c) => c.text).join('') : ' '))
      .join('');
  const walk = (bs: readonly RichBlock[]): string[] =>
    bs.flatMap((b): string[] => {
      if (b.type === 'paragraph' || b.type === 'heading') return [inline(b.content)];
      if (b.type === 'list')
        return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '–'} ${walk(item).join(' ')}`);
      if (b.type === 'quote') return walk(b.content);
      if (b.type === 'table') return b.rows.map((r) => r.cells.map((c) => inline(c.content)).join(' | '));
      return [];
    });
  return walk(lang === 'sv' ? (x.sv ?? x.fi) : x.fi).filter((p) => p.trim() !== '');
}

/** A § of the public minutes: the text the public may read, or only the mention of a confidential matter. */
export interface PublicMinutesItem {
  itemId: string;
  sectionNumber: number;
  title: string;
  /** The title the public sees of a confidential §, repeated for publicationCheck. */
  publicTitle?: string;
  publicity: MinutesItem['publicity'];
  /** Käsittely, päätös, muutoksenhaku; absent for a mention. */
  proceedings?: string[];
  decision?: string[];
  appeal?: string[];
  /** True when the personal data of the § were removed (its period ended); absent for a mention. */
  personalDataRemoved?: boolean;
}

export interface PublicMinutes {
  lang: DocumentLanguage;
  meetingId: string;
  title: string;
  time: string;
  place?: string;
  attendance: string[];
  items: PublicMinutesItem[];
}

export interface PublishMinutesOptions {
  lang: DocumentLanguage;
  /** The page's date (Europe/Helsinki): after a § 's `personalDataUntil` its personal data are removed. */
  asOf: string;
  /** The plan from {@link computePublicationPlan} (computed with defaults when absent). */
  plan?: PublicationPlan;
  /**
   * Names of private persons in the minutes (parties, applicants): kept while the period runs, removed after it
   * (KL 140 § 1 mom). Elected officials and officials act in public capacity and stay.
   */
  privatePersons?: readonly string[];
}

export type PublishMinutesResult =
  | {
      ok: true;
      minutes: PublicMinutes;
      /** The public page of the minutes in the plan's document style (Markdown and HTML). */
      document: RenderedDocument;
      /**
       * The full public minutes as @digikokous/procedure's `renderMinutesHtml` writes them (`audience: 'public'`),
       * from the same redacted record; the published bytes passed `publicationCheck` as well.
       */
      minutesHtml: string;
      issues: PlanIssue[];
    }
  | { ok: false; issues: PlanIssue[]; blocked?: readonly PublicationIssue[] };

const LABELS = {
  fi: {
    minutes: 'Pöytäkirja',
    time: 'Aika',
    place: 'Paikka',
    present: 'Läsnä',
    proceedings: 'Käsittely',
    decision: 'Päätös',
    appeal: 'Muutoksenhaku',
    maskedAll: 'Käsittely ja päätös on jätetty pois.',
    maskedProceedings: 'Käsittely on jätetty pois.',
    mention: 'Asia on salassa pidettävä; siitä julkaistaan vain tieto, että se on käsitelty (KL 140 § 1 mom).',
    removed: 'Henkilötiedot on poistettu muutoksenhakuajan päätyttyä (KL 140 § 1 mom).',
    replaced: {
      hetu: '[henkilötunnus poistettu]',
      phone: '[puhelinnumero poistettu]',
      email: '[sähköposti poistettu]',
      name: '[nimi poistettu]',
      address: '[osoite poistettu]',
    },
    masked: 'Salassa pidettävät osat on poistettu (JulkL 621/1999 10 §).',
  },
  sv: {
    minutes: 'Protokoll',
    time: 'Tid',
    place: 'Plats',
    present: 'Närvarande',
    proceedings: 'Behandling',
    decision: 'Beslut',
    appeal: 'Sökande av ändring',
    maskedAll: 'Behandlingen och beslutet har utelämnats.',
    maskedProceedings: 'Behandlingen har utelämnats.',
    mention: 'Ärendet är sekretessbelagt; endast uppgiften att det har behandlats publiceras (KommunL 140 § 1 mom.).',
    removed: 'Personuppgifterna har tagits bort när tiden för ändringssökande gick ut (KommunL 140 § 1 mom.).',
    replaced: {
      hetu: '[personbeteckning borttagen]',
      phone: '[telefonnummer borttaget]',
      email: '[e-post borttagen]',
      name: '[namn borttaget]',
      address: '[adress borttagen]',
    },
    masked: 'De sekretessbelagda delarna har tagits bort (OffentlighetsL 621/1999 10 §).',
  },
} as const;

/**
 * The publication step: builds the public minutes of a meeting (confidential § as a mention, partly confidential §
 * without its masked background, phone numbers and e-mail addresses always removed, the names of private persons
 * removed once the § 's period has ended), runs `publicationCheck` on the result and renders the page only if it
 * passes. A henkilötunnus anywhere blocks the page (Tietosuojalaki 29 §); the issues name the path, never the value.
 */
export function publishMinutes(minutes: Minutes, options: PublishMinutesOptions): PublishMinutesResult {
  if (!isDate(options.asOf)) return { ok: false, issues: [planIssue(['asOf'], 'date.format', MESSAGES.badDate)] };
  let plan = options.plan;
  if (plan === undefined) {
    const p = computePublicationPlan(minutes);
    if (!p.ok) return { ok: false, issues: p.issues };
    plan = p.value;
  }
  if (options.asOf < plan.minutesOnlineFrom)
    return {
      ok: false,
      issues: [
        planIssue(['asOf'], 'publication.too-early', {
          fi: `Pöytäkirja julkaistaan vasta ${formatDate(plan.minutesOnlineFrom)}.`,
          en: `The minutes go online only on ${plan.minutesOnlineFrom}.`,
          sv: `Protokollet publiceras först ${formatDate(plan.minutesOnlineFrom)}.`,
        }),
      ],
    };
  const lang = options.lang;
  const L = LABELS[lang];
  const loc = (x: { fi: string; sv?: string }) => (lang === 'sv' ? (x.sv ?? x.fi) : x.fi);
  const planById = new Map(plan.items.map((p) => [p.itemId, p]));
  // Phone numbers and e-mail addresses are never needed for access to information; names of private persons are
  // needed while a party may still appeal. A paragraph with a henkilötunnus is left as it is, so that
  // publicationCheck blocks the page: such minutes need a human decision, not a silent fix.
  const clean = (text: string, removeNames: boolean): string =>
    containsHetuShaped(text)
      ? text
      : redactPersonalData(text, {
          kinds: removeNames ? ['phone', 'email', 'name', 'address'] : ['phone', 'email'],
          names: removeNames ? (options.privatePersons ?? []) : [],
          replacement: (k) => L.replaced[k],
        }).text;
  const texts = (x: LocalizedRichText | undefined, removeNames: boolean) =>
    paragraphs(x, lang).map((p) => clean(p, removeNames));

  const items: PublicMinutesItem[] = minutes.items.map((it) => {
    const p = planById.get(it.itemId);
    const removed = p !== undefined && options.asOf > p.personalDataUntil;
    if (mentionOnly(it)) {
      return {
        itemId: it.itemId,
        sectionNumber: it.sectionNumber,
        title: loc(publicTitleOf(it)),
        // publicationCheck accepts the title of a confidential § only as its public title or a neutral mention
        // (OKV/705/1/2015); without a publicTitle the mention stands, never the § 's own title.
        publicTitle: loc(publicTitleOf(it)),
        // A partly confidential § reduced to a mention: the record names the parts left out (JulkL 10 §), and
        // publicationCheck verifies that they are indeed absent.
        publicity:
          it.publicity.status === 'osittain-salassa-pidettava'
            ? { ...it.publicity, maskedParts: { fi: LABELS.fi.maskedAll, sv: LABELS.sv.maskedAll } }
            : it.publicity,
      };
    }
    // A partly confidential § whose secret parts are masked (JulkL 10 §) is published without its proceedings.
    return {
      itemId: it.itemId,
      sectionNumber: it.sectionNumber,
      title: loc(it.title),
      // The proceedings of a partly confidential § stay out; the record says so in words publicationCheck verifies.
      publicity:
        it.publicity.status === 'osittain-salassa-pidettava'
          ? {
              ...it.publicity,
              maskedParts: {
                fi: `${it.publicity.maskedParts?.fi ?? ''} ${LABELS.fi.maskedProceedings}`.trim(),
                sv: `${it.publicity.maskedParts?.sv ?? it.publicity.maskedParts?.fi ?? ''} ${LABELS.sv.maskedProceedings}`.trim(),
              },
            }
          : it.publicity,
      proceedings: it.publicity.status === 'osittain-salassa-pidettava' ? [] : texts(it.proceedings, removed),
      decision: texts(it.decision.text, removed),
      appeal: texts(it.decision.appeal?.text, removed),
      personalDataRemoved: removed,
    };
  });
  const m = minutes.meeting;
  const pub: PublicMinutes = {
    lang,
    meetingId: m.id,
    title: `${loc(m.bodyName)} – ${L.minutes} ${m.number}/${m.year}`,
    time: `${formatDate(helsinkiDate(m.startedAt))}`,
    attendance: minutes.attendance.filter((a) => a.status === 'lasna').map((a) => a.name),
    items,
  };
  if (m.location) pub.place = loc(m.location.name);
  const blockedBy = (check: ReturnType<typeof publicationCheck>, base: string): PublishMinutesResult => ({
    ok: false,
    blocked: check.issues,
    issues: check.issues.map((i) =>
      planIssue([base, ...i.path], `publication.${i.kind}`, { fi: i.message.fi, en: i.message.en }),
    ),
  });
  const check = publicationCheck(pub);
  if (!check.publishable) return blockedBy(check, 'minutes');
  // The full minutes page, from a record that already lacks what may not go online: even a renderer that showed
  // more than its public view would find nothing secret to show.
  const redacted = redactedMinutes(minutes, lang, (it) => items.find((x) => x.itemId === it.itemId));
  const minutesHtml = renderMinutesHtml(redacted, { lang, audience: 'public' });
  const htmlCheck = publicationCheck(minutesHtml);
  if (!htmlCheck.publishable) return blockedBy(htmlCheck, 'minutesHtml');
  return { ok: true, minutes: pub, document: render(publicMinutesDocument(pub)), minutesHtml, issues: [] };
}

const paragraph = (text: string): RichBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * The minutes record with the public texts in place of the original ones: a mention-only § keeps its identity,
 * title and publicity but no proceedings, proposals, votes, attachments or decision text; other §s carry the
 * cleaned paragraphs (in the page's language) that passed the check.
 */
function redactedMinutes(
  minutes: Minutes,
  lang: DocumentLanguage,
  publicOf: (it: MinutesItem) => PublicMinutesItem | undefined,
): Minutes {
  return {
    ...minutes,
    items: minutes.items.map((it): MinutesItem => {
      const pub = publicOf(it);
      // The cleaned paragraphs are in the page's language; the renderer reads `sv` for a Swedish page.
      const rich = (ps: readonly string[] | undefined) => {
        const blocks = (ps ?? []).map(paragraph);
        return lang === 'sv' ? { fi: blocks, sv: blocks } : { fi: blocks };
      };
      const base: MinutesItem = {
        ...it,
        // A mention keeps only its public title: the renderer never sees the § 's own one.
        ...(pub !== undefined && pub.decision === undefined && mentionOnly(it)
          ? { title: publicTitleOf(it), publicTitle: publicTitleOf(it) }
          : {}),
        attachments: pub?.decision === undefined ? [] : it.attachments.filter((a) => a.publicity.status === 'julkinen'),
        background: undefined,
        draftDecision: undefined,
        proceedings: pub?.proceedings?.length ? rich(pub.proceedings) : undefined,
        decision: {
          ...it.decision,
          text: pub?.decision?.length
            ? rich(pub.decision)
            : { fi: [paragraph(LABELS.fi.mention)], sv: [paragraph(LABELS.sv.mention)] },
        },
      };
      if (pub?.decision === undefined) {
        base.proposals = [];
        base.votes = [];
        base.elections = [];
        base.dissents = [];
        base.disqualifications = [];
        base.speakers = undefined;
      }
      for (const k of ['background', 'draftDecision', 'proceedings', 'speakers'] as const)
        if (base[k] === undefined) delete base[k];
      return base;
    }),
  };
}

/** The public minutes as a document (then Markdown and HTML). */
export function publicMinutesDocument(pub: PublicMinutes): PlanDocument {
  const L = LABELS[pub.lang];
  const blocks: Block[] = [
    {
      type: 'definitions',
      items: [
        { term: L.time, description: pub.time },
        ...(pub.place ? [{ term: L.place, description: pub.place }] : []),
      ],
    },
    { type: 'heading', level: 2, text: L.present },
    { type: 'list', items: pub.attendance },
  ];
  for (const it of pub.items) {
    blocks.push({ type: 'heading', level: 2, text: `§ ${it.sectionNumber} ${it.title}` });
    if (it.decision === undefined) {
      blocks.push({ type: 'paragraph', text: L.mention });
      continue;
    }
    if (it.publicity.status === 'osittain-salassa-pidettava') blocks.push({ type: 'paragraph', text: L.masked });
    const part = (heading: string, ps: string[] | undefined) => {
      if (!ps || ps.length === 0) return;
      blocks.push(
        { type: 'heading', level: 3, text: heading },
        ...ps.map((text): Block => ({ type: 'paragraph', text })),
      );
    };
    part(L.proceedings, it.proceedings);
    part(L.decision, it.decision);
    part(L.appeal, it.appeal);
    if (it.personalDataRemoved) blocks.push({ type: 'paragraph', text: L.removed });
  }
  return { lang: pub.lang, title: pub.title, blocks };
}

/** The publication plan as a document: the table of § with their public day and personal-data removal day. */
export function publicationPlanDocument(plan: PublicationPlan, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const published = (p: PublicationPlanItem['published']) =>
    fi
      ? {
          full: 'kokonaan',
          masked: 'salassa pidettävät osat poistettuina',
          mention: 'vain maininta (salassa pidettävä)',
        }[p]
      : {
          full: 'i sin helhet',
          masked: 'utan de sekretessbelagda delarna',
          mention: 'endast omnämnande (sekretessbelagt)',
        }[p];
  const remedy = (r: PublicationPlanItem['remedy']) =>
    fi
      ? {
          oikaisuvaatimus: 'oikaisuvaatimus 14 pv',
          kunnallisvalitus: 'kunnallisvalitus 30 pv',
          hallintovalitus: 'hallintovalitus',
          muutoksenhakukielto: 'ei muutoksenhakua',
        }[r]
      : {
          oikaisuvaatimus: 'omprövning 14 d',
          kunnallisvalitus: 'kommunalbesvär 30 d',
          hallintovalitus: 'förvaltningsbesvär',
          muutoksenhakukielto: 'inget ändringssökande',
        }[r];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fi
        ? 'Pöytäkirja pidetään yleisessä tietoverkossa tarkastamisen jälkeen oikaisuvaatimus- tai valitusosoituksineen. Henkilötiedot poistetaan, kun pykälän oikaisuvaatimus- tai valitusaika päättyy (KL 140 §). Kunnan jäsenen katsotaan saaneen tiedon päätöksestä seitsemän päivän kuluttua julkaisusta.'
        : 'Protokollet hålls tillgängligt i det allmänna datanätet efter justeringen, med anvisning om omprövning eller besvärsanvisning. Personuppgifterna tas bort när tiden för omprövning eller besvär i paragrafen går ut (KommunL 140 §). En kommunmedlem anses ha fått del av beslutet sju dagar efter publiceringen.',
    },
    {
      type: 'definitions',
      items: [
        { term: fi ? 'Verkossa alkaen' : 'På nätet från', description: formatDate(plan.minutesOnlineFrom) },
        { term: fi ? 'Tiedoksisaanti' : 'Delfående', description: formatDate(plan.notifiedOn) },
        { term: fi ? 'Verkossa asti' : 'På nätet till', description: formatDate(plan.minutesOnlineUntil) },
        {
          term: fi ? 'Henkilötiedot viimeistään asti' : 'Personuppgifter senast till',
          description: formatDate(plan.personalDataUntil),
        },
      ],
    },
    {
      type: 'table',
      caption: fi
        ? 'Pykälät: julkaisu ja henkilötietojen poisto'
        : 'Paragrafer: publicering och borttagning av personuppgifter',
      head: fi
        ? ['Pykälä', 'Julkaistaan', 'Muutoksenhaku', 'Määräajan viimeinen päivä', 'Henkilötiedot poistetaan']
        : ['Paragraf', 'Publiceras', 'Ändringssökande', 'Tidens sista dag', 'Personuppgifter tas bort'],
      rowHeaders: true,
      rows: plan.items.map((it) => [
        `§ ${it.sectionNumber} ${fi ? it.title.fi : (it.title.sv ?? it.title.fi)}`,
        published(it.published),
        remedy(it.remedy),
        it.periodLastDay ? formatDate(it.periodLastDay) : '–',
        formatDate(it.removePersonalDataOn),
      ]),
    },
  ];
  if (plan.recordings.length)
    blocks.push({
      type: 'table',
      caption: fi ? 'Tallenteet' : 'Inspelningar',
      head: fi
        ? ['Julkaistu', 'Tekstitys viimeistään', 'Verkossa asti']
        : ['Publicerad', 'Textning senast', 'På nätet till'],
      rows: plan.recordings.map((r) => [
        formatDate(r.publishedOn),
        formatDate(r.captionsDue),
        formatDate(r.onlineUntil),
      ]),
    });
  return { lang, title: fi ? `Julkaisusuunnitelma: ${plan.meetingId}` : `Publiceringsplan: ${plan.meetingId}`, blocks };
}

/** The municipality's publication rules as a document (what is published, where and until when). */
export function publicationRulesDocument(r: PublicationRules, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const name = r.municipality.name[lang];
  return {
    lang,
    title: fi
      ? `${name}: avoimen hallinnon julkaisuperiaatteet`
      : `${name}: principer för publicering (öppen förvaltning)`,
    blocks: [
      {
        type: 'paragraph',
        text: fi
          ? `Versio ${r.approval.version}, hyväksytty ${formatDate(r.approval.approvedOn)}.`
          : `Version ${r.approval.version}, godkänd ${formatDate(r.approval.approvedOn)}.`,
      },
      {
        type: 'paragraph',
        text: [fi ? 'Julkaisupaikka: ' : 'Publiceringsplats: ', { text: r.website, href: r.website }],
      },
      {
        type: 'table',
        caption: fi ? 'Mitä julkaistaan ja kuinka kauan' : 'Vad publiceras och hur länge',
        head: fi ? ['Aineisto', 'Julkaistaan', 'Verkossa', 'Peruste'] : ['Material', 'Publiceras', 'På nätet', 'Grund'],
        rowHeaders: true,
        rows: [
          fi
            ? [
                'Esityslistat',
                r.agendas.publishedWithInvitation
                  ? 'kokouskutsun yhteydessä, salassa pidettävät osat poistettuina'
                  : 'kun esityslista on valmis',
                `${r.agendas.onlineDaysAfterMeeting} päivää kokouksen jälkeen`,
                'KL 29 § 2 mom',
              ]
            : [
                'Föredragningslistor',
                r.agendas.publishedWithInvitation
                  ? 'med kallelsen, utan sekretessbelagda delar'
                  : 'när listan är färdig',
                `${r.agendas.onlineDaysAfterMeeting} dagar efter sammanträdet`,
                'KommunL 29 § 2 mom.',
              ],
          fi
            ? [
                'Pöytäkirjat',
                'tarkastamisen jälkeen muutoksenhakuohjeineen',
                `${r.minutesOnlineYears} vuotta`,
                'KL 140 § 1 mom',
              ]
            : [
                'Protokoll',
                'efter justeringen med anvisningar om ändringssökande',
                `${r.minutesOnlineYears} år`,
                'KommunL 140 § 1 mom.',
              ],
          fi
            ? ['Salassa pidettävät asiat', 'vain maininta kuvaavalla otsikolla', 'kuten pöytäkirja', 'KL 140 § 1 mom']
            : [
                'Sekretessbelagda ärenden',
                'endast omnämnande med beskrivande rubrik',
                'som protokollet',
                'KommunL 140 § 1 mom.',
              ],
          fi
            ? [
                'Henkilötiedot pöytäkirjoissa',
                'vain tiedonsaannin kannalta tarpeelliset',
                'kunnes oikaisuvaatimus- tai valitusaika päättyy',
                'KL 140 § 1 mom',
              ]
            : [
                'Personuppgifter i protokoll',
                'endast de som behövs för tillgången till information',
                'tills tiden för omprövning eller besvär går ut',
                'KommunL 140 § 1 mom.',
              ],
          fi
            ? ['Kunnan ilmoitukset', 'yleisessä tietoverkossa', `${NOTICE_ONLINE_DAYS} vuorokautta`, 'KL 108 §']
            : [
                'Kommunala tillkännagivanden',
                'i det allmänna datanätet',
                `${NOTICE_ONLINE_DAYS} dygn`,
                'KommunL 108 §',
              ],
          fi
            ? [
                'Kokousten suoratoisto',
                r.recordings.streamPublicMeetings ? 'julkisista kokouksista' : 'ei',
                'ei tallenneta suoratoiston osana',
                'KL 101 § 4 mom',
              ]
            : [
                'Direktsändning',
                r.recordings.streamPublicMeetings ? 'av offentliga sammanträden' : 'nej',
                'sparas inte som en del av sändningen',
                'KommunL 101 § 4 mom.',
              ],
          fi
            ? [
                'Kokoustallenteet',
                r.recordings.keepRecordings
                  ? `tekstitettynä ${RECORDING_ACCESSIBLE_DAYS} vuorokauden kuluessa`
                  : 'ei säilytetä',
                r.recordings.keepRecordings ? `${r.recordings.retentionDays} päivää` : '–',
                'Digipalvelulaki 7 § 3 mom',
              ]
            : [
                'Inspelningar',
                r.recordings.keepRecordings ? `textade inom ${RECORDING_ACCESSIBLE_DAYS} dygn` : 'sparas inte',
                r.recordings.keepRecordings ? `${r.recordings.retentionDays} dagar` : '–',
                'lagen om digitala tjänster 7 § 3 mom.',
              ],
        ],
      },
      {
        type: 'heading',
        level: 2,
        text: fi ? 'Verkossa pidettävät asiakirjat (KL 109 §)' : 'Dokument som hålls på nätet (KommunL 109 §)',
      },
      {
        type: 'list',
        items: r.mandatoryDocuments.map((d) => [{ text: d.title[lang], href: d.url }]),
      },
    ],
  };
}
