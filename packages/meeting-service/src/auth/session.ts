import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  issueMeetingToken,
  MEETING_ROLES,
  MeetingTokenError,
  verifyMeetingToken,
  type MeetingRole,
} from '@digikokous/security';
import { jwksOf, type SigningKeyPair } from './keys.js';

/** A verified session: the actor of every command comes from here. */
export interface Session {
  readonly personId: string;
  readonly role: MeetingRole;
  readonly meetingId: string;
  readonly jti: string;
  readonly exp: number;
  /** When the person was identified (seconds), carried in the signed `jti`. */
  readonly authTime: number;
  /** `dev` or `oidc`, and the level of assurance, for the audit entries. */
  readonly idp: string;
  readonly loa: string;
}

export interface SessionConfig {
  readonly issuer: string;
  readonly audiencePrefix: string;
  readonly tokenKey: SigningKeyPair;
  /** Lifetime of one meeting token, seconds (≤ 900, the security package's cap). */
  readonly tokenLifetime: number;
  /** How long a session may be refreshed after identification before the person must identify again. */
  readonly maxSessionSeconds: number;
  readonly clock: () => Date;
  /** Key of the CSRF tokens (HMAC of the session's jti). */
  readonly csrfKey: Uint8Array;
}

export const SESSION_COOKIE_PREFIX = '__Host-dk-';

export function sessionCookieName(meetingId: string): string {
  return `${SESSION_COOKIE_PREFIX}${meetingId}`;
}

export function defaultCsrfKey(): Uint8Array {
  return randomBytes(32);
}

const JTI = /^(\d{1,12})\.(dev|oidc)\.(low|substantial|high)\.([0-9a-f:]{8,64})$/;

/**
 * Meeting sessions on `issueMeetingToken`: a short-lived EdDSA token bound to the meeting (`aud`, `mid`) and the
 * person's role, held by the browser in an httpOnly, Secure, SameSite=Strict cookie, plus a CSRF token (an HMAC of
 * the token's `jti`) the app sends in a header with every state-changing request.
 */
export class Sessions {
  constructor(readonly config: SessionConfig) {}

  audience(meetingId: string): string {
    return `${this.config.audiencePrefix}${meetingId}`;
  }

  async issue(input: {
    personId: string;
    role: MeetingRole;
    meetingId: string;
    idp: 'dev' | 'oidc';
    loa: string;
    authTime?: number;
  }): Promise<{ token: string; csrf: string; expiresIn: number }> {
    const now = this.config.clock();
    const authTime = input.authTime ?? Math.floor(now.getTime() / 1000);
    // Random hex in groups of four: a UUID can look like a henkilötunnus (`…123456-789a…`), which the token
    // issuer rightly refuses.
    const random = randomBytes(16)
      .toString('hex')
      .replace(/(.{4})(?!$)/g, '$1:');
    const jti = `${authTime}.${input.idp}.${input.loa}.${random}`;
    const token = await issueMeetingToken(
      { sub: input.personId, mid: input.meetingId, role: input.role, jti },
      this.config.tokenKey.privateKey,
      {
        issuer: this.config.issuer,
        audience: this.audience(input.meetingId),
        kid: this.config.tokenKey.kid,
        expiresIn: this.config.tokenLifetime,
        now,
      },
    );
    return { token, csrf: this.csrfFor(jti), expiresIn: this.config.tokenLifetime };
  }

  /** Verifies a token from the cookie; `undefined` when absent, throws `MeetingTokenError` when invalid. */
  async verify(token: string, meetingId: string): Promise<Session> {
    const claims = await verifyMeetingToken(token, {
      jwks: jwksOf(this.config.tokenKey),
      issuer: this.config.issuer,
      audience: this.audience(meetingId),
      meetingId,
      maxTokenAge: this.config.tokenLifetime + 30,
      clockTolerance: 5,
      currentDate: this.config.clock(),
      roles: MEETING_ROLES,
    });
    const m = JTI.exec(claims.jti);
    if (!m) throw new MeetingTokenError('ERR_MISSING_CLAIM', 'jti');
    return {
      personId: claims.sub,
      role: claims.role,
      meetingId: claims.mid,
      jti: claims.jti,
      exp: claims.exp,
      authTime: Number(m[1]),
      idp: m[2] as string,
      loa: m[3] as string,
    };
  }

  /** A new token for a live session, unless the identification is older than `maxSessionSeconds`. */
  async refresh(session: Session): Promise<{ token: string; csrf: string; expiresIn: number } | undefined> {
    const now = Math.floor(this.config.clock().getTime() / 1000);
    if (now - session.authTime > this.config.maxSessionSeconds) return undefined;
    return this.issue({
      personId: session.personId,
      role: session.role,
      meetingId: session.meetingId,
      idp: session.idp as 'dev' | 'oidc',
      loa: session.loa,
      authTime: session.authTime,
    });
  }

  csrfFor(jti: string): string {
    return createHmac('sha256', this.config.csrfKey).update(jti).digest('base64url');
  }

  checkCsrf(session: Session, header: unknown): boolean {
    if (typeof header !== 'string' || header.length > 100) return false;
    const expected = Buffer.from(this.csrfFor(session.jti));
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  cookie(meetingId: string, token: string, maxAge: number): string {
    // __Host- prefix: Secure, Path=/ and no Domain are enforced by the browser (RFC 6265bis 4.1.3.2).
    return `${sessionCookieName(meetingId)}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`;
  }

  clearCookie(meetingId: string): string {
    return `${sessionCookieName(meetingId)}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
  }
}

/** Reads one cookie from a `Cookie` header (RFC 6265 syntax; no decoding: tokens are base64url). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 16_384) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}
