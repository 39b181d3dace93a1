/**
 * Issue 14, "errors carry no personal data" (Tietosuojalaki 1050/2018 29 §): jose puts the whole claims
 * set on its errors (`JWTClaimValidationFailed.payload`), so `console.error(err)` of a kit error printed the
 * henkilötunnus through `cause`. Every identity and meeting-token failure is inspected whole here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CompactEncrypt, SignJWT, exportJWK } from 'jose';
import type { JSONWebKeySet } from 'jose';
import {
  verifyIdentityToken,
  verifyMeetingToken,
  suomiFiProvider,
  SecurityError,
  type IdentityProvider,
  type VerifyMeetingTokenConfig,
} from '../src/index.js';
import { makeHetu, withWrongCheck } from './hetu-helpers.js';
import { edKeys, signRaw, type TestKeys } from './token-helpers.js';

const NOW = new Date('2026-03-10T15:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const ISS = 'https://idp.example.fi';
const CLIENT = 'kunta-999-kokous';
const LOA2 = 'http://ftn.ficora.fi/2017/loa2';
const HETU = makeHetu('1952-10-13', '-', 308);
const SUBJECT = 'subject-7f3a-unique';
const FAMILY = 'Korhoskainen';

let idp: { privateKey: KeyObject; publicKey: KeyObject };
let other: { privateKey: KeyObject; publicKey: KeyObject };
let rp: { privateKey: KeyObject; publicKey: KeyObject };
let jwks: JSONWebKeySet;
let provider: IdentityProvider;

beforeAll(async () => {
  idp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  rp = generateKeyPairSync('rsa', { modulusLength: 2048 });
  jwks = { keys: [{ ...(await exportJWK(idp.publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' }] };
  provider = suomiFiProvider({
    issuer: ISS,
    clientId: CLIENT,
    jwks,
    signingAlgorithms: ['ES256'],
    encryption: {
      required: false,
      keyManagementAlgorithms: ['RSA-OAEP-256'],
      contentEncryptionAlgorithms: ['A256GCM'],
    },
  });
});

function assertClean(err: unknown, secrets: readonly string[]): void {
  expect(err).toBeInstanceOf(SecurityError);
  const text = inspect(err, { depth: null, showHidden: true, getters: true });
  for (const s of secrets) expect(text, `${(err as SecurityError).code} leaks ${s.slice(0, 12)}`).not.toContain(s);
  const json = JSON.stringify(err, Object.getOwnPropertyNames(err));
  for (const s of secrets) expect(json).not.toContain(s);
  // The whole chain, one level at a time, as a logger walking `cause` would.
  for (let c: unknown = err; c instanceof Error; c = c.cause) {
    for (const s of secrets) expect(`${c.message} ${c.stack ?? ''} ${String(c.name)}`).not.toContain(s);
  }
}

interface IdCase {
  readonly name: string;
  readonly claims?: Record<string, unknown>;
  readonly iat?: number;
  readonly exp?: number;
  readonly key?: 'other';
  readonly aud?: string;
  readonly iss?: string;
  readonly options?: Record<string, unknown>;
  readonly encrypt?: 'wrong-key';
  readonly expect: string;
}

const ID_CASES: readonly IdCase[] = [
  { name: 'expired (jose JWTExpired carries the payload)', exp: T - 3600, iat: T - 4000, expect: 'ERR_EXPIRED' },
  { name: 'too old', iat: T - 3000, exp: T + 300, expect: 'ERR_TOO_OLD' },
  { name: 'wrong audience (jose JWTClaimValidationFailed)', aud: 'other-rp', expect: 'ERR_AUDIENCE' },
  { name: 'wrong issuer', iss: 'https://evil.example', expect: 'ERR_ISSUER' },
  { name: 'signed by another key', key: 'other', expect: 'ERR_SIGNATURE' },
  { name: 'nonce mismatch', claims: { nonce: 'other' }, expect: 'ERR_NONCE' },
  { name: 'acr not allowed', claims: { acr: 'urn:weak' }, expect: 'ERR_ACR' },
  { name: 'level too low', options: { requiredLoa: 'high' }, expect: 'ERR_LOA' },
  { name: 'invalid henkilötunnus claim', claims: { 'urn:oid:1.2.246.21': withWrongCheck(HETU) }, expect: 'ERR_CLAIM' },
  { name: 'names missing', claims: { 'urn:oid:2.5.4.4': undefined }, expect: 'ERR_MISSING_CLAIM' },
  { name: 'azp of another client', claims: { azp: 'x' }, expect: 'ERR_AUDIENCE' },
  { name: 'configuration error', options: { use: 'Vote' }, expect: 'ERR_CONFIG' },
  { name: 'encrypted to another key', encrypt: 'wrong-key', expect: 'ERR_DECRYPT' },
];

async function idToken(c: IdCase): Promise<string> {
  const claims: Record<string, unknown> = {
    nonce: 'n-1',
    acr: LOA2,
    'urn:oid:1.2.246.21': HETU,
    'urn:oid:1.2.246.575.1.14': 'Maija',
    'urn:oid:2.5.4.4': FAMILY,
    ...c.claims,
  };
  for (const k of Object.keys(claims)) if (claims[k] === undefined) delete claims[k];
  const jwt = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
    .setIssuer(c.iss ?? ISS)
    .setAudience(c.aud ?? CLIENT)
    .setSubject(SUBJECT)
    .setIssuedAt(c.iat ?? T - 20)
    .setExpirationTime(c.exp ?? T + 300)
    .sign(c.key === 'other' ? other.privateKey : idp.privateKey);
  if (c.encrypt !== 'wrong-key') return jwt;
  const wrong = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return new CompactEncrypt(new TextEncoder().encode(jwt))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' })
    .encrypt(wrong.publicKey);
}

describe('identity-token errors hold no henkilötunnus and no claims (util.inspect, depth: null)', () => {
  for (const c of ID_CASES) {
    it(c.name, async () => {
      const token = await idToken(c);
      const err = await verifyIdentityToken(token, provider, {
        nonce: 'n-1',
        currentDate: NOW,
        decryptionKey: rp.privateKey,
        ...c.options,
      }).catch((e: unknown) => e);
      expect((err as SecurityError).code).toBe(c.expect);
      assertClean(err, [HETU, withWrongCheck(HETU), SUBJECT, FAMILY, token]);
    });
  }

  it('a duplicate member named with a henkilötunnus is reported without it', async () => {
    const h = Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'idp-1' })).toString('base64url');
    const p = Buffer.from(`{"sub":"${SUBJECT}","${HETU}":1,"${HETU}":2}`).toString('base64url');
    const err = await verifyIdentityToken(`${h}.${p}.AAAA`, provider, { nonce: 'n-1', currentDate: NOW }).catch(
      (e: unknown) => e,
    );
    expect((err as SecurityError).code).toBe('ERR_DUPLICATE_MEMBER');
    assertClean(err, [HETU, SUBJECT]);
  });
});

describe('meeting-token errors hold no henkilötunnus and no claims', () => {
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
  const payload = (o: Record<string, unknown>) => ({
    iss: MISS,
    sub: SUBJECT,
    aud: AUD,
    mid: MID,
    role: 'member',
    jti: 'jti-unique-42',
    iat: T - 10,
    nbf: T - 10,
    exp: T + 500,
    note: HETU,
    ...o,
  });
  const header = { alg: 'EdDSA', typ: 'meeting-participation+jwt', kid: 'k1' };
  const cases: [string, Record<string, unknown>, string][] = [
    ['henkilötunnus as subject', { sub: HETU }, 'ERR_PERSONAL_ID'],
    ['expired', { exp: T - 100 }, 'ERR_EXPIRED'],
    ['wrong audience', { aud: 'urn:other' }, 'ERR_AUDIENCE'],
    ['wrong issuer', { iss: 'https://evil.example' }, 'ERR_ISSUER'],
    ['another meeting', { mid: 'kh-1' }, 'ERR_MEETING_ID'],
    ['unknown role', { role: 'mayor' }, 'ERR_ROLE'],
    ['not yet valid', { nbf: T + 600 }, 'ERR_NOT_YET_VALID'],
    ['too long a lifetime', { exp: T + 5000 }, 'ERR_LIFETIME'],
    ['missing jti', { jti: undefined }, 'ERR_MISSING_CLAIM'],
  ];
  for (const [name, o, code] of cases) {
    it(name, async () => {
      const token = signRaw(JSON.stringify(header), JSON.stringify(payload(o)), keys.privateKey);
      const err = await verifyMeetingToken(token, config).catch((e: unknown) => e);
      expect((err as SecurityError).code).toBe(code);
      assertClean(err, [HETU, SUBJECT, 'jti-unique-42', token]);
    });
  }
  it('a forged signature and a duplicate member named by a henkilötunnus', async () => {
    const other = await edKeys('k1');
    const forged = signRaw(JSON.stringify(header), JSON.stringify(payload({})), other.privateKey);
    const e1 = await verifyMeetingToken(forged, config).catch((e: unknown) => e);
    expect((e1 as SecurityError).code).toBe('ERR_SIGNATURE');
    assertClean(e1, [HETU, SUBJECT, forged]);
    const dup = signRaw(JSON.stringify(header), `{"sub":"${SUBJECT}","${HETU}":1,"${HETU}":2}`, keys.privateKey);
    const e2 = await verifyMeetingToken(dup, config).catch((e: unknown) => e);
    expect((e2 as SecurityError).code).toBe('ERR_DUPLICATE_MEMBER');
    assertClean(e2, [HETU, SUBJECT]);
  });
});
