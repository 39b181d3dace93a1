/**
 * Tamper-evident audit log (Tiedonhallintalaki 906/2019 17 §: log data on the use of systems
 * that require identification, and on disclosures from them; viewing a confidential appendix
 * is a logged use).
 *
 * - Hash chain: `hash_i = SHA-256(JCS(entry_i without hash))`, each entry carrying
 *   `prev = hash_{i-1}` (genesis: 64 hex zeros).
 * - RFC 6962 Merkle tree over the canonical entry lines, with inclusion and consistency proofs.
 * - Signed checkpoints (`audit-checkpoint+jws` over `{ size, head, root, ts }`) anchor the head,
 *   so that truncation and wholesale rewriting are detected as well.
 * - Actors are pseudonyms or keyed hashes (`pseudonymizeActor`); an event containing anything
 *   henkilötunnus-shaped is refused (Tietosuojalaki 1050/2018 29 §).
 */
import { Buffer } from 'node:buffer';
import { createHash, createHmac } from 'node:crypto';
import { CompactSign } from 'jose';
import type { CryptoKey, JWK, KeyObject } from 'jose';
import { canonicalize, canonicalizeTrusted } from './canonical.js';
import { SecurityError, type Message } from './errors.js';
import { verifyCompactJws, type VerificationKeys } from './jws.js';
import { consistencyProof, inclusionProof, leafHash, rootFromLeafHashes, toHex } from './merkle.js';
import { containsHetuShaped } from './redact.js';

export const AUDIT_GENESIS_PREV = '0'.repeat(64);
export const AUDIT_CHECKPOINT_TYP = 'audit-checkpoint+jws';
export const AUDIT_SCHEMA_VERSION = 1;

/** Default action allow-list (security-rules §6 and domain-rules §5.4 LogEvent). */
export const AUDIT_ACTIONS = Object.freeze([
  'meeting.join',
  'meeting.leave',
  'quorum.check',
  'item.open',
  'disqualification.declare',
  'doc.access.granted',
  'doc.access.denied',
  'vote.cast',
  'vote.result',
  'minutes.sign',
  'publish.redacted',
  'view',
  'create',
  'update',
  'delete',
  'disclose',
  'export',
  'login',
  'logout',
] as const);

const RESERVED = ['v', 'seq', 'ts', 'prev', 'hash'] as const;

export interface AuditEventInput {
  readonly action: string;
  /** Pseudonymous subject id or keyed hash; never a henkilötunnus. */
  readonly actor: string;
  readonly [field: string]: unknown;
}

export interface AuditEntry extends AuditEventInput {
  readonly v: number;
  /** 1-based sequence number; the Merkle leaf index is `seq - 1`. */
  readonly seq: number;
  readonly ts: string;
  readonly prev: string;
  readonly hash: string;
}

export type AuditProblem = 'malformed' | 'changed' | 'removed' | 'reordered' | 'truncated' | 'checkpoint';

const PROBLEM_MESSAGES: Record<AuditProblem, Message> = {
  malformed: {
    fi: 'Lokimerkintä ei ole kelvollista kanonista JSONia.',
    en: 'The log entry is not valid canonical JSON.',
  },
  changed: { fi: 'Lokimerkintää on muutettu.', en: 'The log entry was changed.' },
  removed: {
    fi: 'Lokista on poistettu merkintöjä ennen tätä kohtaa.',
    en: 'Entries were removed from the log before this point.',
  },
  reordered: { fi: 'Lokimerkintöjen järjestystä on muutettu.', en: 'Log entries were reordered.' },
  truncated: { fi: 'Lokin lopusta on poistettu merkintöjä.', en: 'Entries were removed from the end of the log.' },
  checkpoint: {
    fi: 'Allekirjoitettu tarkistuspiste ei täsmää lokiin.',
    en: 'A signed checkpoint does not match the log.',
  },
};

export interface AuditVerification {
  readonly valid: boolean;
  readonly size: number;
  readonly head: string;
  /** The first entry (0-based position in the log) that was changed, removed or reordered. */
  readonly firstInvalid?: { readonly index: number; readonly problem: AuditProblem; readonly message: Message };
}

export interface AuditVerifyOptions {
  /** Signed checkpoints to check against the log (e.g. the one printed at meeting close). */
  readonly checkpoints?: readonly string[];
  /** Keys for the checkpoints (pinned JWK Set or key). */
  readonly keys?: VerificationKeys;
  /** An externally anchored head, e.g. the hash printed in the minutes. */
  readonly anchor?: { readonly size: number; readonly head: string };
}

export interface AuditChainOptions {
  /** Clock (injected); defaults to the current time at the API boundary. */
  readonly clock?: () => Date;
  /** Action allow-list; default `AUDIT_ACTIONS`. */
  readonly actions?: readonly string[];
}

export interface CheckpointPayload {
  readonly size: number;
  readonly head: string;
  readonly root: string;
  readonly ts: string;
}

/** Keyed hash of an identifier (e.g. a henkilötunnus) for the `actor` field: `hmac-sha256:<base64url>`. */
export function pseudonymizeActor(identifier: string, key: Uint8Array): string {
  if (!(key instanceof Uint8Array) || key.length < 32)
    throw new TypeError('pseudonymizeActor: key must be at least 32 bytes');
  return `hmac-sha256:${createHmac('sha256', key).update(identifier, 'utf8').digest('base64url')}`;
}

const sha256Hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function entryHash(entry: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = entry;
  void _hash;
  return sha256Hex(canonicalizeTrusted(rest));
}

/** Append-only, hash-chained audit log with Merkle proofs and signed checkpoints. */
export class AuditChain {
  readonly #lines: string[] = [];
  readonly #leaves: Uint8Array[] = [];
  readonly #clock: () => Date;
  readonly #actions: ReadonlySet<string>;
  #head = AUDIT_GENESIS_PREV;

  constructor(options: AuditChainOptions = {}) {
    this.#clock = options.clock ?? (() => new Date());
    this.#actions = new Set(options.actions ?? AUDIT_ACTIONS);
  }

  /**
   * Load stored lines (JSON Lines text or bytes, one canonical entry per line) without
   * checking them; call `verify()` to check. Invalid UTF-8 is confined to its line.
   */
  static load(stored: string | Uint8Array, options: AuditChainOptions = {}): AuditChain {
    const chain = new AuditChain(options);
    const bytes = typeof stored === 'string' ? encoder.encode(stored) : stored;
    let start = 0;
    const lines: string[] = [];
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        if (i > start || i < bytes.length) {
          const slice = bytes.subarray(start, i);
          let text: string;
          try {
            text = decoder.decode(slice);
          } catch {
            text = '\u0000invalid-utf8';
          }
          lines.push(text);
        }
        start = i + 1;
      }
    }
    for (const line of lines) {
      chain.#lines.push(line);
      chain.#leaves.push(leafHash(encoder.encode(line)));
    }
    const last = lines[lines.length - 1];
    if (last !== undefined) {
      try {
        const parsed = JSON.parse(last) as { hash?: unknown };
        if (typeof parsed.hash === 'string') chain.#head = parsed.hash;
      } catch {
        /* verify() reports it */
      }
    }
    return chain;
  }

  get size(): number {
    return this.#lines.length;
  }

  /** Hash of the last entry (the chain head). */
  get head(): string {
    return this.#head;
  }

  /** The stored entries, parsed. */
  entries(): AuditEntry[] {
    return this.#lines.map((l) => JSON.parse(l) as AuditEntry);
  }

  /** JSON Lines: one canonical entry per line, newline-terminated. */
  toJSONLines(): string {
    return this.#lines.map((l) => `${l}\n`).join('');
  }

  /** Append an event; returns the stored entry. */
  append(event: AuditEventInput): AuditEntry {
    if (event === null || typeof event !== 'object') throw new TypeError('AuditChain.append: event must be an object');
    for (const r of RESERVED)
      if (Object.hasOwn(event, r)) throw new TypeError(`AuditChain.append: "${r}" is set by the chain`);
    if (typeof event.action !== 'string' || !this.#actions.has(event.action))
      throw new TypeError('AuditChain.append: action is not on the allow-list');
    if (typeof event.actor !== 'string' || event.actor.length === 0 || event.actor.length > 256)
      throw new TypeError('AuditChain.append: actor must be a short string');
    // Validates I-JSON once; the derived objects below are canonicalised on the fast path.
    const body = canonicalize(event);
    if (containsHetuShaped(body)) throw new SecurityError('ERR_PERSONAL_ID', 'audit event');
    // Build from the checked text, so what was checked is exactly what is stored.
    const entry: Record<string, unknown> = {
      ...(JSON.parse(body) as Record<string, unknown>),
      v: AUDIT_SCHEMA_VERSION,
      seq: this.#lines.length + 1,
      ts: this.#clock().toISOString(),
      prev: this.#head,
    };
    const hash = sha256Hex(canonicalizeTrusted(entry));
    entry.hash = hash;
    const line = canonicalizeTrusted(entry);
    this.#lines.push(line);
    this.#leaves.push(leafHash(encoder.encode(line)));
    this.#head = hash;
    return Object.freeze(entry) as AuditEntry;
  }

  /** RFC 6962 root (hex) over the first `size` entries. */
  merkleRoot(size = this.size): string {
    if (!Number.isInteger(size) || size < 0 || size > this.size) throw new RangeError('merkleRoot: size out of range');
    return toHex(rootFromLeafHashes(this.#leaves, 0, size));
  }

  /** Leaf hash (hex) of the entry with sequence number `seq`. */
  leafHash(seq: number): string {
    const leaf = this.#leaves[seq - 1];
    if (!leaf) throw new RangeError('leafHash: no such entry');
    return toHex(leaf);
  }

  /** Inclusion proof (hex hashes) of entry `seq` in the tree of the first `size` entries. */
  inclusionProof(seq: number, size = this.size): string[] {
    return inclusionProof(this.#leaves, seq - 1, size).map(toHex);
  }

  /** Consistency proof (hex hashes) between the first `oldSize` and the first `size` entries. */
  consistencyProof(oldSize: number, size = this.size): string[] {
    return consistencyProof(this.#leaves, oldSize, size).map(toHex);
  }

  /** Sign a checkpoint `{ size, head, root, ts }` (compact JWS, `typ: audit-checkpoint+jws`). */
  async checkpoint(
    key: CryptoKey | KeyObject | JWK,
    options: { kid?: string; alg?: 'EdDSA' | 'ES256' } = {},
  ): Promise<string> {
    const payload: CheckpointPayload = {
      size: this.size,
      head: this.#head,
      root: this.merkleRoot(),
      ts: this.#clock().toISOString(),
    };
    const header: { alg: string; typ: string; kid?: string } = {
      alg: options.alg ?? 'EdDSA',
      typ: AUDIT_CHECKPOINT_TYP,
    };
    if (options.kid !== undefined) header.kid = options.kid;
    return new CompactSign(encoder.encode(canonicalize(payload))).setProtectedHeader(header).sign(key);
  }

  /**
   * Verify the chain: every line canonical, every hash, every `prev` link and every sequence
   * number; then the anchor and signed checkpoints. Names the first entry (0-based position)
   * that was changed, removed or reordered.
   */
  async verify(options: AuditVerifyOptions = {}): Promise<AuditVerification> {
    const fail = (index: number, problem: AuditProblem, head: string): AuditVerification => ({
      valid: false,
      size: this.size,
      head,
      firstInvalid: { index, problem, message: PROBLEM_MESSAGES[problem] },
    });
    let prev = AUDIT_GENESIS_PREV;
    const heads: string[] = [];
    for (let i = 0; i < this.#lines.length; i++) {
      const line = this.#lines[i] as string;
      let entry: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(line);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return fail(i, 'malformed', prev);
        entry = parsed as Record<string, unknown>;
        if (canonicalizeTrusted(entry) !== line) return fail(i, 'malformed', prev);
      } catch {
        return fail(i, 'malformed', prev);
      }
      if (typeof entry.hash !== 'string' || entryHash(entry) !== entry.hash) return fail(i, 'changed', prev);
      const seq = entry.seq;
      if (typeof seq !== 'number' || !Number.isInteger(seq)) return fail(i, 'changed', prev);
      if (seq !== i + 1) {
        // A later sequence number means entries are missing; an earlier one means they were moved.
        return fail(i, seq > i + 1 && !this.#hasSeqLater(i + 1, i) ? 'removed' : 'reordered', prev);
      }
      if (entry.prev !== prev) {
        // This entry's own hash is intact and commits to `prev`, so the previous entry was rewritten.
        return fail(Math.max(0, i - 1), i === 0 ? 'changed' : 'changed', prev);
      }
      prev = entry.hash;
      heads.push(prev);
    }
    if (options.anchor) {
      const r = this.#checkAnchor(options.anchor.size, options.anchor.head, heads);
      if (r) return fail(r.index, r.problem, prev);
    }
    for (const cp of options.checkpoints ?? []) {
      if (!options.keys) return fail(this.size, 'checkpoint', prev);
      let payload: CheckpointPayload;
      try {
        const v = await verifyCompactJws(cp, options.keys, {
          algorithms: ['EdDSA', 'ES256'],
          typ: [AUDIT_CHECKPOINT_TYP],
        });
        payload = JSON.parse(Buffer.from(v.payload).toString('utf8')) as CheckpointPayload;
      } catch {
        return fail(this.size, 'checkpoint', prev);
      }
      const r = this.#checkAnchor(payload.size, payload.head, heads);
      if (r) return fail(r.index, r.problem, prev);
      if (this.merkleRoot(payload.size) !== payload.root)
        return fail(Math.max(0, payload.size - 1), 'checkpoint', prev);
    }
    return { valid: true, size: this.size, head: prev };
  }

  #hasSeqLater(expected: number, from: number): boolean {
    for (let j = from + 1; j < this.#lines.length; j++) {
      try {
        if ((JSON.parse(this.#lines[j] as string) as { seq?: unknown }).seq === expected) return true;
      } catch {
        /* ignore */
      }
    }
    return false;
  }

  #checkAnchor(
    size: unknown,
    head: unknown,
    heads: readonly string[],
  ): { index: number; problem: AuditProblem } | undefined {
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
      return { index: this.size, problem: 'checkpoint' };
    if (size > heads.length) return { index: heads.length, problem: 'truncated' };
    const expected = size === 0 ? AUDIT_GENESIS_PREV : heads[size - 1];
    if (expected !== head) return { index: Math.max(0, size - 1), problem: 'changed' };
    return undefined;
  }
}
