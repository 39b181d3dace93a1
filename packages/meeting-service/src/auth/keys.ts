import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { JSONWebKeySet, JWK } from 'jose';

/** A signing key with its id and public JWK. */
export interface SigningKeyPair {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicJwk: JWK;
}

/**
 * An Ed25519 signing key: from a private JWK in configuration (every instance behind a load balancer must
 * share it), or freshly generated for development and tests.
 */
export function signingKey(kid: string, privateJwk?: JWK): SigningKeyPair {
  const privateKey = privateJwk
    ? createPrivateKey({ key: privateJwk as never, format: 'jwk' })
    : generateKeyPairSync('ed25519').privateKey;
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`key ${kid} must be an Ed25519 key (EdDSA)`);
  const publicJwk = {
    ...(createPublicKey(privateKey).export({ format: 'jwk' }) as JWK),
    kid,
    alg: 'EdDSA',
    use: 'sig',
  };
  return { kid, privateKey, publicJwk };
}

export function privateJwkOf(pair: SigningKeyPair): JWK {
  return { ...(pair.privateKey.export({ format: 'jwk' }) as JWK), kid: pair.kid };
}

export function jwksOf(...pairs: SigningKeyPair[]): JSONWebKeySet {
  return { keys: pairs.map((p) => p.publicJwk) };
}
