/** @packageDocumentation Digital security of remote and hybrid municipal meetings on jose: identification, meeting tokens, signed minutes, access to confidential material, a tamper-evident audit log, identity codes and redaction. */
export * from './errors.js';
export * from './hetu.js';
export * from './redact.js';
export * from './publication.js';
export * from './meeting-token.js';
export { FORBIDDEN_HEADER_PARAMETERS } from './jose-policy.js';
export { assertNoDuplicateMembers, StrictJsonError } from './strict-json.js';
export { canonicalize, tryCanonicalize, canonicalBytes, CanonicalizationError } from './canonical.js';
export * from './jws.js';
export * from './document-signature.js';
export * from './merkle.js';
export * from './audit.js';
export * from './confidentiality.js';
export * from './access.js';
export * from './attachment.js';
export * from './identity.js';
