/**
 * The command engine: `decide(state, command)` checks a command — who gives it ({@link authorizeCommand}), when, and
 * against the rules — and returns the events it produces or a refusal. One module per command family under
 * `commands/`, behind this typed dispatch table: a command type without a handler does not compile.
 */
import type { MeetingEvent } from '@digikokous/meeting-schema';
import { authorizeCommand } from './authorize.js';
import { changeAttendance, declareDisqualification } from './commands/attendance.js';
import { makeCtx, type Handler } from './commands/context.js';
import { recordDecision, recordDissent } from './commands/decisions.js';
import {
  closeDiscussion,
  endSpeaker,
  grantSpeaker,
  makeProposal,
  requestSpeaker,
  secondProposal,
  withdrawProposal,
  withdrawSpeaker,
} from './commands/discussion.js';
import { countElection, drawLot, holdElection } from './commands/elections.js';
import { closeItem, openItem } from './commands/item.js';
import {
  approveAgenda,
  changePresiding,
  chooseMinutesCheckers,
  closeMeeting,
  endBreak,
  openMeeting,
  startBreak,
  stateLegality,
} from './commands/meeting.js';
import type { DecideOptions, MeetingCommand, MeetingCommandType } from './commands/types.js';
import { approveVotingOrder, cancelVote, castBallot, closeVote, openVote } from './commands/votes.js';
import { ProcedureInputError } from './errors.js';
import { refusal, type Refusal } from './refusals.js';
import { resolveRules } from './rules.js';
import type { MeetingState } from './state.js';

const handlers: { readonly [T in MeetingCommandType]: Handler<T> } = {
  'open-meeting': openMeeting,
  'change-presiding': changePresiding,
  'change-attendance': changeAttendance,
  'state-legality': stateLegality,
  'choose-minutes-checkers': chooseMinutesCheckers,
  'approve-agenda': approveAgenda,
  'open-item': openItem,
  'declare-disqualification': declareDisqualification,
  'request-speaker': requestSpeaker,
  'withdraw-speaker': withdrawSpeaker,
  'grant-speaker': grantSpeaker,
  'end-speaker': endSpeaker,
  'make-proposal': makeProposal,
  'second-proposal': secondProposal,
  'withdraw-proposal': withdrawProposal,
  'close-discussion': closeDiscussion,
  'approve-voting-order': approveVotingOrder,
  'open-vote': openVote,
  'cast-ballot': castBallot,
  'close-vote': closeVote,
  'cancel-vote': cancelVote,
  'hold-election': holdElection,
  'count-election': countElection,
  'draw-lot': drawLot,
  'record-decision': recordDecision,
  'record-dissent': recordDissent,
  'start-break': startBreak,
  'end-break': endBreak,
  'close-item': closeItem,
  'close-meeting': closeMeeting,
};

/** The command types `decide` knows, in the order of the dispatch table. */
export const meetingCommandTypes: readonly MeetingCommandType[] = Object.freeze(
  Object.keys(handlers) as MeetingCommandType[],
);

const INSTANT = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks a command against the state and the rules and returns the events it produces, or a {@link Refusal} saying
 * why it is refused (a catalogue code, in Finnish, Swedish and English). Pure: the state is not changed; apply the
 * events with `replay`/`applyEvents` (or use `MeetingStore`). Never throws on a hostile command: a malformed command
 * is `invalid-command`, an impossible input to a rule is `invalid-rule-input`; programming errors are not swallowed.
 */
export function decide(
  state: MeetingState,
  command: MeetingCommand,
  options: DecideOptions = {},
): MeetingEvent[] | Refusal {
  if (
    typeof command !== 'object' ||
    command === null ||
    typeof command.type !== 'string' ||
    !Object.prototype.hasOwnProperty.call(handlers, command.type)
  )
    return refusal('unknown-command');
  try {
    return decideChecked(state, command, options);
  } catch (error) {
    if (error instanceof ProcedureInputError) {
      const m = error.localised;
      return refusal('invalid-rule-input', { ruleCode: error.code, fi: m.fi, sv: m.sv ?? m.fi, en: m.en });
    }
    // A command of the wrong shape (from an unvalidated source) fails on a property access of a missing or wrong
    // value; anything else is a bug of the engine and is thrown.
    if (error instanceof TypeError) return refusal('invalid-command');
    throw error;
  }
}

function decideChecked(state: MeetingState, command: MeetingCommand, options: DecideOptions): MeetingEvent[] | Refusal {
  if (typeof command.at !== 'string' || !INSTANT.test(command.at)) return refusal('invalid-instant');
  const atMs = Date.parse(command.at);
  if (Number.isNaN(atMs)) return refusal('invalid-instant');
  const lastMs = state.lastAtMs ?? (state.lastAt === undefined ? undefined : Date.parse(state.lastAt));
  if (lastMs !== undefined && atMs < lastMs) return refusal('time-goes-backwards');
  if (command.type !== 'open-meeting') {
    if (state.status === 'not-started') return refusal('meeting-not-open');
    if (state.status === 'closed') return refusal('meeting-closed');
  }
  const rules = resolveRules(options.rules);
  const denied = authorizeCommand(state, command, { rules });
  if (denied) return denied;
  const handler = handlers[command.type] as Handler<MeetingCommandType>;
  return handler(makeCtx(state, command, rules, options));
}

export type {
  DecideOptions,
  MeetingCommand,
  MeetingCommandOf,
  MeetingCommands,
  MeetingCommandType,
  OnBehalfOf,
} from './commands/types.js';
