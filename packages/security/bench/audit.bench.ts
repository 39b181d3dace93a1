import { bench, describe } from 'vitest';
import { createHash, hash } from 'node:crypto';
import { AuditChain } from '../src/index.js';
import { MerkleTree, leafHash } from '../src/merkle.js';

// Targets (issue 14): append ≥ 0.3× one SHA-256 of each stored line; an inclusion or consistency proof
// at 10⁵ entries ≤ 1 ms. Read the ratios from vitest's "× faster than" summary of each group.
const N = 100_000;
const event = (i: number) => ({
  action: i % 3 === 0 ? 'doc.access.granted' : 'vote.cast',
  actor: `p-${(i * 7919) % 4000}`,
  meetingId: 'kv-2026-3',
  itemId: i % 40,
});
let t = Date.parse('2026-03-10T16:00:00Z');
const clock = () => new Date((t += 10));

const built = new AuditChain({ clock });
for (let i = 0; i < N; i++) built.append(event(i));
const lines = built.toJSONLines().split('\n').filter(Boolean);

describe('audit log, 100,000 events: append vs one SHA-256 per stored line', () => {
  bench(
    'AuditChain.append × 100,000',
    () => {
      const chain = new AuditChain({ clock });
      for (let i = 0; i < N; i++) chain.append(event(i));
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  bench(
    'baseline: createHash SHA-256 of each stored line × 100,000',
    () => {
      for (const l of lines) createHash('sha256').update(l).digest();
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  bench(
    'stricter baseline: one-shot crypto.hash SHA-256 of each stored line × 100,000',
    () => {
      for (const l of lines) hash('sha256', l, 'buffer');
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});

describe('audit log, 100,000 events: verify', () => {
  bench(
    'AuditChain.verify() × 100,000',
    async () => {
      const r = await built.verify();
      if (!r.valid) throw new Error('invalid');
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});

const tree = new MerkleTree();
for (const l of lines) tree.append(leafHash(new TextEncoder().encode(l)));
let k = 0;
describe('Merkle proofs at 100,000 entries (target ≤ 1 ms each)', () => {
  bench('AuditChain.inclusionProof (varying leaf)', () => {
    built.inclusionProof(1 + ((k += 7919) % N));
  });
  bench('AuditChain.consistencyProof (varying old size)', () => {
    built.consistencyProof(1 + ((k += 7919) % (N - 1)));
  });
  bench('AuditChain.merkleRoot', () => {
    built.merkleRoot();
  });
  bench('baseline: one SHA-256 of a stored line', () => {
    hash('sha256', lines[(k += 7919) % N] as string, 'buffer');
  });
});
