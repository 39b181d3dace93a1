/**
 * Information security and data protection guidance for remote and hybrid meetings (seed 2.1): the level of
 * assurance each use needs, the handling of confidential items in a hybrid meeting, recordings and streams,
 * personal data, devices and home environments, incident reporting. Each rule says whether the kit enforces it
 * (naming the control: the function and the test that show it) or the organisation must.
 *
 * Law: KL 98 § 2 mom (information security of electronic meetings; confidential information out of reach of
 * outsiders), KL 99 § (chair and secretary verify the participants), Digipalvelulaki 306/2019 6 § 2 mom (strong
 * electronic identification where confidential content is shown), Tiedonhallintalaki 906/2019 14 § (protected
 * transfer, identified recipient), 16 § (access rights), 17 § (logging), JulkL 621/1999 22–23 § (non-disclosure,
 * also elected officials), GDPR art. 33 (a personal data breach to the supervisory authority within 72 hours).
 */
import { DEFAULT_LOA_POLICY, type IdentityUse, type Loa } from '@digikokous/security';
import { z } from 'zod';
import {
  ApprovalSchema,
  BilingualTextSchema,
  duplicateIds,
  formatDate,
  idSchema,
  MunicipalitySchema,
  planIssue,
  shortText,
  validateWith,
  type DocumentLanguage,
  type PlanIssue,
  type PlanResult,
} from './common.js';
import type { Block, PlanDocument } from './document.js';
import { isKitControlId, kitControls, unknownControlIssue, type KitControlId } from './evidence.js';

/** A personal data breach is notified to the supervisory authority within 72 hours (GDPR art. 33(1)). */
export const GDPR_BREACH_NOTIFICATION_HOURS = 72;

export const securityTopics = [
  'identification',
  'confidential-items',
  'hybrid-room',
  'recordings',
  'streams',
  'personal-data',
  'devices',
  'incidents',
  'logging',
] as const;
export type SecurityTopic = (typeof securityTopics)[number];

export const meetingUses = ['follow-public', 'follow-closed', 'speak', 'vote', 'confidential-material'] as const;
export type MeetingUse = (typeof meetingUses)[number];
export const loaLevels = ['none', 'low', 'substantial', 'high'] as const;
export type LoaLevel = (typeof loaLevels)[number];
const RANK: Record<LoaLevel, number> = { none: 0, low: 1, substantial: 2, high: 3 };

/** Which kit policy use (security `IdentityUse`) enforces each meeting use, where the kit enforces one. */
const KIT_USE: Partial<Record<MeetingUse, IdentityUse>> = {
  'follow-closed': 'join',
  speak: 'join',
  vote: 'vote',
  'confidential-material': 'confidential',
};

/**
 * The lowest level the guidance may set per use. `confidential-material` is law (DPL 6 § 2 mom: strong electronic
 * identification = eIDAS substantial or high); the others are [unverified] defaults following security-rules §7
 * (strong identification when joining a closed meeting, speaking or voting), configurable.
 */
export const defaultMinimumLoa: Readonly<Record<MeetingUse, LoaLevel>> = Object.freeze({
  'follow-public': 'none',
  'follow-closed': 'substantial',
  speak: 'substantial',
  vote: 'substantial',
  'confidential-material': 'substantial',
});

const Enforcement = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('kit'), controls: z.array(z.string().max(100)).min(1).max(20) }),
  z.strictObject({ by: z.literal('organisation'), owner: BilingualTextSchema, how: BilingualTextSchema }),
  z.strictObject({
    by: z.literal('both'),
    controls: z.array(z.string().max(100)).min(1).max(20),
    owner: BilingualTextSchema,
    how: BilingualTextSchema,
  }),
]);

export const SecurityRuleSchema = z.strictObject({
  id: idSchema,
  topic: z.enum(securityTopics),
  text: BilingualTextSchema,
  basis: shortText,
  enforcement: Enforcement,
});
export type SecurityRule = z.infer<typeof SecurityRuleSchema>;

export const RemoteMeetingSecurityGuidanceSchema = z.strictObject({
  schemaVersion: z.literal('1.0'),
  municipality: MunicipalitySchema,
  approval: ApprovalSchema,
  assurance: z
    .array(z.strictObject({ use: z.enum(meetingUses), level: z.enum(loaLevels), means: BilingualTextSchema }))
    .min(1)
    .max(20),
  rules: z.array(SecurityRuleSchema).min(1).max(500),
  incidents: z.strictObject({
    reportTo: BilingualTextSchema,
    contact: z.email().max(320),
    /** Hours within which a member or official reports a suspected incident internally. */
    reportWithinHours: z.int().min(1).max(72),
  }),
});
export type RemoteMeetingSecurityGuidance = z.infer<typeof RemoteMeetingSecurityGuidanceSchema>;

export interface SecurityGuidanceOptions {
  /** Lowest allowed level per use (default {@link defaultMinimumLoa}). */
  minimumLoa?: Partial<Record<MeetingUse, LoaLevel>>;
  /** The kit's identification policy in use (default security's `DEFAULT_LOA_POLICY`). */
  kitPolicy?: Readonly<Record<IdentityUse, Loa>>;
}

/**
 * Validates the guidance: every topic covered, every use given a level not below the minimum and not below what the
 * kit's identification policy enforces (the guidance must not promise less than the system does, nor more than it
 * can check: a level above the kit's policy is a warning, because the kit would then not enforce it), every kit
 * rule naming known controls, and incident reporting within the GDPR art. 33 frame.
 */
export function validateRemoteMeetingSecurityGuidance(
  input: unknown,
  options: SecurityGuidanceOptions = {},
): PlanResult<RemoteMeetingSecurityGuidance> {
  const minimum = { ...defaultMinimumLoa, ...options.minimumLoa };
  const kit = options.kitPolicy ?? DEFAULT_LOA_POLICY;
  return validateWith(RemoteMeetingSecurityGuidanceSchema, input, (g) => {
    const out: PlanIssue[] = [...duplicateIds(g.rules, ['rules'])];
    const topics = new Set(g.rules.map((r) => r.topic));
    for (const t of securityTopics)
      if (!topics.has(t))
        out.push(
          planIssue(['rules'], 'topic.missing', {
            fi: `Ohjeesta puuttuu aihe "${t}".`,
            en: `The guidance does not cover "${t}".`,
            sv: `Anvisningen saknar ämnet "${t}".`,
          }),
        );
    const uses = new Map(g.assurance.map((a, i) => [a.use, i]));
    for (const use of meetingUses) {
      const i = uses.get(use);
      if (i === undefined) {
        out.push(
          planIssue(['assurance'], 'assurance.missing', {
            fi: `Varmuustaso puuttuu käytölle "${use}".`,
            en: `No level of assurance for "${use}".`,
            sv: `Tillitsnivå saknas för "${use}".`,
          }),
        );
        continue;
      }
      const level = g.assurance[i]!.level;
      if (RANK[level] < RANK[minimum[use]])
        out.push(
          planIssue(['assurance', i, 'level'], 'assurance.too-low', {
            fi: `Käytön "${use}" varmuustason on oltava vähintään ${minimum[use]}${use === 'confidential-material' ? ' (vahva sähköinen tunnistus, Digipalvelulaki 6 § 2 mom)' : ''}.`,
            en: `The level for "${use}" must be at least ${minimum[use]}${use === 'confidential-material' ? ' (strong electronic identification, DPL 306/2019 6 § 2 mom)' : ''}.`,
            sv: `Tillitsnivån för "${use}" ska vara minst ${minimum[use]}${use === 'confidential-material' ? ' (stark elektronisk identifiering, 6 § 2 mom.)' : ''}.`,
          }),
        );
      const kitUse = KIT_USE[use];
      if (kitUse !== undefined) {
        const enforced = kit[kitUse];
        if (RANK[level] < RANK[enforced])
          out.push(
            planIssue(['assurance', i, 'level'], 'assurance.below-kit', {
              fi: `Ohje lupaa käytölle "${use}" tason ${level}, mutta järjestelmä vaatii ${enforced}.`,
              en: `The guidance says ${level} for "${use}" but the system requires ${enforced}.`,
              sv: `Anvisningen anger ${level} för "${use}" men systemet kräver ${enforced}.`,
            }),
          );
        if (RANK[level] > RANK[enforced])
          out.push(
            planIssue(
              ['assurance', i, 'level'],
              'assurance.above-kit',
              {
                fi: `Ohje vaatii käytölle "${use}" tason ${level}, mutta järjestelmän asetus on ${enforced}: muuta asetusta (loaPolicy), muuten vaatimus ei toteudu.`,
                en: `The guidance requires ${level} for "${use}" but the system is set to ${enforced}: change loaPolicy, or the rule is not enforced.`,
                sv: `Anvisningen kräver ${level} för "${use}" men systemet är inställt på ${enforced}: ändra loaPolicy, annars upprätthålls inte regeln.`,
              },
              'warning',
            ),
          );
      }
    }
    g.rules.forEach((r, i) => {
      if (r.enforcement.by !== 'organisation')
        r.enforcement.controls.forEach((c, j) => {
          if (!isKitControlId(c)) out.push(unknownControlIssue(c, ['rules', i, 'enforcement', 'controls', j]));
        });
    });
    return out;
  });
}

/** The kit's own identification policy as assurance rows (what the system enforces per use). */
export function kitAssurance(
  policy: Readonly<Record<IdentityUse, Loa>> = DEFAULT_LOA_POLICY,
): { use: MeetingUse; level: LoaLevel; enforced: boolean }[] {
  return meetingUses.map((use) => {
    const k = KIT_USE[use];
    return k === undefined
      ? { use, level: 'none' as LoaLevel, enforced: false }
      : { use, level: policy[k], enforced: true };
  });
}

const USE_LABEL: Record<DocumentLanguage, Record<MeetingUse, string>> = {
  fi: {
    'follow-public': 'julkisen kokouksen seuraaminen',
    'follow-closed': 'suljetun kokouksen seuraaminen',
    speak: 'puheenvuoron käyttäminen',
    vote: 'äänestäminen',
    'confidential-material': 'salassa pidettävän aineiston avaaminen',
  },
  sv: {
    'follow-public': 'följa ett offentligt sammanträde',
    'follow-closed': 'följa ett slutet sammanträde',
    speak: 'yttra sig',
    vote: 'rösta',
    'confidential-material': 'öppna sekretessbelagt material',
  },
};
const LEVEL_LABEL: Record<DocumentLanguage, Record<LoaLevel, string>> = {
  fi: { none: 'ei tunnistusta', low: 'matala', substantial: 'korotettu (vahva tunnistus)', high: 'korkea' },
  sv: { none: 'ingen identifiering', low: 'låg', substantial: 'väsentlig (stark identifiering)', high: 'hög' },
};
const TOPIC_LABEL: Record<DocumentLanguage, Record<SecurityTopic, string>> = {
  fi: {
    identification: 'Tunnistautuminen',
    'confidential-items': 'Salassa pidettävät asiat',
    'hybrid-room': 'Hybridikokous ja etäosallistujan tila',
    recordings: 'Tallenteet',
    streams: 'Suoratoisto',
    'personal-data': 'Henkilötiedot esityslistoissa, pöytäkirjoissa ja tallenteissa',
    devices: 'Laitteet ja kotiympäristö',
    incidents: 'Poikkeamat ja tietoturvaloukkaukset',
    logging: 'Lokitus',
  },
  sv: {
    identification: 'Identifiering',
    'confidential-items': 'Sekretessbelagda ärenden',
    'hybrid-room': 'Hybridsammanträde och distansdeltagarens rum',
    recordings: 'Inspelningar',
    streams: 'Direktsändning',
    'personal-data': 'Personuppgifter i föredragningslistor, protokoll och inspelningar',
    devices: 'Utrustning och hemmiljö',
    incidents: 'Avvikelser och säkerhetsincidenter',
    logging: 'Loggning',
  },
};

/** The guidance as a document: levels of assurance, then the rules by topic with who enforces each. */
export function securityGuidanceDocument(g: RemoteMeetingSecurityGuidance, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const kit = new Map(kitAssurance().map((k) => [k.use, k]));
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fi
        ? `${g.municipality.name.fi}, versio ${g.approval.version}, hyväksytty ${formatDate(g.approval.approvedOn)} (${g.approval.approvedBy.fi}). Ohje koskee sähköisiä ja hybridikokouksia (KL 98 § 2 mom, 99 §).`
        : `${g.municipality.name.sv}, version ${g.approval.version}, godkänd ${formatDate(g.approval.approvedOn)} (${g.approval.approvedBy.sv}). Anvisningen gäller elektroniska sammanträden och hybridsammanträden (KommunL 98 § 2 mom., 99 §).`,
    },
    { type: 'heading', level: 2, text: fi ? 'Tunnistautumisen varmuustasot' : 'Identifieringens tillitsnivåer' },
    {
      type: 'table',
      caption: fi ? 'Vaadittu varmuustaso käytön mukaan' : 'Tillitsnivå som krävs per användning',
      head: fi
        ? ['Käyttö', 'Taso', 'Tunnistusväline', 'Järjestelmä valvoo']
        : ['Användning', 'Nivå', 'Identifieringsmedel', 'Systemet upprätthåller'],
      rowHeaders: true,
      rows: g.assurance.map((a) => {
        const k = kit.get(a.use);
        return [
          USE_LABEL[lang][a.use],
          LEVEL_LABEL[lang][a.level],
          a.means[lang],
          k?.enforced
            ? `${fi ? 'kyllä' : 'ja'}: verifyIdentityToken (${LEVEL_LABEL[lang][k.level]})`
            : fi
              ? 'ei (organisaatio)'
              : 'nej (organisationen)',
        ];
      }),
    },
  ];
  for (const topic of securityTopics) {
    const rules = g.rules.filter((r) => r.topic === topic);
    if (!rules.length) continue;
    blocks.push({ type: 'heading', level: 2, text: TOPIC_LABEL[lang][topic] });
    for (const r of rules) {
      blocks.push({ type: 'paragraph', text: `${r.text[lang]} (${r.basis})` });
      const items: string[] = [];
      if (r.enforcement.by !== 'organisation')
        for (const id of r.enforcement.controls) {
          const c = kitControls[id as KitControlId];
          items.push(
            `${fi ? 'Järjestelmä valvoo' : 'Systemet upprätthåller'}: ${c.summary[lang]} ${c.package} ${c.enforcedBy}; ${fi ? 'testi' : 'test'} ${c.test.file}: "${c.test.test}".`,
          );
        }
      if (r.enforcement.by !== 'kit')
        items.push(
          `${fi ? 'Organisaation vastuu' : 'Organisationens ansvar'} (${r.enforcement.owner[lang]}): ${r.enforcement.how[lang]}`,
        );
      blocks.push({ type: 'list', items });
    }
  }
  blocks.push(
    { type: 'heading', level: 2, text: fi ? 'Ilmoittaminen' : 'Anmälan' },
    {
      type: 'paragraph',
      text: [
        fi
          ? `Epäilty tietoturvapoikkeama ilmoitetaan ${g.incidents.reportWithinHours} tunnin kuluessa: ${g.incidents.reportTo.fi}, `
          : `En misstänkt säkerhetsavvikelse anmäls inom ${g.incidents.reportWithinHours} timmar: ${g.incidents.reportTo.sv}, `,
        { text: g.incidents.contact, href: `mailto:${g.incidents.contact}` },
        fi
          ? `. Henkilötietojen tietoturvaloukkauksesta ilmoitetaan tietosuojavaltuutetulle ${GDPR_BREACH_NOTIFICATION_HOURS} tunnin kuluessa (tietosuoja-asetus 33 art).`
          : `. En personuppgiftsincident anmäls till dataombudsmannen inom ${GDPR_BREACH_NOTIFICATION_HOURS} timmar (dataskyddsförordningen art. 33).`,
      ],
    },
  );
  return {
    lang,
    title: fi
      ? 'Etä- ja hybridikokousten tietoturva- ja tietosuojaohje'
      : 'Anvisning om informationssäkerhet och dataskydd vid distans- och hybridsammanträden',
    blocks,
  };
}
