/** @packageDocumentation Accessible Lit web components for Finnish municipal meetings. Classes only: import `…/define.js` files to register tags. */
export { DkAgenda, type AgendaEntry, type AgendaItemState } from './agenda/agenda.js';
export { DkAgendaItem, type AgendaItemView, type AttachmentView, type ItemPart } from './agenda-item/agenda-item.js';
export { DkConfidential } from './confidential/confidential.js';
export { DkAttendance, countPresent, holdsSeat, type ParticipantView } from './attendance/attendance.js';
export { DkQuorumStatus } from './quorum-status/quorum-status.js';
export { DkSpeakerQueue, orderQueue, type SpeakerEntry, type CurrentSpeaker } from './speaker-queue/speaker-queue.js';
export {
  DkVotePanel,
  type VoteView,
  type VoteProposal,
  type Ineligibility,
  type VotePanelState,
} from './vote-panel/vote-panel.js';
export { DkVoteResult, type VoteResultView, type RollCallEntry } from './vote-result/vote-result.js';
export { winnerOf, countBallots, type Counts } from './shared/tally.js';
export {
  DkItemSelectEvent,
  DkBallotEvent,
  DkSpeakRequestEvent,
  DkSpeakCancelEvent,
  DkSpeakGrantEvent,
  DkSpeakEndEvent,
  DkSpeakRemoveEvent,
  type DkEventMap,
} from './shared/events.js';
export { viewerContext, type Viewer } from './shared/viewer.js';
export { defineElement } from './shared/define.js';
export { resolveLocale, type Locale } from './shared/locale.js';
export type {
  LocalisedText,
  Text,
  Block,
  RichText,
  ConfidentialityMark,
  BallotOption,
  SpeechKind,
} from './shared/types.js';
export { themeCss, exampleBrandCss, adoptThemes } from './themes/themes.js';
export { DkChairConsole } from './chair-console/chair-console.js';
export {
  chairCommands,
  nextItemId,
  IRREVERSIBLE,
  type AuthorizeCommand,
  type ChairCommandOptions,
  type ChairCommandType,
  type ChairCommandView,
  type CommandRefusal,
} from './chair-console/commands.js';
export { DkProposals, type ProposalView, type VotingOrderStepView } from './proposals/proposals.js';
export { proposalsView, votingOrderView } from './proposals/adapter.js';
export { DkRollCall, type RollCallParticipant } from './roll-call/roll-call.js';
export { rollCallView } from './roll-call/adapter.js';
export { DkMinutes } from './minutes/minutes.js';
export { DkDecision } from './decision/decision.js';
export { DkPublicView, type PublicMeetingView, type PublicItemView } from './public-view/public-view.js';
export { publicView } from './public-view/adapter.js';
export {
  DkConnectionStatus,
  type AssuranceLevel,
  type ConnectionState,
  type IdentityView,
} from './connection-status/connection-status.js';
export {
  DkChairCommandEvent,
  DkProposalMakeEvent,
  DkProposalSecondEvent,
  DkProposalWithdrawEvent,
  DkAttendanceChangeEvent,
  DkMinutesApproveEvent,
  DkConnectionActionEvent,
  DkElectionBallotEvent,
  DkDisqualificationEvent,
  DkPositionEvent,
  DkDemandMeetingEvent,
  DkSeekEvent,
  type ChairCommandIntent,
  type ProcedurePosition,
  type DkMeetingEventMap,
} from './shared/meeting-events.js';
export { DkElection } from './election/election.js';
export {
  DkDisqualification,
  applicableGrounds,
  type DisqualificationView,
} from './disqualification/disqualification.js';
export { DkElectronicProcedure, type ElectronicItemView } from './electronic-procedure/electronic-procedure.js';
export { electronicItemView, type ElectronicOutcomeOptions } from './electronic-procedure/adapter.js';
export { DkRecording, cueAt, type CaptionTrack } from './recording/recording.js';
export {
  formatTimestamp,
  toWebVtt,
  parseWebVtt,
  meetingCues,
  meetingTracks,
  type Cue,
  type MeetingTrackOptions,
} from './recording/webvtt.js';
