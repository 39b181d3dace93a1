/** @packageDocumentation Import meetings from Dynasty, Tweb and CaseM publications; export to OParl 1.1, the 6Aika Open Decision API and iCalendar. */
export type * from './model.js';
export { importDynasty } from './dynasty.js';
export { importCaseM } from './casem.js';
export { importTweb } from './tweb.js';
export { toOParl, OPARL_VENDOR_PREFIX, type OParlExport, type OParlObject, type OParlOptions } from './oparl.js';
export { toOpenDecisionApi, toHypertext, type OpenDecisionExport, type OpenDecisionOptions } from './openDecision.js';
export { toICalendar, foldLine, escapeText, HELSINKI_VTIMEZONE, type ICalendarOptions } from './ical.js';
export { parseProceedings, type ProceedingsResult } from './proceedings.js';
export { NameResolver } from './names.js';
export { helsinkiInstant, helsinkiOffsetAt } from './time.js';
export { DECISION_LABELS, RESOLUTION_CODES } from './labels.js';
export { main, readFolder, type CliIo } from './cliMain.js';
export { toMeetingSchemaRecords, type MeetingSchemaRecords } from './meetingSchema.js';
