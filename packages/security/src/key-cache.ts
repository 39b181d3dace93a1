/**
 * Pinned verification keys kept as `node:crypto` key objects, so that a meeting token's signature is
 * checked synchronously (WebCrypto, which jose uses, runs every verification as a thread-pool job and
 * costs about three times a direct verify). Key selection follows jose's local JWK Set rules (`kty`,
 * `kid`, `alg`, `use`, `key_ops`, curve per algorithm); a resolver function (e.g. jose's remote set from
 * `pinnedRemoteJwks`) still selects the key, and what it returns is converted once and cached.
 */
import { KeyObject, createPublicKey, verify } from 'node:crypto';
import { errors } from 'jose';
import type { JSONWebKeySet, JWK, JWTVerifyGetKey } from 'jose';
import type { SecurityErrorCode } from './errors.js';
import { joseErrorCode } from './jose-policy.js';

type Selection = KeyObject[] | SecurityErrorCode | 'ambiguous';

export interface PinnedKeys {
  select(
    header: Record<string, unknown>,
    jws: { protected: string; payload: string; signature: string },
  ): Promise<Selection> | Selection;
}

const ALG_KEY: Record<string, { kty: string; crv: string }> = {
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519' },
  ES256: { kty: 'EC', crv: 'P-256' },
};

const cache = new WeakMap<object, PinnedKeys>();
const converted = new WeakMap<object, KeyObject | null>();

const WebCryptoKey = (globalThis as { CryptoKey?: abstract new () => object }).CryptoKey;
const isCryptoKey = (k: object): k is Parameters<typeof KeyObject.from>[0] =>
  typeof WebCryptoKey === 'function' && k instanceof WebCryptoKey;

/** A public `KeyObject` for a key a resolver returned, or `null` when it is not an asymmetric key. */
export function toPublicKeyObject(key: unknown): KeyObject | null {
  if (key === null || typeof key !== 'object') return null;
  const hit = converted.get(key);
  if (hit !== undefined) return hit;
  let out: KeyObject | null = null;
  try {
    if (key instanceof KeyObject) out = key;
    else if (isCryptoKey(key)) out = KeyObject.from(key);
    else if (!(key instanceof Uint8Array)) out = createPublicKey({ key: key as JWK & { kty: string }, format: 'jwk' });
    if (out !== null && out.type === 'private') out = createPublicKey(out);
    if (out !== null && out.type !== 'public') out = null;
  } catch {
    out = null;
  }
  converted.set(key, out);
  return out;
}

function fromSet(set: JSONWebKeySet): PinnedKeys | undefined {
  if (!Array.isArray(set.keys) || !set.keys.every((k) => k !== null && typeof k === 'object')) return undefined;
  // Copied once, as jose's createLocalJWKSet does: later changes to the caller's object do not count.
  const jwks = set.keys.map((k) => ({ ...k }) as JWK);
  return {
    select(header) {
      const alg = header.alg as string;
      const want = ALG_KEY[alg];
      if (want === undefined) return 'ERR_ALG_NOT_ALLOWED';
      const kid = header.kid;
      const found = jwks.filter(
        (jwk) =>
          jwk.kty === want.kty &&
          jwk.crv === want.crv &&
          (typeof kid !== 'string' || jwk.kid === kid) &&
          (typeof jwk.alg !== 'string' || jwk.alg === alg) &&
          (typeof jwk.use !== 'string' || jwk.use === 'sig') &&
          (!Array.isArray(jwk.key_ops) || jwk.key_ops.includes('verify')),
      );
      if (found.length === 0) return 'ERR_UNKNOWN_KID';
      const keys = found.map(toPublicKeyObject).filter((k): k is KeyObject => k !== null);
      return keys.length === 0 ? 'ERR_UNSUPPORTED' : keys;
    },
  };
}

function fromResolver(resolve: JWTVerifyGetKey): PinnedKeys {
  return {
    async select(header, jws) {
      try {
        const key = toPublicKeyObject(await resolve(header as never, jws));
        return key === null ? 'ERR_UNSUPPORTED' : [key];
      } catch (e) {
        if (e instanceof errors.JWKSMultipleMatchingKeys) {
          const keys: KeyObject[] = [];
          for await (const k of e as unknown as AsyncIterable<unknown>) {
            const o = toPublicKeyObject(k);
            if (o !== null) keys.push(o);
          }
          return keys.length > 0 ? keys : 'ambiguous';
        }
        return joseErrorCode(e).code;
      }
    },
  };
}

/** The key source for `jwks` (cached per object), or `undefined` when `jwks` is no JWK Set or resolver. */
export function pinnedKeys(jwks: unknown): PinnedKeys | undefined {
  if (typeof jwks !== 'function' && (jwks === null || typeof jwks !== 'object')) return undefined;
  const hit = cache.get(jwks);
  if (hit) return hit;
  const made = typeof jwks === 'function' ? fromResolver(jwks as JWTVerifyGetKey) : fromSet(jwks as JSONWebKeySet);
  if (made) cache.set(jwks, made);
  return made;
}

/** `true`/`false` for the signature, `'key'` when the key does not fit the algorithm. */
export function verifySignature(
  alg: string,
  key: KeyObject,
  input: Uint8Array,
  signature: Uint8Array,
): boolean | 'key' {
  if (signature.length !== 64) return false;
  if (alg === 'EdDSA' || alg === 'Ed25519') {
    if (key.asymmetricKeyType !== 'ed25519') return 'key';
    return verify(null, input, key, signature);
  }
  if (alg === 'ES256') {
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') return 'key';
    return verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, signature);
  }
  return 'key';
}
