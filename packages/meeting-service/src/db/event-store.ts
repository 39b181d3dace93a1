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
  | { readonly kind: 'duplicate'; readonly record: IdempotentRecord };

export interface AppendInput {
  readonly meetingId: string;
  /** The `seq` of the last event the writer saw (-1 for an empty log). */
  readonly expectedSeq: number;
  readonly events: readonly MeetingEvent[];
  /** Canonical audit lines (`AuditChain` entries) with their 1-based chain positions. */
  readonly audit: readonly { seq: number; line: string }[];
  readonly idempotency?: { readonly key: string; readonly requestHash: string; readonly response: unknown };
  /** A signed audit checkpoint over the chain including `audit`, stored with it. */
  readonly checkpoint?: StoredCheckpoint;
}

export interface StoredCheckpoint {
  readonly size: number;
  readonly reason: string;
  readonly jws: string;
}

/**
 * The durable meeting log. `(meeting_id, seq)` is the primary key, so two writers can never both append
 * the same sequence number; an append checks the expected sequence and writes the events, their audit
 * entries and the idempotency key in one transaction (all or nothing).
 */
export class EventStore {
  constructor(
    readonly db: Database,
    /** NOTIFY this channel with the meeting id in every appending transaction (delivered at its commit). */
    readonly options: { readonly notifyChannel?: string } = {},
  ) {}

  async load(meetingId: string, afterSeq = -1): Promise<MeetingEvent[]> {
    const r = await this.db.query<{ event: MeetingEvent | string }>(
      'SELECT event FROM dk_meeting_events WHERE meeting_id = $1 AND seq > $2 ORDER BY seq',
      [meetingId, afterSeq],
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

  async loadAudit(meetingId: string, afterSeq = 0): Promise<string[]> {
    const r = await this.db.query<{ line: string }>(
      'SELECT line FROM dk_audit_entries WHERE meeting_id = $1 AND seq > $2 ORDER BY seq',
      [meetingId, afterSeq],
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

  async append(input: AppendInput): Promise<AppendResult> {
    try {
      return await this.db.transaction(async (tx) => {
        if (input.idempotency) {
          const { key, requestHash, response } = input.idempotency;
          // A concurrent transaction with the same key blocks here until it commits, then this one sees it.
          const inserted = await tx.query(
            `INSERT INTO dk_idempotency (meeting_id, key, request_hash, response) VALUES ($1, $2, $3, $4)
             ON CONFLICT (meeting_id, key) DO NOTHING RETURNING key`,
            [input.meetingId, key, requestHash, JSON.stringify(response)],
          );
          if (inserted.rows.length === 0) {
            const existing = await tx.query<{ request_hash: string; response: unknown }>(
              'SELECT request_hash, response FROM dk_idempotency WHERE meeting_id = $1 AND key = $2',
              [input.meetingId, key],
            );
            const row = existing.rows[0];
            if (row)
              return {
                kind: 'duplicate',
                record: { requestHash: row.request_hash, response: parseJson(row.response) },
              };
          }
        }
        const last = await tx.query<{ last: number | null }>(
          'SELECT max(seq) AS last FROM dk_meeting_events WHERE meeting_id = $1',
          [input.meetingId],
        );
        if ((last.rows[0]?.last ?? -1) !== input.expectedSeq) throw new ConflictSignal();
        for (const event of input.events) {
          await tx.query('INSERT INTO dk_meeting_events (meeting_id, seq, event) VALUES ($1, $2, $3)', [
            input.meetingId,
            event.seq,
            JSON.stringify(event),
          ]);
        }
        for (const a of input.audit) {
          await tx.query('INSERT INTO dk_audit_entries (meeting_id, seq, line) VALUES ($1, $2, $3)', [
            input.meetingId,
            a.seq,
            a.line,
          ]);
        }
        if (input.checkpoint !== undefined) {
          const cp = input.checkpoint;
          await tx.query('INSERT INTO dk_audit_checkpoints (meeting_id, size, reason, jws) VALUES ($1, $2, $3, $4)', [
            input.meetingId,
            cp.size,
            cp.reason,
            cp.jws,
          ]);
        }
        if (this.options.notifyChannel !== undefined)
          await tx.query('SELECT pg_notify($1, $2)', [this.options.notifyChannel, input.meetingId]);
        return { kind: 'appended' } as const;
      });
    } catch (error) {
      if (error instanceof ConflictSignal || isUniqueViolation(error)) return { kind: 'conflict' };
      throw error;
    }
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

class ConflictSignal extends Error {}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}
