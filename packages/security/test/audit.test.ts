import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  AuditChain,
  canonicalize,
  pseudonymizeActor,
  verifyInclusion,
  verifyConsistency,
  fromHex,
  leafHash,
  SecurityError,
} from '../src/index.js';
import { edKeys, type TestKeys } from './token-helpers.js';
import { makeHetu } from './hetu-helpers.js';

let keys: TestKeys;
beforeAll(async () => {
  keys = await edKeys('audit-1');
});

function clock(): () => Date {
  let t = Date.parse('2026-03-10T16:00:00Z');
  return () => new Date((t += 1000));
}

const ACTIONS = ['meeting.join', 'doc.access.granted', 'doc.access.denied', 'vote.cast', 'item.open'] as const;
const eventArb = fc
  .record({
    action: fc.constantFrom(...ACTIONS),
    actor: fc.stringMatching(/^p-[a-z0-9]{4,10}$/),
    meetingId: fc.constant('kv-2026-3'),
    itemId: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  })
  .map(
    (e) =>
      Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as {
        action: string;
        actor: string;
        note?: string;
      },
  );

function build(events: readonly { action: string; actor: string; note?: string }[]): AuditChain {
  const chain = new AuditChain({ clock: clock() });
  for (const e of events) {
    if (typeof e.note === 'string' && /\d{6}/.test(e.note)) continue;
    chain.append(e);
  }
  return chain;
}

describe('AuditChain (Tiedonhallintalaki 17 §)', () => {
  it('appends hash-chained entries and verifies', async () => {
    const chain = new AuditChain({ clock: clock() });
    const a = chain.append({ action: 'meeting.join', actor: 'p-1', meetingId: 'kv-2026-3' });
    const b = chain.append({ action: 'vote.cast', actor: 'p-1', meetingId: 'kv-2026-3', itemId: 5 });
    expect(a).toMatchObject({ v: 2, seq: 1, prev: '0'.repeat(64), ts: '2026-03-10T16:00:01.000Z' });
    expect(a.chain).toBeUndefined();
    expect(b.prev).toBe(a.hash);
    expect(b.chain).toBe(a.hash);
    expect(chain.head).toBe(b.hash);
    // Intact, but no checkpoint was given: never called complete.
    expect(await chain.verify()).toEqual({
      valid: true,
      size: 2,
      head: b.hash,
      anchoredSize: 0,
      anchored: false,
      complete: false,
    });
    // The stored lines are RFC 8785 text (serialised by hand in append) and the hash is over the entry without it.
    for (const line of chain.toJSONLines().split('\n').filter(Boolean)) {
      const e = JSON.parse(line) as Record<string, unknown>;
      expect(canonicalize(e)).toBe(line);
      const { hash, ...rest } = e;
      expect(createHash('sha256').update(canonicalize(rest)).digest('hex')).toBe(hash);
    }
  });

  it('refuses henkilötunnus-shaped data, reserved fields and unknown actions', () => {
    const chain = new AuditChain({ clock: clock() });
    const hetu = makeHetu('1970-01-01', '-', 222);
    expect(() => chain.append({ action: 'view', actor: hetu })).toThrow(SecurityError);
    expect(() => chain.append({ action: 'view', actor: 'p-1', note: `hakija ${hetu}` })).toThrow(/personal identity/);
    expect(() => chain.append({ action: 'view', actor: 'p-1', seq: 9 })).toThrow(TypeError);
    expect(() => chain.append({ action: 'hack', actor: 'p-1' })).toThrow(TypeError);
    expect(() => chain.append({ action: 'view', actor: 'p-1', n: Number.NaN })).toThrow(TypeError);
    expect(chain.size).toBe(0);
  });

  it('pseudonymizes actors with a keyed hash, never the raw code', () => {
    const key = new Uint8Array(32).fill(7);
    const hetu = makeHetu('1970-01-01', '-', 222);
    const p = pseudonymizeActor(hetu, key);
    expect(p).toMatch(/^hmac-sha256:[\w-]{43}$/);
    expect(p).not.toContain(hetu.slice(0, 6));
    expect(pseudonymizeActor(hetu, key)).toBe(p);
    expect(pseudonymizeActor(hetu, new Uint8Array(32).fill(8))).not.toBe(p);
    expect(() => pseudonymizeActor(hetu, new Uint8Array(8))).toThrow(TypeError);
    const chain = new AuditChain({ clock: clock() });
    chain.append({ action: 'login', actor: p });
    expect(chain.toJSONLines()).not.toContain(hetu);
  });

  it('gives Merkle inclusion and consistency proofs that verify', () => {
    const chain = new AuditChain({ clock: clock() });
    for (let i = 0; i < 13; i++) chain.append({ action: 'view', actor: `p-${i}` });
    const root = fromHex(chain.merkleRoot());
    for (let seq = 1; seq <= 13; seq++) {
      expect(
        verifyInclusion(seq - 1, 13, fromHex(chain.leafHash(seq)), chain.inclusionProof(seq).map(fromHex), root),
      ).toBe(true);
    }
    const line5 = chain.toJSONLines().split('\n')[4]!;
    expect(chain.leafHash(5)).toBe(Buffer.from(leafHash(new TextEncoder().encode(line5))).toString('hex'));
    for (let old = 1; old <= 13; old++) {
      expect(
        verifyConsistency(old, 13, chain.consistencyProof(old).map(fromHex), fromHex(chain.merkleRoot(old)), root),
      ).toBe(true);
    }
  });

  it('signed checkpoints detect truncation and a rewritten tail', async () => {
    const chain = new AuditChain({ clock: clock() });
    for (let i = 0; i < 6; i++) chain.append({ action: 'view', actor: `p-${i}` });
    const cp = await chain.checkpoint(keys.privateKey, { kid: 'audit-1' });
    expect(await chain.verify({ checkpoints: [cp], keys: keys.jwks })).toMatchObject({ valid: true });
    const lines = chain.toJSONLines().split('\n').filter(Boolean);
    const truncated = AuditChain.load(lines.slice(0, 4).join('\n'));
    expect((await truncated.verify({ checkpoints: [cp], keys: keys.jwks })).firstInvalid).toMatchObject({
      index: 4,
      problem: 'truncated',
    });
    // Rewrite the last entry and recompute its hash: the chain is self-consistent, the checkpoint is not.
    const rewritten = new AuditChain({ clock: clock() });
    for (let i = 0; i < 5; i++) rewritten.append({ action: 'view', actor: `p-${i}` });
    rewritten.append({ action: 'view', actor: 'p-forged' });
    expect((await rewritten.verify()).valid).toBe(true);
    expect((await rewritten.verify({ checkpoints: [cp], keys: keys.jwks })).firstInvalid).toMatchObject({
      index: 5,
      problem: 'changed',
    });
    // A checkpoint signed by another key or a forged one is refused.
    const other = await edKeys('audit-1');
    const forged = await chain.checkpoint(other.privateKey, { kid: 'audit-1' });
    expect((await chain.verify({ checkpoints: [forged], keys: keys.jwks })).firstInvalid?.problem).toBe('checkpoint');
  });

  it("an entry rewritten with a recomputed hash is named through the next entry's link", async () => {
    const chain = new AuditChain({ clock: clock() });
    for (let i = 0; i < 5; i++) chain.append({ action: 'vote.cast', actor: `p-${i}`, itemId: 3 });
    const lines = chain.toJSONLines().split('\n').filter(Boolean);
    const entry = JSON.parse(lines[2]!) as Record<string, unknown>;
    entry.actor = 'p-forged';
    // Recompute the hash over the entry without its hash member, as an insider could.
    const { hash: _h, ...rest } = entry;
    void _h;
    entry.hash = createHash('sha256').update(canonicalize(rest)).digest('hex');
    lines[2] = canonicalize(entry);
    const r = await AuditChain.load(lines.join('\n')).verify();
    expect(r.firstInvalid).toMatchObject({ index: 2, problem: 'changed' });
  });

  it('property: any single-byte change to a logged event fails verify() at that entry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (events, pickLine, pickByte, delta) => {
          const chain = build(events);
          fc.pre(chain.size > 0);
          const text = chain.toJSONLines();
          const bytes = Buffer.from(text, 'utf8');
          const lineStarts = [0];
          for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && i + 1 < bytes.length) lineStarts.push(i + 1);
          const line = pickLine % chain.size;
          const start = lineStarts[line]!;
          const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : bytes.length - 1; // index of the newline
          const pos = start + (pickByte % (end - start + 1));
          const tampered = Buffer.from(bytes);
          tampered[pos] = (tampered[pos]! + delta) % 256;
          const r = await AuditChain.load(tampered).verify({ anchor: { size: chain.size, head: chain.head } });
          expect(r.valid).toBe(false);
          expect(r.firstInvalid?.index).toBe(line);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: removing an event fails verify() at its position', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 2, maxLength: 12 }), fc.nat(), async (events, pick) => {
        const chain = build(events);
        fc.pre(chain.size > 1);
        const lines = chain.toJSONLines().split('\n').filter(Boolean);
        const j = pick % lines.length;
        const removed = lines.filter((_, i) => i !== j).join('\n');
        const r = await AuditChain.load(removed).verify({ anchor: { size: chain.size, head: chain.head } });
        expect(r.valid).toBe(false);
        expect(r.firstInvalid?.index).toBe(j);
        expect(r.firstInvalid?.problem).toBe(j === lines.length - 1 ? 'truncated' : 'removed');
      }),
      { numRuns: 200 },
    );
  });

  it('property: reordering events fails verify() at the first moved entry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        async (events, a, b) => {
          const chain = build(events);
          fc.pre(chain.size > 1);
          const lines = chain.toJSONLines().split('\n').filter(Boolean);
          const i = a % lines.length;
          let j = b % lines.length;
          if (i === j) j = (j + 1) % lines.length;
          const swapped = [...lines];
          [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
          const r = await AuditChain.load(swapped.join('\n')).verify();
          expect(r.valid).toBe(false);
          expect(r.firstInvalid).toMatchObject({ index: Math.min(i, j), problem: 'reordered' });
        },
      ),
      { numRuns: 200 },
    );
  });
});
