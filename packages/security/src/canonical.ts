/**
 * RFC 8785 JSON Canonicalization Scheme. The serialisation itself is the well-kept
 * `canonicalize` package (erdtman, the reference JavaScript implementation listed by RFC 8785);
 * this wrapper only enforces I-JSON input (RFC 7493) so that a signature is never made over
 * something that does not survive a JSON round trip: no `undefined`, functions, symbols,
 * BigInt, non-finite numbers, lone surrogates, class instances or cycles, and bounded depth.
 */
import jcs from 'canonicalize';
import { types } from 'node:util';

export class CanonicalizationError extends TypeError {
  readonly path: readonly (string | number)[];
  constructor(message: string, path: readonly (string | number)[]) {
    super(`${message} at ${path.length === 0 ? '(root)' : path.join('.')}`);
    this.name = 'CanonicalizationError';
    this.path = path;
  }
}

const MAX_DEPTH = 256;
// Bound once: module runners (Vite's, under Vitest) turn every use of an imported binding into a getter call.
const isProxy = types.isProxy;

// The path is one shared stack (copied only when an error is thrown) to keep the walk cheap.
function check(value: unknown, path: (string | number)[], stack: Set<object>): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalizationError('non-finite number', [...path]);
      return;
    case 'object':
      break;
    default:
      throw new CanonicalizationError(`${typeof value} is not JSON`, [...path]);
  }
  if (value === null) return;
  if (path.length > MAX_DEPTH) throw new CanonicalizationError('nesting too deep', [...path]);
  // A Proxy's traps are the caller's code: refuse it before any of them can run (issue 17).
  if (isProxy(value)) throw new CanonicalizationError('a Proxy is not JSON', [...path]);
  if (stack.has(value)) throw new CanonicalizationError('cycle', [...path]);
  const proto: unknown = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (!isArray && proto !== Object.prototype && proto !== null) {
    throw new CanonicalizationError('only plain objects and arrays are JSON', [...path]);
  }
  stack.add(value);
  // Read data properties only: a getter would run the caller's code, and could answer differently when
  // the serialiser reads it again (what was checked would not be what is signed).
  const descriptors = Object.getOwnPropertyDescriptors(value) as Record<string, PropertyDescriptor>;
  const keys = isArray ? Array.from({ length: (value as unknown[]).length }, (_, i) => String(i)) : Object.keys(value);
  for (const key of keys) {
    const d = descriptors[key];
    path.push(isArray ? Number(key) : key);
    if (d === undefined) {
      if (isArray) throw new CanonicalizationError('sparse array', [...path]);
    } else if (!('value' in d)) {
      throw new CanonicalizationError('accessor property', [...path]);
    } else {
      check(d.value, path, stack);
    }
    path.pop();
  }
  stack.delete(value);
}

/** Throw `CanonicalizationError` unless `value` is I-JSON (the walk `canonicalize` runs first). @internal */
export function assertIJson(value: unknown): void {
  check(value, [], new Set());
}

/** A lone surrogate (the `u` flag reads a pair as one code point, so only unpaired halves match). */
const LONE_SURROGATE = /\p{Cs}/u;

/** The members of a plain object, each value read once and serialised once. @internal */
export interface CanonicalMembers {
  readonly keys: readonly string[];
  /** RFC 8785 text of each value, in `keys` order. */
  readonly texts: readonly string[];
  /** Each value: primitives as read, objects and arrays as parsed copies of their text (never the caller's). */
  readonly values: readonly unknown[];
}

/**
 * Read and serialise the members of a plain object in one pass, refusing what `assertIJson` refuses (Proxies,
 * accessors, class instances, non-finite numbers, lone surrogates, cycles, `undefined`, functions, symbols,
 * BigInt). Primitives, the common case of a log event, take a fast path: `String(n)` is RFC 8785 §3.2.2.3
 * number text (ECMAScript Number::toString), and `JSON.stringify(s)` of a well-formed string its string
 * text (§3.2.2.2); nested values go through the full check and `canonicalize`'s serialiser. The values
 * serialised are the values read, so what is checked is what is hashed. @internal
 */
export function canonicalMembers(value: object): CanonicalMembers {
  if (isProxy(value)) throw new CanonicalizationError('a Proxy is not JSON', []);
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value) || (proto !== Object.prototype && proto !== null))
    throw new CanonicalizationError('only plain objects are JSON records', []);
  const keys = Object.keys(value);
  const texts: string[] = new Array<string>(keys.length);
  const values: unknown[] = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (LONE_SURROGATE.test(key)) throw new CanonicalizationError('lone surrogate in a key', [key]);
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d === undefined || !('value' in d)) throw new CanonicalizationError('accessor property', [key]);
    const v: unknown = d.value;
    switch (typeof v) {
      case 'string':
        if (LONE_SURROGATE.test(v)) throw new CanonicalizationError('lone surrogate', [key]);
        texts[i] = JSON.stringify(v);
        values[i] = v;
        break;
      case 'number':
        if (!Number.isFinite(v)) throw new CanonicalizationError('non-finite number', [key]);
        texts[i] = String(v);
        values[i] = v;
        break;
      case 'boolean':
        texts[i] = v ? 'true' : 'false';
        values[i] = v;
        break;
      case 'object': {
        if (v === null) {
          texts[i] = 'null';
          values[i] = null;
          break;
        }
        check(v, [key], new Set([value]));
        let text: string;
        try {
          text = jcs(v) as string;
        } catch (e) {
          throw new CanonicalizationError(e instanceof Error ? e.message : 'not JSON', [key]);
        }
        texts[i] = text;
        values[i] = JSON.parse(text);
        break;
      }
      default:
        throw new CanonicalizationError(`${typeof v} is not JSON`, [key]);
    }
  }
  return { keys, texts, values };
}

/**
 * Canonical JSON text of `value` per RFC 8785. Throws `CanonicalizationError` for non-I-JSON input, and for
 * any value it cannot read without running the caller's code (Proxies, getters): never another error.
 */
export function canonicalize(value: unknown): string {
  try {
    check(value, [], new Set());
  } catch (e) {
    if (e instanceof CanonicalizationError) throw e;
    // E.g. a stack overflow or a host object that refuses inspection.
    throw new CanonicalizationError('value cannot be read', []);
  }
  try {
    const out = jcs(value);
    if (typeof out !== 'string') throw new CanonicalizationError('not JSON', []);
    return out;
  } catch (e) {
    if (e instanceof CanonicalizationError) throw e;
    throw new CanonicalizationError(e instanceof Error ? e.message : 'not JSON', []);
  }
}

/** `canonicalize` that returns its error instead of throwing. */
export function tryCanonicalize(
  value: unknown,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: CanonicalizationError } {
  try {
    return { ok: true, text: canonicalize(value) };
  } catch (e) {
    return { ok: false, error: e instanceof CanonicalizationError ? e : new CanonicalizationError('not JSON', []) };
  }
}

/**
 * Internal fast path for values that are already plain JSON (fresh from `JSON.parse`, or built
 * from an input that `canonicalize` has validated): skips the I-JSON walk. The library still
 * refuses lone surrogates and non-finite numbers.
 * @internal
 */
export function canonicalizeTrusted(value: unknown): string {
  return jcs(value) as string;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of the canonical form: the exact bytes that are signed and hashed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return encoder.encode(canonicalize(value));
}
