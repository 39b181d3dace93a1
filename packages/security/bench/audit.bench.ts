import { bench, describe } from 'vitest';
import { createHash } from 'node:crypto';
import { AuditChain } from '../src/index.js';

const N = 100_000;
const event = (i: number) => ({
  action: i % 3 === 0 ? 'doc.access.granted' : 'vote.cast',
  actor: `p-${(i * 7919) % 4000}`,
  meetingId: 'kv-2026-3',
  itemId: i % 40,
});
let t = Date.parse('2026-03-10T16:00:00Z');
const clock = () => new Date((t += 10));

// A chain built once for the verification benchmark.
const built = new AuditChain({ clock });
for (let i = 0; i < N; i++) built.append(event(i));
const lines = built.toJSONLines().split('\n');

describe('audit log, 100,000 events', () => {
  bench(
    'AuditChain.append × 100,000',
    () => {
      const chain = new AuditChain({ clock });
      for (let i = 0; i < N; i++) chain.append(event(i));
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
  bench(
    'AuditChain.verify() × 100,000',
    async () => {
      const r = await built.verify();
      if (!r.valid) throw new Error('invalid');
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
  bench(
    'raw SHA-256 over the same 100,000 lines',
    () => {
      for (const l of lines) createHash('sha256').update(l).digest();
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});
