/**
 * Fidelity check for copied RSA test signatures (Wycheproof). Opening a signature with the public key
 * (s^e mod n, RFC 8017 §5.2.2 RSAVP1) shows the encoded message the test's author built: a PKCS #1 v1.5
 * block (00 01 FF… 00 DigestInfo, RFC 8017 §9.2) or a PSS encoding (RFC 8017 §9.1.1), deliberately
 * broken in one place. A single wrong character in a copied signature makes the opening uniformly
 * random, which none of these shapes survives — so the copy can be checked even for invalid cases,
 * where verification alone would pass on corrupted data.
 *
 * Written here rather than taken from a library: no maintained package exposes raw RSAVP1 or the PSS
 * decoding steps, and node:crypto only answers "valid or not".
 */
import { createHash } from 'node:crypto';

const HASH_LENGTHS = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 } as const;

const toBig = (b: Uint8Array): bigint => (b.length === 0 ? 0n : BigInt(`0x${Buffer.from(b).toString('hex')}`));

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

/** RFC 8017 B.2.1 MGF1. */
function mgf1(seed: Uint8Array, length: number, hash: string): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 0, produced = 0; produced < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    const block = createHash(hash).update(seed).update(c).digest();
    blocks.push(block);
    produced += block.length;
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function longestRun(bytes: Uint8Array, value: number): number {
  let best = 0;
  let current = 0;
  for (const x of bytes) {
    current = x === value ? current + 1 : 0;
    if (current > best) best = current;
  }
  return best;
}

/**
 * PSS (RFC 8017 §9.1.2): unmask DB with MGF1(H); either its head is the zero padding string, or a salt
 * at its end reproduces H = Hash(0x00×8 ‖ Hash(signing input) ‖ salt). The second holds even when a test
 * altered the padding string or a masked byte, and it ties the signature to the copied header and payload.
 */
function hasPssShape(em: Buffer, signingInput: string): boolean {
  return Object.entries(HASH_LENGTHS).some(([hash, hLen]) => {
    if (em.length < hLen + 10) return false;
    const h = em.subarray(em.length - hLen - 1, em.length - 1);
    const masked = em.subarray(0, em.length - hLen - 1);
    const mask = mgf1(h, masked.length, hash);
    const db = Buffer.from(masked.map((x, i) => x ^ mask[i]!));
    db[0]! &= 0x7f;
    if (db.subarray(0, 8).every((x) => x === 0)) return true;
    const mHash = createHash(hash).update(signingInput).digest();
    for (let sLen = 0; sLen < db.length; sLen++) {
      const salt = db.subarray(db.length - sLen);
      const hPrime = createHash(hash).update(Buffer.alloc(8)).update(mHash).update(salt).digest();
      if (hPrime.equals(h)) return true;
    }
    return false;
  });
}

export type OpeningVerdict =
  | { readonly kind: 'structured'; readonly how: string }
  | { readonly kind: 'random' }
  | { readonly kind: 'not-openable'; readonly why: string };

/**
 * Opens the signature of the compact `jws` with the RSA public JWK and says whether the result has the
 * shape of an encoded message. Signatures that are not an integer below n (appended bytes, n itself)
 * cannot be opened and say so.
 */
export function openRsaSignature(jws: string, key: { n: string; e: string }): OpeningVerdict {
  const [header = '', payload = '', signatureSegment = ''] = jws.split('.');
  const modulus = Buffer.from(key.n, 'base64url');
  const n = toBig(modulus);
  const s = toBig(Buffer.from(signatureSegment, 'base64url'));
  if (s === 0n || s === 1n || s === n - 1n) return { kind: 'structured', how: 'a fixed point of RSA (0, 1, n-1)' };
  if (s >= n) return { kind: 'not-openable', why: 'the signature is not below the modulus' };
  const m = modPow(s, toBig(Buffer.from(key.e, 'base64url')), n);
  const em = Buffer.from(m.toString(16).padStart(modulus.length * 2, '0'), 'hex');
  const ffRun = longestRun(em, 0xff);
  if (ffRun >= 8) return { kind: 'structured', how: `PKCS #1 v1.5 padding (${ffRun} bytes FF)` };
  if (hasPssShape(em, `${header}.${payload}`)) return { kind: 'structured', how: 'PSS encoding' };
  return { kind: 'random' };
}
