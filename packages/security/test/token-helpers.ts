import { generateKeyPairSync, sign as nodeSign, createHmac, type KeyObject } from 'node:crypto';
import { exportJWK } from 'jose';
import type { JSONWebKeySet } from 'jose';

export const b64u = (s: string | Uint8Array): string => Buffer.from(s).toString('base64url');

export interface TestKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwks: JSONWebKeySet;
}

export async function edKeys(kid = 'k1'): Promise<TestKeys> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(publicKey);
  return { privateKey, publicKey, jwks: { keys: [{ ...jwk, kid, alg: 'EdDSA', use: 'sig' }] } };
}

export async function ecKeys(kid = 'e1'): Promise<TestKeys> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = await exportJWK(publicKey);
  return { privateKey, publicKey, jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] } };
}

/** Sign raw header and payload text (lets tests forge duplicate members or odd headers). */
export function signRaw(
  headerText: string,
  payloadText: string,
  key: KeyObject | { hmac: Uint8Array },
  alg = 'EdDSA',
): string {
  const input = `${b64u(headerText)}.${b64u(payloadText)}`;
  let sig: Buffer;
  if ('hmac' in key) sig = createHmac('sha256', key.hmac).update(input).digest();
  else if (alg === 'ES256') sig = nodeSign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  else sig = nodeSign(null, Buffer.from(input), key);
  return `${input}.${sig.toString('base64url')}`;
}
