import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { pseudonymizeActor, verifyIdentityToken } from '@digikokous/security';
import { importJWK } from 'jose';
import type { webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;
import type { OidcConfig } from '../config.js';
import { readCookie } from './session.js';

const FLOW_COOKIE = '__Host-dk-oidc';
const FLOW_SECONDS = 600;

export interface OidcResult {
  readonly meetingId: string;
  /** Keyed pseudonym of the henkilötunnus; the henkilötunnus itself is dropped here. */
  readonly pseudonym: string;
  readonly loa: string;
}

/**
 * OpenID Connect authorization code flow with PKCE through `openid-client` (discovery, the authorization URL,
 * the code exchange), and the ID token verified again by the kit's `verifyIdentityToken` with the configured
 * profile (Suomi.fi, FTN broker, generic): nested JWE/JWS, issuer keys, nonce, acr allow-list and level of
 * assurance. The flow state (PKCE verifier, state, nonce) travels in a short-lived HMAC-signed cookie, so any
 * instance can finish a flow another started.
 */
export class OidcLogin {
  #config: Promise<client.Configuration> | undefined;
  readonly #flowKey = randomBytes(32);

  constructor(
    readonly options: OidcConfig & { pseudonymKey?: Uint8Array },
    readonly origin: string,
    readonly clock: () => Date,
  ) {}

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
        client.enableDecryptingResponses(
          config,
          ['A128CBC-HS256', 'A256GCM'],
          (await importJWK(o.decryptionJwk)) as CryptoKey,
        );
      }
      return config;
    })();
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
    const flow = Buffer.from(JSON.stringify({ verifier, state, nonce, meetingId, exp })).toString('base64url');
    const cookie = `${FLOW_COOKIE}=${flow}.${this.#sign(flow)}; Path=/; Max-Age=${FLOW_SECONDS}; HttpOnly; Secure; SameSite=Lax`;
    return { url: url.href, cookie };
  }

  clearCookie(): string {
    return `${FLOW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
  }

  async finish(currentUrl: URL, cookieHeader: string | undefined): Promise<OidcResult | undefined> {
    const raw = readCookie(cookieHeader, FLOW_COOKIE);
    if (!raw) return undefined;
    const [flow, mac] = raw.split('.');
    if (!flow || !mac || !this.#check(flow, mac)) return undefined;
    const f = JSON.parse(Buffer.from(flow, 'base64url').toString('utf8')) as {
      verifier: string;
      state: string;
      nonce: string;
      meetingId: string;
      exp: number;
    };
    if (f.exp < Math.floor(this.clock().getTime() / 1000)) return undefined;
    const config = await this.#discover();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: f.verifier,
      expectedState: f.state,
      expectedNonce: f.nonce,
      idTokenExpected: true,
    });
    // openid-client has checked the response; the kit's verifier checks the token again against the profile.
    const rawIdToken = (tokens as { id_token?: string }).id_token;
    if (!rawIdToken) return undefined;
    const identity = await verifyIdentityToken(rawIdToken, this.options.provider, {
      nonce: f.nonce,
      use: 'join',
      currentDate: this.clock(),
      ...(this.options.decryptionJwk
        ? { decryptionKey: (await importJWK(this.options.decryptionJwk)) as CryptoKey }
        : {}),
    } as never);
    const subject = identity.hetu ?? identity.subject;
    if (!this.options.pseudonymKey) return undefined;
    return {
      meetingId: f.meetingId,
      pseudonym: pseudonymizeActor(subject, this.options.pseudonymKey),
      loa: identity.loa,
    };
  }

  #sign(value: string): string {
    return createHmac('sha256', this.#flowKey).update(value).digest('base64url');
  }
  #check(value: string, mac: string): boolean {
    const a = Buffer.from(this.#sign(value));
    const b = Buffer.from(mac);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
