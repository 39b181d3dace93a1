import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { canonicalize, canonicalBytes, CanonicalizationError } from '../src/index.js';

const dir = fileURLToPath(new URL('./fixtures/jcs/', import.meta.url));
const names = readdirSync(`${dir}input`).filter((f) => f.endsWith('.json'));

describe('canonicalize (RFC 8785, cyberphone test data)', () => {
  it('has the cyberphone files', () => {
    expect(names.sort()).toEqual([
      'arrays.json',
      'french.json',
      'structures.json',
      'unicode.json',
      'values.json',
      'weird.json',
    ]);
  });

  it.each(names)('%s matches output/ and outhex/', (name) => {
    const input: unknown = JSON.parse(readFileSync(`${dir}input/${name}`, 'utf8'));
    const expected = readFileSync(`${dir}output/${name}`, 'utf8').replace(/\n$/, '');
    const hex = readFileSync(`${dir}outhex/${name.replace('.json', '.txt')}`, 'utf8')
      .replace(/\s+/g, '')
      .toLowerCase();
    expect(canonicalize(input)).toBe(expected);
    expect(Buffer.from(canonicalBytes(input)).toString('hex')).toBe(hex);
  });

  it('rejects input that is not I-JSON, naming the path', () => {
    const cases: [unknown, string][] = [
      [{ a: [1, undefined] }, 'a.1'],
      [{ a: () => 1 }, 'a'],
      [{ n: Number.NaN }, 'n'],
      [{ n: Infinity }, 'n'],
      [{ b: 1n }, 'b'],
      [{ d: new Date(0) }, 'd'],
      [{ s: Symbol('x') }, 's'],
    ];
    for (const [v, path] of cases) {
      let err: unknown;
      try {
        canonicalize(v);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CanonicalizationError);
      expect((err as CanonicalizationError).path.join('.')).toBe(path);
    }
    expect(() => canonicalize({ s: 'a\ud800b' })).toThrow(CanonicalizationError);
    const cyclic: Record<string, unknown> = {};
    cyclic.me = cyclic;
    expect(() => canonicalize(cyclic)).toThrow(/cycle/);
    let deep: unknown = 0;
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(() => canonicalize(deep)).toThrow(/too deep/);
  });

  it('property: canonical form is a fixed point and independent of key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalize(v);
        expect(canonicalize(JSON.parse(c))).toBe(c);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const reversed = Object.fromEntries(Object.entries(v).reverse());
          expect(canonicalize(reversed)).toBe(c);
        }
      }),
    );
  });
});

describe('canonicalize contains hostile values (issue 17: Proxies and throwing getters)', () => {
  it('refuses every hostile value with a CanonicalizationError and runs none of its code', async () => {
    const { canonicalize: c, tryCanonicalize, CanonicalizationError: CE } = await import('../src/index.js');
    let ran = 0;
    const trap = () => {
      ran += 1;
      throw new Error('hostile');
    };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const arrayWithGetter: unknown[] = [1, 2];
    Object.defineProperty(arrayWithGetter, 1, { get: trap, enumerable: true });
    const values: [string, unknown][] = [
      [
        'a Proxy with throwing traps',
        new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap }),
      ],
      ['a Proxy of an array', new Proxy([1, 2], { get: trap })],
      ['a revoked Proxy', revocable.proxy],
      ['a nested Proxy', { a: [{ b: new Proxy({}, { ownKeys: trap }) }] }],
      [
        'a throwing getter',
        {
          get x() {
            return trap();
          },
        },
      ],
      [
        'a getter that answers',
        {
          get x() {
            ran += 1;
            return 1;
          },
        },
      ],
      ['an array index getter', arrayWithGetter],
      ['a throwing toJSON', { toJSON: trap }],
      // eslint-disable-next-line no-sparse-arrays -- the hole is the attack
      ['a sparse array', [1, , 3]],
      ['a function', trap],
      ['a Date', new Date(0)],
      ['a Map', new Map()],
    ];
    for (const [name, v] of values) {
      let thrown: unknown;
      try {
        c(v);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, name).toBeInstanceOf(CE);
      const r = tryCanonicalize(v);
      expect(r.ok, name).toBe(false);
    }
    expect(ran).toBe(0);
    expect(tryCanonicalize({ b: 1, a: [true, null, 'x'] })).toEqual({ ok: true, text: '{"a":[true,null,"x"],"b":1}' });
  });
});
