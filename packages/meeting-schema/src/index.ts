/**
 * @packageDocumentation The meeting domain of Finnish municipal decision-making (Kuntalaki 410/2015)
 * as zod schemas, types, parse functions and JSON Schema. Code lists without zod are in
 * `@digikokous/meeting-schema/codes`; demo data in `@digikokous/meeting-schema/fixtures`.
 */
export * from './codes.js';
export * from './primitives.js';
export * from './identity-codes.js';
export * from './richtext.js';
export * from './organisation.js';
export * from './publicity.js';
export * from './documents.js';
export * from './proceedings.js';
export * from './minutes.js';
export * from './events.js';
export * from './registry.js';
export * from './parse.js';
export * from './json-schema.js';
