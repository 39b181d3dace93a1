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
import { containsHetuShaped } from './redact.js';

export type PublicationIssueKind = 'hetu' | 'confidential' | 'not-public' | 'unknown-publicity' | 'too-deep';

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
};

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
      if (containsHetuShaped(value)) add('hetu', path);
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
    const partlyUnmasked =
      cls === 'partly-confidential' && !hasContent((record.publicity as Record<string, unknown> | null)?.maskedParts);
    if (partlyUnmasked) add('confidential', [...path, 'publicity']);
    const confidential =
      cls === 'confidential' ||
      record.confidential === true ||
      (Object.hasOwn(record, 'confidentialityBasis') && record.confidentialityBasis != null);
    if (confidential) {
      // Only a mention may remain (KL 140 § 1 mom): any substantive field blocks publication.
      for (const key of Object.keys(record)) {
        if (!MENTION_KEYS.has(key) && hasContent(record[key])) add('confidential', [...path, key]);
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
          } else if (!confidential || !MENTION_KEYS.has(part) || part === 'title') {
            add(pc === 'unknown' ? 'unknown-publicity' : 'confidential', [...path, part]);
          }
        }
      }
    }
    for (const key of Object.keys(record)) {
      if (containsHetuShaped(key)) add('hetu', [...path, key]);
      walk(record[key], [...path, key], depth + 1);
    }
  };
  walk(minutes, [], 0);
  return { publishable: issues.length === 0, issues };
}
