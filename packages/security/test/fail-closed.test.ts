/**
 * Issue 14, "trust fails closed": every attack here was accepted by the previous code (a low or
 * substantial token where high was meant, a token of another municipality or relying party, an `azp`
 * of another client, a signature differing only in unused base64url bits, a removed participant's
 * token) and must now be refused; configuration that cannot be understood is `ERR_CONFIG`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, exportJWK } from 'jose';
import type { JSONWebKeySet } from 'jose';
import {
  verifyIdentityToken,
  verifyMeetingToken,
  issueMeetingToken,
  suomiFiProvider,
  ftnBrokerProvider,
  genericOidcProvider,
  InMemoryRevocationStore,
  SecurityError,
  type IdentityProvider,
  type VerifyIdentityOptions,
  type VerifyMeetingTokenConfig,
  type RevocationStore,
} from '../src/index.js';
import { edKeys, type TestKeys } from './token-helpers.js';

const NOW = new Date('2026-03-10T15:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const ISS = 'https://idp.example.fi';
const CLIENT = 'kunta-999-kokous';
const LOA2 = 'http://ftn.ficora.fi/2017/loa2';
const LOA3 = 'http://ftn.ficora.fi/2017/loa3';

let idp: { privateKey: KeyObject; publicKey: KeyObject };
let jwks: JSONWebKeySet;

beforeAll(async () => {
  idp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  jwks = { keys: [{ ...(await exportJWK(idp.publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' }] };
});

const cfg = () => ({
  issuer: ISS,
  clientId: CLIENT,
  jwks,
  signingAlgorithms: ['ES256'],
  encryption: { required: false, keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] },
});
const provider = (): IdentityProvider => suomiFiProvider(cfg());

async function idToken(claims: Record<string, unknown> = {}, aud: string | string[] = CLIENT): Promise<string> {
  return new SignJWT({
    nonce: 'n-1',
    acr: LOA2,
    'urn:oid:1.2.246.575.1.14': 'Maija',
    'urn:oid:2.5.4.4': 'Virtanen',
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
    .setIssuer(ISS)
    .setAudience(aud)
    .setSubject('sub-1')
    .setIssuedAt(T - 20)
    .setExpirationTime(T + 300)
    .sign(idp.privateKey);
}

async function idCode(token: string, p: IdentityProvider, o: Partial<VerifyIdentityOptions> = {}): Promise<string> {
  try {
    await verifyIdentityToken(token, p, { nonce: 'n-1', currentDate: NOW, ...o });
    return 'OK';
  } catch (e) {
    expect(e).toBeInstanceOf(SecurityError);
    return (e as SecurityError).code;
  }
}

function thrownCode(f: () => unknown): string {
  try {
    f();
    return 'OK';
  } catch (e) {
    return e instanceof SecurityError ? e.code : `not a SecurityError: ${String(e)}`;
  }
}

describe('level of assurance fails closed (Kuntalaki 99 §: participants verifiable; issue 14)', () => {
  it('the substantial token passes where substantial is asked (sanity check)', async () => {
    expect(await idCode(await idToken(), provider())).toBe('OK');
    expect(await idCode(await idToken(), provider(), { use: 'vote' })).toBe('OK');
  });

  const high = { join: 'high', vote: 'high', confidential: 'high' } as const;
  const cases: [string, Partial<VerifyIdentityOptions>][] = [
    ["use: 'Vote' (wrong case)", { use: 'Vote' as never, loaPolicy: high }],
    ['an unknown use', { use: 'sign-minutes' as never, loaPolicy: high }],
    ['a partial loaPolicy', { use: 'vote', loaPolicy: { vote: 'high' } as never }],
    ["requiredLoa: 'HIGH'", { requiredLoa: 'HIGH' as never }],
    ['a loaPolicy level that is no level', { use: 'vote', loaPolicy: { ...high, vote: 'korkea' as never } }],
    ['a loaPolicy that is not an object', { loaPolicy: 'high' as never }],
  ];
  for (const [name, o] of cases) {
    it(`${name} is ERR_CONFIG, never a pass`, async () => {
      expect(await idCode(await idToken(), provider(), o)).toBe('ERR_CONFIG');
    });
  }

  it('an acrValues map onto an unknown level is ERR_CONFIG, in the factory and in a hand-built provider', async () => {
    expect(thrownCode(() => genericOidcProvider({ ...cfg(), acrValues: { [LOA2]: 'HIGH' as never } }))).toBe(
      'ERR_CONFIG',
    );
    expect(thrownCode(() => genericOidcProvider({ ...cfg(), acrValues: {} }))).toBe('ERR_CONFIG');
    const handMade: IdentityProvider = { ...provider(), acrValues: { [LOA2]: 'very-high' as never } };
    expect(await idCode(await idToken(), handMade, { requiredLoa: 'high' })).toBe('ERR_CONFIG');
  });

  it('a substantial token is ERR_LOA where high is asked', async () => {
    expect(await idCode(await idToken(), provider(), { requiredLoa: 'high' })).toBe('ERR_LOA');
    expect(await idCode(await idToken({ acr: LOA3 }), provider(), { requiredLoa: 'high' })).toBe('OK');
  });
});

describe('issuer, client id and azp (OpenID Connect Core 3.1.3.7)', () => {
  it('a provider without clientId or issuer is ERR_CONFIG (factory and hand-built)', async () => {
    expect(thrownCode(() => suomiFiProvider({ ...cfg(), clientId: undefined as never }))).toBe('ERR_CONFIG');
    expect(thrownCode(() => suomiFiProvider({ ...cfg(), issuer: undefined as never }))).toBe('ERR_CONFIG');
    expect(thrownCode(() => ftnBrokerProvider('op', { ...cfg(), issuer: '' }))).toBe('ERR_CONFIG');
    expect(thrownCode(() => suomiFiProvider({ ...cfg(), jwks: undefined as never }))).toBe('ERR_CONFIG');
    const other = await new SignJWT({
      nonce: 'n-1',
      acr: LOA2,
      'urn:oid:1.2.246.575.1.14': 'M',
      'urn:oid:2.5.4.4': 'V',
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
      .setIssuer('https://other-idp.example')
      .setAudience('other-rp')
      .setSubject('s')
      .setIssuedAt(T - 20)
      .setExpirationTime(T + 300)
      .sign(idp.privateKey);
    expect(await idCode(other, { ...provider(), clientId: undefined as never })).toBe('ERR_CONFIG');
    expect(await idCode(other, { ...provider(), issuer: undefined as never })).toBe('ERR_CONFIG');
    expect(await idCode(other, provider())).toBe('ERR_ISSUER');
  });

  it('an azp of another client is refused also with a single audience (step 5)', async () => {
    expect(await idCode(await idToken({ azp: 'other-rp' }), provider())).toBe('ERR_AUDIENCE');
    expect(await idCode(await idToken({ azp: CLIENT }), provider())).toBe('OK');
  });

  it('several audiences: every extra one must be trusted (step 3) and azp present (step 4)', async () => {
    expect(await idCode(await idToken({ azp: CLIENT }, [CLIENT, 'other-rp']), provider())).toBe('ERR_AUDIENCE');
    expect(
      await idCode(await idToken({}, [CLIENT, 'api.kunta.fi']), provider(), { trustedAudiences: ['api.kunta.fi'] }),
    ).toBe('ERR_AUDIENCE');
    expect(
      await idCode(await idToken({ azp: CLIENT }, [CLIENT, 'api.kunta.fi']), provider(), {
        trustedAudiences: ['api.kunta.fi'],
      }),
    ).toBe('OK');
    expect(
      await idCode(await idToken({ azp: 'api.kunta.fi' }, [CLIENT, 'api.kunta.fi']), provider(), {
        trustedAudiences: ['api.kunta.fi'],
      }),
    ).toBe('ERR_AUDIENCE');
  });

  it('an ID token differing only in the unused bits of its last signature character is refused', async () => {
    const t = await idToken();
    expect(await idCode(t, provider())).toBe('OK');
    expect(await idCode(flipUnusedBits(t), provider())).toBe('ERR_MALFORMED');
  });
});

/** Change the last character so that it decodes to the same bytes (only the unused bits differ). */
function flipUnusedBits(token: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const sig = token.slice(token.lastIndexOf('.') + 1);
  const unused = sig.length % 4 === 2 ? 0x0f : 0x03;
  const last = alphabet.indexOf(sig.charAt(sig.length - 1));
  const changed = alphabet.charAt((last & ~unused) | 1);
  const out = token.slice(0, -1) + changed;
  // The attack is real: Node decodes both to the same signature bytes.
  expect(Buffer.from(out.slice(out.lastIndexOf('.') + 1), 'base64url')).toEqual(Buffer.from(sig, 'base64url'));
  expect(out).not.toBe(token);
  return out;
}

describe('meeting tokens fail closed', () => {
  const MID = 'kv-2026-3';
  const AUD = `urn:fi:kunta:999:meeting:${MID}`;
  const MISS = 'https://kokous.esimerkki.fi';
  let keys: TestKeys;
  let config: VerifyMeetingTokenConfig;
  beforeAll(async () => {
    keys = await edKeys('k1');
    config = {
      jwks: keys.jwks,
      issuer: MISS,
      audience: AUD,
      meetingId: MID,
      maxTokenAge: '15m',
      clockTolerance: 30,
      currentDate: NOW,
    };
  });
  const issue = (o: { sub?: string; jti?: string; issuer?: string; audience?: string; now?: Date } = {}) =>
    issueMeetingToken(
      { sub: o.sub ?? 'p-1', mid: MID, role: 'member', ...(o.jti ? { jti: o.jti } : {}) },
      keys.privateKey,
      {
        issuer: o.issuer ?? MISS,
        audience: o.audience ?? AUD,
        kid: 'k1',
        now: o.now ?? new Date(NOW.getTime() - 10_000),
      },
    );
  async function mCode(token: string, c: Partial<VerifyMeetingTokenConfig> = {}): Promise<string> {
    try {
      await verifyMeetingToken(token, { ...config, ...c });
      return 'OK';
    } catch (e) {
      expect(e).toBeInstanceOf(SecurityError);
      return (e as SecurityError).code;
    }
  }

  it('issuer or audience undefined is ERR_CONFIG: a token of another municipality with a pinned key is not accepted', async () => {
    const foreign = await issue({
      issuer: 'https://kokous.toinen-kunta.fi',
      audience: 'urn:fi:kunta:111:meeting:kv-2026-3',
    });
    expect(await mCode(foreign)).toBe('ERR_ISSUER');
    expect(await mCode(foreign, { issuer: undefined as never, audience: undefined as never })).toBe('ERR_CONFIG');
    expect(await mCode(foreign, { issuer: undefined as never })).toBe('ERR_CONFIG');
    expect(await mCode(foreign, { audience: undefined as never })).toBe('ERR_CONFIG');
    expect(await mCode(foreign, { jwks: undefined as never })).toBe('ERR_CONFIG');
    expect(await mCode(foreign, { algorithms: [] })).toBe('ERR_CONFIG');
    expect(await mCode(foreign, { maxTokenAge: undefined as never })).toBe('ERR_CONFIG');
  });

  it('non-canonical base64url (unused padding bits of the signature) is refused', async () => {
    const t = await issue();
    expect(await mCode(t)).toBe('OK');
    expect(await mCode(flipUnusedBits(t))).toBe('ERR_MALFORMED');
  });

  it('revocation by subject: a participant removed after issue is refused; re-admitted later gets a working token', async () => {
    let now = T;
    const store = new InMemoryRevocationStore({ now: () => now });
    const t = await issue({ sub: 'p-removed' });
    expect(await mCode(t, { revocation: store })).toBe('OK');
    store.revokeSubject(MISS, 'p-removed', { meetingId: MID });
    expect(await mCode(t, { revocation: store })).toBe('ERR_REVOKED');
    expect(await mCode(await issue({ sub: 'p-other' }), { revocation: store })).toBe('OK');
    now = T + 60;
    const fresh = await issue({ sub: 'p-removed', now: new Date((T + 61) * 1000) });
    expect(await mCode(fresh, { revocation: store, currentDate: new Date((T + 62) * 1000) })).toBe('OK');
    // Revoked in every meeting when no meeting is named.
    store.revokeSubject(MISS, 'p-removed', { issuedBefore: T + 61 });
    expect(await mCode(fresh, { revocation: store, currentDate: new Date((T + 62) * 1000) })).toBe('ERR_REVOKED');
  });

  it('revocation by token id; a store that fails refuses the token', async () => {
    const store = new InMemoryRevocationStore({ now: () => T });
    const a = await issue({ jti: 'j-a' });
    const b = await issue({ jti: 'j-b' });
    store.revokeToken(MISS, 'j-a', T + 600);
    expect(await mCode(a, { revocation: store })).toBe('ERR_REVOKED');
    expect(await mCode(b, { revocation: store })).toBe('OK');
    const broken: RevocationStore = {
      isRevoked: () => Promise.reject(new Error('database down')),
    };
    expect(await mCode(b, { revocation: broken })).toBe('ERR_REVOKED');
    const sloppy: RevocationStore = { isRevoked: () => 'no' as never };
    expect(await mCode(b, { revocation: sloppy })).toBe('ERR_REVOKED');
  });
});
