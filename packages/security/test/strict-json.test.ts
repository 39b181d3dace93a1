import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assertNoDuplicateMembers,
  StrictJsonError,
  InMemoryReplayCache,
  pinnedRemoteJwks,
  spanSeconds,
} from '../src/index.js';

const kind = (text: string): string => {
  try {
    assertNoDuplicateMembers(text);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(StrictJsonError);
    return (e as StrictJsonError).kind;
  }
};

describe('assertNoDuplicateMembers (hand-written; JSON.parse keeps the last duplicate)', () => {
  it('finds duplicates at any depth and after unescaping', () => {
    expect(kind('{"a":1,"b":{"c":1,"c":2}}')).toBe('duplicate');
    expect(kind('{"a":1,"\\u0061":2}')).toBe('duplicate');
    expect(kind('[{"x":1},{"x":1}]')).toBe('ok');
    expect(kind('{"a":{"a":1}}')).toBe('ok');
  });

  it('rejects what JSON.parse rejects, and deep nesting', () => {
    for (const bad of [
      '',
      '{',
      '{"a"}',
      '{"a":1,}',
      '[1,]',
      "{'a':1}",
      '{"a":01}',
      '{"a":"\u0001"}',
      '{"a":1} x',
      'nul',
      '"\\x"',
    ]) {
      expect(kind(bad), bad).toBe('syntax');
      expect(() => JSON.parse(bad), bad).toThrow();
    }
    expect(kind('['.repeat(40) + ']'.repeat(40))).toBe('depth');
  });

  it('property: agrees with JSON.parse on every serialised JSON value, and catches an injected duplicate', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ minLength: 1, maxLength: 5 }), fc.boolean(), (v, key, indent) => {
        const text = JSON.stringify(v, null, indent ? 1 : 0);
        expect(kind(text)).toBe('ok');
        const dup = `{${JSON.stringify(key)}:1,"z":${text},${JSON.stringify(key)}:2}`;
        expect(kind(dup)).toBe('duplicate');
      }),
    );
  });
});

describe('InMemoryReplayCache, pinnedRemoteJwks, spanSeconds', () => {
  it('keeps a jti until it expires, then forgets it; fails closed when full', () => {
    let now = 1000;
    const c = new InMemoryReplayCache({ now: () => now, maxEntries: 2 });
    expect(c.checkAndStore('a', 1100)).toBe(true);
    expect(c.checkAndStore('a', 1100)).toBe(false);
    expect(c.checkAndStore('b', 1050)).toBe(true);
    expect(c.checkAndStore('c', 1200)).toBe(false);
    now = 1060;
    expect(c.checkAndStore('c', 1200)).toBe(true);
    now = 1101;
    expect(c.checkAndStore('a', 1300)).toBe(true);
  });

  it('pins remote JWKS to https URLs only', () => {
    expect(() => pinnedRemoteJwks('http://idp.example/jwks')).toThrow(TypeError);
    expect(typeof pinnedRemoteJwks('https://idp.example/jwks')).toBe('function');
  });

  it('parses time spans', () => {
    expect(spanSeconds('15m')).toBe(900);
    expect(spanSeconds('30s')).toBe(30);
    expect(spanSeconds('1h')).toBe(3600);
    expect(spanSeconds(12)).toBe(12);
    expect(spanSeconds('soon')).toBeUndefined();
    expect(spanSeconds(-1)).toBeUndefined();
  });
});
