/**
 * Meeting participation tokens: short-lived JWTs bound to one meeting (RFC 8725 explicit
 * typing, audience and issuer checks). They let the meeting platform trust that a participant
 * was strongly identified and summoned in a role, as Kuntalaki 410/2015 99 § requires that
 * participants of an electronic meeting be verifiable, and 98 § that confidential material is
 * not available to outsiders.
 */
import { SignJWT, createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, JWTVerifyGetKey, KeyObject } from 'jose';
import { MeetingTokenError } from './errors.js';
import { checkProtectedHeader, joseErrorCode, strictJsonCode } from './jose-policy.js';
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
  readonly issuer: string;
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
  /** Allowed algorithms; a subset of `MEETING_TOKEN_ALGORITHMS`; default `['EdDSA']`. */
  readonly algorithms?: readonly MeetingTokenAlgorithm[];
  /** Roles accepted for this use (default: all of `MEETING_ROLES`). */
  readonly roles?: readonly MeetingRole[];
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
  const m = SPAN.exec(span.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  return unit.startsWith('h') ? n * 3600 : unit.startsWith('m') ? n * 60 : n;
}

/**
 * Verify a meeting participation token. Resolves to the verified claims or rejects with a
 * `MeetingTokenError` whose `code` names the reason. Order: length cap → structure →
 * duplicate members → header policy (forbidden headers, algorithm allow-list, `crit`, `typ`)
 * → signature and time claims (jose) → `mid`, `role`, lifetime → `jti` replay.
 */
export async function verifyMeetingToken(
  token: unknown,
  config: VerifyMeetingTokenConfig,
): Promise<MeetingTokenClaims> {
  const maxLength = config.maxLength ?? DEFAULT_MAX_TOKEN_LENGTH;
  if (typeof token !== 'string') throw new MeetingTokenError('ERR_NOT_A_STRING');
  if (token.length > maxLength) throw new MeetingTokenError('ERR_TOKEN_TOO_LONG', `> ${maxLength}`);
  const maxAge = spanSeconds(config.maxTokenAge);
  const tolerance = spanSeconds(config.clockTolerance);
  if (maxAge === undefined || tolerance === undefined || !isShortString(config.meetingId)) {
    throw new MeetingTokenError('ERR_CONFIG', 'maxTokenAge/clockTolerance/meetingId');
  }
  const algorithms = config.algorithms ?? ['EdDSA'];
  if (algorithms.some((a) => !MEETING_TOKEN_ALGORITHMS.includes(a)))
    throw new MeetingTokenError('ERR_CONFIG', 'algorithms');

  const parts = token.split('.');
  if (parts.length !== 3) throw new MeetingTokenError('ERR_MALFORMED', 'segments');
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decodeStrictJsonSegment(parts[0] ?? '');
  } catch (e) {
    throw new MeetingTokenError(strictJsonCode(e), 'header', { cause: e });
  }
  const refusal = checkProtectedHeader(header, { algorithms, typ: MEETING_TOKEN_TYP });
  if (refusal) throw new MeetingTokenError(refusal.code, refusal.detail);
  try {
    payload = decodeStrictJsonSegment(parts[1] ?? '');
  } catch (e) {
    throw new MeetingTokenError(strictJsonCode(e), 'payload', { cause: e });
  }
  void payload;

  let claims: Record<string, unknown>;
  try {
    const result = await jwtVerify(token, resolveJwks(config.jwks), {
      algorithms: [...algorithms],
      issuer: config.issuer,
      audience: config.audience,
      typ: MEETING_TOKEN_TYP,
      maxTokenAge: maxAge,
      clockTolerance: tolerance,
      requiredClaims: ['exp', 'iat', 'nbf', 'jti', 'sub', 'mid', 'role'],
      ...(config.currentDate ? { currentDate: config.currentDate } : {}),
    });
    claims = result.payload as Record<string, unknown>;
  } catch (e) {
    const { code, detail } = joseErrorCode(e);
    throw new MeetingTokenError(code, detail, { cause: e });
  }

  if (claims.mid !== config.meetingId) throw new MeetingTokenError('ERR_MEETING_ID', 'mid');
  const roles: readonly string[] = config.roles ?? MEETING_ROLES;
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
  const { exp, iat } = claims as { exp: number; iat: number };
  if (exp - iat > maxAge) throw new MeetingTokenError('ERR_LIFETIME', 'exp-iat');

  if (config.replayCache) {
    const fresh = await config.replayCache.checkAndStore(`${config.issuer}\u0000${claims.jti}`, exp + tolerance);
    if (!fresh) throw new MeetingTokenError('ERR_REPLAY', 'jti');
  }
  return claims as unknown as MeetingTokenClaims;
}
