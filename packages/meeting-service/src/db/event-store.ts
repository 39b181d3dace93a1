import type { MeetingEvent } from '@digikokous/meeting-schema';
import { isUniqueViolation, type Database } from './database.js';

/** What the service remembers for an idempotency key: the request it answered and the answer. */
export interface IdempotentRecord {
  readonly requestHash: string;
  readonly response: unknown;
}

export type AppendResult =
  | { readonly kind: 'appended' }
  /** Another writer appended first (optimistic concurrency): reload and decide again. */
  | { readonly kind: 'conflict' }
  /** The idempotency key was already used; nothing was appended. */
  | {
      readonly kind: 'duplicate';
      /** The record of the first key (in the order given) that was already stored. */
      readonly record: IdempotentRecord;
      /** Every key of the append that was already stored, with its record. */
      readonly records?: ReadonlyMap<string, IdempotentRecord>;
    };

export interface AppendInput {
  readonly meetingId: string;
  /** The `seq` of the last event the writer saw (-1 for an empty log). */
  readonly expectedSeq: number;
  readonly events: readonly MeetingEvent[];
  /** Canonical audit lines (`AuditChain` entries) with their 1-based chain positions. */
  readonly audit: readonly { seq: number; line: string }[];
  readonly idempotency?: IdempotencyInput;
  /**
   * More keys, for commands committed together (group commit): each command keeps its own key and answer. If any
   * of the keys (with `idempotency`) is already stored, nothing is appended.
   */
  readonly idempotencyKeys?: readonly IdempotencyInput[];
  /** A signed audit checkpoint over the chain including `audit`, stored with it. */
  readonly checkpoint?: StoredCheckpoint;
  /** Several checkpoints (a group commit that closes a vote and the meeting); replaces `checkpoint`. */
  readonly checkpoints?: readonly StoredCheckpoint[];
}

export interface IdempotencyInput {
  readonly key: string;
  readonly requestHash: string;
  readonly response: unknown;
}

export interface StoredCheckpoint {
  readonly size: number;
  readonly reason: string;
  readonly jws: string;
}

/**
 * The durable meeting log. `(meeting_id, seq)` is the primary key, so two writers can never both append
 * the same sequence number; an append checks the expected sequence and writes the events, their audit
 * entries and the idempotency keys in one transaction (all or nothing), in one round trip.
 */
export class EventStore {
  constructor(
    readonly db: Database,
    /** NOTIFY this channel with the meeting id in every appending transaction (delivered at its commit). */
    readonly options: { readonly notifyChannel?: string } = {},
  ) {}

  /** The events after `afterSeq` (up to `upToSeq` when given), in order. */
  async load(meetingId: string, afterSeq = -1, upToSeq?: number): Promise<MeetingEvent[]> {
    const r =
      upToSeq === undefined
        ? await this.db.query<{ event: MeetingEvent | string }>(
            'SELECT event FROM dk_meeting_events WHERE meeting_id = $1 AND seq > $2 ORDER BY seq',
            [meetingId, afterSeq],
            { name: 'dk_load' },
          )
        : await this.db.query<{ event: MeetingEvent | string }>(
            'SELECT event FROM dk_meeting_events WHERE meeting_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq',
            [meetingId, afterSeq, upToSeq],
            { name: 'dk_load_range' },
          );
    return r.rows.map((row) => (typeof row.event === 'string' ? (JSON.parse(row.event) as MeetingEvent) : row.event));
  }

  async lastSeq(meetingId: string): Promise<number> {
    const r = await this.db.query<{ last: number | null }>(
      'SELECT max(seq) AS last FROM dk_meeting_events WHERE meeting_id = $1',
      [meetingId],
    );
    return r.rows[0]?.last ?? -1;
  }

  /** The canonical audit lines after chain position `afterSeq` (up to `upToSeq` when given), in order. */
  async loadAudit(meetingId: string, afterSeq = 0, upToSeq?: number): Promise<string[]> {
    const r = await this.db.query<{ line: string }>(
      'SELECT line FROM dk_audit_entries WHERE meeting_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq',
      [meetingId, afterSeq, upToSeq ?? 2_147_483_647],
      { name: 'dk_load_audit' },
    );
    return r.rows.map((row) => row.line);
  }

  async findIdempotent(meetingId: string, key: string): Promise<IdempotentRecord | undefined> {
    const r = await this.db.query<{ request_hash: string; response: unknown }>(
      'SELECT request_hash, response FROM dk_idempotency WHERE meeting_id = $1 AND key = $2',
      [meetingId, key],
    );
    const row = r.rows[0];
    return row ? { requestHash: row.request_hash, response: parseJson(row.response) } : undefined;
  }

  /** The stored records of `keys` (those that exist). */
  async findIdempotentMany(meetingId: string, keys: readonly string[]): Promise<Map<string, IdempotentRecord>> {
    const r = await this.db.query<{ key: string; request_hash: string; response: unknown }>(
      'SELECT key, request_hash, response FROM dk_idempotency WHERE meeting_id = $1 AND key = ANY ($2)',
      [meetingId, [...keys]],
    );
    return new Map(
      r.rows.map((row) => [row.key, { requestHash: row.request_hash, response: parseJson(row.response) }]),
    );
  }

  /**
   * Appends in one round trip (the `dk_append` function of migration 3): the idempotency keys, the expected-sequence
   * check, the events, their audit lines, the checkpoint and the NOTIFY, all in one transaction.
   */
  async append(input: AppendInput): Promise<AppendResult> {
    const keys = [...(input.idempotency === undefined ? [] : [input.idempotency]), ...(input.idempotencyKeys ?? [])];
    const cps = input.checkpoints ?? (input.checkpoint === undefined ? [] : [input.checkpoint]);
    const last = input.events.at(-1)?.seq ?? input.expectedSeq;
    const channel = this.options.notifyChannel;
    let rows: { dup_key: string; dup_hash: string; dup_response: unknown }[];
    try {
      ({ rows } = await this.db.query<{ dup_key: string; dup_hash: string; dup_response: unknown }>(
        'SELECT dup_key, dup_hash, dup_response FROM dk_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
        [
          input.meetingId,
          input.expectedSeq,
          // Serialised here, outside any lock: the database parses it once into jsonb rows.
          JSON.stringify(input.events),
          input.audit.map((a) => a.seq),
          input.audit.map((a) => a.line),
          keys.map((k) => k.key),
          keys.map((k) => k.requestHash),
          keys.map((k) => JSON.stringify(k.response)),
          cps.map((c) => c.size),
          cps.map((c) => c.reason),
          cps.map((c) => c.jws),
          channel ?? null,
          channel === undefined ? null : notifyPayload(input.meetingId, last),
        ],
        { name: 'dk_append' },
      ));
    } catch (error) {
      if (isConflict(error)) return { kind: 'conflict' };
      throw error;
    }
    if (rows.length === 0) return { kind: 'appended' };
    const records = new Map<string, IdempotentRecord>(
      rows.map((r) => [r.dup_key, { requestHash: r.dup_hash, response: parseJson(r.dup_response) }]),
    );
    const first = keys.map((k) => records.get(k.key)).find((r) => r !== undefined) ?? records.values().next().value!;
    // `records` only for an append of several keys (the single-key answer stays `{ kind, record }`).
    return keys.length > 1 || input.idempotencyKeys !== undefined
      ? { kind: 'duplicate', record: first, records }
      : { kind: 'duplicate', record: first };
  }

  /** A participant's heartbeat at `atMs` (the service's clock); later heartbeats only move it forward. */
  async touchPresence(meetingId: string, personId: string, atMs: number): Promise<void> {
    await this.db.query(
      `INSERT INTO dk_presence (meeting_id, person_id, last_seen_ms) VALUES ($1, $2, $3)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET last_seen_ms = greatest(dk_presence.last_seen_ms, $3)`,
      [meetingId, personId, atMs],
    );
  }

  /** The last heartbeat of each participant who sent one, in milliseconds of the service's clock. */
  async presence(meetingId: string): Promise<Map<string, number>> {
    const r = await this.db.query<{ person_id: string; last_seen_ms: string | number }>(
      'SELECT person_id, last_seen_ms FROM dk_presence WHERE meeting_id = $1',
      [meetingId],
    );
    return new Map(r.rows.map((row) => [row.person_id, Number(row.last_seen_ms)]));
  }

  async saveCheckpoint(meetingId: string, checkpoint: StoredCheckpoint): Promise<void> {
    await this.db.query(
      `INSERT INTO dk_audit_checkpoints (meeting_id, size, reason, jws) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id, size) DO NOTHING`,
      [meetingId, checkpoint.size, checkpoint.reason, checkpoint.jws],
    );
  }

  async checkpoints(meetingId: string): Promise<StoredCheckpoint[]> {
    const r = await this.db.query<{ size: number; reason: string; jws: string }>(
      'SELECT size, reason, jws FROM dk_audit_checkpoints WHERE meeting_id = $1 ORDER BY size',
      [meetingId],
    );
    return r.rows.map((row) => ({ size: row.size, reason: row.reason, jws: row.jws }));
  }
}

/** The NOTIFY payload: the meeting and the last seq appended, so an instance that already has it skips the read. */
export function notifyPayload(meetingId: string, lastSeq: number): string {
  return JSON.stringify({ meeting: meetingId, seq: lastSeq });
}

/** Reads a payload of `notifyPayload` (or a bare meeting id, as sent before migration 3). */
export function parseNotifyPayload(payload: string): { meeting: string; seq?: number } {
  if (payload.startsWith('{')) {
    try {
      const p = JSON.parse(payload) as { meeting?: unknown; seq?: unknown };
      if (typeof p.meeting === 'string')
        return typeof p.seq === 'number' ? { meeting: p.meeting, seq: p.seq } : { meeting: p.meeting };
    } catch {
      // not ours: treated as a meeting id below
    }
  }
  return { meeting: payload };
}

/** `DK409` (raised by `dk_append`: stale expected sequence or a key stored concurrently) or a unique violation. */
function isConflict(error: unknown): boolean {
  return (
    isUniqueViolation(error) ||
    (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'DK409')
  );
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}
