/** @packageDocumentation The procedure rules of Finnish municipal decision-making: quorum, voting order, votes, elections, deadlines with Finnish holidays, the electronic decision procedure, the meeting log and the minutes. */
export * from './errors.js';
export * from './rules.js';
export * from './fraction.js';
export * from './quorum.js';
export * from './voting.js';
export * from './lots.js';
export * from './elections.js';
export * from './election-record.js';
export * from './calendar.js';
export * from './holidays.js';
export * from './deadlines.js';
export * from './electronic-procedure.js';
export * from './disqualification.js';
export type * from './state.js';
export * from './replay.js';
export * from './decide.js';
export * from './store.js';
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
export * from './minutes/appeal.js';
export * as fiNumerals from './minutes/numerals.js';
export type { MinutesPhrases } from './minutes/phrases.js';
