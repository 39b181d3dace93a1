/**
 * RFC 8785 JSON Canonicalization Scheme. The serialisation itself is the well-kept
 * `canonicalize` package (erdtman, the reference JavaScript implementation listed by RFC 8785);
 * this wrapper only enforces I-JSON input (RFC 7493) so that a signature is never made over
 * something that does not survive a JSON round trip: no `undefined`, functions, symbols,
 * BigInt, non-finite numbers, lone surrogates, class instances or cycles, and bounded depth.
 */
import jcs from 'canonicalize';

export class CanonicalizationError extends TypeError {
  readonly path: readonly (string | number)[];
  constructor(message: string, path: readonly (string | number)[]) {
    super(`${message} at ${path.length === 0 ? '(root)' : path.join('.')}`);
    this.name = 'CanonicalizationError';
    this.path = path;
  }
}

const MAX_DEPTH = 256;

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
  if (stack.has(value)) throw new CanonicalizationError('cycle', [...path]);
  const proto: unknown = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (!isArray && proto !== Object.prototype && proto !== null) {
    throw new CanonicalizationError('only plain objects and arrays are JSON', [...path]);
  }
  stack.add(value);
  if (isArray) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      check(value[i], path, stack);
      path.pop();
    }
  } else {
    for (const key of Object.keys(value)) {
      path.push(key);
      check((value as Record<string, unknown>)[key], path, stack);
      path.pop();
    }
  }
  stack.delete(value);
}

/** Throw `CanonicalizationError` unless `value` is I-JSON (the walk `canonicalize` runs first). @internal */
export function assertIJson(value: unknown): void {
  check(value, [], new Set());
}

/** Canonical JSON text of `value` per RFC 8785. Throws `CanonicalizationError` for non-I-JSON input. */
export function canonicalize(value: unknown): string {
  check(value, [], new Set());
  try {
    const out = jcs(value);
    if (typeof out !== 'string') throw new CanonicalizationError('not JSON', []);
    return out;
  } catch (e) {
    if (e instanceof CanonicalizationError) throw e;
    throw new CanonicalizationError(e instanceof Error ? e.message : 'not JSON', []);
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
