import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/** The FTN `acr` values Suomi.fi and the brokers send (security-rules §1.2). */
export const ACR = {
  substantial: 'http://ftn.ficora.fi/2017/loa2',
  high: 'http://ftn.ficora.fi/2017/loa3',
  /** Not in the FTN allow-list: what a provider sends for a lower level. */
  low: 'http://eidas.europa.eu/LoA/low',
} as const;

/** Claim names of the Suomi.fi profile (`suomiFiProvider`): the henkilötunnus, first name, surname. */
export const HETU_CLAIM = 'urn:oid:1.2.246.21';

export interface TestPerson {
  readonly hetu: string;
  readonly givenName: string;
  readonly familyName: string;
}

export interface RelyingParty {
  readonly clientId: string;
  readonly redirectUri: string;
  /** `private_key_jwt` signing key (ES256), private. */
  readonly clientPrivateJwk: JWK;
  /** RSA-OAEP decryption key of the encrypted ID tokens, private. */
  readonly decryptionJwk: JWK;
}

export interface TestOp {
  readonly issuer: string;
  /** The provider's public signing keys (what the relying party pins). */
  readonly jwks: JSONWebKeySet;
  /** The relying party the service is; `other` is a second client of the same provider. */
  readonly rp: RelyingParty;
  readonly other: RelyingParty;
  /** Who logs in next and with which `acr` (the interaction the tests answer instead of a login page). */
  next: { accountId: string; acr: string };
  readonly persons: Map<string, TestPerson>;
  close(): Promise<void>;
}

async function relyingParty(clientId: string, redirectUri: string) {
  const sig = await generateKeyPair('ES256', { extractable: true });
  const enc = await generateKeyPair('RSA-OAEP', { extractable: true, modulusLength: 2048 });
  const sigKid = `${clientId}-sig`;
  const encKid = `${clientId}-enc`;
  const rp: RelyingParty = {
    clientId,
    redirectUri,
    clientPrivateJwk: { ...(await exportJWK(sig.privateKey)), kid: sigKid, alg: 'ES256' },
    decryptionJwk: { ...(await exportJWK(enc.privateKey)), kid: encKid, alg: 'RSA-OAEP' },
  };
  const publicKeys = [
    { ...(await exportJWK(sig.publicKey)), kid: sigKid, alg: 'ES256', use: 'sig' },
    { ...(await exportJWK(enc.publicKey)), kid: encKid, alg: 'RSA-OAEP', use: 'enc' },
  ];
  return { rp, publicKeys };
}

/**
 * A real OpenID Provider (`oidc-provider`) on loopback, configured like the Suomi.fi profile: authorization code
 * with PKCE required, `private_key_jwt`, ID tokens signed (RS256) and then encrypted to the client (RSA-OAEP,
 * A256GCM), the FTN `acr` levels and the henkilötunnus claim in the ID token. The only part not of the provider is
 * its login page: `/interaction/:uid` finishes the login with `next` (the person and the level the tests choose).
 */
export async function startTestOp(redirectUri: string): Promise<TestOp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signing = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const signingJwk = { ...(await exportJWK(signing.privateKey)), kid: 'op-sig-1', alg: 'RS256', use: 'sig' };
  const publicSigning = { ...(await exportJWK(signing.publicKey)), kid: 'op-sig-1', alg: 'RS256', use: 'sig' };
  const main = await relyingParty('kokous-esimerkkila', redirectUri);
  const other = await relyingParty('toinen-palvelu', redirectUri);
  const persons = new Map<string, TestPerson>();
  const client = (c: typeof main) => ({
    client_id: c.rp.clientId,
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'ES256',
    jwks: { keys: c.publicKeys },
    id_token_signed_response_alg: 'RS256',
    id_token_encrypted_response_alg: 'RSA-OAEP',
    id_token_encrypted_response_enc: 'A256GCM',
  });
  const configuration: Configuration = {
    clients: [client(main), client(other)] as Configuration['clients'],
    jwks: { keys: [signingJwk] } as Configuration['jwks'],
    cookies: { keys: ['test-op-cookie-key-0123456789abcdef'] },
    features: { devInteractions: { enabled: false }, encryption: { enabled: true } },
    pkce: { required: () => true },
    acrValues: [ACR.substantial, ACR.high, ACR.low],
    claims: { openid: ['sub', HETU_CLAIM, 'urn:oid:1.2.246.575.1.14', 'urn:oid:2.5.4.4'] },
    // The claims go into the ID token (as Suomi.fi does), not only to the userinfo endpoint.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      const p = persons.get(id);
      if (!p) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            [HETU_CLAIM]: p.hetu,
            'urn:oid:1.2.246.575.1.14': p.givenName,
            'urn:oid:2.5.4.4': p.familyName,
          };
        },
      };
    },
    // A first-party relying party: the person's consent to `openid` is implied (no consent page).
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { Session: 600, Interaction: 600, Grant: 600, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 },
  };
  const provider = new Provider(issuer, configuration);
  const op: TestOp = {
    issuer,
    jwks: { keys: [publicSigning] },
    rp: main.rp,
    other: other.rp,
    next: { accountId: '', acr: ACR.high },
    persons,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        await provider.interactionDetails(req, res);
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: op.next.accountId, acr: op.next.acr } },
          { mergeWithLastSubmission: false },
        );
      })().catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    callback(req, res);
  });
  return op;
}

/** A user agent for the flow: follows redirects by hand, keeps the provider's cookies, stops at `stopAt`. */
export async function browse(url: string, stopAt: string): Promise<URL> {
  const jar = new Map<string, string>();
  let current = new URL(url);
  for (let hop = 0; hop < 10; hop++) {
    if (current.href.startsWith(stopAt)) return current;
    const res = await fetch(current, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`no redirect from ${current.pathname}: ${res.status} ${await res.text()}`);
    current = new URL(location, current);
  }
  throw new Error('too many redirects');
}
