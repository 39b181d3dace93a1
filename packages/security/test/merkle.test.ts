import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  merkleTreeHash,
  leafHash,
  rootFromLeafHashes,
  inclusionProof,
  consistencyProof,
  verifyInclusion,
  verifyConsistency,
  EMPTY_TREE_ROOT,
  toHex,
  fromHex,
} from '../src/index.js';

const v = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/rfc6962/reference-vectors.json', import.meta.url)), 'utf8'),
) as {
  leaves: string[];
  emptyRoot: string;
  roots: string[];
  inclusion: { leaf: number; size: number; proof: string[] }[];
  consistency: { size1: number; size2: number; proof: string[] }[];
};
const leaves = v.leaves.map(fromHex);
const hashes = leaves.map(leafHash);

describe('RFC 6962 Merkle tree against the Certificate Transparency reference vectors', () => {
  it('empty tree is SHA-256 of the empty string', () => {
    expect(toHex(merkleTreeHash([]))).toBe(v.emptyRoot);
    expect(toHex(EMPTY_TREE_ROOT)).toBe(v.emptyRoot);
  });

  it.each(v.roots.map((r, i) => [i + 1, r] as const))('root over the first %i leaves', (n, root) => {
    expect(toHex(merkleTreeHash(leaves.slice(0, n)))).toBe(root);
  });

  it.each(v.inclusion.map((t) => [t.leaf, t.size, t] as const))(
    'inclusion proof for leaf %i of %i matches and verifies',
    (_l, _s, t) => {
      const proof = inclusionProof(hashes, t.leaf - 1, t.size);
      expect(proof.map(toHex)).toEqual(t.proof);
      const root = fromHex(v.roots[t.size - 1]!);
      expect(verifyInclusion(t.leaf - 1, t.size, hashes[t.leaf - 1]!, proof, root)).toBe(true);
      // Corruptions from the reference suite: wrong index, size, leaf, root; extra or missing elements; flipped bits.
      expect(verifyInclusion(t.leaf, t.size, hashes[t.leaf - 1]!, proof, root)).toBe(false);
      expect(verifyInclusion(t.leaf - 1, t.size * 2, hashes[t.leaf - 1]!, proof, root)).toBe(false);
      expect(verifyInclusion(t.leaf - 1, t.size, leafHash(new Uint8Array([9])), proof, root)).toBe(false);
      expect(verifyInclusion(t.leaf - 1, t.size, hashes[t.leaf - 1]!, proof, EMPTY_TREE_ROOT)).toBe(false);
      expect(verifyInclusion(t.leaf - 1, t.size, hashes[t.leaf - 1]!, [...proof, root], root)).toBe(false);
      expect(verifyInclusion(t.leaf - 1, t.size, hashes[t.leaf - 1]!, [root, ...proof], root)).toBe(false);
      if (proof.length > 0) {
        expect(verifyInclusion(t.leaf - 1, t.size, hashes[t.leaf - 1]!, proof.slice(0, -1), root)).toBe(false);
        proof.forEach((_, i) => {
          const bad = proof.map((p) => p.slice());
          bad[i]![0]! ^= 8;
          expect(verifyInclusion(t.leaf - 1, t.size, hashes[t.leaf - 1]!, bad, root)).toBe(false);
        });
      }
    },
  );

  it.each(v.consistency.map((t) => [t.size1, t.size2, t] as const))(
    'consistency proof %i → %i matches and verifies',
    (_a, _b, t) => {
      const proof = consistencyProof(hashes, t.size1, t.size2);
      expect(proof.map(toHex)).toEqual(t.proof);
      const r1 = fromHex(v.roots[t.size1 - 1]!);
      const r2 = fromHex(v.roots[t.size2 - 1]!);
      expect(verifyConsistency(t.size1, t.size2, proof, r1, r2)).toBe(true);
      if (proof.length > 0) {
        expect(verifyConsistency(t.size1, t.size2, proof, r2, r1)).toBe(false);
        expect(verifyConsistency(t.size1 + 1, t.size2, proof, r1, r2)).toBe(false);
        expect(verifyConsistency(t.size1, t.size2 * 2, proof, r1, r2)).toBe(false);
        expect(verifyConsistency(t.size1, t.size2, [], r1, r2)).toBe(false);
        expect(verifyConsistency(t.size1, t.size2, proof.slice(0, -1), r1, r2)).toBe(false);
        expect(verifyConsistency(t.size1, t.size2, [...proof, r1], r1, r2)).toBe(false);
        expect(verifyConsistency(t.size1, t.size2, [proof[0]!, ...proof], r1, r2)).toBe(false);
        proof.forEach((_, i) => {
          const bad = proof.map((p) => p.slice());
          bad[i]![0]! ^= 16;
          expect(verifyConsistency(t.size1, t.size2, bad, r1, r2)).toBe(false);
        });
      }
    },
  );

  it('edge cases of consistency and malformed input', () => {
    const r = fromHex(v.roots[0]!);
    expect(verifyConsistency(0, 1, [], r, r)).toBe(true);
    expect(verifyConsistency(1, 0, [], r, r)).toBe(false);
    expect(verifyConsistency(1, 1, [EMPTY_TREE_ROOT], r, r)).toBe(false);
    expect(verifyInclusion(0, 0, r, [], r)).toBe(false);
    expect(verifyInclusion(-1, 2, r, [], r)).toBe(false);
    expect(verifyInclusion(0, 1, new Uint8Array(3), [], r)).toBe(false);
    expect(() => inclusionProof(hashes, 8)).toThrow(RangeError);
  });

  it('property: every inclusion and consistency proof of random trees verifies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), fc.nat(), (n, a, b) => {
        const hs = Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`leaf-${i}`)));
        const root = rootFromLeafHashes(hs);
        const m = a % n;
        expect(verifyInclusion(m, n, hs[m]!, inclusionProof(hs, m), root)).toBe(true);
        const s1 = (b % n) + 1;
        const p = consistencyProof(hs, s1, n);
        expect(verifyConsistency(s1, n, p, rootFromLeafHashes(hs, 0, s1), root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('MerkleTree: kept as leaves are appended (RFC 9162 §2.1)', () => {
  it('roots, inclusion and consistency proofs equal the reference functions at every size up to 70', async () => {
    const {
      MerkleTree,
      leafHash: lh,
      rootFromLeafHashes: rf,
      inclusionProof: ip,
      consistencyProof: cpf,
    } = await import('../src/merkle.js');
    const tree = new MerkleTree();
    const leaves: Uint8Array[] = [];
    const hex = (a: Uint8Array[]) => a.map((x) => Buffer.from(x).toString('hex'));
    for (let n = 1; n <= 70; n++) {
      const leaf = lh(new TextEncoder().encode(`entry ${n}`));
      leaves.push(leaf);
      tree.append(leaf);
      expect(Buffer.from(tree.root()).equals(Buffer.from(rf(leaves)))).toBe(true);
      for (let i = 0; i < n; i++) expect(hex(tree.inclusionProof(i))).toEqual(hex(ip(leaves, i)));
      for (let m = 0; m <= n; m++) expect(hex(tree.consistencyProof(m))).toEqual(hex(cpf(leaves, m)));
    }
    expect(hex(tree.inclusionProof(3, 40))).toEqual(hex(ip(leaves, 3, 40)));
    expect(hex(tree.consistencyProof(17, 40))).toEqual(hex(cpf(leaves, 17, 40)));
    expect(() => tree.root(71)).toThrow(RangeError);
    expect(() => tree.append(new Uint8Array(31))).toThrow(TypeError);
  });
});
