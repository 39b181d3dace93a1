/**
 * Signed minutes and vote records. The document is canonicalised with RFC 8785 (JCS) and
 * signed as a detached JWS (RFC 7515 Appendix F): the stored signature is
 * `protected..signature`, the payload is re-attached from the canonical bytes when verifying.
 * Several signers sign one document independently (the chair and the secretary sign the
 * minutes, the minutes checkers check them: Kuntalaki 410/2015 107 § and 140 §; JulkL 6 § 1 mom 6 k: the
 * minutes become public when signed or checked). Each document kind has its own `typ`.
 */
import { CompactSign } from 'jose';
import type { CryptoKey, JWK, KeyObject } from 'jose';
import { canonicalBytes } from './canonical.js';
import { SecurityError, type SecurityErrorCode } from './errors.js';
import { verifyDetachedJws, JwsError, type VerificationKeys } from './jws.js';

/** Explicit `typ` values per document kind (RFC 8725 §3.11, §3.12: mutually exclusive). */
export const DOCUMENT_TYPES = Object.freeze({
  minutes: 'minutes+jws',
  voteRecord: 'vote-record+jws',
  decision: 'decision+jws',
} as const);
export type DocumentTyp = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

/** Signer roles recorded in the protected header. */
export const SIGNER_ROLES = Object.freeze(['chair', 'vice-chair', 'secretary', 'minutes-checker', 'official'] as const);
export type SignerRole = (typeof SIGNER_ROLES)[number];

export const DOCUMENT_SIGNATURE_ALGORITHMS = Object.freeze(['EdDSA', 'ES256', 'PS256', 'RS256'] as const);

export interface SignDocumentOptions {
  readonly typ: DocumentTyp;
  readonly kid?: string;
  readonly alg?: (typeof DOCUMENT_SIGNATURE_ALGORITHMS)[number];
  /** The signer's role in this document (signed, in the protected header as `role`). */
  readonly role?: SignerRole;
}

/** Sign the canonical bytes of `doc`; returns the detached compact JWS `protected..signature`. */
export async function signDocument(
  doc: unknown,
  key: CryptoKey | KeyObject | JWK,
  options: SignDocumentOptions,
): Promise<string> {
  const typs: readonly string[] = Object.values(DOCUMENT_TYPES);
  if (!typs.includes(options.typ)) throw new SecurityError('ERR_TYP', String(options.typ));
  const alg = options.alg ?? 'EdDSA';
  if (!DOCUMENT_SIGNATURE_ALGORITHMS.includes(alg)) throw new SecurityError('ERR_ALG_NOT_ALLOWED', alg);
  if (options.role !== undefined && !SIGNER_ROLES.includes(options.role))
    throw new SecurityError('ERR_ROLE', options.role);
  const header: Record<string, string> = { alg, typ: options.typ };
  if (options.kid !== undefined) header.kid = options.kid;
  if (options.role !== undefined) header.role = options.role;
  const jws = await new CompactSign(canonicalBytes(doc)).setProtectedHeader(header as { alg: string }).sign(key);
  const [h, , s] = jws.split('.');
  return `${h}..${s}`;
}

export interface SignatureCheck {
  readonly index: number;
  readonly valid: boolean;
  readonly kid?: string;
  readonly typ?: string;
  readonly role?: string;
  readonly alg?: string;
  readonly code?: SecurityErrorCode;
}

export interface DocumentVerification {
  /** All signatures valid, at least one present, the same `typ` on each, required roles present. */
  readonly valid: boolean;
  readonly signatures: readonly SignatureCheck[];
  /** Roles required by the options but not covered by a valid signature. */
  readonly missingRoles: readonly string[];
}

export interface VerifyDocumentOptions {
  /** Allowed `typ` values (default: all of `DOCUMENT_TYPES`). */
  readonly typ?: readonly DocumentTyp[];
  readonly algorithms?: readonly string[];
  /** Roles that must each have a valid signature, e.g. `['chair', 'secretary']`. */
  readonly requiredRoles?: readonly SignerRole[];
}

/** Verify every detached signature over the canonical bytes of `doc` against pinned keys. */
export async function verifyDocument(
  doc: unknown,
  signatures: readonly string[],
  keys: VerificationKeys,
  options: VerifyDocumentOptions = {},
): Promise<DocumentVerification> {
  let payload: Uint8Array;
  try {
    payload = canonicalBytes(doc);
  } catch {
    return { valid: false, signatures: [], missingRoles: [...(options.requiredRoles ?? [])] };
  }
  const policy = {
    algorithms: options.algorithms ?? DOCUMENT_SIGNATURE_ALGORITHMS,
    typ: options.typ ?? Object.values(DOCUMENT_TYPES),
  };
  const checks: SignatureCheck[] = [];
  const list = Array.isArray(signatures) ? signatures : [];
  for (let index = 0; index < list.length; index++) {
    try {
      const { protectedHeader: h } = await verifyDetachedJws(list[index], payload, keys, policy);
      checks.push({
        index,
        valid: true,
        ...(h.kid !== undefined ? { kid: h.kid } : {}),
        ...(typeof h.typ === 'string' ? { typ: h.typ } : {}),
        ...(typeof h.role === 'string' ? { role: h.role } : {}),
        ...(typeof h.alg === 'string' ? { alg: h.alg } : {}),
      });
    } catch (e) {
      checks.push({ index, valid: false, code: e instanceof JwsError ? e.code : 'ERR_SIGNATURE' });
    }
  }
  const typs = new Set(checks.map((c) => c.typ));
  const roles = new Set(checks.filter((c) => c.valid).map((c) => c.role));
  const missingRoles = (options.requiredRoles ?? []).filter((r) => !roles.has(r));
  const valid = checks.length > 0 && checks.every((c) => c.valid) && typs.size === 1 && missingRoles.length === 0;
  return { valid, signatures: checks, missingRoles };
}
