import { fail } from './errors.js';

/** Who may give a command: the person presiding, the secretary, the person the command is about, the presenter. */
export type Authority = 'presiding' | 'secretary' | 'self' | 'presenter';

/**
 * The keys of {@link ProcedureRules.authority}: every command type, and three cases that differ from their command:
 * the base proposal (made / withdrawn by the presenting official), and a disqualification declared by someone else
 * than the person concerned (decided by the body, HL 29 §).
 */
export type AuthorityKey =
  | 'open-meeting'
  | 'change-presiding'
  | 'change-attendance'
  | 'state-legality'
  | 'choose-minutes-checkers'
  | 'approve-agenda'
  | 'open-item'
  | 'declare-disqualification'
  | 'declare-disqualification-of-other'
  | 'request-speaker'
  | 'withdraw-speaker'
  | 'grant-speaker'
  | 'end-speaker'
  | 'make-proposal'
  | 'make-base-proposal'
  | 'second-proposal'
  | 'withdraw-proposal'
  | 'withdraw-base-proposal'
  | 'close-discussion'
  | 'approve-voting-order'
  | 'open-vote'
  | 'cast-ballot'
  | 'close-vote'
  | 'cancel-vote'
  | 'hold-election'
  | 'count-election'
  | 'draw-lot'
  | 'record-decision'
  | 'record-dissent'
  | 'start-break'
  | 'end-break'
  | 'close-item'
  | 'close-meeting';

const PRESIDING: readonly Authority[] = Object.freeze(['presiding'] as const);
const SELF: readonly Authority[] = Object.freeze(['self'] as const);
const SECRETARIAL: readonly Authority[] = Object.freeze(['secretary', 'presiding'] as const);

/**
 * Who gives which command by default. The chair leads the meeting and gives its procedural commands (KL 102 §; the
 * hallintosääntö's "puheenjohtajan tehtävät"); the minutes, attendance and the statement of legality are kept by the
 * secretary or the chair (KL 99 § 1 kohta: both verify the participants; hallintosääntö: "pöytäkirjanpitäjä");
 * ballots, speaking requests, proposals, seconding, dissent (KL 106 §) and one's own disqualification (KL 97 § 5 mom)
 * are personal acts; the base proposal is the presenting official's (hallintosääntö, Kuntaliitto model
 * [unverified]; in a body without a presenter, the chair's). Where the law leaves the split open the default is
 * marked [unverified] in the README and can be changed per body.
 */
export const defaultAuthority: Readonly<Record<AuthorityKey, readonly Authority[]>> = Object.freeze({
  'open-meeting': SELF,
  // 'self': the person taking the chair, only while the person presiding is absent or disqualified.
  'change-presiding': Object.freeze(['presiding', 'secretary', 'self'] as const),
  'change-attendance': SECRETARIAL,
  'state-legality': SECRETARIAL,
  'choose-minutes-checkers': SECRETARIAL,
  'approve-agenda': PRESIDING,
  'open-item': PRESIDING,
  'declare-disqualification': SELF,
  'declare-disqualification-of-other': SECRETARIAL,
  'request-speaker': SELF,
  'withdraw-speaker': Object.freeze(['self', 'presiding'] as const),
  'grant-speaker': PRESIDING,
  'end-speaker': PRESIDING,
  'make-proposal': SELF,
  'make-base-proposal': Object.freeze(['presenter', 'presiding'] as const),
  'second-proposal': SELF,
  'withdraw-proposal': SELF,
  'withdraw-base-proposal': Object.freeze(['presenter'] as const),
  'close-discussion': PRESIDING,
  'approve-voting-order': PRESIDING,
  'open-vote': PRESIDING,
  'cast-ballot': SELF,
  'close-vote': PRESIDING,
  'cancel-vote': PRESIDING,
  'hold-election': PRESIDING,
  'count-election': PRESIDING,
  'draw-lot': PRESIDING,
  'record-decision': PRESIDING,
  'record-dissent': SELF,
  'start-break': PRESIDING,
  'end-break': PRESIDING,
  'close-item': PRESIDING,
  'close-meeting': PRESIDING,
});

/**
 * Settings that come from the municipality's administrative regulations (hallintosääntö) or the Kuntaliitto model
 * rather than from the law. Every field is marked [unverified] in the domain reference: confirm it against the
 * municipality's own hallintosääntö and override it here. Statutory values (quorum fractions, 14/30-day periods,
 * the 7-day presumption, the council's four-day invitation) are constants in the rule modules, never settings.
 */
export interface ProcedureRules {
  /**
   * Days before the meeting by which the invitation of a body other than the council must be sent (KL 90 §:
   * hallintosääntö). Default 4 (the Kuntaliitto model leaves the number to local choice; 3–5 is common).
   */
  invitationLeadDays: number;
  /** Whether a member may change a ballot while the vote is still open. Default `false` (first ballot stands). */
  allowBallotChange: boolean;
  /** The voting method proposed by default (hallintosääntö). Default `'electronic'`. */
  defaultVotingMethod: 'show-of-hands' | 'standing' | 'electronic' | 'roll-call';
  /** Which of tabling and referral back is voted first when both are seconded. Default `'tabling-first'`. */
  proceduralOrder: 'tabling-first' | 'referral-first';
  /**
   * How an amendment (lisäysehdotus) is handled: voted after the main question against the adopted proposal
   * without the addition (`'after-main'`, default), or like a counter-proposal (`'as-counter'`).
   */
  amendments: 'after-main' | 'as-counter';
  /**
   * Whether deputies answer for an absent member in the electronic decision procedure (KL 100 §: local rule).
   * Default `false`.
   */
  electronicProcedureDeputies: boolean;
  /**
   * Whether personal deputies add to `seats` in the proportional-election demand threshold (KL 105 § 2 mom does not
   * say). Default `false`: members only.
   */
  deputiesCountInThreshold: boolean;
  /**
   * In the council, the share of councillors present whose demand tables a matter (hallintosääntö). Default 1/4.
   * `null` when tabling is always a majority decision.
   */
  councilTablingShare: { numerator: number; denominator: number } | null;
  /** Whether the rule above applies only the first time a matter is handled. Default `true`. */
  councilTablingFirstHandlingOnly: boolean;
  /**
   * Whether closed-ballot elections may be held in an electronic meeting when the platform declares ballot
   * secrecy (KL 105 § 5 mom requires it to be secured). Default `true`; the platform flag is still required.
   */
  closedBallotInElectronicMeeting: boolean;
  /** Whether the chair must call a member's name when granting a turn to speak (display only). Default `false`. */
  requireSpeakerQueueOrder: boolean;
  /** Who may give which command (see {@link defaultAuthority}); overrides are merged per key. */
  authority: Readonly<Record<AuthorityKey, readonly Authority[]>>;
  /**
   * Who may record a member's personal act for him with a stated reason (`onBehalfOf`, the paper fallback of a failed
   * device). Default `['secretary']` (hallintosääntö: the minute-keeper; [unverified]).
   */
  onBehalfOf: readonly ('secretary' | 'presiding')[];
  /**
   * A tie that the casting vote cannot settle because the person presiding voted blank or did not vote (KL 104 § 2 mom
   * is silent): `'revote'` (default, [unverified]) — the vote is cancelled and taken again; `'chair-states-side'` —
   * the chair states the side he supports when closing the vote (`castingSide`), which then decides.
   */
  unsettledTie: 'revote' | 'chair-states-side';
  /**
   * When seconded tabling (pöydällepano) and referral back (palautus) proposals are decided: `'during-discussion'`
   * (default, Kuntaliitto model [unverified]) — the chair puts them to the vote when seconded, before the discussion on
   * the substance ends, and the discussion continues if they fall; `'in-voting-order'` — first in the voting order.
   */
  proceduralProposals: 'during-discussion' | 'in-voting-order';
  /**
   * The identities of the platform's attendance monitors (e.g. the meeting service's connection watchdog), which
   * record under their own identity that a remote participant's connection was lost or restored (KL 99 §: a remote
   * participant takes part only while the audio and video connection holds). A monitor may give only
   * `change-attendance` with a `cause`, and only for a person present in mode `etana` (`connection-lost` →
   * `poissa`) or away after a lost connection (`connection-restored` → `lasna`); everything else from it is refused
   * (`monitor-not-allowed`). Default `[]`: no monitor, fail closed. Identities must be non-empty and must not be a
   * participant of the meeting.
   */
  attendanceMonitors: readonly string[];
}

/** The documented defaults of {@link ProcedureRules}. */
export const defaultProcedureRules: Readonly<ProcedureRules> = Object.freeze({
  invitationLeadDays: 4,
  allowBallotChange: false,
  defaultVotingMethod: 'electronic',
  proceduralOrder: 'tabling-first',
  amendments: 'after-main',
  electronicProcedureDeputies: false,
  deputiesCountInThreshold: false,
  councilTablingShare: Object.freeze({ numerator: 1, denominator: 4 }),
  councilTablingFirstHandlingOnly: true,
  closedBallotInElectronicMeeting: true,
  requireSpeakerQueueOrder: false,
  authority: defaultAuthority,
  onBehalfOf: Object.freeze(['secretary'] as const),
  unsettledTie: 'revote',
  proceduralProposals: 'during-discussion',
  attendanceMonitors: Object.freeze([] as string[]),
});

const AUTHORITIES: ReadonlySet<string> = new Set(['presiding', 'secretary', 'self', 'presenter']);

/** Rule overrides: every field optional, `authority` merged per command. */
export type ProcedureRulesOverrides = Partial<Omit<ProcedureRules, 'authority'>> & {
  authority?: Partial<Record<AuthorityKey, readonly Authority[]>>;
};

const resolved = new WeakMap<object, ProcedureRules>();

/**
 * Merges partial overrides with the defaults (own, known keys only: no prototype pollution). Fails closed: an
 * unknown key of `authority` or an unknown authority is a {@link ProcedureInputError}, never a silent pass. The
 * result is cached per overrides object, so `decide` does not rebuild the rules on every call.
 */
export function resolveRules(overrides?: ProcedureRulesOverrides): ProcedureRules {
  if (overrides === undefined || overrides === null || typeof overrides !== 'object') return defaultProcedureRules;
  const cached = resolved.get(overrides);
  if (cached !== undefined) return cached;
  // Fail closed: a misspelt setting is an error, never a silent default.
  for (const key of Object.keys(overrides))
    if (!Object.prototype.hasOwnProperty.call(defaultProcedureRules, key))
      fail(
        'invalid-rules',
        `Tuntematon menettelysääntö: ${key.slice(0, 64)}.`,
        `Unknown procedure rule: ${key.slice(0, 64)}.`,
        `Okänd förfaranderegel: ${key.slice(0, 64)}.`,
      );
  const out: ProcedureRules = { ...defaultProcedureRules };
  for (const key of Object.keys(defaultProcedureRules) as (keyof ProcedureRules)[]) {
    if (key === 'authority') continue;
    if (Object.prototype.hasOwnProperty.call(overrides, key) && overrides[key] !== undefined) {
      (out as unknown as Record<string, unknown>)[key] = overrides[key];
    }
  }
  if (out.attendanceMonitors !== defaultProcedureRules.attendanceMonitors) {
    const list: unknown = out.attendanceMonitors;
    if (!Array.isArray(list) || list.some((a) => typeof a !== 'string' || a.trim() === '' || a.length > 200))
      fail(
        'invalid-rules',
        'attendanceMonitors on luettelo tunnisteita (KL 99 §).',
        'attendanceMonitors must be a list of identities (KL 99 §).',
        'attendanceMonitors ska vara en lista med identiteter (KomL 99 §).',
      );
    out.attendanceMonitors = Object.freeze([...(list as string[])]);
  }
  const auth = Object.prototype.hasOwnProperty.call(overrides, 'authority') ? overrides.authority : undefined;
  if (auth !== undefined) {
    const merged: Record<string, readonly Authority[]> = { ...defaultAuthority };
    for (const key of Object.keys(auth)) {
      const list = (auth as Record<string, unknown>)[key];
      if (
        !Object.prototype.hasOwnProperty.call(defaultAuthority, key) ||
        !Array.isArray(list) ||
        list.some((a) => typeof a !== 'string' || !AUTHORITIES.has(a))
      ) {
        fail(
          'invalid-rules',
          `Tuntematon toimivaltasääntö: ${key.slice(0, 64)}.`,
          `Unknown authority rule: ${key.slice(0, 64)}.`,
          `Okänd behörighetsregel: ${key.slice(0, 64)}.`,
        );
      }
      merged[key] = Object.freeze([...(list as Authority[])]);
    }
    out.authority = Object.freeze(merged) as ProcedureRules['authority'];
  }
  Object.freeze(out);
  resolved.set(overrides, out);
  return out;
}
