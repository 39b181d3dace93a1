/**
 * RFC 6962 §2.1 Merkle hash tree (also RFC 9162 §2.1): leaf hash SHA-256(0x00 ‖ d), node hash
 * SHA-256(0x01 ‖ l ‖ r), split at the largest power of two below n, empty tree SHA-256("").
 * Inclusion and consistency proofs (RFC 6962 §2.1.1–2.1.2) and their verification
 * (RFC 9162 §2.1.3.2 and §2.1.4.2). Written here because it is ~150 lines over node:crypto and
 * the available npm packages either hash differently (no 0x00/0x01 domain separation, sorted
 * pairs) or pull in large dependency trees; it is proven against the Certificate Transparency
 * reference vectors in the tests.
 */
import { Buffer } from 'node:buffer';
import { createHash, hash as oneShotHash } from 'node:crypto';

const LEAF = Uint8Array.of(0x00);
const NODE = Uint8Array.of(0x01);

export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

/** SHA-256 of the empty string: the root of the empty tree. */
export const EMPTY_TREE_ROOT: Uint8Array = sha256();

export function leafHash(data: Uint8Array): Uint8Array {
  return sha256(LEAF, data);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(NODE, left, right);
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaf hashes `hashes[start, end)`. */
export function rootFromLeafHashes(hashes: readonly Uint8Array[], start = 0, end = hashes.length): Uint8Array {
  const n = end - start;
  if (n === 0) return EMPTY_TREE_ROOT;
  if (n === 1) return hashes[start] as Uint8Array;
  const k = largestPowerOfTwoBelow(n);
  return nodeHash(rootFromLeafHashes(hashes, start, start + k), rootFromLeafHashes(hashes, start + k, end));
}

/** MTH over raw entries (hashes each leaf first). */
export function merkleTreeHash(entries: readonly Uint8Array[]): Uint8Array {
  return rootFromLeafHashes(entries.map(leafHash));
}

/** Audit path PATH(m, D[n]) for leaf `index` in the tree of the given leaf hashes (RFC 6962 §2.1.1). */
export function inclusionProof(hashes: readonly Uint8Array[], index: number, size = hashes.length): Uint8Array[] {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size || size > hashes.length) {
    throw new RangeError('inclusionProof: index out of range');
  }
  const path = (m: number, start: number, end: number): Uint8Array[] => {
    const n = end - start;
    if (n <= 1) return [];
    const k = largestPowerOfTwoBelow(n);
    return m < k
      ? [...path(m, start, start + k), rootFromLeafHashes(hashes, start + k, end)]
      : [...path(m - k, start + k, end), rootFromLeafHashes(hashes, start, start + k)];
  };
  return path(index, 0, size);
}

/** Consistency proof PROOF(m, D[n]) between the first `oldSize` leaves and the first `size` (RFC 6962 §2.1.2). */
export function consistencyProof(hashes: readonly Uint8Array[], oldSize: number, size = hashes.length): Uint8Array[] {
  if (!Number.isInteger(oldSize) || !Number.isInteger(size) || oldSize < 0 || oldSize > size || size > hashes.length) {
    throw new RangeError('consistencyProof: sizes out of range');
  }
  if (oldSize === 0 || oldSize === size) return [];
  const sub = (m: number, start: number, end: number, complete: boolean): Uint8Array[] => {
    const n = end - start;
    if (m === n) return complete ? [] : [rootFromLeafHashes(hashes, start, end)];
    const k = largestPowerOfTwoBelow(n);
    return m <= k
      ? [...sub(m, start, start + k, complete), rootFromLeafHashes(hashes, start + k, end)]
      : [...sub(m - k, start + k, end, false), rootFromLeafHashes(hashes, start, start + k)];
  };
  return sub(oldSize, 0, size, true);
}

const half = (x: number): number => Math.floor(x / 2);
const odd = (x: number): boolean => x % 2 === 1;

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] as number) ^ (b[i] as number);
  return d === 0;
}

const isHash = (h: unknown): h is Uint8Array => h instanceof Uint8Array && h.length === 32;

/** Verify an inclusion proof (RFC 9162 §2.1.3.2). Never throws; malformed input is `false`. */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (!isHash(leaf) || !isHash(root) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(r, root);
}

/** Verify a consistency proof (RFC 9162 §2.1.4.2). Never throws; malformed input is `false`. */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size1 > size2) return false;
  if (!Array.isArray(proof) || !proof.every(isHash)) return false;
  if (size1 === size2) return proof.length === 0 && isHash(root1) && isHash(root2) && equal(root1, root2);
  if (size1 === 0) return proof.length === 0;
  if (!isHash(root1) || !isHash(root2) || proof.length === 0) return false;
  // When size1 is a power of two its root is itself a node of the larger tree: prepend it.
  const path = Number.isInteger(Math.log2(size1)) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Uint8Array;
  let sr = path[0] as Uint8Array;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}

export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const fromHex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));

// The incremental tree keeps every level in one growing byte pool (32 bytes a node), not one object per
// node: 10⁵ entries would otherwise keep 2·10⁵ small strings or ArrayBuffers alive, which the garbage
// collector copies on every scavenge (measured: most of the append time). Digests are taken one-shot
// (`crypto.hash`, Node ≥ 20.12) as latin1 text, one byte a character, and written straight into the pool:
// a Buffer digest costs an ArrayBuffer per hash, about three times the hash itself.
const scratch = Buffer.alloc(65);
scratch[0] = 0x01;
const digest = oneShotHash; // bound once (see audit.ts: module runners make each imported use a getter call)
const EMPTY_HEX = Buffer.from(EMPTY_TREE_ROOT).toString('hex');
const HEX64 = /^[0-9a-f]{64}$/;

function nodeHashHex(left: string, right: string): string {
  scratch.write(left, 1, 32, 'hex');
  scratch.write(right, 33, 32, 'hex');
  return oneShotHash('sha256', scratch, 'hex');
}

/** RFC 9162 leaf hash (hex) of a UTF-8 string: SHA-256(0x00 ‖ text); U+0000 is the byte 0x00 in UTF-8. */
export function leafHashHexOfText(text: string): string {
  return oneShotHash('sha256', `\u0000${text}`, 'hex');
}

/** One level of the tree: `count` hashes of 32 bytes in a pool that doubles when full. */
class Level {
  bytes = Buffer.allocUnsafe(32 * 64);
  count = 0;

  /** Room for one more hash; returns its byte offset. */
  reserve(): number {
    const at = this.count * 32;
    if (at + 32 > this.bytes.length) {
      const grown = Buffer.allocUnsafe(this.bytes.length * 2);
      this.bytes.copy(grown, 0, 0, at);
      this.bytes = grown;
    }
    this.count++;
    return at;
  }

  hex(index: number): string | undefined {
    return Number.isInteger(index) && index >= 0 && index < this.count
      ? this.bytes.toString('hex', index * 32, index * 32 + 32)
      : undefined;
  }
}

/**
 * An RFC 9162 §2.1 tree kept as leaves are appended: every complete subtree's hash is stored once
 * (level k holds the roots of the aligned subtrees of 2^k leaves), so a root, an inclusion proof or a
 * consistency proof needs O(log n) stored nodes and hashes only along the right edge, never a rehash of
 * the whole tree. Equal, byte for byte, to the list functions above (tested against them at every size).
 */
export class MerkleTree {
  readonly #levels: Level[] = [new Level()];

  /** Number of leaves. */
  get size(): number {
    return (this.#levels[0] as Level).count;
  }

  /** Append a leaf hash (32 bytes, e.g. from `leafHash`, or 64 hex digits); amortised O(1). */
  append(leaf: Uint8Array | string): void {
    if (typeof leaf === 'string') {
      if (!HEX64.test(leaf)) throw new TypeError('MerkleTree.append: a leaf hash is 32 bytes');
      this.appendTrusted(leaf);
      return;
    }
    if (!(leaf instanceof Uint8Array) || leaf.length !== 32)
      throw new TypeError('MerkleTree.append: a leaf hash is 32 bytes');
    const level = this.#levels[0] as Level;
    const at = level.reserve(); // before reading `bytes`: reserving may grow the pool
    level.bytes.set(leaf, at);
    this.#carry();
  }

  /** Append a leaf hash already known to be 64 lower-case hex digits (the kit's own `leafHashHexOfText`). */
  appendTrusted(leafHex: string): void {
    const level = this.#levels[0] as Level;
    const at = level.reserve();
    level.bytes.write(leafHex, at, 32, 'hex');
    this.#carry();
  }

  /**
   * Append the leaf whose hash input (`0x00 ‖ data`, RFC 9162 §2.1.1) is `input`: one SHA-256 of exactly
   * those bytes, written into the pool. @internal
   */
  appendLeafInput(input: Uint8Array): void {
    const level = this.#levels[0] as Level;
    const at = level.reserve();
    level.bytes.write(digest('sha256', input, 'binary'), at, 32, 'latin1');
    this.#carry();
  }

  /** Append a leaf hash given as its 32 bytes in a latin1 string (a `crypto.hash(…, 'binary')` digest). @internal */
  appendLeafDigest(digest: string): void {
    const level = this.#levels[0] as Level;
    const at = level.reserve();
    level.bytes.write(digest, at, 32, 'latin1');
    this.#carry();
  }

  /** Hash completed pairs upward: amortised one node hash per leaf. */
  #carry(): void {
    for (let k = 0; ; k++) {
      const level = this.#levels[k] as Level;
      if (level.count % 2 === 1) return;
      const upper = (this.#levels[k + 1] ??= new Level());
      level.bytes.copy(scratch, 1, (level.count - 2) * 32, level.count * 32);
      const at = upper.reserve();
      upper.bytes.write(digest('sha256', scratch, 'binary'), at, 32, 'latin1');
    }
  }

  /** Leaf hash (hex) at `index`. */
  leafHex(index: number): string | undefined {
    return (this.#levels[0] as Level).hex(index);
  }

  /** MTH of leaves `[start, end)`: stored when the range is an aligned complete subtree. */
  #range(start: number, end: number): string {
    const n = end - start;
    if (n === 0) return EMPTY_HEX;
    if ((n & (n - 1)) === 0 && start % n === 0) {
      const stored = this.#levels[Math.log2(n)]?.hex(start / n);
      if (stored !== undefined) return stored;
    }
    const k = largestPowerOfTwoBelow(n);
    return nodeHashHex(this.#range(start, start + k), this.#range(start + k, end));
  }

  #check(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.size) throw new RangeError('MerkleTree: size out of range');
  }

  /** RFC 9162 root (hex) of the first `size` leaves. */
  rootHex(size = this.size): string {
    this.#check(size);
    return this.#range(0, size);
  }

  /** RFC 9162 root of the first `size` leaves. */
  root(size = this.size): Uint8Array {
    return fromHex(this.rootHex(size));
  }

  /** Inclusion proof (hex) of leaf `index` in the tree of the first `size` leaves (RFC 9162 §2.1.3.1). */
  inclusionProofHex(index: number, size = this.size): string[] {
    this.#check(size);
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError('inclusionProof: index out of range');
    const out: string[] = [];
    let m = index;
    let start = 0;
    let end = size;
    while (end - start > 1) {
      const k = largestPowerOfTwoBelow(end - start);
      if (m < k) {
        out.push(this.#range(start + k, end));
        end = start + k;
      } else {
        out.push(this.#range(start, start + k));
        start += k;
        m -= k;
      }
    }
    return out.reverse();
  }

  inclusionProof(index: number, size = this.size): Uint8Array[] {
    return this.inclusionProofHex(index, size).map(fromHex);
  }

  /** Consistency proof (hex) between the first `oldSize` and the first `size` leaves (RFC 9162 §2.1.4.1). */
  consistencyProofHex(oldSize: number, size = this.size): string[] {
    this.#check(size);
    if (!Number.isInteger(oldSize) || oldSize < 0 || oldSize > size)
      throw new RangeError('consistencyProof: sizes out of range');
    if (oldSize === 0 || oldSize === size) return [];
    const out: string[] = [];
    let m = oldSize;
    let start = 0;
    let end = size;
    let complete = true;
    for (;;) {
      const n = end - start;
      if (m === n) {
        if (!complete) out.push(this.#range(start, end));
        break;
      }
      const k = largestPowerOfTwoBelow(n);
      if (m <= k) {
        out.push(this.#range(start + k, end));
        end = start + k;
      } else {
        out.push(this.#range(start, start + k));
        start += k;
        m -= k;
        complete = false;
      }
    }
    return out.reverse();
  }

  consistencyProof(oldSize: number, size = this.size): Uint8Array[] {
    return this.consistencyProofHex(oldSize, size).map(fromHex);
  }
}
