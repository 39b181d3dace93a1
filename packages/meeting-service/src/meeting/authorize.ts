import type { MeetingCommand } from '@digikokous/procedure';
import type { MeetingRole } from '@digikokous/security';
import { refusal, type Refusal } from '../http/refusals.js';

/** The authenticated actor of a command: always from the verified meeting token, never from a request body. */
export interface Actor {
  readonly personId: string;
  readonly role: MeetingRole;
}

type CommandType = MeetingCommand['type'];

/** Commands that lead the meeting (KL 103 §, hallintosääntö: the chair leads the discussion and the votes). */
const CHAIR: ReadonlySet<CommandType> = new Set<CommandType>([
  'open-meeting',
  'state-legality',
  'choose-minutes-checkers',
  'approve-agenda',
  'open-item',
  'declare-disqualification',
  'grant-speaker',
  'end-speaker',
  'close-discussion',
  'approve-voting-order',
  'open-vote',
  'close-vote',
  'hold-election',
  'draw-lot',
  'record-decision',
  'start-break',
  'end-break',
  'close-item',
  'close-meeting',
  'change-attendance',
  'change-presiding',
  'cancel-vote',
  'count-election',
  'withdraw-speaker',
]);
/** The secretary keeps the attendance and records what the chair declares. */
const SECRETARY: ReadonlySet<CommandType> = new Set<CommandType>([
  'change-attendance',
  'declare-disqualification',
  'choose-minutes-checkers',
  'state-legality',
  'change-presiding',
]);
/** A member's own acts: the person field is the actor (KL 104 §, KL 106 §). */
const OWN_FIELD: Partial<Record<CommandType, string>> = {
  'request-speaker': 'personId',
  'make-proposal': 'proposerId',
  'second-proposal': 'seconderId',
  'cast-ballot': 'personId',
  'record-dissent': 'personId',
};
const VOTING_ROLES: ReadonlySet<MeetingRole> = new Set<MeetingRole>(['chair', 'vice-chair', 'member', 'deputy']);

/**
 * Who may give which command. The procedure's `decide` then checks the meeting state (present, not
 * disqualified, one ballot…); this only binds commands to roles and a member's acts to the member.
 * Returns the command with the person fields filled from the actor, or a refusal.
 */
export function authorize(
  actor: Actor,
  command: Record<string, unknown>,
): { command: Record<string, unknown> } | Refusal {
  const type = command.type as CommandType;
  // The secretary records a member's personal act for him (paper fallback, `onBehalfOf`); the procedure checks
  // that the actor is the meeting's secretary and that the act is personal.
  if (command.onBehalfOf !== undefined) {
    if (actor.role !== 'secretary' && actor.role !== 'chair' && actor.role !== 'vice-chair')
      return refusal('role-not-allowed');
    return { command };
  }
  // The base proposal (pohjaehdotus) is the presenter's draft decision, put forward by him or the chair (KL 104 §).
  if (type === 'make-proposal' && command.kind === 'pohjaehdotus') {
    if (
      actor.role !== 'chair' &&
      actor.role !== 'vice-chair' &&
      actor.role !== 'presenter' &&
      actor.role !== 'official'
    )
      return refusal('role-not-allowed');
    return command.proposerId === undefined ? { command } : refusal('invalid-request');
  }
  // A member declares his own disqualification (KL 97 § 5 mom, HL 28 §): his own act, the person from the token.
  if (type === 'declare-disqualification' && command.declaredBy === 'itse' && VOTING_ROLES.has(actor.role)) {
    const given = command.personId;
    if (given !== undefined && given !== actor.personId) return refusal('not-your-act');
    return { command: { ...command, personId: actor.personId } };
  }
  const own = OWN_FIELD[type];
  if (own !== undefined) {
    // Officials may also ask to speak (e.g. the presenter); only voting roles propose, second, vote, dissent.
    if (type !== 'request-speaker' && !VOTING_ROLES.has(actor.role)) return refusal('role-not-allowed');
    if (type === 'request-speaker' && actor.role === 'public') return refusal('role-not-allowed');
    const given = command[own];
    if (given !== undefined && given !== actor.personId) {
      // The chair may enter a speaker request for another participant; nobody may act as someone else otherwise.
      if (!(type === 'request-speaker' && actor.role === 'chair')) return refusal('not-your-act');
      return { command };
    }
    return { command: { ...command, [own]: actor.personId } };
  }
  // Withdrawing one's own speaking request or proposal: the procedure finds whose it is from the entry.
  if (
    type === 'withdraw-proposal' ||
    (type === 'withdraw-speaker' && actor.role !== 'chair' && actor.role !== 'vice-chair')
  ) {
    return VOTING_ROLES.has(actor.role) ? { command } : refusal('role-not-allowed');
  }
  if (CHAIR.has(type) && (actor.role === 'chair' || actor.role === 'vice-chair')) return { command };
  if (SECRETARY.has(type) && actor.role === 'secretary') return { command };
  return refusal('role-not-allowed');
}
