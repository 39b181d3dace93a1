/**
 * Access to agenda and minutes material in remote and hybrid meetings.
 *
 * - Public parts go to everyone once they are public (JulkL 1 §, 6 § 1 mom 8 k; agenda papers
 *   before that are for those handling the matter).
 * - Confidential parts only to the members and deputies summoned to this meeting, the item's
 *   presenter, the secretary and entitled officials: JulkL 22 § 2 mom (not to outsiders, also
 *   not "by a technical connection"), 23 § 1 mom (elected officials are bound by secrecy),
 *   Kuntalaki 410/2015 98 § (electronic meetings must keep confidential data from outsiders).
 * - Never to a member disqualified in that item (Kuntalaki 97 §, Hallintolaki 434/2003 27–30 §).
 *   A disqualified member who is a party may still ask as a party under JulkL 11 §, through a
 *   separate request path.
 * - Never to the public. Unknown publicity values are refused (allow-list).
 */
import type { Message } from './errors.js';
import type { MeetingRole } from './meeting-token.js';
import { formatConfidentialityBasis, type ConfidentialityBasis } from './confidentiality.js';
import { classifyPublicity } from './publication.js';

export type PartPublicity = 'public' | 'not-yet-public' | 'confidential';

export interface AccessViewer {
  /** Pseudonymous person id; absent for an anonymous member of the public. */
  readonly personId?: string;
  /** `true` when the viewer is the public (e.g. a stream viewer). */
  readonly public?: boolean;
}

export interface AccessParticipant {
  readonly personId: string;
  readonly role: MeetingRole;
  /** Officials and experts: entitled to the meeting's confidential material. */
  readonly entitled?: boolean;
}

export interface AccessMeeting {
  readonly id: string;
  /** Persons summoned to this meeting with their role. */
  readonly participants: readonly AccessParticipant[];
}

export interface AccessItem {
  readonly id: string;
  readonly presenterId?: string;
  /** Persons disqualified (esteellinen) in this item. */
  readonly disqualified?: readonly string[];
  /** Officials or experts entitled to this item's confidential material. */
  readonly entitledPersonIds?: readonly string[];
}

export interface AccessPart {
  readonly id?: string;
  /**
   * `public`, `not-yet-public` or `confidential`, or a `@digikokous/meeting-schema` Publicity record
   * (`{ status: 'julkinen' | 'ei-viela-julkinen' | 'salassa-pidettava' | 'osittain-salassa-pidettava', … }`;
   * partly confidential parts are treated as confidential).
   */
  readonly publicity:
    PartPublicity | { readonly status: string; readonly publicFrom?: string; readonly bases?: readonly unknown[] };
  /** Date from which a public part is public, `YYYY-MM-DD`. */
  readonly publicFrom?: string;
  readonly basis?: ConfidentialityBasis | string;
}

export type AccessReason =
  | 'public'
  | 'participant-before-publication'
  | 'not-yet-public'
  | 'summoned-member'
  | 'secretary'
  | 'presenter'
  | 'entitled-official'
  | 'disqualified'
  | 'public-viewer'
  | 'not-summoned'
  | 'role-not-entitled'
  | 'unknown-publicity';

export interface AccessDecision {
  readonly allow: boolean;
  readonly reason: AccessReason;
  readonly message: Message;
  /** Provisions the decision rests on, e.g. `['JulkL 24 § 1 mom. 25 k', 'JulkL 22 §', 'KuntaL 98 §']`. */
  readonly legalBasis: readonly string[];
}

const MSG: Record<AccessReason, Message> = {
  public: { fi: 'Julkinen osa.', en: 'Public part.' },
  'participant-before-publication': {
    fi: 'Asian käsittelijä saa aineiston ennen julkaisua.',
    en: 'Those handling the matter get the material before publication.',
  },
  'not-yet-public': { fi: 'Aineisto ei ole vielä julkinen.', en: 'The material is not public yet.' },
  'summoned-member': {
    fi: 'Kokoukseen kutsuttu jäsen tai varajäsen.',
    en: 'Member or deputy summoned to this meeting.',
  },
  secretary: { fi: 'Kokouksen sihteeri.', en: 'Secretary of the meeting.' },
  presenter: { fi: 'Asian esittelijä.', en: 'Presenter of the item.' },
  'entitled-official': { fi: 'Oikeutettu viranhaltija tai asiantuntija.', en: 'Entitled official or expert.' },
  disqualified: {
    fi: 'Esteellinen tässä asiassa; salassa pidettävää aineistoa ei näytetä.',
    en: 'Disqualified in this item; confidential material is not shown.',
  },
  'public-viewer': {
    fi: 'Salassa pidettävää aineistoa ei näytetä yleisölle.',
    en: 'Confidential material is not shown to the public.',
  },
  'not-summoned': { fi: 'Ei kutsuttu tähän kokoukseen.', en: 'Not summoned to this meeting.' },
  'role-not-entitled': {
    fi: 'Roolilla ei ole oikeutta salassa pidettävään aineistoon.',
    en: 'The role is not entitled to confidential material.',
  },
  'unknown-publicity': {
    fi: 'Julkisuustieto puuttuu tai on tuntematon.',
    en: 'The publicity value is missing or unknown.',
  },
};

const DISQUALIFICATION = 'KuntaL 97 §, HL 28 §';
const NO_OUTSIDERS = 'JulkL 22 §';
const ELECTRONIC = 'KuntaL 98 §';

function decision(allow: boolean, reason: AccessReason, legalBasis: string[]): AccessDecision {
  return { allow, reason, message: MSG[reason], legalBasis };
}

/** Decide whether `viewer` may see `part` of `item` in `meeting`. Pure; `today` is injected. */
export function decideAccess(input: {
  viewer: AccessViewer;
  meeting: AccessMeeting;
  item: AccessItem;
  part: AccessPart;
  today?: string;
}): AccessDecision {
  const { viewer, meeting, item, today } = input;
  const part = normalisePart(input.part);
  const publicity = part?.publicity;
  const isPublicViewer = viewer?.public === true || typeof viewer?.personId !== 'string' || viewer.personId === '';
  const person = isPublicViewer ? undefined : viewer.personId;
  const participants = Array.isArray(meeting?.participants) ? meeting.participants : [];
  const participant = person === undefined ? undefined : participants.find((p) => p?.personId === person);
  const disqualified = person !== undefined && Array.isArray(item?.disqualified) && item.disqualified.includes(person);
  const isPresenter = person !== undefined && (item?.presenterId === person || participant?.role === 'presenter');
  const entitledHere =
    person !== undefined && Array.isArray(item?.entitledPersonIds) && item.entitledPersonIds.includes(person);

  if (part === undefined) return decision(false, 'unknown-publicity', [NO_OUTSIDERS]);
  if (publicity === 'public') {
    const published = part.publicFrom === undefined || (typeof today === 'string' && today >= part.publicFrom);
    if (published) return decision(true, 'public', ['JulkL 1 §']);
    // fall through: treated as not yet public
  } else if (publicity !== 'not-yet-public' && publicity !== 'confidential') {
    return decision(false, 'unknown-publicity', [NO_OUTSIDERS]);
  }

  if (isPublicViewer || participant?.role === 'public') {
    return decision(
      false,
      publicity === 'confidential' ? 'public-viewer' : 'not-yet-public',
      publicity === 'confidential' ? [...basisOf(part), NO_OUTSIDERS, ELECTRONIC] : ['JulkL 6 §'],
    );
  }
  if (disqualified) return decision(false, 'disqualified', [...basisOf(part), DISQUALIFICATION]);
  if (!participant && !isPresenter && !entitledHere) {
    return decision(
      false,
      publicity === 'confidential' ? 'not-summoned' : 'not-yet-public',
      publicity === 'confidential' ? [...basisOf(part), NO_OUTSIDERS] : ['JulkL 6 §'],
    );
  }

  const role = participant?.role;
  let reason: AccessReason | undefined;
  if (role === 'member' || role === 'deputy' || role === 'chair' || role === 'vice-chair') reason = 'summoned-member';
  else if (role === 'secretary') reason = 'secretary';
  else if (isPresenter) reason = 'presenter';
  // Officials by their entitlement to the meeting; experts only when named for this item.
  else if (entitledHere || (role === 'official' && participant?.entitled === true)) reason = 'entitled-official';

  if (publicity !== 'confidential') {
    return reason
      ? decision(true, 'participant-before-publication', ['JulkL 6 § 1 mom. 8 k', ELECTRONIC])
      : decision(false, 'role-not-entitled', ['JulkL 6 §']);
  }
  if (!reason) return decision(false, 'role-not-entitled', [...basisOf(part), NO_OUTSIDERS]);
  return decision(true, reason, [...basisOf(part), 'JulkL 23 §', ELECTRONIC]);
}

function normalisePart(part: AccessPart | undefined): AccessPart | undefined {
  if (part === null || typeof part !== 'object') return undefined;
  const p = part.publicity;
  if (typeof p === 'string') return part;
  const cls = classifyPublicity(p);
  const record = (p ?? {}) as { publicFrom?: unknown; bases?: unknown };
  const firstBasis = Array.isArray(record.bases) ? (record.bases[0] as ConfidentialityBasis | undefined) : undefined;
  const publicity: PartPublicity | 'unknown' =
    cls === 'public'
      ? 'public'
      : cls === 'not-yet-public'
        ? 'not-yet-public'
        : cls === 'unknown'
          ? 'unknown'
          : 'confidential';
  return {
    ...part,
    publicity: publicity as PartPublicity,
    ...(part.publicFrom === undefined && typeof record.publicFrom === 'string'
      ? { publicFrom: record.publicFrom }
      : {}),
    ...(part.basis === undefined && firstBasis !== undefined ? { basis: firstBasis } : {}),
  };
}

function basisOf(part: AccessPart | undefined): string[] {
  if (part?.basis === undefined) return [];
  try {
    return [formatConfidentialityBasis(part.basis)];
  } catch {
    return [];
  }
}
