import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CompactEncrypt, SignJWT, exportJWK } from 'jose';
import type { JSONWebKeySet } from 'jose';
import {
  verifyIdentityToken,
  suomiFiProvider,
  ftnBrokerProvider,
  genericOidcProvider,
  IdentityTokenError,
  type IdentityProvider,
  type VerifyIdentityOptions,
} from '../src/index.js';
import { makeHetu, withWrongCheck } from './hetu-helpers.js';

const NOW = new Date('2026-03-10T15:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const ISS = 'https://tunnistus-pp.example.fi/uas';
const CLIENT = 'kunta-999-kokous';
const LOA2 = 'http://ftn.ficora.fi/2017/loa2';
const LOA3 = 'http://ftn.ficora.fi/2017/loa3';

let idpKey: { privateKey: KeyObject; publicKey: KeyObject };
let rpEnc: { privateKey: KeyObject; publicKey: KeyObject };
let attacker: { privateKey: KeyObject; publicKey: KeyObject };
let jwks: JSONWebKeySet;
const hetu = makeHetu('1975-04-23', '-', 456);

beforeAll(async () => {
  idpKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  rpEnc = generateKeyPairSync('rsa', { modulusLength: 2048 });
  jwks = { keys: [{ ...(await exportJWK(idpKey.publicKey)), kid: 'idp-sig-1', alg: 'ES256', use: 'sig' }] };
});

const config = () => ({ issuer: ISS, clientId: CLIENT, jwks, signingAlgorithms: ['ES256'] });
const opts = (o: Partial<VerifyIdentityOptions> = {}): VerifyIdentityOptions => ({
  nonce: 'n-123',
  decryptionKey: rpEnc.privateKey,
  currentDate: NOW,
  ...o,
});

async function idToken(
  claims: Record<string, unknown>,
  o: { key?: KeyObject; kid?: string; typ?: string } = {},
): Promise<string> {
  const header: Record<string, string> = { alg: 'ES256', kid: o.kid ?? 'idp-sig-1' };
  if (o.typ) header.typ = o.typ;
  return new SignJWT({ nonce: 'n-123', acr: LOA2, auth_time: T - 30, ...claims })
    .setProtectedHeader(header as { alg: string })
    .setIssuer(ISS)
    .setAudience((claims.aud as string | string[] | undefined) ?? CLIENT)
    .setSubject('sub-1')
    .setIssuedAt(T - 20)
    .setExpirationTime(T + 300)
    .sign(o.key ?? idpKey.privateKey);
}

async function encrypt(inner: string, header: Record<string, string> = {}): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(inner))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', ...header })
    .encrypt(rpEnc.publicKey);
}

async function code(
  token: string,
  provider: IdentityProvider,
  o: Partial<VerifyIdentityOptions> = {},
): Promise<string> {
  try {
    await verifyIdentityToken(token, provider, opts(o));
    return 'OK';
  } catch (e) {
    expect(e).toBeInstanceOf(IdentityTokenError);
    const err = e as IdentityTokenError;
    expect(err.message).not.toContain(hetu);
    return err.code;
  }
}

describe('verifyIdentityToken: provider profiles and normalisation', () => {
  it('Telia-style FTN token with OID claims, signed then encrypted', async () => {
    const t = await encrypt(
      await idToken({
        'urn:oid:1.2.246.21': hetu,
        'urn:oid:1.2.246.575.1.14': 'Maija',
        'urn:oid:2.5.4.4': 'Meikäläinen',
        amr: ['https://bank.example/fi'],
      }),
    );
    const id = await verifyIdentityToken(t, ftnBrokerProvider('telia', config()), opts());
    expect(id).toEqual({
      subject: 'sub-1',
      hetu,
      givenName: 'Maija',
      familyName: 'Meikäläinen',
      birthdate: '1975-04-23',
      loa: 'substantial',
      acr: LOA2,
      amr: ['https://bank.example/fi'],
      idp: 'ftn:telia',
      authTime: T - 30,
    });
  });

  it('OP broker (personal_identity_code) and Nets-style (ssn) claim names', async () => {
    const op = await encrypt(
      await idToken({
        personal_identity_code: hetu,
        given_name: 'Matti',
        family_name: 'Virtanen',
        birthdate: '1975-04-23',
        acr: LOA3,
      }),
    );
    expect(
      await verifyIdentityToken(
        op,
        ftnBrokerProvider('op', config()),
        opts({ use: 'confidential', requiredLoa: 'high' }),
      ),
    ).toMatchObject({ hetu, givenName: 'Matti', familyName: 'Virtanen', loa: 'high', idp: 'ftn:op' });
    const nets = await encrypt(await idToken({ ssn: hetu, given_name: 'Liisa', family_name: 'Korhonen' }));
    expect(await verifyIdentityToken(nets, ftnBrokerProvider('nets', config()), opts())).toMatchObject({
      hetu,
      givenName: 'Liisa',
      birthdate: '1975-04-23',
      idp: 'ftn:nets',
    });
  });

  it('Suomi.fi with eIDAS attributes (no hetu) and a generic OIDC provider without encryption', async () => {
    const eidas = 'http://eidas.europa.eu/attributes/naturalperson/';
    const s = await encrypt(
      await idToken({
        [`${eidas}CurrentGivenName`]: 'Anna',
        [`${eidas}CurrentFamilyName`]: 'Schmidt',
        [`${eidas}DateOfBirth`]: '1980-01-02',
        acr: 'http://eidas.europa.eu/LoA/high',
      }),
    );
    const id = await verifyIdentityToken(s, suomiFiProvider(config()), opts());
    expect(id).toMatchObject({
      givenName: 'Anna',
      familyName: 'Schmidt',
      birthdate: '1980-01-02',
      loa: 'high',
      idp: 'suomi.fi',
    });
    expect(id.hetu).toBeUndefined();
    const g = genericOidcProvider({ ...config(), name: 'azure-ad', acrValues: { 'urn:mfa': 'substantial' } });
    const plain = await idToken({ given_name: 'Pekka', family_name: 'Nieminen', acr: 'urn:mfa', amr: 'mfa' });
    expect(await verifyIdentityToken(plain, g, opts())).toMatchObject({
      givenName: 'Pekka',
      amr: ['mfa'],
      idp: 'azure-ad',
      loa: 'substantial',
    });
  });
});

describe('verifyIdentityToken: refusals', () => {
  const telia = () => ftnBrokerProvider('telia', config());
  const claims = { 'urn:oid:1.2.246.21': hetu, 'urn:oid:1.2.246.575.1.14': 'Maija', 'urn:oid:2.5.4.4': 'M' };

  it('an unencrypted token when the profile requires encryption', async () => {
    expect(await code(await idToken(claims), telia())).toBe('ERR_ENCRYPTION_REQUIRED');
  });

  it('JWE header checks: cty, algorithm allow-lists, key headers', async () => {
    const inner = await idToken(claims);
    expect(await code(await encrypt(inner, { cty: 'json' }), telia())).toBe('ERR_CTY');
    const dir = await new CompactEncrypt(new TextEncoder().encode(inner))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A192GCM', cty: 'JWT' })
      .encrypt(rpEnc.publicKey);
    expect(await code(dir, telia())).toBe('ERR_ALG_NOT_ALLOWED');
    expect(await code(await encrypt(inner, { jku: 'https://evil.example/k' }), telia())).toBe('ERR_FORBIDDEN_HEADER');
  });

  it('decryption alone proves nothing: an inner token signed by another key is refused', async () => {
    expect(await code(await encrypt(await idToken(claims, { key: attacker.privateKey })), telia())).toBe(
      'ERR_SIGNATURE',
    );
    expect(await code(await encrypt(await idToken(claims, { key: attacker.privateKey, kid: 'att' })), telia())).toBe(
      'ERR_UNKNOWN_KID',
    );
  });

  it('claims directly inside a JWE (not nested) are refused', async () => {
    const t = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ sub: 'x', iss: ISS })))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' })
      .encrypt(rpEnc.publicKey);
    expect(await code(t, telia())).toBe('ERR_MALFORMED');
  });

  it('nonce, acr allow-list, level of assurance per use, audience, expiry, typ', async () => {
    expect(await code(await encrypt(await idToken({ ...claims, nonce: 'other' })), telia())).toBe('ERR_NONCE');
    expect(await code(await encrypt(await idToken({ ...claims, acr: 'urn:weak' })), telia())).toBe('ERR_ACR');
    expect(
      await code(await encrypt(await idToken({ ...claims, acr: 'http://ftn.ficora.fi/2017/loatest2' })), telia()),
    ).toBe('ERR_ACR');
    expect(
      await code(
        await encrypt(await idToken({ ...claims, acr: 'http://ftn.ficora.fi/2017/loatest2' })),
        ftnBrokerProvider('telia', { ...config(), allowTestAcr: true }),
      ),
    ).toBe('OK');
    const loa2 = await encrypt(await idToken(claims));
    expect(
      await code(loa2, telia(), {
        use: 'confidential',
        loaPolicy: { join: 'substantial', vote: 'substantial', confidential: 'high' },
      }),
    ).toBe('ERR_LOA');
    expect(await code(loa2, telia(), { use: 'join' })).toBe('OK');
    expect(await code(await encrypt(await idToken({ ...claims, aud: [CLIENT, 'other'] })), telia())).toBe(
      'ERR_AUDIENCE',
    );
    expect(await code(loa2, telia(), { currentDate: new Date((T + 3600) * 1000) })).toBe('ERR_EXPIRED');
    expect(await code(await encrypt(await idToken(claims, { typ: 'meeting-participation+jwt' })), telia())).toBe(
      'ERR_TYP',
    );
  });

  it('a bad henkilötunnus claim or missing names are refused without echoing the code', async () => {
    const bad = withWrongCheck(hetu);
    expect(await code(await encrypt(await idToken({ ...claims, 'urn:oid:1.2.246.21': bad })), telia())).toBe(
      'ERR_CLAIM',
    );
    expect(await code(await encrypt(await idToken({ 'urn:oid:1.2.246.21': hetu })), telia())).toBe('ERR_MISSING_CLAIM');
  });

  it('length cap, malformed input, missing nonce option', async () => {
    expect(await code('x'.repeat(40_000), telia())).toBe('ERR_TOKEN_TOO_LONG');
    expect(await code('a.b', telia())).toBe('ERR_MALFORMED');
    await expect(verifyIdentityToken('a.b.c', telia(), { nonce: '' })).rejects.toMatchObject({ code: 'ERR_CONFIG' });
    await expect(verifyIdentityToken(42, telia(), opts())).rejects.toMatchObject({ code: 'ERR_NOT_A_STRING' });
  });
});
