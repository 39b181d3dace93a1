import { createHash } from 'node:crypto';
import { CompactSign } from 'jose';
import type { KeyObject } from 'node:crypto';
import {
  AUDIT_ACTIONS,
  AUDIT_CHECKPOINT_TYP,
  AUDIT_GENESIS_PREV,
  AUDIT_SCHEMA_VERSION,
  EMPTY_TREE_ROOT,
  SecurityError,
  canonicalize,
  containsHetuShaped,
  fromHex,
  leafHashHexOfText,
  nodeHash,
  toHex,
  type AuditEventInput,
} from '@digikokous/security';

const ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const RESERVED = ['v', 'seq', 'ts', 'prev', 'hash', 'chain'];

/** What an append needs of the chain so far, and what a rollback restores. */
interface TailState {
  readonly size: number;
  readonly head: string;
  readonly chainId: string | undefined;
  /** Roots of the complete subtrees of the RFC 6962 tree, left to right (sizes: the binary digits of `size`). */
  readonly frontier: readonly { readonly size: number; readonly hash: Uint8Array }[];
}

/**
 * The writing end of an audit chain in O(log n) memory: the entry count, the head hash, the chain's identity and
 * the Merkle frontier (one subtree root per binary digit of the size), so appending an entry and signing a checkpoint
 * need none of the earlier entries. The lines themselves live in the database (`dk_audit_entries`); inclusion and
 * consistency proofs and verification load them from there into `@digikokous/security`'s `AuditChain`.
 *
 * Written here rather than taken from `AuditChain` because that class keeps every line in memory (it is the
 * verifier's whole-log view). The lines are byte for byte those `AuditChain.append` writes, RFC 8785 canonical JSON
 * with `v`, `seq`, `ts`, `prev`, `chain` and `hash` (a test compares the two), so `AuditChain.load(lines).verify()`
 * checks what this wrote.
 */
export class AuditTail {
  #state: TailState = { size: 0, head: AUDIT_GENESIS_PREV, chainId: undefined, frontier: [] };

  constructor(readonly clock: () => Date = () => new Date()) {}

  get size(): number {
    return this.#state.size;
  }
  get head(): string {
    return this.#state.head;
  }

  /** The state to go back to when tentative entries were not stored (`restore`). */
  mark(): unknown {
    return this.#state;
  }
  restore(mark: unknown): void {
    this.#state = mark as TailState;
  }

  /** Takes in stored lines (in order, after the current size): their hashes, without keeping them. */
  absorb(lines: readonly string[]): void {
    for (const line of lines) {
      const hash = (JSON.parse(line) as { hash?: unknown }).hash;
      this.#push(line, typeof hash === 'string' ? hash : this.#state.head);
    }
  }

  /** Appends an entry; returns its chain position (1-based) and its canonical line. */
  append(event: AuditEventInput): { seq: number; line: string } {
    for (const r of RESERVED) if (Object.hasOwn(event, r)) throw new TypeError(`AuditTail.append: "${r}" is reserved`);
    if (!ACTIONS.has(event.action)) throw new TypeError('AuditTail.append: action is not on the allow-list');
    if (typeof event.actor !== 'string' || event.actor.length === 0 || event.actor.length > 256)
      throw new TypeError('AuditTail.append: actor must be a short string');
    // The same guard as AuditChain: no henkilötunnus-shaped text enters the log (canonicalize also rejects non-I-JSON).
    if (containsHetuShaped(canonicalize(event))) throw new SecurityError('ERR_PERSONAL_ID', 'audit event');
    const { size, head, chainId } = this.#state;
    const entry: Record<string, unknown> = {
      ...event,
      v: AUDIT_SCHEMA_VERSION,
      seq: size + 1,
      ts: this.clock().toISOString(),
      prev: head,
      ...(chainId === undefined ? {} : { chain: chainId }),
    };
    const hash = createHash('sha256').update(canonicalize(entry)).digest('hex');
    const line = canonicalize({ ...entry, hash });
    this.#push(line, hash);
    return { seq: size + 1, line };
  }

  #push(line: string, hash: string): void {
    const { size, chainId } = this.#state;
    const frontier = [...this.#state.frontier, { size: 1, hash: fromHex(leafHashHexOfText(line)) }];
    // Two complete subtrees of the same size merge into one (the binary increment of the size).
    while (frontier.length > 1 && frontier.at(-1)!.size === frontier.at(-2)!.size) {
      const right = frontier.pop()!;
      const left = frontier.pop()!;
      frontier.push({ size: left.size * 2, hash: nodeHash(left.hash, right.hash) });
    }
    this.#state = { size: size + 1, head: hash, chainId: chainId ?? hash, frontier };
  }

  /** RFC 6962 root (hex) of the whole chain: the frontier folded from the right. */
  root(): string {
    const f = this.#state.frontier;
    if (f.length === 0) return toHex(EMPTY_TREE_ROOT);
    let root = f.at(-1)!.hash;
    for (let i = f.length - 2; i >= 0; i--) root = nodeHash(f[i]!.hash, root);
    return toHex(root);
  }

  /** Signs `{ size, head, root, ts }` as `AuditChain.checkpoint` does (compact JWS, `typ: audit-checkpoint+jws`). */
  async checkpoint(key: KeyObject, options: { kid?: string } = {}): Promise<string> {
    const payload = { size: this.size, head: this.head, root: this.root(), ts: this.clock().toISOString() };
    const header: { alg: string; typ: string; kid?: string } = { alg: 'EdDSA', typ: AUDIT_CHECKPOINT_TYP };
    if (options.kid !== undefined) header.kid = options.kid;
    return new CompactSign(new TextEncoder().encode(canonicalize(payload))).setProtectedHeader(header).sign(key);
  }
}
