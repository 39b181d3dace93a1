/**
 * Shared JOSE policy (RFC 8725 §3): checks that run on the decoded protected header and
 * payload *before* jose sees the token, and the mapping of jose's errors to the package's
 * closed set of error codes.
 */
import { errors } from 'jose';
import type { SecurityErrorCode } from './errors.js';
import { StrictJsonError } from './strict-json.js';

/** Header parameters that would let the token name its own key; never honoured, always refused. */
export const FORBIDDEN_HEADER_PARAMETERS = Object.freeze(['jku', 'x5u', 'jwk', 'x5c']);

export interface HeaderPolicy {
  readonly algorithms: readonly string[];
  /** Expected `typ`, compared exactly (case-insensitive, `application/` prefix allowed as in RFC 7515 §4.1.9). */
  readonly typ?: string;
}

function normaliseTyp(typ: string): string {
  const t = typ.toLowerCase();
  return t.startsWith('application/') ? t.slice('application/'.length) : t;
}

/** Returns the refusal code for a header, or `undefined` when the header passes. */
export function checkProtectedHeader(
  header: Record<string, unknown>,
  policy: HeaderPolicy,
): { code: SecurityErrorCode; detail: string } | undefined {
  for (const name of FORBIDDEN_HEADER_PARAMETERS) {
    if (Object.hasOwn(header, name)) return { code: 'ERR_FORBIDDEN_HEADER', detail: name };
  }
  const alg = header.alg;
  if (typeof alg !== 'string' || !policy.algorithms.includes(alg)) {
    return { code: 'ERR_ALG_NOT_ALLOWED', detail: typeof alg === 'string' ? alg.slice(0, 32) : 'alg' };
  }
  if (Object.hasOwn(header, 'crit')) return { code: 'ERR_CRIT', detail: 'crit' };
  if (Object.hasOwn(header, 'b64')) return { code: 'ERR_CRIT', detail: 'b64' };
  if (policy.typ !== undefined) {
    if (typeof header.typ !== 'string' || normaliseTyp(header.typ) !== normaliseTyp(policy.typ)) {
      return { code: 'ERR_TYP', detail: 'typ' };
    }
  }
  return undefined;
}

/** Map a strict-JSON failure to a code. */
export function strictJsonCode(e: unknown): SecurityErrorCode {
  return e instanceof StrictJsonError && e.kind === 'duplicate' ? 'ERR_DUPLICATE_MEMBER' : 'ERR_MALFORMED';
}

/** Map an error thrown by jose to the package's code. */
export function joseErrorCode(e: unknown): { code: SecurityErrorCode; detail?: string } {
  if (e instanceof errors.JWTExpired) {
    return e.claim === 'iat' ? { code: 'ERR_TOO_OLD', detail: 'iat' } : { code: 'ERR_EXPIRED', detail: 'exp' };
  }
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.reason === 'missing') return { code: 'ERR_MISSING_CLAIM', detail: e.claim };
    switch (e.claim) {
      case 'nbf':
        return { code: 'ERR_NOT_YET_VALID', detail: 'nbf' };
      case 'iat':
        return e.reason === 'check_failed'
          ? { code: 'ERR_IAT_IN_FUTURE', detail: 'iat' }
          : { code: 'ERR_CLAIM', detail: 'iat' };
      case 'iss':
        return { code: 'ERR_ISSUER', detail: 'iss' };
      case 'aud':
        return { code: 'ERR_AUDIENCE', detail: 'aud' };
      case 'typ':
        return { code: 'ERR_TYP', detail: 'typ' };
      default:
        return { code: 'ERR_CLAIM', detail: e.claim };
    }
  }
  if (e instanceof errors.JWSSignatureVerificationFailed) return { code: 'ERR_SIGNATURE' };
  if (e instanceof errors.JWKSNoMatchingKey) return { code: 'ERR_UNKNOWN_KID' };
  if (e instanceof errors.JWKSMultipleMatchingKeys) return { code: 'ERR_UNKNOWN_KID', detail: 'ambiguous' };
  if (e instanceof errors.JOSEAlgNotAllowed) return { code: 'ERR_ALG_NOT_ALLOWED' };
  if (e instanceof errors.JWEDecryptionFailed) return { code: 'ERR_DECRYPT' };
  if (e instanceof errors.JOSENotSupported) {
    return /crit|extension/i.test(e.message) ? { code: 'ERR_CRIT' } : { code: 'ERR_UNSUPPORTED' };
  }
  if (e instanceof errors.JWTInvalid || e instanceof errors.JWSInvalid || e instanceof errors.JWEInvalid) {
    return { code: 'ERR_MALFORMED' };
  }
  // Key-type mismatches (e.g. HMAC token against an asymmetric key) surface as TypeError.
  if (e instanceof TypeError) return { code: 'ERR_SIGNATURE', detail: 'key' };
  return { code: 'ERR_SIGNATURE' };
}
