/**
 * `AuditChain.append` serialises each event once, by hand, in RFC 8785 order (issue 14: "canonicalises once
 * and hashes the bytes it stores"), and keeps its lines as bytes in pooled chunks. These tests hold that
 * fast path to the reference serialiser (`canonicalize`, the RFC 8785 reference implementation behind an
 * I-JSON guard) and to the RFC 9162 list functions, and attack it with the inputs a hand-written
 * serialiser gets wrong (Tiedonhallintalaki 906/2019 17 §: the log must hold what happened).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  AuditChain,
  CanonicalizationError,
  canonicalize,
  leafHash,
  rootFromLeafHashes,
  tryCanonicalize,
  verifyInclusion,
  fromHex,
  type AuditEventInput,
} from '../src/index.js';

function clock(): () => Date {
  let t = Date.parse('2026-03-10T16:00:00Z');
  return () => new Date((t += 1000));
}

const RESERVED = new Set(['v', 'seq', 'ts', 'prev', 'hash', 'chain', 'action', 'actor']);
// Any code point, and lone surrogate halves, which JSON.stringify escapes but RFC 8785 / I-JSON refuse.
const char = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '\u2028', '"', '\\', '\u0000', '\u007f') },
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const text = fc.string({ unit: char, maxLength: 8 });
const key = text.filter((k) => !RESERVED.has(k) && k !== '__proto__');
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    text,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
}));
const eventArb = fc
  .dictionary(key, value, { maxKeys: 5 })
  .map((extra) => ({ action: 'view', actor: 'p-1', ...extra }) as AuditEventInput);

const lines = (chain: AuditChain): string[] => chain.toJSONLines().split('\n').filter(Boolean);

describe('AuditChain.append serialises like the RFC 8785 reference (Tiedonhallintalaki 17 §)', () => {
  it('property: every accepted event is stored as canonicalize(entry) with the hash over the rest; every other is refused whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 6 }), async (events) => {
        const chain = new AuditChain({ clock: clock() });
        for (const event of events) {
          const reference = tryCanonicalize(event);
          const size = chain.size;
          const head = chain.head;
          if (!reference.ok) {
            expect(() => chain.append(event)).toThrow(CanonicalizationError);
            expect([chain.size, chain.head]).toEqual([size, head]);
            continue;
          }
          let entry;
          try {
            entry = chain.append(event);
          } catch (e) {
            // A random string may form a henkilötunnus shape; that refusal is tested elsewhere.
            expect((e as { code?: string }).code).toBe('ERR_PERSONAL_ID');
            expect([chain.size, chain.head]).toEqual([size, head]);
            continue;
          }
          const line = chain.line(entry.seq);
          expect(line).toBe(canonicalize(entry));
          const { hash, ...rest } = JSON.parse(line) as Record<string, unknown>;
          expect(createHash('sha256').update(canonicalize(rest)).digest('hex')).toBe(hash);
          expect(entry.hash).toBe(hash);
        }
        const r = await chain.verify();
        expect(r.valid).toBe(true);
        expect(AuditChain.load(chain.toJSONLines()).merkleRoot()).toBe(chain.merkleRoot());
      }),
      { numRuns: 300 },
    );
  });

  it('a lone surrogate in a value or a key is refused, not stored as a line verify() calls malformed', async () => {
    const chain = new AuditChain({ clock: clock() });
    expect(() => chain.append({ action: 'view', actor: 'p-1', note: 'a\ud800b' })).toThrow(CanonicalizationError);
    expect(() => chain.append({ action: 'view', actor: 'p-1', ['k\udc00']: 1 })).toThrow(CanonicalizationError);
    expect(() => chain.append({ action: 'view', actor: 'p-\udfff' })).toThrow(CanonicalizationError);
    chain.append({ action: 'view', actor: 'p-1', note: 'pari 😀 \u2028' });
    expect(chain.size).toBe(1);
    expect((await chain.verify()).valid).toBe(true);
  });

  it('hostile events are refused before any of their code runs; the caller keeps its objects', () => {
    const chain = new AuditChain({ clock: clock() });
    let calls = 0;
    const trap = () => {
      calls++;
      throw new Error('trap ran');
    };
    const proxy = new Proxy(
      { action: 'view', actor: 'p-1' },
      { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap },
    );
    expect(() => chain.append(proxy)).toThrow(CanonicalizationError);
    const withGetter = { action: 'view', actor: 'p-1' } as AuditEventInput;
    Object.defineProperty(withGetter, 'note', { enumerable: true, get: trap });
    expect(() => chain.append(withGetter)).toThrow(CanonicalizationError);
    const nested = { action: 'view', actor: 'p-1', detail: { list: [new Proxy({}, { ownKeys: trap })] } };
    expect(() => chain.append(nested)).toThrow(CanonicalizationError);
    class Event {
      action = 'view';
      actor = 'p-1';
    }
    expect(() => chain.append(new Event() as unknown as AuditEventInput)).toThrow(CanonicalizationError);
    const cyclic: Record<string, unknown> = { action: 'view', actor: 'p-1' };
    cyclic.self = { back: cyclic };
    expect(() => chain.append(cyclic as AuditEventInput)).toThrow(CanonicalizationError);
    expect(calls).toBe(0);
    expect(chain.size).toBe(0);

    const detail = { items: [1, 2] };
    const entry = chain.append({ action: 'view', actor: 'p-1', detail });
    detail.items.push(3);
    expect(entry.detail).toEqual({ items: [1, 2] });
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('an own "__proto__" member is stored as data and does not become the entry prototype', async () => {
    const chain = new AuditChain({ clock: clock() });
    const event = JSON.parse('{"action":"view","actor":"p-1","__proto__":{"isAdmin":true}}') as AuditEventInput;
    const entry = chain.append(event);
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect((entry as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.hasOwn(entry, '__proto__')).toBe(true);
    expect(chain.line(1)).toBe(canonicalize(JSON.parse(chain.line(1))));
    expect(chain.line(1)).toContain('"__proto__":{"isAdmin":true}');
    expect((await chain.verify()).valid).toBe(true);
  });
});

describe('entry time stamps', () => {
  it('property: ts is Date#toISOString of the injected clock, across days, leap years and extended years', () => {
    const instant = fc.oneof(
      fc.date({ noInvalidDate: true }),
      fc.date({ min: new Date('2024-02-28T23:59:58Z'), max: new Date('2024-03-01T00:00:02Z'), noInvalidDate: true }),
      fc.constantFrom(
        new Date('0000-01-01T00:00:00.000Z'),
        new Date('9999-12-31T23:59:59.999Z'),
        new Date('+010000-01-01T00:00:00.000Z'),
        new Date('-000001-12-31T23:59:59.999Z'),
        new Date('1969-12-31T23:59:59.999Z'),
      ),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 8 }), (dates) => {
        let i = 0;
        const chain = new AuditChain({ clock: () => dates[i++] as Date });
        for (const d of dates) expect(chain.append({ action: 'view', actor: 'p-1' }).ts).toBe(d.toISOString());
      }),
      { numRuns: 300 },
    );
    const broken = new AuditChain({ clock: () => new Date(Number.NaN) });
    expect(() => broken.append({ action: 'view', actor: 'p-1' })).toThrow(RangeError);
    expect(broken.size).toBe(0);
  });
});

describe('stored bytes and the Merkle tree (RFC 9162 §2.1)', () => {
  it('lines across pool chunks, and longer than one, keep their bytes; roots and leaves equal the reference at every tested size', async () => {
    const chain = new AuditChain({ clock: clock() });
    const big = 'ä'.repeat(700_000); // 1.4 MB in UTF-8: longer than a pool chunk
    for (let i = 0; i < 3000; i++) {
      chain.append({ action: 'view', actor: `p-${i}`, ...(i % 1000 === 7 ? { note: big } : { itemId: i }) });
    }
    const stored = lines(chain);
    expect(stored).toHaveLength(3000);
    expect(stored[7]).toContain(big);
    const encoder = new TextEncoder();
    const leaves = stored.map((l) => leafHash(encoder.encode(l)));
    for (const size of [1, 2, 63, 64, 65, 1000, 2047, 2048, 2049, 3000]) {
      expect(chain.merkleRoot(size)).toBe(Buffer.from(rootFromLeafHashes(leaves, 0, size)).toString('hex'));
    }
    for (const seq of [1, 8, 1008, 2999, 3000]) {
      expect(chain.leafHash(seq)).toBe(Buffer.from(leaves[seq - 1]!).toString('hex'));
      const proof = chain.inclusionProof(seq).map(fromHex);
      expect(verifyInclusion(seq - 1, 3000, leaves[seq - 1]!, proof, fromHex(chain.merkleRoot()))).toBe(true);
    }
    const reloaded = AuditChain.load(encoder.encode(chain.toJSONLines()));
    expect(reloaded.toJSONLines()).toBe(chain.toJSONLines());
    expect(reloaded.merkleRoot()).toBe(chain.merkleRoot());
    expect(reloaded.head).toBe(chain.head);
    expect((await reloaded.verify()).valid).toBe(true);
    // The chain keeps appending after a load, linked to the loaded head.
    const next = reloaded.append({ action: 'view', actor: 'p-next' });
    expect(next.prev).toBe(chain.head);
    expect((await reloaded.verify()).valid).toBe(true);
    // Its tree catches up with the loaded lines first, then takes the new leaf in order.
    const all = [...leaves, leafHash(encoder.encode(reloaded.line(3001)))];
    expect(reloaded.merkleRoot()).toBe(Buffer.from(rootFromLeafHashes(all)).toString('hex'));
    expect(reloaded.merkleRoot(3000)).toBe(chain.merkleRoot());
  });

  it('a stored line that is not UTF-8 is named as malformed at its position, the lines before it intact', async () => {
    const chain = new AuditChain({ clock: clock() });
    for (let i = 0; i < 4; i++) chain.append({ action: 'view', actor: `p-${i}` });
    const bytes = Buffer.from(chain.toJSONLines(), 'utf8');
    const third = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
    const actorAt = bytes.indexOf('p-2', third);
    bytes[actorAt] = 0xff; // not UTF-8
    const r = await AuditChain.load(bytes).verify();
    expect(r.firstInvalid).toMatchObject({ index: 2, problem: 'malformed' });
    expect(() => chain.line(0)).toThrow(RangeError);
    expect(() => chain.line(5)).toThrow(RangeError);
  });
});

describe('AuditChain.loadMore: the lines another instance appended', () => {
  it('equals loading the whole log, and the next append links to the last added line', async () => {
    const writer = new AuditChain({ clock: clock() });
    for (let i = 0; i < 5; i++) writer.append({ action: 'view', actor: `p-${i}` });
    const reader = AuditChain.load(writer.toJSONLines());
    const seen = reader.size;
    for (let i = 5; i < 9; i++) writer.append({ action: 'vote.cast', actor: `p-${i}` });
    const fresh = Array.from({ length: writer.size - seen }, (_, k) => writer.line(seen + k + 1));
    reader.loadMore(fresh.join('\n'));
    reader.loadMore('');
    expect(reader.toJSONLines()).toBe(writer.toJSONLines());
    expect(reader.head).toBe(writer.head);
    expect(reader.merkleRoot()).toBe(writer.merkleRoot());
    expect((await reader.verify()).valid).toBe(true);
    const next = reader.append({ action: 'view', actor: 'p-next' });
    expect(next.prev).toBe(writer.head);
    expect(next.chain).toBe(writer.line(1).match(/"hash":"([0-9a-f]{64})"/)?.[1]);
    // Added lines are checked by verify(), not trusted: a foreign line is named.
    const other = new AuditChain({ clock: clock() });
    for (let i = 0; i < 12; i++) other.append({ action: 'view', actor: `o-${i}` });
    reader.loadMore(other.line(12));
    expect((await reader.verify()).firstInvalid).toMatchObject({ index: 10, problem: 'foreign' });
  });
});
