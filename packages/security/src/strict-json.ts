/**
 * Duplicate-member detection for JOSE headers and JWT payloads.
 *
 * Written by hand on purpose: `JSON.parse` (which jose uses) silently keeps the last of two
 * equal member names (RFC 7515 §4 / RFC 7519 §4 allow either rejecting or last-wins), so an
 * attacker could smuggle a second `aud` or `alg` past a component that reads the first one.
 * No maintained npm package rejects duplicates without pulling in a full parser, and this is
 * a small RFC 8259 grammar walk: it compares names after unescaping (`"a"` and `"\u0061"`
 * are the same name) and caps nesting depth. The value itself is still parsed by `JSON.parse`.
 */
import { Buffer } from 'node:buffer';

export class StrictJsonError extends Error {
  readonly kind: 'syntax' | 'duplicate' | 'depth';
  constructor(kind: 'syntax' | 'duplicate' | 'depth', message: string) {
    super(message);
    this.name = 'StrictJsonError';
    this.kind = kind;
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Throw a `StrictJsonError` if `text` is not JSON, nests deeper than `maxDepth`, or repeats a member name. */
export function assertNoDuplicateMembers(text: string, maxDepth = 32): void {
  let i = 0;
  const n = text.length;
  const fail = (kind: 'syntax' | 'duplicate' | 'depth', msg: string): never => {
    throw new StrictJsonError(kind, msg);
  };
  const ws = (): void => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const str = (): string => {
    // at opening quote
    i++;
    let out = '';
    for (;;) {
      if (i >= n) fail('syntax', 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c < 0x20) fail('syntax', 'control character in string');
      if (c === 0x5c) {
        const e = text[i + 1];
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = text.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('syntax', 'bad unicode escape');
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default:
            fail('syntax', 'bad escape');
        }
        i += 2;
        continue;
      }
      out += text[i];
      i++;
    }
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('syntax', 'unexpected token');
  };
  const num = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0].length === 0) fail('syntax', 'bad number');
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (depth: number): void => {
    if (depth > maxDepth) fail('depth', 'nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const names = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('syntax', 'expected member name');
        const name = str();
        if (names.has(name)) fail('duplicate', `duplicate member name "${name.slice(0, 40)}"`);
        names.add(name);
        ws();
        if (text[i] !== ':') fail('syntax', 'expected colon');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('syntax', 'expected , or }');
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('syntax', 'expected , or ]');
      }
    } else if (c === '"') {
      str();
    } else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else num();
  };
  value(0);
  ws();
  if (i !== n) fail('syntax', 'trailing characters');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode one base64url segment to a JSON object, rejecting duplicates; `null` signals bad base64url/UTF-8/JSON shape. */
export function decodeStrictJsonSegment(segment: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]*$/.test(segment) || segment.length % 4 === 1) {
    throw new StrictJsonError('syntax', 'not base64url');
  }
  let text: string;
  try {
    text = decoder.decode(Buffer.from(segment, 'base64url'));
  } catch {
    throw new StrictJsonError('syntax', 'not UTF-8');
  }
  assertNoDuplicateMembers(text);
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new StrictJsonError('syntax', 'not a JSON object');
  }
  return parsed as Record<string, unknown>;
}
