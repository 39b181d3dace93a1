/**
 * Tamper-evident audit log (Tiedonhallintalaki 906/2019 17 §: log data on the use of systems
 * that require identification, and on disclosures from them; viewing a confidential appendix
 * is a logged use).
 *
 * - Hash chain: `hash_i = SHA-256(JCS(entry_i without hash))`, each entry carrying
 *   `prev = hash_{i-1}` (genesis: 64 hex zeros).
 * - RFC 6962 Merkle tree over the canonical entry lines, with inclusion and consistency proofs.
 * - Signed checkpoints (`audit-checkpoint+jws` over `{ size, head, root, ts }`) anchor the head,
 *   so that truncation and wholesale rewriting are detected as well; `verify()` says whether the log
 *   was anchored to the latest checkpoint and never calls an unanchored log complete.
 * - Every entry after the first names its log (`chain` = the first entry's hash), so an entry spliced in
 *   from another log is named as foreign, not mistaken for a rewrite of its predecessor.
 * - Actors are pseudonyms or keyed hashes (`pseudonymizeActor`); an event containing anything
 *   henkilötunnus-shaped is refused (Tietosuojalaki 1050/2018 29 §).
 */
import { Buffer } from 'node:buffer';
import { createHmac, hash as oneShotHash } from 'node:crypto';
import { CompactSign } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, KeyObject } from 'jose';
import { canonicalMembers, canonicalize, canonicalizeTrusted } from './canonical.js';
import { SecurityError, type Message } from './errors.js';
import { JwsError, verifyCompactJws, type VerificationKeys } from './jws.js';
import { LineStore } from './line-store.js';
import {
  EMPTY_TREE_ROOT,
  MerkleTree,
  fromHex,
  leafHashHexOfText,
  nodeHash,
  toHex,
  verifyConsistency,
} from './merkle.js';
import { containsHetuShaped as anyHetuShape } from '@digikokous/meeting-schema/identity-codes';
import { containsHetuShaped } from './redact.js';

export const AUDIT_GENESIS_PREV = '0'.repeat(64);
export const AUDIT_CHECKPOINT_TYP = 'audit-checkpoint+jws';
/** Schema version of new entries: 2 adds `chain` (the first entry's hash) to every entry after the first. */
export const AUDIT_SCHEMA_VERSION = 2;

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

const RESERVED: ReadonlySet<string> = new Set(['v', 'seq', 'ts', 'prev', 'hash', 'chain']);

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
  /** The log's identity (hash of its first entry); on every entry after the first (v ≥ 2). */
  readonly chain?: string;
}

export type AuditProblem =
  | 'malformed'
  | 'changed'
  | 'removed'
  | 'reordered'
  | 'truncated'
  | 'checkpoint'
  | 'foreign'
  | 'unanchored'
  | 'stale-checkpoint'
  | 'key-validity';

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
  foreign: {
    fi: 'Merkintä on peräisin toisesta lokista (liitetty väliin).',
    en: 'The entry comes from another log (spliced in).',
  },
  unanchored: {
    fi: 'Lokia ei ole ankkuroitu viimeisimpään julkaistuun tarkistuspisteeseen; sitä ei voi todeta täydelliseksi.',
    en: 'The log is not anchored to the latest published checkpoint; it cannot be called complete.',
  },
  'stale-checkpoint': {
    fi: 'Tarkistuspiste on pienempi tai vanhempi kuin viimeksi nähty.',
    en: 'The checkpoint is smaller or older than the last one seen.',
  },
  'key-validity': {
    fi: 'Tarkistuspisteen allekirjoitusavain ei ollut voimassa tarkistuspisteen hetkellä.',
    en: 'The checkpoint key was not valid at the checkpoint time.',
  },
};

/** A verified checkpoint. */
export interface VerifiedCheckpoint extends CheckpointPayload {
  readonly kid?: string;
}

export interface AuditVerification {
  /** The entries are intact (and, with `requireAnchor`, anchored to the latest checkpoint). */
  readonly valid: boolean;
  readonly size: number;
  readonly head: string;
  /** The first entry (0-based position in the log) that was changed, removed, reordered or spliced in. */
  readonly firstInvalid?: { readonly index: number; readonly problem: AuditProblem; readonly message: Message };
  /** Entries covered by the latest verified checkpoint or anchor (0 when none was given). */
  readonly anchoredSize: number;
  /** Every entry is covered by the latest checkpoint or anchor. */
  readonly anchored: boolean;
  /** `valid` and `anchored`: only an anchored log is ever called complete. */
  readonly complete: boolean;
  /** The latest (largest) verified checkpoint; keep it as `lastSeen` for the next verification. */
  readonly latestCheckpoint?: VerifiedCheckpoint;
}

/** Validity period of a checkpoint key (ISO instants; `from` inclusive, `until` exclusive). */
export interface KeyValidity {
  readonly from?: string;
  readonly until?: string;
}

export interface AuditVerifyOptions {
  /** Signed checkpoints to check against the log (e.g. the one printed at meeting close). */
  readonly checkpoints?: readonly string[];
  /** Keys for the checkpoints (pinned JWK Set or key). */
  readonly keys?: VerificationKeys;
  /**
   * Validity periods per `kid`. When given, a checkpoint's key must be listed and its `ts` inside the
   * period (a retired key signs no accepted checkpoint); a checkpoint without `kid` is tried against the
   * keys valid at its time.
   */
  readonly keyValidity?: Readonly<Record<string, KeyValidity>>;
  /**
   * The last checkpoint this verifier has seen (e.g. the previous `latestCheckpoint`, from its own store).
   * A checkpoint smaller or older than it is refused, and the log must reach at least its size.
   */
  readonly lastSeen?: CheckpointPayload;
  /** An externally anchored head, e.g. the hash printed in the minutes. */
  readonly anchor?: { readonly size: number; readonly head: string };
  /** Report an unanchored log as invalid (`unanchored`), not only as incomplete. Default `false`. */
  readonly requireAnchor?: boolean;
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

// One-shot hashing (node:crypto `hash`, Node ≥ 20.12) avoids a Hash object per entry. The imports append
// calls per entry are bound once here: module runners (Vite's, under Vitest) turn every use of an imported
// binding into a getter call, which measured 13 % of the append time there.
const digest = oneShotHash;
const membersOf = canonicalMembers;
// The shared shape rule (one non-global test, no allocation) decides first: only text that holds the shape
// goes on to redact's check, which tells a code from a hash or UUID that happens to hold it.
const shapeIn = anyHetuShape;
const codeIn = containsHetuShaped;
const hetuShaped = (text: string): boolean => shapeIn(text) && codeIn(text);
const sha256Hex = (s: string): string => digest('sha256', s, 'hex');
const encoder = new TextEncoder();

function entryHash(entry: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = entry;
  void _hash;
  return sha256Hex(canonicalizeTrusted(rest));
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

function isCheckpointPayload(v: unknown): v is CheckpointPayload {
  if (v === null || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return (
    Number.isSafeInteger(p.size) &&
    (p.size as number) >= 0 &&
    typeof p.head === 'string' &&
    HEX64.test(p.head) &&
    typeof p.root === 'string' &&
    HEX64.test(p.root) &&
    typeof p.ts === 'string' &&
    ISO_INSTANT.test(p.ts)
  );
}

/**
 * Verify one signed checkpoint: signature (`audit-checkpoint+jws`, EdDSA or ES256), payload shape and,
 * with `keyValidity`, that its key was valid at its `ts`. Throws `JwsError` (`ERR_SIGNATURE`,
 * `ERR_UNKNOWN_KID`, `ERR_CLAIM` for a key outside its period, `ERR_MALFORMED`).
 */
export async function verifyAuditCheckpoint(
  checkpoint: unknown,
  keys: VerificationKeys,
  options: { keyValidity?: Readonly<Record<string, KeyValidity>> } = {},
): Promise<VerifiedCheckpoint> {
  const policy = { algorithms: ['EdDSA', 'ES256'], typ: [AUDIT_CHECKPOINT_TYP] };
  const validity = options.keyValidity;
  const set =
    keys !== null && typeof keys === 'object' && Array.isArray((keys as JSONWebKeySet).keys)
      ? (keys as JSONWebKeySet)
      : undefined;
  const attempt = async (k: VerificationKeys): Promise<VerifiedCheckpoint> => {
    const v = await verifyCompactJws(checkpoint, k, policy);
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(v.payload).toString('utf8'));
    } catch (e) {
      throw new JwsError('ERR_MALFORMED', 'checkpoint payload', { cause: e });
    }
    if (!isCheckpointPayload(payload)) throw new JwsError('ERR_MALFORMED', 'checkpoint payload');
    const kid = typeof v.protectedHeader.kid === 'string' ? v.protectedHeader.kid : undefined;
    return {
      size: payload.size,
      head: payload.head,
      root: payload.root,
      ts: payload.ts,
      ...(kid !== undefined ? { kid } : {}),
    };
  };
  const inPeriod = (kid: string | undefined, ts: string): boolean => {
    if (validity === undefined) return true;
    if (kid === undefined || !Object.hasOwn(validity, kid)) return false;
    const period = validity[kid] as KeyValidity;
    const t = Date.parse(ts);
    if (period.from !== undefined && !(t >= Date.parse(period.from))) return false;
    if (period.until !== undefined && !(t < Date.parse(period.until))) return false;
    return true;
  };
  let headerKid: unknown;
  try {
    const h = typeof checkpoint === 'string' ? checkpoint.slice(0, checkpoint.indexOf('.')) : '';
    headerKid = (JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { kid?: unknown }).kid;
  } catch {
    headerKid = undefined;
  }
  if (headerKid === undefined && set !== undefined && set.keys.length > 1) {
    // No kid: try each pinned key on its own, and take the one that verifies and was valid at ts.
    for (const jwk of set.keys) {
      try {
        const r = await attempt({ keys: [jwk] });
        const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
        if (inPeriod(kid, r.ts)) return { ...r, ...(kid !== undefined ? { kid } : {}) };
      } catch {
        /* try the next key */
      }
    }
    throw new JwsError('ERR_SIGNATURE', 'checkpoint');
  }
  const r = await attempt(keys);
  if (!inPeriod(r.kid, r.ts)) throw new JwsError('ERR_CLAIM', 'key validity');
  return r;
}

/** The result of comparing two checkpoints (or logs): consistent history, or a proven fork. */
export interface AuditComparison {
  /**
   * `consistent`: the smaller is a prefix of the larger (a verified RFC 9162 consistency proof, or equal);
   * `fork`: the same signer(s) committed to two histories (equivocation), with the evidence;
   * `unknown`: sizes differ and no log or proof was given to decide.
   */
  readonly relation: 'consistent' | 'fork' | 'unknown';
  readonly first: VerifiedCheckpoint;
  readonly second: VerifiedCheckpoint;
  /** The consistency proof (hex) between the smaller and the larger size, when one was checked. */
  readonly consistencyProof?: readonly string[];
  /** Why a fork is proven. */
  readonly reason?: 'same-size-different-root' | 'not-a-prefix' | 'order';
}

/**
 * Compare two signed checkpoints. Equal sizes with different roots or heads prove a fork outright (both
 * signed statements are the evidence). For different sizes, a consistency proof decides: the `proof`
 * given, or one computed from `log` (a copy of the log that reaches the larger size). A larger checkpoint
 * with an earlier `ts` than a smaller one is also a fork (`order`): checkpoints must be monotonic.
 */
export async function compareAuditCheckpoints(
  first: string,
  second: string,
  options: {
    keys: VerificationKeys;
    keyValidity?: Readonly<Record<string, KeyValidity>>;
    log?: AuditChain;
    proof?: readonly string[];
  },
): Promise<AuditComparison> {
  const opts = options.keyValidity === undefined ? {} : { keyValidity: options.keyValidity };
  const a = await verifyAuditCheckpoint(first, options.keys, opts);
  const b = await verifyAuditCheckpoint(second, options.keys, opts);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === large.size) {
    const same = small.root === large.root && small.head === large.head;
    return same
      ? { relation: 'consistent', first: a, second: b }
      : { relation: 'fork', first: a, second: b, reason: 'same-size-different-root' };
  }
  if (Date.parse(large.ts) < Date.parse(small.ts)) return { relation: 'fork', first: a, second: b, reason: 'order' };
  let proof = options.proof;
  if (proof === undefined && options.log !== undefined && options.log.size >= large.size) {
    if (options.log.merkleRoot(large.size) !== large.root) return { relation: 'unknown', first: a, second: b };
    proof = options.log.consistencyProof(small.size, large.size);
  }
  if (proof === undefined) return { relation: 'unknown', first: a, second: b };
  const hashes = proof.every((h) => typeof h === 'string' && HEX64.test(h)) ? proof.map(fromHex) : [];
  const ok =
    hashes.length === proof.length &&
    verifyConsistency(small.size, large.size, hashes, fromHex(small.root), fromHex(large.root));
  return ok
    ? { relation: 'consistent', first: a, second: b, consistencyProof: [...proof] }
    : options.log !== undefined
      ? // The log proves the larger root; the smaller one is not its prefix: two histories were signed.
        { relation: 'fork', first: a, second: b, reason: 'not-a-prefix', consistencyProof: [...proof] }
      : { relation: 'unknown', first: a, second: b };
}

/** Compare two copies of a log: identical, one a prefix of the other (with the proof), or a fork at an entry. */
export function compareAuditLogs(
  a: AuditChain,
  b: AuditChain,
): { relation: 'identical' | 'prefix' | 'fork'; firstDifference?: number; consistencyProof?: readonly string[] } {
  const n = Math.min(a.size, b.size);
  for (let i = 0; i < n; i++) {
    if (a.leafHash(i + 1) !== b.leafHash(i + 1)) return { relation: 'fork', firstDifference: i };
  }
  if (a.size === b.size) return { relation: 'identical' };
  const longer = a.size > b.size ? a : b;
  return { relation: 'prefix', firstDifference: n, consistencyProof: longer.consistencyProof(n) };
}

/** Members the chain sets, in RFC 8785 order among themselves; `hash` is placed between them. */
const CHAIN_MEMBERS = ['chain', 'prev', 'seq', 'ts', 'v'] as const;
const V_TEXT = String(AUDIT_SCHEMA_VERSION);

/**
 * Where each member of an entry goes in RFC 8785 order (§3.2.3: by UTF-16 code units, what `<` compares),
 * for one set of event keys: `slots[j]` is an event key's index (≥ 0) or a chain member (−1 − its index
 * in `CHAIN_MEMBERS`), `prefixes[j]` the text before its value (`"key":`, with the comma), and `cut` the
 * number of members before `hash`. Events from one call site share their keys, so this is cached.
 */
interface Layout {
  readonly keys: readonly string[];
  readonly withChain: boolean;
  readonly slots: Int32Array;
  readonly prefixes: readonly string[];
  readonly cut: number;
}

function layoutOf(keys: readonly string[], withChain: boolean): Layout {
  const names: string[] = [...keys];
  const slots: number[] = keys.map((_, i) => i);
  CHAIN_MEMBERS.forEach((name, c) => {
    if (name === 'chain' && !withChain) return;
    names.push(name);
    slots.push(-1 - c);
  });
  const order = names
    .map((_, i) => i)
    .sort((a, b) => {
      const x = names[a] as string;
      const y = names[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const sortedSlots = order.map((i) => slots[i] as number);
  const prefixes = order.map((i, j) => `${j === 0 ? '' : ','}${JSON.stringify(names[i])}:`);
  const cut = order.filter((i) => (names[i] as string) < 'hash').length;
  return { keys: [...keys], withChain, slots: Int32Array.from(sortedSlots), prefixes, cut };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const DAY_MS = 86_400_000;

/**
 * `Date#toISOString` of the clock's instants, with the date part kept per day: the time of day is a few
 * divisions, where `toISOString` was the largest single cost of an append (≈ 0.65 µs of ≈ 5 µs, measured).
 * Years outside 0000–9999 and invalid dates go to `toISOString` itself (extended years, its RangeError).
 */
class IsoFormatter {
  #day = Number.NaN;
  #dayText = '';

  format(date: Date): string {
    const ms = date.getTime();
    const day = Math.floor(ms / DAY_MS);
    if (day !== this.#day) {
      const full = date.toISOString();
      if (full.length !== 24) return full;
      this.#day = day;
      this.#dayText = full.slice(0, 11);
    }
    let rest = ms - day * DAY_MS;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const sec = Math.floor(rest / 1000);
    return `${this.#dayText}${pad2(h)}:${pad2(m)}:${pad2(sec)}.${pad3(rest - sec * 1000)}Z`;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One serialised entry: what `AuditChain` and `AuditTail` store and link to. */
interface WrittenEntry {
  readonly seq: number;
  readonly ts: string;
  readonly hash: string;
  /** `hash` as JSON text, for the next entry's `prev`. */
  readonly hashText: string;
  /** `0x00 ‖ line`: the RFC 9162 leaf input, the stored line after its first character. */
  readonly leafInput: string;
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
}

/**
 * Validates and serialises audit entries, the one writer of the line format for `AuditChain` (the whole log)
 * and `AuditTail` (the writing end alone): I-JSON, allow-listed action, no henkilötunnus shape; each value read
 * and serialised one time, the members and the chain's laid out in RFC 8785 order (layouts cached per key set),
 * the chain hash taken over that text without `hash`, and the stored line that same text with `hash` inserted.
 */
class EntryWriter {
  readonly #layouts: Layout[] = [];
  readonly #iso = new IsoFormatter();

  constructor(
    readonly clock: () => Date,
    readonly actions: ReadonlySet<string>,
  ) {}

  #layout(keys: readonly string[], withChain: boolean): Layout {
    for (const l of this.#layouts) if (l.withChain === withChain && sameKeys(l.keys, keys)) return l;
    const made = layoutOf(keys, withChain);
    if (this.#layouts.length >= 16) this.#layouts.shift();
    this.#layouts.push(made);
    return made;
  }

  /** The entry after `size` entries ending in `headText`; `chainText` once the log has its identity. */
  write(
    who: string,
    event: AuditEventInput,
    size: number,
    headText: string,
    chainText: string | undefined,
  ): WrittenEntry {
    if (event === null || typeof event !== 'object') throw new TypeError(`${who}: event must be an object`);
    const { keys, texts, values } = membersOf(event);
    let action: unknown;
    let actor: unknown;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (RESERVED.has(key)) throw new TypeError(`${who}: "${key}" is reserved: the chain sets it`);
      if (key === 'action') action = values[i];
      else if (key === 'actor') actor = values[i];
    }
    if (typeof action !== 'string' || !this.actions.has(action))
      throw new TypeError(`${who}: action is not on the allow-list`);
    if (typeof actor !== 'string' || actor.length === 0 || actor.length > 256)
      throw new TypeError(`${who}: actor must be a short string`);
    // Keys and value texts apart (U+0000 between them), so that no shape is formed across two members.
    const scanned = new Array<string>(2 * keys.length);
    for (let i = 0; i < keys.length; i++) {
      scanned[2 * i] = keys[i] as string;
      scanned[2 * i + 1] = texts[i] as string;
    }
    if (hetuShaped(scanned.join('\u0000'))) throw new SecurityError('ERR_PERSONAL_ID', 'audit event');

    const seq = size + 1;
    const ts = this.#iso.format(this.clock());
    const layout = this.#layout(keys, chainText !== undefined);
    // Chain members' texts by their index in CHAIN_MEMBERS: chain, prev, seq, ts, v.
    const own = [chainText ?? '""', headText, String(seq), `"${ts}"`, V_TEXT]; // ISO text needs no escape
    // Joined, not concatenated: `join` copies the pieces into one flat string, so neither the hash nor the
    // store has to flatten a rope of small strings first (measured: a third of the append time).
    const { slots, prefixes, cut } = layout;
    const n = slots.length;
    const parts = new Array<string>(n + 3);
    parts[0] = '{';
    for (let j = 0; j < n; j++) {
      const slot = slots[j] as number;
      parts[j < cut ? j + 1 : j + 2] =
        (prefixes[j] as string) + (slot >= 0 ? (texts[slot] as string) : (own[-1 - slot] as string));
    }
    parts[cut + 1] = '';
    parts[n + 2] = '}';
    // `action` and `actor` always sort before `hash` (cut ≥ 2), and `prev`, `seq`, `ts`, `v` after it.
    const hash = sha256Hex(parts.join(''));
    const hashText = `"${hash}"`;
    parts[cut + 1] = `,"hash":${hashText}`;
    // The stored line with the 0x00 before it is the RFC 9162 leaf input: written and hashed as one string.
    parts[0] = '\u0000{';
    return { seq, ts, hash, hashText, leafInput: parts.join(''), keys, values };
  }
}

/** Signs `{ size, head, root, ts }` as a compact JWS with `typ: audit-checkpoint+jws`. */
function signCheckpoint(
  payload: CheckpointPayload,
  key: CryptoKey | KeyObject | JWK,
  options: { kid?: string; alg?: 'EdDSA' | 'ES256' },
): Promise<string> {
  const header: { alg: string; typ: string; kid?: string } = { alg: options.alg ?? 'EdDSA', typ: AUDIT_CHECKPOINT_TYP };
  if (options.kid !== undefined) header.kid = options.kid;
  return new CompactSign(encoder.encode(canonicalize(payload))).setProtectedHeader(header).sign(key);
}

/** Append-only, hash-chained audit log with Merkle proofs and signed checkpoints. */
export class AuditChain {
  readonly #store = new LineStore();
  // The Merkle tree: append adds each leaf (O(1) amortised); the lines of a load are hashed, from the stored
  // bytes `0x00 ‖ line`, when a root, leaf or proof is first asked for.
  readonly #tree = new MerkleTree();
  readonly #writer: EntryWriter;

  #synced(): MerkleTree {
    const tree = this.#tree;
    const store = this.#store;
    for (let i = tree.size; i < store.size; i++) tree.appendLeafInput(store.leafInput(i));
    return tree;
  }
  readonly #clock: () => Date;
  #head = AUDIT_GENESIS_PREV;
  #chain: string | undefined;
  // The head and the log's identity as JSON text, kept so that each append quotes its own hash once.
  #headText = `"${AUDIT_GENESIS_PREV}"`;
  #chainText = '""';

  constructor(options: AuditChainOptions = {}) {
    this.#clock = options.clock ?? (() => new Date());
    this.#writer = new EntryWriter(this.#clock, new Set(options.actions ?? AUDIT_ACTIONS));
  }

  /**
   * Load stored lines (JSON Lines text or bytes, one canonical entry per line) without
   * checking them; call `verify()` to check. Invalid UTF-8 is confined to its line.
   */
  static load(stored: string | Uint8Array, options: AuditChainOptions = {}): AuditChain {
    const chain = new AuditChain(options);
    chain.loadMore(stored);
    return chain;
  }

  /**
   * Add stored lines (as `load` reads them) after this chain's entries without checking them, e.g. the lines
   * another instance appended since this one last looked: no need to reload the whole log. `verify()` checks
   * them; the next `append` links to the last of them.
   */
  loadMore(stored: string | Uint8Array): void {
    const bytes = typeof stored === 'string' ? encoder.encode(stored) : stored;
    const store = this.#store;
    const before = store.size;
    let start = 0;
    for (let i = bytes.indexOf(0x0a); ; i = bytes.indexOf(0x0a, start)) {
      const end = i === -1 ? bytes.length : i;
      if (i !== -1 || end > start) store.pushBytes(bytes.subarray(start, end));
      if (i === -1) break;
      start = i + 1;
    }
    if (store.size === before) return;
    const hashOf = (i: number): string | undefined => {
      try {
        const parsed = JSON.parse(store.line(i)) as { hash?: unknown };
        return typeof parsed.hash === 'string' ? parsed.hash : undefined;
      } catch {
        return undefined; // verify() reports it
      }
    };
    this.#head = hashOf(store.size - 1) ?? AUDIT_GENESIS_PREV;
    if (before === 0) this.#chain = hashOf(0);
    // JSON text of what a loaded line holds (a hash is hex when valid; verify() reports it when not).
    this.#headText = JSON.stringify(this.#head);
    this.#chainText = JSON.stringify(this.#chain ?? '');
  }

  get size(): number {
    return this.#store.size;
  }

  /** Hash of the last entry (the chain head). */
  get head(): string {
    return this.#head;
  }

  /** The stored line (RFC 8785 text, no newline) of the entry with sequence number `seq`. */
  line(seq: number): string {
    if (!Number.isInteger(seq) || seq < 1 || seq > this.size) throw new RangeError('line: no such entry');
    return this.#store.line(seq - 1);
  }

  /** The stored entries, parsed. */
  entries(): AuditEntry[] {
    const out: AuditEntry[] = [];
    for (let i = 0; i < this.size; i++) out.push(JSON.parse(this.#store.line(i)) as AuditEntry);
    return out;
  }

  /** JSON Lines: one canonical entry per line, newline-terminated. */
  toJSONLines(): string {
    let out = '';
    for (let i = 0; i < this.size; i++) out += `${this.#store.line(i)}\n`;
    return out;
  }

  /**
   * Append an event; returns the stored entry. The event is validated (I-JSON, allow-listed action, no
   * henkilötunnus shape) and serialised once (see {@link EntryWriter}); the stored line's Merkle leaf is hashed
   * from the stored bytes.
   */
  append(event: AuditEventInput): AuditEntry {
    const chainId = this.#chain;
    const { seq, ts, hash, hashText, leafInput, keys, values } = this.#writer.write(
      'AuditChain.append',
      event,
      this.size,
      this.#headText,
      chainId === undefined ? undefined : this.#chainText,
    );
    const prev = this.#head;
    const store = this.#store;
    store.pushLeafInput(leafInput);
    // The tree follows appends directly; after a load its leaves wait for the first root or proof (#synced).
    if (this.#tree.size === store.size - 1) this.#tree.appendLeafDigest(digest('sha256', leafInput, 'binary'));
    this.#head = hash;
    this.#headText = hashText;
    if (chainId === undefined) {
      this.#chain = hash;
      this.#chainText = hashText;
    }

    const entry: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (key === '__proto__') Object.defineProperty(entry, key, { value: values[i], enumerable: true });
      else entry[key] = values[i];
    }
    entry.v = AUDIT_SCHEMA_VERSION;
    entry.seq = seq;
    entry.ts = ts;
    entry.prev = prev;
    if (chainId !== undefined) entry.chain = chainId;
    entry.hash = hash;
    return Object.freeze(entry) as AuditEntry;
  }

  /** RFC 6962 root (hex) over the first `size` entries. */
  merkleRoot(size = this.size): string {
    if (!Number.isInteger(size) || size < 0 || size > this.size) throw new RangeError('merkleRoot: size out of range');
    return this.#synced().rootHex(size);
  }

  /** Leaf hash (hex) of the entry with sequence number `seq`. */
  leafHash(seq: number): string {
    const leaf = this.#synced().leafHex(seq - 1);
    if (leaf === undefined) throw new RangeError('leafHash: no such entry');
    return leaf;
  }

  /** Inclusion proof (hex hashes) of entry `seq` in the tree of the first `size` entries. */
  inclusionProof(seq: number, size = this.size): string[] {
    if (!Number.isInteger(size) || size < 0 || size > this.size)
      throw new RangeError('inclusionProof: index out of range');
    return this.#synced().inclusionProofHex(seq - 1, size);
  }

  /** Consistency proof (hex hashes) between the first `oldSize` and the first `size` entries. */
  consistencyProof(oldSize: number, size = this.size): string[] {
    return this.#synced().consistencyProofHex(oldSize, size);
  }

  /** Sign a checkpoint `{ size, head, root, ts }` (compact JWS, `typ: audit-checkpoint+jws`). */
  async checkpoint(
    key: CryptoKey | KeyObject | JWK,
    options: { kid?: string; alg?: 'EdDSA' | 'ES256' } = {},
  ): Promise<string> {
    const payload = { size: this.size, head: this.#head, root: this.merkleRoot(), ts: this.#clock().toISOString() };
    return signCheckpoint(payload, key, options);
  }

  /**
   * Verify the chain: every line canonical, every hash, every `prev` link, `chain` and sequence number;
   * then the anchor and signed checkpoints. Names the first entry (0-based position) that was changed,
   * removed, reordered or spliced in from another log. Reports how much of the log the latest checkpoint
   * covers (`anchoredSize`) and calls the log `complete` only when all of it is covered.
   */
  async verify(options: AuditVerifyOptions = {}): Promise<AuditVerification> {
    let anchoredSize = 0;
    const found: { latest?: VerifiedCheckpoint } = {};
    const fail = (index: number, problem: AuditProblem, head: string): AuditVerification => ({
      valid: false,
      size: this.size,
      head,
      firstInvalid: { index, problem, message: PROBLEM_MESSAGES[problem] },
      anchoredSize,
      anchored: false,
      complete: false,
      ...(found.latest !== undefined ? { latestCheckpoint: found.latest } : {}),
    });
    let prev = AUDIT_GENESIS_PREV;
    let chainId: string | undefined;
    const heads: string[] = [];
    for (let i = 0; i < this.#store.size; i++) {
      const line = this.#store.line(i);
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
      const v2 = typeof entry.v === 'number' && entry.v >= 2;
      // An intact entry naming another log was spliced in (its own hash and links are those of that log).
      if (v2 && i > 0 && chainId !== undefined && entry.chain !== chainId) return fail(i, 'foreign', prev);
      if (seq !== i + 1) {
        // A later sequence number means entries are missing; an earlier one means they were moved.
        return fail(i, seq > i + 1 && !this.#hasSeqLater(i + 1, i) ? 'removed' : 'reordered', prev);
      }
      if (entry.prev !== prev) {
        // This entry's own hash is intact, names this log and commits to `prev`: the previous one was rewritten.
        return fail(Math.max(0, i - 1), 'changed', prev);
      }
      if (v2 && i === 0 && Object.hasOwn(entry, 'chain')) return fail(0, 'changed', prev);
      prev = entry.hash;
      if (i === 0) chainId = prev;
      heads.push(prev);
    }
    if (options.anchor) {
      const r = this.#checkAnchor(options.anchor.size, options.anchor.head, heads);
      if (r) return fail(r.index, r.problem, prev);
      anchoredSize = Math.max(anchoredSize, options.anchor.size);
    }
    const lastSeen = options.lastSeen;
    if (lastSeen !== undefined) {
      if (!isCheckpointPayload(lastSeen)) return fail(this.size, 'checkpoint', prev);
      if (lastSeen.size > this.size) return fail(this.size, 'truncated', prev);
      const r = this.#checkAnchor(lastSeen.size, lastSeen.head, heads);
      if (r) return fail(r.index, r.problem, prev);
      if (this.merkleRoot(lastSeen.size) !== lastSeen.root)
        return fail(Math.max(0, lastSeen.size - 1), 'checkpoint', prev);
    }
    const verified: VerifiedCheckpoint[] = [];
    for (const cp of options.checkpoints ?? []) {
      if (!options.keys) return fail(this.size, 'checkpoint', prev);
      let payload: VerifiedCheckpoint;
      try {
        payload = await verifyAuditCheckpoint(
          cp,
          options.keys,
          options.keyValidity ? { keyValidity: options.keyValidity } : {},
        );
      } catch (e) {
        return fail(
          this.size,
          e instanceof JwsError && e.detail === 'key validity' ? 'key-validity' : 'checkpoint',
          prev,
        );
      }
      if (lastSeen !== undefined && (payload.size < lastSeen.size || Date.parse(payload.ts) < Date.parse(lastSeen.ts)))
        return fail(this.size, 'stale-checkpoint', prev);
      const r = this.#checkAnchor(payload.size, payload.head, heads);
      if (r) return fail(r.index, r.problem, prev);
      if (this.merkleRoot(payload.size) !== payload.root)
        return fail(Math.max(0, payload.size - 1), 'checkpoint', prev);
      verified.push(payload);
    }
    // Monotonic: a larger checkpoint is never older than a smaller one.
    const bySize = [...verified].sort((x, y) => x.size - y.size || Date.parse(x.ts) - Date.parse(y.ts));
    for (let j = 1; j < bySize.length; j++) {
      if (Date.parse((bySize[j] as VerifiedCheckpoint).ts) < Date.parse((bySize[j - 1] as VerifiedCheckpoint).ts))
        return fail(this.size, 'stale-checkpoint', prev);
    }
    const latest = bySize[bySize.length - 1];
    if (latest !== undefined) found.latest = latest;
    if (latest !== undefined) anchoredSize = Math.max(anchoredSize, latest.size);
    if (lastSeen !== undefined) anchoredSize = Math.max(anchoredSize, lastSeen.size);
    const anchored =
      anchoredSize === this.size && (this.size > 0 || latest !== undefined || options.anchor !== undefined);
    if (!anchored && options.requireAnchor === true) return fail(anchoredSize, 'unanchored', prev);
    return {
      valid: true,
      size: this.size,
      head: prev,
      anchoredSize,
      anchored,
      complete: anchored,
      ...(latest !== undefined ? { latestCheckpoint: latest } : {}),
    };
  }

  #hasSeqLater(expected: number, from: number): boolean {
    for (let j = from + 1; j < this.#store.size; j++) {
      try {
        if ((JSON.parse(this.#store.line(j)) as { seq?: unknown }).seq === expected) return true;
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

/** What an append of `AuditTail` needs of the chain so far, and what a rollback restores. */
interface TailState {
  readonly size: number;
  readonly head: string;
  readonly headText: string;
  readonly chainText: string | undefined;
  /** Roots of the complete subtrees of the RFC 6962 tree, left to right (sizes: the binary digits of `size`). */
  readonly frontier: readonly { readonly size: number; readonly hash: Uint8Array }[];
}

/**
 * The writing end of an audit chain in O(log n) memory: the entry count, the head hash, the chain's identity and
 * the Merkle frontier (one subtree root per binary digit of the size), so appending an entry and signing a
 * checkpoint need none of the earlier entries. For a service that keeps the lines in its database and loads them
 * into an {@link AuditChain} only for proofs and verification. The lines are those `AuditChain.append` writes (the
 * same {@link EntryWriter}), so `AuditChain.load(lines).verify()` checks what this wrote.
 */
export class AuditTail {
  readonly #writer: EntryWriter;
  #state: TailState = {
    size: 0,
    head: AUDIT_GENESIS_PREV,
    headText: `"${AUDIT_GENESIS_PREV}"`,
    chainText: undefined,
    frontier: [],
  };

  constructor(readonly clock: () => Date = () => new Date()) {
    this.#writer = new EntryWriter(clock, new Set(AUDIT_ACTIONS));
  }

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
    const { size, headText, chainText } = this.#state;
    const { seq, hash, leafInput } = this.#writer.write('AuditTail.append', event, size, headText, chainText);
    const line = leafInput.slice(1);
    this.#push(line, hash);
    return { seq, line };
  }

  #push(line: string, hash: string): void {
    const { size, chainText } = this.#state;
    const frontier = [...this.#state.frontier, { size: 1, hash: fromHex(leafHashHexOfText(line)) }];
    // Two complete subtrees of the same size merge into one (the binary increment of the size).
    while (frontier.length > 1 && frontier.at(-1)!.size === frontier.at(-2)!.size) {
      const right = frontier.pop()!;
      const left = frontier.pop()!;
      frontier.push({ size: left.size * 2, hash: nodeHash(left.hash, right.hash) });
    }
    const headText = JSON.stringify(hash);
    this.#state = { size: size + 1, head: hash, headText, chainText: chainText ?? headText, frontier };
  }

  /** RFC 6962 root (hex) of the whole chain: the frontier folded from the right. */
  root(): string {
    const f = this.#state.frontier;
    if (f.length === 0) return toHex(EMPTY_TREE_ROOT);
    let root = f.at(-1)!.hash;
    for (let i = f.length - 2; i >= 0; i--) root = nodeHash(f[i]!.hash, root);
    return toHex(root);
  }

  /** Signs a checkpoint `{ size, head, root, ts }` as {@link AuditChain.checkpoint} does. */
  checkpoint(
    key: CryptoKey | KeyObject | JWK,
    options: { kid?: string; alg?: 'EdDSA' | 'ES256' } = {},
  ): Promise<string> {
    return signCheckpoint(
      { size: this.size, head: this.head, root: this.root(), ts: this.clock().toISOString() },
      key,
      options,
    );
  }
}
