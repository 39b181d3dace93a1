/** @packageDocumentation The information management model (Tiedonhallintalaki 906/2019), the records-management plan (JHS 191), DPIA and change-impact assessment as typed, validated data. */
export * from './issues.js';
export * from './codes.js';
export * from './primitives.js';
export * from './hetu.js';
export * from './model.js';
export * from './tos.js';
export * from './tos-xml.js';
export * from './examples/decision-process.js';
export * from './task-classification.js';
export * from './dpia.js';
export * from './examples/dpia-remote-meetings.js';
export * from './examples/model.js';
export * from './change-impact.js';
export * from './examples/change-impact-meeting-system.js';
export * from './publish.js';
export * from './json-schema.js';
export * from './meeting-link.js';
