/** @packageDocumentation The procedure rules of Finnish municipal decision-making: quorum, voting order, votes, elections, deadlines with Finnish holidays, the electronic decision procedure, the meeting log and the minutes. */
export {
  assertCount,
  fail,
  isProcedureError,
  procedureError,
  ProcedureInputError,
  type LocalisedMessage,
  type ProcedureError,
} from './errors.js';
export {
  isRefusal,
  refusal,
  refusalCatalogue,
  type Refusal,
  type RefusalCode,
  type RefusalParams,
} from './refusals.js';
export {
  defaultAuthority,
  defaultProcedureRules,
  resolveRules,
  type Authority,
  type AuthorityKey,
  type ProcedureRules,
  type ProcedureRulesOverrides,
} from './rules.js';
export { compareFractions, formatFraction, type Fraction } from './fraction.js';
export {
  isCouncilKind,
  isQuorate,
  itemQuorum,
  requiredForQuorum,
  type BodySize,
  type ItemQuorum,
  type SeatAttendance,
} from './quorum.js';
export {
  councilTablingByDemand,
  planVotes,
  resolveItem,
  tallyVote,
  WINNER_OF_PREVIOUS,
  wishClauseRejection,
  type BallotOption,
  type ItemResolution,
  type PlannedProposal,
  type ProposalKind,
  type ResolvedKind,
  type TallyResult,
  type VotePlan,
  type VoteStep,
  type VoteStepPurpose,
} from './voting.js';
export { drawLot, type Lot, type RandomSource } from './lots.js';
export {
  closedBallotAllowed,
  isProportionalElectionDemanded,
  majorityElection,
  proportionalElection,
  proportionalElectionThreshold,
  type ComparisonNumber,
  type ElectionCandidate,
  type ElectionGroup,
  type ProportionalResult,
} from './elections.js';
export { electionRecord, lotDraws } from './election-record.js';
export { genderBalance } from './gender-balance.js';
export { addDays, daysBetween, formatIsoDate, helsinkiDate, parseIsoDate, weekday, ymd } from './calendar.js';
export {
  easterSunday,
  finnishHolidays,
  firstWorkingDayOnOrAfter,
  isBlockingDay,
  nextWorkingDay,
  type Holiday,
} from './holidays.js';
export {
  appealDeadlines,
  COUNCIL_INVITATION_DAYS,
  invitationLatest,
  MUNICIPAL_APPEAL_DAYS,
  notificationDate,
  RECORDING_ACCESSIBLE_DAYS,
  RECTIFICATION_DAYS,
  recordingAccessibleBy,
  type AppealDeadlines,
  type NotificationChannel,
} from './deadlines.js';
export { electronicProcedureOutcome, type ElectronicProcedureOutcome } from './electronic-procedure.js';
export {
  assessDisqualification,
  CLOSE_PERSONS,
  SCHEMA_GROUND,
  type CloseRelation,
  type DisqualificationAssessment,
  type DisqualificationGround,
  type DisqualificationRelation,
  type Who,
} from './disqualification.js';
export type {
  AttendancePeriod,
  ItemQuorumState,
  ItemState,
  MeetingEvent,
  MeetingState,
  PersonAttendance,
  ProposalState,
  ReplayMeeting,
  RosterMembership,
  SeatRoster,
  SpeakerState,
  VoteState,
  VotingSide,
} from './state.js';
export { buildRoster, claimSeat, holdsSeat, SEAT_ROLES, votersPresent, type SeatClaim } from './seats.js';
export {
  applyEvents,
  initialState,
  replay,
  resolveBody,
  stateToJSON,
  type ReplayBody,
  type ReplayOptions,
} from './replay.js';
export {
  baseProposal,
  computeDecision,
  DECISION_KIND,
  orderResults,
  planForItem,
  resolveSide,
  walkVotes,
  type Walk,
} from './item-queries.js';
export { authorizeCommand, eventActorRefusal } from './authorize.js';
export {
  decide,
  meetingCommandTypes,
  type DecideOptions,
  type MeetingCommand,
  type MeetingCommandOf,
  type MeetingCommands,
  type MeetingCommandType,
  type OnBehalfOf,
} from './decide.js';
export { MeetingStore, type StoreListener } from './store.js';
export {
  draftMinutesText,
  phrasesFor,
  type DraftMinutesOptions,
  type MinutesLanguage,
  type MinutesPerson,
  type MinutesText,
  type MinutesTextAppeal,
  type MinutesTextSection,
} from './minutes.js';
export {
  draftMinutes,
  personalDataUntil,
  renderMinutes,
  renderMinutesHtml,
  type RenderMinutesOptions,
} from './minutes-document.js';
export {
  AppealConfigurationError,
  appealInstructionFor,
  appealInstructionText,
  lastDayOf,
  personalDataRemovalAfter,
  type AppealConfiguration,
  type AppealContext,
  type AppealDecision,
  type AppealRemedy,
  type AppealText,
  type ProcurementRemedy,
  type RemedyChoice,
  type SpecialLawRemedy,
} from './minutes/appeal.js';
export * as fiNumerals from './minutes/numerals.js';
export type { MinutesPhrases } from './minutes/phrases.js';
