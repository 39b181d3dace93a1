/**
 * Pre-publication check of minutes for the web (Kuntalaki 410/2015 140 § and 29 § 2 mom:
 * confidential data never goes online, an entirely confidential matter is published only as a
 * mention; Tietosuojalaki 1050/2018 29 §: no henkilötunnus in published minutes).
 *
 * The minutes are walked structurally so that this works with `@digikokous/meeting-schema`
 * `Minutes` and with any older shape: every string is scanned for henkilötunnus-shaped text,
 * every `publicity` value must be on the allow-list `public`, and any part flagged
 * `confidential: true` or carrying a `confidentialityBasis` blocks publication.
 */
import type { Message } from './errors.js';
import { containsHetuAcross, containsHetuAsRead, containsHetuShaped } from './redact.js';

export type PublicationIssueKind =
  'hetu' | 'confidential' | 'not-public' | 'unknown-publicity' | 'too-deep' | 'unserialisable';

export interface PublicationIssue {
  readonly kind: PublicationIssueKind;
  /** Path of the offending value, e.g. `["items", 3, "parts", 0, "text"]`. Never the value itself. */
  readonly path: readonly (string | number)[];
  readonly message: Message;
}

export interface PublicationCheckResult {
  readonly publishable: boolean;
  readonly issues: readonly PublicationIssue[];
}

const MESSAGES: Record<PublicationIssueKind, Message> = {
  hetu: {
    fi: 'Kohdassa on henkilötunnus; sitä ei saa julkaista verkossa (Tietosuojalaki 29 §).',
    en: 'A personal identity code remains; it must not be published online (Data Protection Act 29 §).',
  },
  confidential: {
    fi: 'Salassa pidettävä osa on yhä mukana; se ei saa mennä verkkoon (KuntaL 29 § 2 mom., 140 §).',
    en: 'A confidential part remains; it must not go online (Local Government Act 29 § 2, 140 §).',
  },
  'not-public': {
    fi: 'Osa ei ole vielä julkinen.',
    en: 'A part is not public yet.',
  },
  'unknown-publicity': {
    fi: 'Julkisuustieto on tuntematon; julkaisu estetään varmuuden vuoksi.',
    en: 'The publicity value is unknown; publication is blocked to be safe.',
  },
  'too-deep': {
    fi: 'Rakenne on liian syvä tarkistettavaksi.',
    en: 'The structure is too deep to check.',
  },
  unserialisable: {
    fi: 'Aineistoa ei voi sarjallistaa tarkistettavaksi (JSON); julkaisu estetään.',
    en: 'The material cannot be serialised (JSON) for checking; publication is blocked.',
  },
};

const hasHetu = (text: string): boolean => containsHetuShaped(text) || containsHetuAsRead(text);

/** Words naming the parts of an agenda item or decision, in fi/sv/en, for verifying `maskedParts`. */
const PART_WORDS: readonly [RegExp, readonly string[]][] = [
  [/otsikko|rubrik|title/iu, ['title']],
  [/päätösehdotus|ehdotus|förslag|draft/iu, ['draftDecision', 'proposal', 'proposals']],
  [/selostus|esittely|tausta|beredning|background/iu, ['background']],
  [/päätös|beslut|decision/iu, ['decision']],
  [/liite|bilaga|attachment/iu, ['attachments']],
  [/käsittely|behandling|proceedings/iu, ['proceedings', 'discussion']],
];

/** A neutral mention that may stand for a confidential title (JulkL 25 § marking, no content). */
const NEUTRAL_TITLE = /^\s*(?:salassa\s+pidettävä|salassapidettävä|sekretessbelag[dt]|confidential)(?!\p{L})/iu;

function textsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    return Object.values(v as Record<string, unknown>).filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * A confidential node's title may only be its public title or a neutral mention. By default a node without
 * `publicTitle` must show a neutral mention; `requirePublicTitle: false` relaxes that for a publication step
 * that has already printed the public title in place of the secret one (its own duty then).
 */
function titleIsPublic(record: Record<string, unknown>, requirePublicTitle: boolean): boolean {
  const titles = textsOf(record.title);
  if (titles.length === 0) return !hasContent(record.title);
  if (!Object.hasOwn(record, 'publicTitle') && !requirePublicTitle) return true;
  const pub = new Set(textsOf(record.publicTitle));
  return titles.every((t) => pub.has(t) || NEUTRAL_TITLE.test(t));
}

/** Rich-text runs and adjacent fields read as one text (a code split as "131052-" + "308T"): parts and separator. */
function joinedTexts(record: Record<string, unknown>): { parts: string[]; separator: string }[] {
  const out: { parts: string[]; separator: string }[] = [];
  const fields = Object.values(record).filter((v): v is string => typeof v === 'string');
  if (fields.length > 1) out.push({ parts: fields, separator: ' ' });
  for (const v of Object.values(record)) {
    if (!Array.isArray(v) || v.length < 2) continue;
    const runs = v.map((x) =>
      typeof x === 'string'
        ? x
        : x !== null && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string'
          ? (x as { text: string }).text
          : undefined,
    );
    if (runs.every((r) => r !== undefined)) out.push({ parts: runs, separator: '' }, { parts: runs, separator: ' ' });
  }
  return out;
}

const MAX_DEPTH = 64;

/**
 * Fields a confidential node may keep when it is published only as a mention (KL 140 § 1 mom):
 * identifiers, order, § number, the (public) title and the publicity record itself.
 */
const MENTION_KEYS = new Set([
  'id',
  'itemId',
  'order',
  'sectionNumber',
  'section',
  'title',
  'publicTitle',
  'publicity',
  'partPublicity',
  'additional',
  'registerNumber',
  'caseId',
  'presenterId',
  'confidential',
  'confidentialityBasis',
]);

type PublicityClass = 'public' | 'not-yet-public' | 'confidential' | 'partly-confidential' | 'unknown';

/**
 * Normalise a publicity value: a string (`public`, `not-yet-public`, `confidential`) or a
 * `@digikokous/meeting-schema` Publicity object `{ status: 'julkinen' | 'ei-viela-julkinen' |
 * 'salassa-pidettava' | 'osittain-salassa-pidettava', … }`. Anything else is `unknown`.
 */
export function classifyPublicity(value: unknown): PublicityClass {
  let raw: unknown = value;
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    raw = Object.hasOwn(v, 'status') ? v.status : Object.hasOwn(v, 'level') ? v.level : undefined;
  }
  if (typeof raw !== 'string') return 'unknown';
  switch (raw.toLowerCase().replace(/[\s_]/g, '-')) {
    case 'public':
    case 'julkinen':
    case 'offentlig':
      return 'public';
    case 'not-yet-public':
    case 'ei-viela-julkinen':
    case 'ei-vielä-julkinen':
      return 'not-yet-public';
    case 'confidential':
    case 'salassa-pidettava':
    case 'salassa-pidettävä':
    case 'sekretessbelagd':
      return 'confidential';
    case 'partly-confidential':
    case 'osittain-salassa-pidettava':
    case 'osittain-salassa-pidettävä':
      return 'partly-confidential';
    default:
      return 'unknown';
  }
}

const hasContent = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export interface PublicationCheckOptions {
  /** Treat `not-yet-public` parts as blockers (default `true`). */
  readonly blockNotYetPublic?: boolean;
  /**
   * A confidential node's title must be proven public: equal to its `publicTitle` or a neutral mention
   * ("Salassa pidettävä asia", "Sekretessbelagt ärende"). Default `true` (fail closed): a confidential node
   * without `publicTitle` may show only a neutral mention. `false` relaxes this explicitly, for a caller
   * whose publication step already replaced the secret title and carries no `publicTitle` (the caller's duty).
   */
  readonly requirePublicTitle?: boolean;
}

/** Check minutes (or any publishable document tree) before online publication. */
export function publicationCheck(minutes: unknown, options: PublicationCheckOptions = {}): PublicationCheckResult {
  const issues: PublicationIssue[] = [];
  const seen = new WeakSet<object>();
  const add = (kind: PublicationIssueKind, path: (string | number)[]): void => {
    issues.push({ kind, path: [...path], message: MESSAGES[kind] });
  };
  const walk = (value: unknown, path: (string | number)[], depth: number): void => {
    if (depth > MAX_DEPTH) {
      add('too-deep', path);
      return;
    }
    if (typeof value === 'string') {
      if (hasHetu(value)) add('hetu', path);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i], depth + 1));
      return;
    }
    const record = value as Record<string, unknown>;
    const hasPublicity = Object.hasOwn(record, 'publicity');
    const cls = hasPublicity ? classifyPublicity(record.publicity) : undefined;
    if (cls === 'unknown') add('unknown-publicity', [...path, 'publicity']);
    if (cls === 'not-yet-public' && options.blockNotYetPublic !== false) add('not-public', [...path, 'publicity']);
    // JulkL 10 §: a partly confidential document is published with its secret parts masked;
    // the publicity record must say what was masked.
    if (cls === 'partly-confidential') {
      const masked = (record.publicity as Record<string, unknown> | null)?.maskedParts;
      if (!hasContent(masked)) add('confidential', [...path, 'publicity']);
      else if (!maskingVerified(record, masked)) add('confidential', [...path, 'publicity', 'maskedParts']);
    }
    // Only the boolean true is a flag: "true", 1 or "yes" are not understood, so they block (fail closed).
    if (Object.hasOwn(record, 'confidential') && typeof record.confidential !== 'boolean')
      add('unknown-publicity', [...path, 'confidential']);
    const confidential =
      cls === 'confidential' ||
      record.confidential === true ||
      (Object.hasOwn(record, 'confidential') && typeof record.confidential !== 'boolean') ||
      (Object.hasOwn(record, 'confidentialityBasis') && record.confidentialityBasis != null);
    if (confidential) {
      // Only a mention may remain (KL 140 § 1 mom): any substantive field blocks publication, and the
      // title only as the public title or a neutral mention (OKV/705/1/2015).
      for (const key of Object.keys(record)) {
        if (key === 'title') {
          if (!titleIsPublic(record, options.requirePublicTitle !== false)) add('confidential', [...path, key]);
        } else if (!MENTION_KEYS.has(key) && hasContent(record[key])) add('confidential', [...path, key]);
      }
    }

    // Per-part publicity (JulkL 10 §; meeting-schema `partPublicity`): a secret part must be empty.
    const parts = record.partPublicity;
    if (parts !== null && typeof parts === 'object' && !Array.isArray(parts)) {
      for (const [part, publicity] of Object.entries(parts as Record<string, unknown>)) {
        const pc = classifyPublicity(publicity);
        if (pc !== 'public' && Object.hasOwn(record, part) && hasContent(record[part])) {
          if (pc === 'not-yet-public') {
            if (options.blockNotYetPublic !== false) add('not-public', [...path, part]);
          } else if (part === 'title' ? !titleIsPublic(record, true) : !confidential || !MENTION_KEYS.has(part)) {
            add(pc === 'unknown' ? 'unknown-publicity' : 'confidential', [...path, part]);
          }
        }
      }
    }
    for (const key of Object.keys(record)) {
      if (hasHetu(key)) add('hetu', [...path, key]);
      walk(record[key], [...path, key], depth + 1);
    }
    // After the children: a code split across runs or fields is reported once, where no part was found alone.
    for (const { parts, separator } of joinedTexts(record)) {
      if (!issues.some((i) => i.kind === 'hetu' && startsWith(i.path, path)) && containsHetuAcross(parts, separator)) {
        add('hetu', path);
        break;
      }
    }
  };
  try {
    walk(minutes, [], 0);
  } catch {
    // A throwing getter or Proxy trap: what cannot be read cannot be checked.
    add('unserialisable', []);
    return { publishable: false, issues };
  }
  // What is published is the serialised value (toJSON, getters), so that text is checked as well.
  let published: string | undefined;
  try {
    // Objects already written are skipped (cycles would throw; a repeated object was checked once).
    const written = new WeakSet<object>();
    published = JSON.stringify(minutes, (_key, v: unknown) => {
      if (v !== null && typeof v === 'object') {
        if (written.has(v)) return undefined;
        written.add(v);
      }
      return v;
    });
  } catch {
    add('unserialisable', []);
  }
  // (Read only when nothing was found yet: the finding would not be added again.)
  if (published !== undefined && !issues.some((i) => i.kind === 'hetu') && hasHetu(published)) add('hetu', []);
  return { publishable: issues.length === 0, issues };
}

const startsWith = (a: readonly (string | number)[], prefix: readonly (string | number)[]): boolean =>
  prefix.every((p, i) => a[i] === p);

/**
 * JulkL 10 §: `maskedParts` says in words what was masked. It is verified, not trusted: with
 * `partPublicity` at least one part must be non-public (and empty, checked below); without it, the words
 * must name parts this node has none of.
 */
function maskingVerified(record: Record<string, unknown>, masked: unknown): boolean {
  const parts = record.partPublicity;
  if (parts !== null && typeof parts === 'object' && !Array.isArray(parts)) {
    return Object.values(parts as Record<string, unknown>).some((p) => classifyPublicity(p) !== 'public');
  }
  const words = textsOf(masked).join(' ');
  const named = PART_WORDS.filter(([re]) => re.test(words)).flatMap(([, keys]) => keys);
  if (named.length === 0) return false;
  // "päätösehdotus" also contains "päätös": a part counts as masked when any of its names is empty.
  return PART_WORDS.filter(([re]) => re.test(words)).every(([, keys]) => keys.every((k) => !hasContent(record[k])));
}
