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
export { main, readFolder, READ_FOLDER_LIMITS, type CliIo, type SkippedFile } from './cliMain.js';
export { detectSystem, fileKind, describeCounts, type Detection, type FileKind } from './detect.js';
export { decideEncoding, declaredCharset, type TextEncoding } from './input.js';
export { toMeetingSchemaRecords, type MeetingSchemaRecords } from './meetingSchema.js';
export {
  MeetingDatasetSchema,
  parseMeetingDataset,
  MEETING_DATASET_FORMAT,
  datasetCollections,
  DatasetAgendaItemSchema,
  DatasetAttachmentSchema,
  DatasetAttendanceSchema,
  DatasetBodySchema,
  DatasetCaseSchema,
  DatasetDisqualificationSchema,
  DatasetDissentSchema,
  DatasetMeetingSchema,
  DatasetMembershipSchema,
  DatasetProvenanceSchema,
  DatasetVoteSchema,
  DatasetWarningSchema,
  type MeetingDataset,
  type DatasetAgendaItem,
  type DatasetAttachment,
  type DatasetAttendance,
  type DatasetBody,
  type DatasetCase,
  type DatasetCollection,
  type DatasetDisqualification,
  type DatasetDissent,
  type DatasetMeeting,
  type DatasetMembership,
  type DatasetProvenance,
  type DatasetVote,
  type DatasetWarning,
} from './dataset.js';
export { toMeetingDataset, type InteropImport } from './toDataset.js';
export { fromMeetingDataset, type FromMeetingDatasetOptions, type FromMeetingDatasetResult } from './fromDataset.js';
