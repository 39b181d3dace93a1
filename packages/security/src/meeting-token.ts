/**
 * Meeting participation tokens: short-lived JWTs bound to one meeting (RFC 8725 explicit
 * typing, audience and issuer checks). They let the meeting platform trust that a participant
 * was strongly identified and summoned in a role, as Kuntalaki 410/2015 99 § requires that
 * participants of an electronic meeting be verifiable, and 98 § that confidential material is
 * not available to outsiders.
 */
import { Buffer } from 'node:buffer';
import { SignJWT, createLocalJWKSet, createRemoteJWKSet } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, JWTVerifyGetKey, KeyObject } from 'jose';
import { MeetingTokenError } from './errors.js';
import { checkProtectedHeader, strictJsonCode } from './jose-policy.js';
import { isCanonicalBase64Url } from './base64url.js';
import { pinnedKeys, verifySignature } from './key-cache.js';
import { containsHetuShaped } from './redact.js';
import { decodeStrictJsonSegment } from './strict-json.js';

/** The explicit token type (RFC 8725 §3.11). */
export const MEETING_TOKEN_TYP = 'meeting-participation+jwt';

/** Closed list of roles in a meeting. */
export const MEETING_ROLES = Object.freeze([
  'member',
  'deputy',
  'chair',
  'vice-chair',
  'secretary',
  'presenter',
  'official',
  'expert',
  'public',
] as const);
export type MeetingRole = (typeof MEETING_ROLES)[number];

/** Algorithms accepted for meeting tokens: asymmetric only, EdDSA by default. */
export const MEETING_TOKEN_ALGORITHMS = Object.freeze(['EdDSA', 'ES256'] as const);
export type MeetingTokenAlgorithm = (typeof MEETING_TOKEN_ALGORITHMS)[number];

/** Default length cap checked before any parsing (security-rules §2: 8 KiB). */
export const DEFAULT_MAX_TOKEN_LENGTH = 8192;
/** Longest lifetime an issued token may have (security-rules §2: ≤ 15 min). */
export const MAX_MEETING_TOKEN_LIFETIME_SECONDS = 900;

export interface MeetingTokenClaims {
  readonly iss: string;
  /** Pseudonymous participant id; never a henkilötunnus. */
  readonly sub: string;
  readonly aud: string | string[];
  /** Meeting id; must equal the verifier's `meetingId`. */
  readonly mid: string;
  readonly role: MeetingRole;
  readonly jti: string;
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
}

export interface IssueMeetingTokenInput {
  readonly sub: string;
  readonly mid: string;
  readonly role: MeetingRole;
  readonly jti?: string;
}

export type SigningKey = CryptoKey | KeyObject | JWK;

export interface IssueMeetingTokenOptions {
  readonly issuer: string;
  /** The meeting as audience, e.g. `urn:fi:kunta:meeting:<id>`. */
  readonly audience: string;
  readonly kid?: string;
  readonly alg?: MeetingTokenAlgorithm;
  /** Lifetime in seconds (default 600, at most 900). */
  readonly expiresIn?: number;
  /** Issue time (injected clock); defaults to the current time at the API boundary. */
  readonly now?: Date;
  /** Random id source for `jti` when the claims carry none; defaults to `crypto.randomUUID`. */
  readonly randomId?: () => string;
}

const SHORT_STRING = 256;

function isShortString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= SHORT_STRING;
}

/** Issue a meeting participation token (EdDSA by default, `typ: meeting-participation+jwt`). */
export async function issueMeetingToken(
  claims: IssueMeetingTokenInput,
  key: SigningKey,
  options: IssueMeetingTokenOptions,
): Promise<string> {
  const alg = options.alg ?? 'EdDSA';
  if (!MEETING_TOKEN_ALGORITHMS.includes(alg)) throw new MeetingTokenError('ERR_ALG_NOT_ALLOWED', alg);
  if (!isShortString(claims.sub) || !isShortString(claims.mid))
    throw new MeetingTokenError('ERR_MISSING_CLAIM', 'sub/mid');
  if (!(MEETING_ROLES as readonly string[]).includes(claims.role)) throw new MeetingTokenError('ERR_ROLE', 'role');
  if (!isShortString(options.issuer) || !isShortString(options.audience))
    throw new MeetingTokenError('ERR_CONFIG', 'issuer/audience');
  for (const v of [claims.sub, claims.mid, claims.jti ?? '', options.issuer, options.audience]) {
    if (containsHetuShaped(v)) throw new MeetingTokenError('ERR_PERSONAL_ID', 'claims');
  }
  const lifetime = options.expiresIn ?? 600;
  if (!Number.isInteger(lifetime) || lifetime <= 0 || lifetime > MAX_MEETING_TOKEN_LIFETIME_SECONDS) {
    throw new MeetingTokenError('ERR_LIFETIME', String(lifetime));
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const jti = claims.jti ?? (options.randomId ?? (() => globalThis.crypto.randomUUID()))();
  if (!isShortString(jti)) throw new MeetingTokenError('ERR_MISSING_CLAIM', 'jti');
  const header: { alg: string; typ: string; kid?: string } = { alg, typ: MEETING_TOKEN_TYP };
  if (options.kid !== undefined) header.kid = options.kid;
  return new SignJWT({ mid: claims.mid, role: claims.role })
    .setProtectedHeader(header)
    .setIssuer(options.issuer)
    .setSubject(claims.sub)
    .setAudience(options.audience)
    .setJti(jti)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + lifetime)
    .sign(key);
}

/** Replay cache for `jti` (RFC 7519 §4.1.7); keep entries until the token expires. */
export interface ReplayCache {
  /** Record the key; return `true` if it was not seen before, `false` on replay. */
  checkAndStore(key: string, expiresAt: number): boolean | Promise<boolean>;
}

/** In-memory replay cache for one process; use a shared store (e.g. Redis SET NX EX) across nodes. */
export class InMemoryReplayCache implements ReplayCache {
  readonly #seen = new Map<string, number>();
  readonly #now: () => number;
  readonly #maxEntries: number;

  /** @param now clock in epoch seconds (injected); @param maxEntries refuse new entries beyond this (fail closed). */
  constructor(options: { now?: () => number; maxEntries?: number } = {}) {
    this.#now = options.now ?? (() => Math.floor(Date.now() / 1000));
    this.#maxEntries = options.maxEntries ?? 100_000;
  }

  checkAndStore(key: string, expiresAt: number): boolean {
    const now = this.#now();
    const existing = this.#seen.get(key);
    if (existing !== undefined && existing > now) return false;
    if (this.#seen.size >= this.#maxEntries) this.purge();
    if (this.#seen.size >= this.#maxEntries) return false;
    this.#seen.set(key, expiresAt);
    return true;
  }

  /** Drop expired entries. */
  purge(): void {
    const now = this.#now();
    for (const [k, exp] of this.#seen) if (exp <= now) this.#seen.delete(k);
  }

  get size(): number {
    return this.#seen.size;
  }
}

export interface VerifyMeetingTokenConfig {
  /** Pinned keys: a JWK Set, or a resolver from `createLocalJWKSet` / `pinnedRemoteJwks`. */
  readonly jwks: JSONWebKeySet | JWTVerifyGetKey;
  /** Required: the expected `iss` (a missing issuer is `ERR_CONFIG`, never "any issuer"). */
  readonly issuer: string;
  /** Required: the expected `aud` (a missing audience is `ERR_CONFIG`, never "any audience"). */
  readonly audience: string;
  readonly meetingId: string;
  /** Maximum age since `iat`: seconds or a jose time span such as `'15m'`. */
  readonly maxTokenAge: number | string;
  /** Clock tolerance: seconds or a jose time span such as `'30s'`. */
  readonly clockTolerance: number | string;
  readonly currentDate?: Date;
  /** Length cap checked before parsing; default 8192. */
  readonly maxLength?: number;
  readonly replayCache?: ReplayCache;
  /** Revocation by subject and by token id (`InMemoryRevocationStore`, or a shared store). */
  readonly revocation?: RevocationStore;
  /** Allowed algorithms; a subset of `MEETING_TOKEN_ALGORITHMS`; default `['EdDSA']`. */
  readonly algorithms?: readonly MeetingTokenAlgorithm[];
  /** Roles accepted for this use (default: all of `MEETING_ROLES`). */
  readonly roles?: readonly MeetingRole[];
}

/** What a revocation store is asked about a token whose signature and claims verified. */
export interface RevocationQuery {
  readonly iss: string;
  readonly sub: string;
  readonly jti: string;
  readonly mid: string;
  /** Issue time, epoch seconds. */
  readonly iat: number;
  /** Expiry, epoch seconds. */
  readonly exp: number;
}

/**
 * Revocation of meeting tokens before `exp`: a participant removed from the meeting (by subject) or
 * one token (by `jti`). `isRevoked` returns `true` for a revoked token; a store that cannot answer
 * must throw (the token is then refused as `ERR_REVOKED`, failing closed). Use a shared store across nodes.
 */
export interface RevocationStore {
  isRevoked(token: RevocationQuery): boolean | Promise<boolean>;
}

/**
 * In-memory revocation store for one process. `revokeSubject` refuses every token of the subject
 * issued at or before the revocation time (so a participant re-admitted later gets a fresh token);
 * `revokeToken` refuses one `jti` until it expires.
 */
export class InMemoryRevocationStore implements RevocationStore {
  readonly #subjects = new Map<string, number>();
  readonly #tokens = new Map<string, number>();
  readonly #now: () => number;

  /** @param now clock in epoch seconds (injected). */
  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  static #subjectKey(iss: string, sub: string, mid: string | undefined): string {
    return `${iss}\u0000${sub}\u0000${mid ?? '*'}`;
  }

  /**
   * Revoke every token of `sub` from `issuer` issued at or before `issuedBefore` (default: now), in one
   * meeting or (without `meetingId`) in all.
   */
  revokeSubject(issuer: string, sub: string, options: { meetingId?: string; issuedBefore?: number } = {}): void {
    const key = InMemoryRevocationStore.#subjectKey(issuer, sub, options.meetingId);
    const at = options.issuedBefore ?? this.#now();
    this.#subjects.set(key, Math.max(at, this.#subjects.get(key) ?? -Infinity));
  }

  /** Revoke one token by its `jti` until `expiresAt` (epoch seconds). */
  revokeToken(issuer: string, jti: string, expiresAt: number): void {
    this.#tokens.set(`${issuer}\u0000${jti}`, expiresAt);
  }

  isRevoked(t: RevocationQuery): boolean {
    const tokenUntil = this.#tokens.get(`${t.iss}\u0000${t.jti}`);
    if (tokenUntil !== undefined) return true;
    for (const key of [
      InMemoryRevocationStore.#subjectKey(t.iss, t.sub, t.mid),
      InMemoryRevocationStore.#subjectKey(t.iss, t.sub, undefined),
    ]) {
      const before = this.#subjects.get(key);
      if (before !== undefined && t.iat <= before) return true;
    }
    return false;
  }

  /** Drop token revocations whose token has expired (it is refused as expired from then on). */
  purge(): void {
    const now = this.#now();
    for (const [k, exp] of this.#tokens) if (exp <= now) this.#tokens.delete(k);
  }
}

const localSets = new WeakMap<object, JWTVerifyGetKey>();

/** Resolve a JWK Set or resolver to a jose key resolver (cached per set object). */
export function resolveJwks(jwks: JSONWebKeySet | JWTVerifyGetKey): JWTVerifyGetKey {
  if (typeof jwks === 'function') return jwks;
  let set = localSets.get(jwks);
  if (!set) {
    set = createLocalJWKSet(jwks);
    localSets.set(jwks, set);
  }
  return set;
}

/** A remote JWK Set pinned to one HTTPS URL from configuration (never from a token header). */
export function pinnedRemoteJwks(
  url: string | URL,
  options?: Parameters<typeof createRemoteJWKSet>[1],
): JWTVerifyGetKey {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new TypeError('pinnedRemoteJwks: the JWKS URL must use https');
  return createRemoteJWKSet(u, options);
}

const SPAN = /^(\d+)\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours)$/i;

/** Seconds of a jose-style time span (subset: s, m, h). */
export function spanSeconds(span: number | string): number | undefined {
  if (typeof span === 'number') return Number.isFinite(span) && span >= 0 ? span : undefined;
  if (typeof span !== 'string') return undefined;
  const m = SPAN.exec(span.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  return unit.startsWith('h') ? n * 3600 : unit.startsWith('m') ? n * 60 : n;
}

// Every token of one issuer and key has the same protected header: decoded headers are kept (frozen,
// bounded), so a token's header is decoded once per process rather than once per verification.
const headerCache = new Map<string, Record<string, unknown>>();
const HEADER_CACHE_SIZE = 64;

function decodeHeader(segment: string): Record<string, unknown> {
  const hit = headerCache.get(segment);
  if (hit !== undefined) return hit;
  const header = Object.freeze(decodeStrictJsonSegment(segment));
  if (segment.length <= 512) {
    if (headerCache.size >= HEADER_CACHE_SIZE) headerCache.delete(headerCache.keys().next().value as string);
    headerCache.set(segment, header);
  }
  return header;
}

const isNumericDate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Verify a meeting participation token. Resolves to the verified claims or rejects with a
 * `MeetingTokenError` whose `code` names the reason. Order: configuration → length cap → structure
 * (canonical base64url, RFC 7515 §2) → duplicate members → header policy (forbidden headers, algorithm
 * allow-list, `crit`, `typ`) → key (pinned set, `kid`) → signature → claims (`iss`, `aud`, `nbf`, `exp`,
 * `iat`, `mid`, `role`, lifetime, no henkilötunnus) → revocation → `jti` replay.
 *
 * Each segment is decoded once and the pinned keys are kept as `node:crypto` key objects, so the
 * signature is checked synchronously (no WebCrypto thread-pool job per token); jose still selects keys
 * from a remote set (`pinnedRemoteJwks`) and issues tokens.
 */
export async function verifyMeetingToken(
  token: unknown,
  config: VerifyMeetingTokenConfig,
): Promise<MeetingTokenClaims> {
  if (config === null || typeof config !== 'object') throw new MeetingTokenError('ERR_CONFIG', 'config');
  const maxLength = config.maxLength ?? DEFAULT_MAX_TOKEN_LENGTH;
  const maxAge = spanSeconds(config.maxTokenAge);
  const tolerance = spanSeconds(config.clockTolerance);
  if (maxAge === undefined || tolerance === undefined || !isShortString(config.meetingId)) {
    throw new MeetingTokenError('ERR_CONFIG', 'maxTokenAge/clockTolerance/meetingId');
  }
  // Fail closed: without an issuer or audience jose would accept any (another municipality's tokens).
  if (!isShortString(config.issuer)) throw new MeetingTokenError('ERR_CONFIG', 'issuer');
  if (!isShortString(config.audience)) throw new MeetingTokenError('ERR_CONFIG', 'audience');
  if (!Number.isInteger(maxLength) || maxLength <= 0) throw new MeetingTokenError('ERR_CONFIG', 'maxLength');
  const algorithms = config.algorithms ?? ['EdDSA'];
  if (
    !Array.isArray(algorithms) ||
    algorithms.length === 0 ||
    algorithms.some((a) => !MEETING_TOKEN_ALGORITHMS.includes(a))
  )
    throw new MeetingTokenError('ERR_CONFIG', 'algorithms');
  const roles: readonly string[] = config.roles ?? MEETING_ROLES;
  if (!Array.isArray(roles)) throw new MeetingTokenError('ERR_CONFIG', 'roles');
  const keys = pinnedKeys(config.jwks);
  if (keys === undefined) throw new MeetingTokenError('ERR_CONFIG', 'jwks');

  if (typeof token !== 'string') throw new MeetingTokenError('ERR_NOT_A_STRING');
  if (token.length > maxLength) throw new MeetingTokenError('ERR_TOKEN_TOO_LONG', `> ${maxLength}`);
  const parts = token.split('.');
  if (parts.length !== 3) throw new MeetingTokenError('ERR_MALFORMED', 'segments');
  const [h = '', p = '', s = ''] = parts;
  // The same rule as verifyCompactJws: a segment must re-encode to itself (unused bits zero).
  if (!isCanonicalBase64Url(h) || !isCanonicalBase64Url(p) || !isCanonicalBase64Url(s))
    throw new MeetingTokenError('ERR_MALFORMED', 'base64url');
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodeHeader(h);
  } catch (e) {
    throw new MeetingTokenError(strictJsonCode(e), 'header', { cause: e });
  }
  const refusal = checkProtectedHeader(header, { algorithms, typ: MEETING_TOKEN_TYP });
  if (refusal) throw new MeetingTokenError(refusal.code, refusal.detail);
  try {
    claims = decodeStrictJsonSegment(p);
  } catch (e) {
    throw new MeetingTokenError(strictJsonCode(e), 'payload', { cause: e });
  }

  const alg = header.alg as MeetingTokenAlgorithm;
  const candidates = await keys.select(header, { protected: h, payload: p, signature: s });
  if (typeof candidates === 'string')
    throw new MeetingTokenError(
      candidates === 'ambiguous' ? 'ERR_UNKNOWN_KID' : candidates,
      candidates === 'ambiguous' ? 'ambiguous' : undefined,
    );
  const input = Buffer.from(`${h}.${p}`, 'latin1');
  const signature = Buffer.from(s, 'base64url');
  let verified = false;
  let keyMismatch = false;
  for (const key of candidates) {
    const r = verifySignature(alg, key, input, signature);
    if (r === 'key') keyMismatch = true;
    else if (r) {
      verified = true;
      break;
    }
  }
  if (!verified) throw new MeetingTokenError('ERR_SIGNATURE', keyMismatch ? 'key' : undefined);

  // Claims, in jose's order: presence, iss, aud, nbf, exp, iat age.
  for (const claim of ['iss', 'aud', 'iat', 'role', 'mid', 'sub', 'jti', 'nbf', 'exp']) {
    if (!Object.hasOwn(claims, claim)) throw new MeetingTokenError('ERR_MISSING_CLAIM', claim);
  }
  if (claims.iss !== config.issuer) throw new MeetingTokenError('ERR_ISSUER', 'iss');
  const aud = claims.aud;
  if (!(aud === config.audience || (Array.isArray(aud) && aud.includes(config.audience))))
    throw new MeetingTokenError('ERR_AUDIENCE', 'aud');
  const { iat, nbf, exp } = claims;
  if (!isNumericDate(iat)) throw new MeetingTokenError('ERR_CLAIM', 'iat');
  if (!isNumericDate(nbf)) throw new MeetingTokenError('ERR_CLAIM', 'nbf');
  if (!isNumericDate(exp)) throw new MeetingTokenError('ERR_CLAIM', 'exp');
  const now = Math.floor((config.currentDate ?? new Date()).getTime() / 1000);
  if (!Number.isFinite(now)) throw new MeetingTokenError('ERR_CONFIG', 'currentDate');
  if (nbf > now + tolerance) throw new MeetingTokenError('ERR_NOT_YET_VALID', 'nbf');
  if (exp <= now - tolerance) throw new MeetingTokenError('ERR_EXPIRED', 'exp');
  const age = now - iat;
  if (age - tolerance > maxAge) throw new MeetingTokenError('ERR_TOO_OLD', 'iat');
  if (age < -tolerance) throw new MeetingTokenError('ERR_IAT_IN_FUTURE', 'iat');

  if (claims.mid !== config.meetingId) throw new MeetingTokenError('ERR_MEETING_ID', 'mid');
  if (
    typeof claims.role !== 'string' ||
    !(MEETING_ROLES as readonly string[]).includes(claims.role) ||
    !roles.includes(claims.role)
  ) {
    throw new MeetingTokenError('ERR_ROLE', 'role');
  }
  if (!isShortString(claims.sub)) throw new MeetingTokenError('ERR_CLAIM', 'sub');
  if (containsHetuShaped(claims.sub)) throw new MeetingTokenError('ERR_PERSONAL_ID', 'sub');
  if (!isShortString(claims.jti)) throw new MeetingTokenError('ERR_CLAIM', 'jti');
  if (exp - iat > maxAge) throw new MeetingTokenError('ERR_LIFETIME', 'exp-iat');

  if (config.revocation !== undefined) {
    let revoked: boolean;
    try {
      revoked = await config.revocation.isRevoked({
        iss: config.issuer,
        sub: claims.sub,
        jti: claims.jti,
        mid: config.meetingId,
        iat,
        exp,
      });
    } catch (e) {
      throw new MeetingTokenError('ERR_REVOKED', 'store', { cause: e });
    }
    if (revoked !== false) throw new MeetingTokenError('ERR_REVOKED', 'revoked');
  }
  if (config.replayCache) {
    const fresh = await config.replayCache.checkAndStore(`${config.issuer}\u0000${claims.jti}`, exp + tolerance);
    if (!fresh) throw new MeetingTokenError('ERR_REPLAY', 'jti');
  }
  return claims as unknown as MeetingTokenClaims;
}
