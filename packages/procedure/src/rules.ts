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
});

/** Merges partial overrides with the defaults (own, known keys only: no prototype pollution). */
export function resolveRules(overrides?: Partial<ProcedureRules>): ProcedureRules {
  const out: ProcedureRules = { ...defaultProcedureRules };
  if (overrides === undefined || overrides === null || typeof overrides !== 'object') return out;
  for (const key of Object.keys(defaultProcedureRules) as (keyof ProcedureRules)[]) {
    if (Object.prototype.hasOwnProperty.call(overrides, key) && overrides[key] !== undefined) {
      (out as unknown as Record<string, unknown>)[key] = overrides[key];
    }
  }
  return out;
}
