/**
 * Strict JWS verification on top of jose: the length cap, duplicate-member check and header
 * policy of `jose-policy.ts` run first, then jose verifies the signature with an explicit
 * algorithm allow-list against pinned keys.
 */
import { flattenedVerify, createLocalJWKSet } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, JWSHeaderParameters, KeyObject, FlattenedVerifyGetKey } from 'jose';
import { Buffer } from 'node:buffer';
import { SecurityError } from './errors.js';
import { checkProtectedHeader, joseErrorCode, strictJsonCode } from './jose-policy.js';
import { decodeStrictJsonSegment } from './strict-json.js';
import { isCanonicalBase64Url } from './base64url.js';

/** Refusal of a JWS (document signatures, checkpoints, generic JWS). */
export class JwsError extends SecurityError {
  constructor(...args: ConstructorParameters<typeof SecurityError>) {
    super(...args);
    this.name = 'JwsError';
  }
}

/** Keys a verifier accepts: a pinned JWK Set, one key, or a resolver. */
export type VerificationKeys = JSONWebKeySet | CryptoKey | KeyObject | JWK | Uint8Array | FlattenedVerifyGetKey;

export interface JwsPolicy {
  /** Allowed `alg` values (always explicit). */
  readonly algorithms: readonly string[];
  /** Allowed `typ` values; when given, a missing or other `typ` fails. */
  readonly typ?: readonly string[];
  /** Length cap before parsing (default 65 536). */
  readonly maxLength?: number;
  /** Accept RFC 7797 `b64: false` with `crit: ["b64"]` (detached payloads only). */
  readonly allowUnencodedPayload?: boolean;
}

export interface VerifiedJws {
  readonly payload: Uint8Array;
  readonly protectedHeader: JWSHeaderParameters;
}

const localSets = new WeakMap<object, FlattenedVerifyGetKey>();

function keyInput(keys: VerificationKeys): CryptoKey | KeyObject | JWK | Uint8Array | FlattenedVerifyGetKey {
  if (typeof keys === 'object' && keys !== null && 'keys' in keys && Array.isArray((keys as JSONWebKeySet).keys)) {
    let set = localSets.get(keys);
    if (!set) {
      set = createLocalJWKSet(keys as JSONWebKeySet) as unknown as FlattenedVerifyGetKey;
      localSets.set(keys, set);
    }
    return set;
  }
  return keys as CryptoKey | KeyObject | JWK | Uint8Array | FlattenedVerifyGetKey;
}

function policyCheck(protectedSegment: string, policy: JwsPolicy): Record<string, unknown> {
  let header: Record<string, unknown>;
  try {
    header = decodeStrictJsonSegment(protectedSegment);
  } catch (e) {
    throw new JwsError(strictJsonCode(e), 'header', { cause: e });
  }
  let checked = header;
  if (policy.allowUnencodedPayload === true && header.b64 === false) {
    const crit = header.crit;
    if (!Array.isArray(crit) || crit.length !== 1 || crit[0] !== 'b64')
      throw new JwsError('ERR_CRIT', 'b64 requires crit ["b64"]');
    checked = { ...header };
    delete checked.b64;
    delete checked.crit;
  }
  if (policy.typ !== undefined) {
    const typ = typeof header.typ === 'string' ? header.typ : undefined;
    if (typ === undefined || !policy.typ.includes(typ)) throw new JwsError('ERR_TYP', 'typ');
  }
  const refusal = checkProtectedHeader(checked, { algorithms: policy.algorithms });
  if (refusal) throw new JwsError(refusal.code, refusal.detail);
  return header;
}

async function joseVerify(
  protectedSegment: string,
  payload: string | Uint8Array,
  signature: string,
  keys: VerificationKeys,
  policy: JwsPolicy,
  header: Record<string, unknown>,
): Promise<VerifiedJws> {
  try {
    const r = await flattenedVerify({ protected: protectedSegment, payload, signature }, keyInput(keys) as never, {
      algorithms: [...policy.algorithms],
      ...(header.b64 === false ? { crit: { b64: true } } : {}),
    });
    return { payload: r.payload, protectedHeader: r.protectedHeader ?? {} };
  } catch (e) {
    const { code, detail } = joseErrorCode(e);
    throw new JwsError(code, detail, { cause: e });
  }
}

function capLength(jws: unknown, policy: JwsPolicy): string {
  if (typeof jws !== 'string') throw new JwsError('ERR_NOT_A_STRING');
  const max = policy.maxLength ?? 65_536;
  if (jws.length > max) throw new JwsError('ERR_TOKEN_TOO_LONG', `> ${max}`);
  return jws;
}

/** Verify a compact JWS (`header.payload.signature`) under `policy`. JSON serialisations are refused. */
export async function verifyCompactJws(jws: unknown, keys: VerificationKeys, policy: JwsPolicy): Promise<VerifiedJws> {
  const text = capLength(jws, policy);
  const parts = text.split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) throw new JwsError('ERR_MALFORMED', 'segments');
  if (!parts.every(isCanonicalBase64Url)) throw new JwsError('ERR_MALFORMED', 'base64url');
  const [h = '', p = '', s = ''] = parts;
  const header = policyCheck(h, { ...policy, allowUnencodedPayload: false });
  try {
    decodeStrictJsonSegment(p);
  } catch (e) {
    // Payloads that are not JSON objects are fine for a generic JWS; duplicates in JSON ones are not.
    if (strictJsonCode(e) === 'ERR_DUPLICATE_MEMBER')
      throw new JwsError('ERR_DUPLICATE_MEMBER', 'payload', { cause: e });
  }
  return joseVerify(h, p, s, keys, policy, header);
}

/**
 * Verify a detached JWS (`header..signature`, RFC 7515 Appendix F) over `payload` bytes.
 * With `allowUnencodedPayload`, RFC 7797 `b64: false` signatures are accepted too.
 */
export async function verifyDetachedJws(
  jws: unknown,
  payload: Uint8Array,
  keys: VerificationKeys,
  policy: JwsPolicy,
): Promise<VerifiedJws> {
  const text = capLength(jws, policy);
  const parts = text.split('.');
  if (parts.length !== 3 || parts[1] !== '' || !parts[0] || !parts[2])
    throw new JwsError('ERR_MALFORMED', 'detached form is header..signature');
  if (!parts.every(isCanonicalBase64Url)) throw new JwsError('ERR_MALFORMED', 'base64url');
  const [h = '', , s = ''] = parts;
  const header = policyCheck(h, policy);
  const body = header.b64 === false ? payload : Buffer.from(payload).toString('base64url');
  return joseVerify(h, body, s, keys, policy, header);
}
