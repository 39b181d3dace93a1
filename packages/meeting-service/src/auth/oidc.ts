import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { webcrypto } from 'node:crypto';
import * as client from 'openid-client';
import { IdentityTokenError, pseudonymizeActor, verifyIdentityToken, type Loa } from '@digikokous/security';
import { importJWK } from 'jose';
import type { OidcConfig } from '../config.js';
import { readCookie } from './session.js';

type CryptoKey = webcrypto.CryptoKey;

const FLOW_COOKIE = '__Host-dk-oidc';
const FLOW_SECONDS = 600;

export interface OidcResult {
  readonly meetingId: string;
  /** Keyed pseudonym of the henkilötunnus; the henkilötunnus itself is dropped here. */
  readonly pseudonym: string;
  readonly loa: Loa;
}

/**
 * Why a login was refused, for the log: a closed set of codes that never carry the token, a claim or the
 * provider's error text (which could echo personal data).
 */
export type OidcFailure =
  | 'no-flow'
  | 'flow-invalid'
  | 'flow-expired'
  | 'provider-error'
  | `exchange:${string}`
  | 'no-id-token'
  | `id-token:${string}`
  | 'no-pseudonym-key';

export type OidcOutcome =
  { readonly ok: true; readonly result: OidcResult } | { readonly ok: false; readonly reason: OidcFailure };

interface FlowState {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly meetingId: string;
  readonly exp: number;
}

/**
 * OpenID Connect authorization code flow with PKCE through `openid-client` (discovery, the authorization URL,
 * the code exchange with `private_key_jwt`, decryption of the encrypted ID token), and the ID token verified again
 * by the kit's `verifyIdentityToken` with the configured profile (Suomi.fi, FTN broker, generic): the nested
 * JWE/JWS, the issuer's pinned keys, nonce, audience, the `acr` allow-list and the level of assurance.
 *
 * The flow state (PKCE verifier, state, nonce) travels in a short-lived cookie sealed with AES-256-GCM under a
 * key derived from the deployment's shared secret, so any instance can finish a flow another started and the
 * browser cannot read or change the verifier.
 */
export class OidcLogin {
  #config: Promise<client.Configuration> | undefined;
  readonly #flowKey: Buffer;

  constructor(
    readonly options: OidcConfig & { pseudonymKey?: Uint8Array },
    readonly origin: string,
    readonly clock: () => Date,
    /** The deployment's shared secret (the CSRF key): the flow cookie's key is derived from it (HKDF). */
    secret: Uint8Array,
  ) {
    this.#flowKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'digikokous oidc flow cookie', 32));
  }

  get redirectUri(): string {
    return `${this.origin}/auth/oidc/callback`;
  }

  #discover(): Promise<client.Configuration> {
    this.#config ??= (async () => {
      const o = this.options;
      const auth = o.clientPrivateJwk
        ? client.PrivateKeyJwt({
            key: (await importJWK(o.clientPrivateJwk)) as CryptoKey,
            ...(o.clientPrivateJwk.kid ? { kid: o.clientPrivateJwk.kid } : {}),
          })
        : client.ClientSecretPost(o.clientSecret ?? '');
      const config = await client.discovery(
        new URL(o.issuer),
        o.clientId,
        undefined,
        auth,
        o.allowInsecureRequests ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      if (o.decryptionJwk) {
        // With its `kid`: the provider names the key in the JWE header, and openid-client selects by it (a bare
        // key without a kid matches no header that has one).
        const key = (await importJWK(o.decryptionJwk)) as CryptoKey;
        const { kid, alg } = o.decryptionJwk;
        client.enableDecryptingResponses(
          config,
          [...(o.provider.encryption?.contentEncryptionAlgorithms ?? ['A128CBC-HS256', 'A256GCM'])],
          { key, ...(kid === undefined ? {} : { kid }), ...(alg === undefined ? {} : { alg }) },
        );
      }
      return config;
    })();
    // A failed discovery is tried again on the next login rather than remembered.
    this.#config.catch(() => (this.#config = undefined));
    return this.#config;
  }

  async start(meetingId: string): Promise<{ url: string; cookie: string }> {
    const config = await this.#discover();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const params: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: this.options.scope ?? 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    if (this.options.acrValues) params.acr_values = this.options.acrValues;
    const url = client.buildAuthorizationUrl(config, params);
    const exp = Math.floor(this.clock().getTime() / 1000) + FLOW_SECONDS;
    const flow: FlowState = { verifier, state, nonce, meetingId, exp };
    const cookie = `${FLOW_COOKIE}=${this.#seal(flow)}; Path=/; Max-Age=${FLOW_SECONDS}; HttpOnly; Secure; SameSite=Lax`;
    return { url: url.href, cookie };
  }

  clearCookie(): string {
    return `${FLOW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
  }

  /** Finishes the flow at the redirect target. Never throws: a refusal says why, in a code fit for the log. */
  async finish(currentUrl: URL, cookieHeader: string | undefined): Promise<OidcOutcome> {
    const raw = readCookie(cookieHeader, FLOW_COOKIE);
    if (!raw) return { ok: false, reason: 'no-flow' };
    const f = this.#open(raw);
    if (!f) return { ok: false, reason: 'flow-invalid' };
    if (f.exp < Math.floor(this.clock().getTime() / 1000)) return { ok: false, reason: 'flow-expired' };
    if (currentUrl.searchParams.has('error')) return { ok: false, reason: 'provider-error' };
    let rawIdToken: string | undefined;
    try {
      const config = await this.#discover();
      // Checks state, iss, the code exchange with the PKCE verifier, and the decrypted ID token's nonce and aud.
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: f.verifier,
        expectedState: f.state,
        expectedNonce: f.nonce,
        idTokenExpected: true,
      });
      rawIdToken = tokens.id_token;
    } catch (error) {
      return { ok: false, reason: `exchange:${exchangeFailure(error)}` };
    }
    if (!rawIdToken) return { ok: false, reason: 'no-id-token' };
    // openid-client has checked the response; the kit's verifier checks the token again against the profile
    // (pinned issuer keys, encryption required, acr allow-list and level), independently of the transport.
    let identity;
    try {
      identity = await verifyIdentityToken(rawIdToken, this.options.provider, {
        nonce: f.nonce,
        use: 'join',
        currentDate: this.clock(),
        ...(this.options.requiredLoa ? { requiredLoa: this.options.requiredLoa } : {}),
        ...(this.options.decryptionJwk ? { decryptionKey: this.options.decryptionJwk } : {}),
      });
    } catch (error) {
      return { ok: false, reason: `id-token:${error instanceof IdentityTokenError ? error.code : 'invalid'}` };
    }
    if (!this.options.pseudonymKey) return { ok: false, reason: 'no-pseudonym-key' };
    // The henkilötunnus (or, without one, the provider's subject) becomes a keyed pseudonym and is dropped here.
    const subject = identity.hetu ?? `${identity.idp}:${identity.subject}`;
    return {
      ok: true,
      result: {
        meetingId: f.meetingId,
        pseudonym: pseudonymizeActor(subject, this.options.pseudonymKey),
        loa: identity.loa,
      },
    };
  }

  #seal(flow: FlowState): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#flowKey, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  #open(sealed: string): FlowState | undefined {
    try {
      const bytes = Buffer.from(sealed, 'base64url');
      if (bytes.length < 29 || bytes.length > 4096) return undefined;
      const decipher = createDecipheriv('aes-256-gcm', this.#flowKey, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      const f = JSON.parse(text) as Partial<FlowState>;
      const strings = [f.verifier, f.state, f.nonce, f.meetingId];
      return strings.every((s) => typeof s === 'string') && typeof f.exp === 'number' ? (f as FlowState) : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * The code of an `openid-client` failure (`OAUTH_…`, with the provider's OAuth error such as `invalid_grant`),
 * reduced to letters and underscores: the message and the provider's description are never logged.
 */
function exchangeFailure(error: unknown): string {
  const e = error as { code?: unknown; error?: unknown; cause?: { code?: unknown } };
  const safe = (v: unknown) => (typeof v === 'string' && /^[A-Za-z_]{1,64}$/.test(v) ? v : undefined);
  const code = safe(e?.code) ?? 'unknown';
  const detail = safe(e?.error) ?? safe(e?.cause?.code);
  return detail === undefined || detail === code ? code : `${code}:${detail}`;
}
