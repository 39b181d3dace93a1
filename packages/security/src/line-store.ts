/**
 * The audit chain's stored lines as UTF-8 bytes in pooled chunks, each line preceded by one 0x00 byte, so
 * that the RFC 9162 leaf input `0x00 ‖ line` is a slice of what is stored and hashing it copies nothing.
 * A chain keeps no JS object per entry: 10⁵ retained line strings were what the garbage collector spent
 * most of the append time copying (measured with `--trace-gc` and `--cpu-prof`, see the README).
 * @internal
 */
import { Buffer, isUtf8 } from 'node:buffer';

const CHUNK = 1 << 20;
const INVALID_UTF8 = '\u0000invalid-utf8';

/** A growable array of unsigned 32-bit integers (chunk numbers and byte offsets). */
function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

export class LineStore {
  readonly #chunks: Buffer[] = [];
  #chunk: Buffer = Buffer.alloc(0);
  #used = 0;
  #count = 0;
  #where: Uint32Array = new Uint32Array(256);
  #start: Uint32Array = new Uint32Array(256);
  #end: Uint32Array = new Uint32Array(256);
  /** Positions of loaded lines that are not UTF-8 (they are read as a marker that verify() reports). */
  readonly #invalid = new Set<number>();

  get size(): number {
    return this.#count;
  }

  #room(bytes: number): void {
    if (this.#used + bytes <= this.#chunk.length) return;
    this.#chunk = Buffer.allocUnsafe(Math.max(CHUNK, bytes));
    this.#chunks.push(this.#chunk);
    this.#used = 0;
  }

  #record(start: number, end: number): void {
    const i = this.#count;
    if (i === this.#where.length) {
      this.#where = grow(this.#where);
      this.#start = grow(this.#start);
      this.#end = grow(this.#end);
    }
    this.#where[i] = this.#chunks.length - 1;
    this.#start[i] = start;
    this.#end[i] = end;
    this.#count = i + 1;
  }

  /**
   * Store a line the chain serialised itself, given as its leaf input: U+0000 (the byte 0x00) and the line.
   * It is well-formed (JSON escapes every lone surrogate), so its UTF-8 bytes are exactly what was hashed.
   */
  pushLeafInput(leafInput: string): void {
    this.#room(leafInput.length * 3);
    const chunk = this.#chunk;
    const at = this.#used;
    const end = at + chunk.write(leafInput, at, 'utf8');
    this.#used = end;
    this.#record(at + 1, end);
  }

  /** Store a loaded line's bytes as they are. */
  pushBytes(bytes: Uint8Array): void {
    this.#room(bytes.length + 1);
    const chunk = this.#chunk;
    const start = this.#used + 1;
    chunk[start - 1] = 0;
    chunk.set(bytes, start);
    const end = start + bytes.length;
    this.#used = end;
    if (!isUtf8(bytes)) this.#invalid.add(this.#count);
    this.#record(start, end);
  }

  /** Line `i` (0-based) as text; a loaded line that is not UTF-8 reads as a marker no JSON parser accepts. */
  line(i: number): string {
    if (this.#invalid.has(i)) return INVALID_UTF8;
    const chunk = this.#chunks[this.#where[i] as number] as Buffer;
    return chunk.toString('utf8', this.#start[i], this.#end[i]);
  }

  /** The RFC 9162 leaf input of line `i`: `0x00 ‖ its bytes`, a view of the store (no copy). */
  leafInput(i: number): Uint8Array {
    const chunk = this.#chunks[this.#where[i] as number] as Buffer;
    return chunk.subarray((this.#start[i] as number) - 1, this.#end[i]);
  }
}
