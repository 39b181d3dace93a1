/** @packageDocumentation The plans and statements a municipality keeps about its electronic decision-making, as typed data with their Finnish and Swedish documents. */
export * from './common.js';
export * from './document.js';
export * from './evidence.js';
export * from './continuity.js';
export * from './remote-security.js';
export * from './target-state.js';
export * from './accessibility.js';
export * from './publication.js';
export * from './meeting-rules.js';
export * from './json-schema.js';
export * from './pages.js';
export { esimerkkila } from './examples/esimerkkila.js';
export { exampleContinuityPlan } from './examples/continuity-plan.js';
export { exampleSecurityGuidance } from './examples/security-guidance.js';
export {
  esimerkkilaProgramme,
  mallilaProgramme,
  testikylaProgramme,
  examplePrograms,
} from './examples/action-programmes.js';
export { exampleAccessibilityRequirements, exampleStatementSettings } from './examples/accessibility.js';
export { examplePublicationRules } from './examples/publication-rules.js';
export { exampleMeetingRules } from './examples/meeting-rules.js';
