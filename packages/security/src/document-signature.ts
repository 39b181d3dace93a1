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
  /** The signer's person id, from `signers` configuration (never from the signature). */
  readonly personId?: string;
  readonly code?: SecurityErrorCode;
}

export interface DocumentVerification {
  /** All signatures valid, at least one present, the same `typ` on each, required roles present. */
  readonly valid: boolean;
  readonly signatures: readonly SignatureCheck[];
  /** Roles required by the options but not covered by a valid signature of a distinct signer. */
  readonly missingRoles: readonly string[];
}

/** Who holds a signing key: from configuration (e.g. the body's records), never from the signature. */
export interface DocumentSigner {
  /** Pseudonymous person id of the key holder. */
  readonly personId: string;
  /** The roles this key may sign in (e.g. `['chair']`, or `['chair', 'vice-chair']`). */
  readonly roles: readonly SignerRole[];
}

export interface VerifyDocumentOptions {
  /**
   * Required: the document kind(s) this verification accepts, e.g. `'minutes+jws'` (RFC 8725 §3.11–3.12:
   * a vote-record signature must never verify as minutes). Missing is `ERR_CONFIG`.
   */
  readonly typ: DocumentTyp | readonly DocumentTyp[];
  readonly algorithms?: readonly string[];
  /**
   * Roles that must each have a valid signature of a distinct signer, e.g. `['chair', 'secretary']`.
   * Needs `signers`: a role counts only when it is bound to the key that made the signature.
   */
  readonly requiredRoles?: readonly SignerRole[];
  /**
   * `kid` → the key holder and the roles bound to that key. When given, every signature needs a `kid`
   * listed here (`ERR_UNKNOWN_KID`), its `role` must be one bound to the key (`ERR_ROLE`), and `keys` must be
   * a JWK Set so that the `kid` selects the key.
   */
  readonly signers?: Readonly<Record<string, DocumentSigner>>;
}

const isJwkSet = (k: unknown): boolean =>
  k !== null && typeof k === 'object' && Array.isArray((k as { keys?: unknown }).keys);

function checkOptions(
  keys: VerificationKeys,
  options: VerifyDocumentOptions,
): { typs: DocumentTyp[]; signers: Map<string, DocumentSigner> | undefined } {
  if (options === null || typeof options !== 'object') throw new SecurityError('ERR_CONFIG', 'options');
  const known: readonly string[] = Object.values(DOCUMENT_TYPES);
  const raw: unknown = options.typ;
  const typs = (typeof raw === 'string' ? [raw] : Array.isArray(raw) ? [...(raw as unknown[])] : []) as DocumentTyp[];
  if (typs.length === 0 || !typs.every((t) => known.includes(t))) throw new SecurityError('ERR_CONFIG', 'typ');
  const required: unknown = options.requiredRoles ?? [];
  if (!Array.isArray(required) || !required.every((r) => (SIGNER_ROLES as readonly string[]).includes(r as string)))
    throw new SecurityError('ERR_CONFIG', 'requiredRoles');
  if (options.signers === undefined) {
    if (required.length > 0) throw new SecurityError('ERR_CONFIG', 'requiredRoles need signers');
    return { typs, signers: undefined };
  }
  if (options.signers === null || typeof options.signers !== 'object') throw new SecurityError('ERR_CONFIG', 'signers');
  if (!isJwkSet(keys)) throw new SecurityError('ERR_CONFIG', 'signers need a JWK Set');
  const signers = new Map<string, DocumentSigner>();
  for (const [kid, signer] of Object.entries(options.signers)) {
    const roles: unknown = signer?.roles;
    if (
      typeof signer?.personId !== 'string' ||
      signer.personId.length === 0 ||
      !Array.isArray(roles) ||
      roles.length === 0 ||
      !roles.every((r) => (SIGNER_ROLES as readonly string[]).includes(r as string))
    )
      throw new SecurityError('ERR_CONFIG', 'signers');
    signers.set(kid, { personId: signer.personId, roles: [...(roles as SignerRole[])] });
  }
  return { typs, signers };
}

/** Largest set of required roles covered with each signer person used once (tiny sizes: plain search). */
function coveredRoles(required: readonly string[], byRole: Map<string, Set<string>>): Set<string> {
  let best = new Set<string>();
  const walk = (i: number, used: Set<string>, covered: Set<string>): void => {
    if (covered.size + (required.length - i) <= best.size) return;
    if (i === required.length) {
      best = new Set(covered);
      return;
    }
    const role = required[i] as string;
    for (const person of byRole.get(role) ?? []) {
      if (used.has(person)) continue;
      used.add(person);
      covered.add(role);
      walk(i + 1, used, covered);
      covered.delete(role);
      used.delete(person);
    }
    walk(i + 1, used, covered);
  };
  walk(0, new Set(), new Set());
  return best;
}

/**
 * Verify every detached signature over the canonical bytes of `doc` against pinned keys. A role counts
 * only when `signers` binds it to the signing key, and one key holder covers at most one required role
 * (the secretary's key cannot sign as chair and as secretary). Throws `SecurityError` `ERR_CONFIG` for
 * options it cannot understand (no `typ`, unknown roles, `requiredRoles` without `signers`).
 */
export async function verifyDocument(
  doc: unknown,
  signatures: readonly string[],
  keys: VerificationKeys,
  options: VerifyDocumentOptions,
): Promise<DocumentVerification> {
  const { typs, signers } = checkOptions(keys, options);
  const required = [...new Set(options.requiredRoles ?? [])];
  let payload: Uint8Array;
  try {
    payload = canonicalBytes(doc);
  } catch {
    return { valid: false, signatures: [], missingRoles: required };
  }
  const policy = { algorithms: options.algorithms ?? DOCUMENT_SIGNATURE_ALGORITHMS, typ: typs };
  const checks: SignatureCheck[] = [];
  const list = Array.isArray(signatures) ? signatures : [];
  for (let index = 0; index < list.length; index++) {
    try {
      const { protectedHeader: h } = await verifyDetachedJws(list[index], payload, keys, policy);
      const kid = typeof h.kid === 'string' ? h.kid : undefined;
      const role = typeof h.role === 'string' ? h.role : undefined;
      const base = {
        index,
        ...(kid !== undefined ? { kid } : {}),
        ...(typeof h.typ === 'string' ? { typ: h.typ } : {}),
        ...(role !== undefined ? { role } : {}),
        ...(typeof h.alg === 'string' ? { alg: h.alg } : {}),
      };
      if (signers !== undefined) {
        const signer = kid === undefined ? undefined : signers.get(kid);
        if (signer === undefined) {
          checks.push({ ...base, valid: false, code: 'ERR_UNKNOWN_KID' });
          continue;
        }
        if (role !== undefined && !(signer.roles as readonly string[]).includes(role)) {
          checks.push({ ...base, personId: signer.personId, valid: false, code: 'ERR_ROLE' });
          continue;
        }
        checks.push({ ...base, personId: signer.personId, valid: true });
      } else {
        checks.push({ ...base, valid: true });
      }
    } catch (e) {
      checks.push({ index, valid: false, code: e instanceof JwsError ? e.code : 'ERR_SIGNATURE' });
    }
  }
  const typSet = new Set(checks.map((c) => c.typ));
  const byRole = new Map<string, Set<string>>();
  for (const c of checks) {
    if (!c.valid || c.role === undefined || c.personId === undefined) continue;
    let people = byRole.get(c.role);
    if (!people) byRole.set(c.role, (people = new Set()));
    people.add(c.personId);
  }
  const covered = coveredRoles(required, byRole);
  const missingRoles = required.filter((r) => !covered.has(r));
  const valid = checks.length > 0 && checks.every((c) => c.valid) && typSet.size === 1 && missingRoles.length === 0;
  return { valid, signatures: checks, missingRoles };
}
