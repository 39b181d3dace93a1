import { createHash } from 'node:crypto';
import type { Meeting, MeetingEvent } from '@digikokous/meeting-schema';
import {
  applyEvents,
  authorizeCommand,
  decide,
  isProcedureError,
  replay,
  type DecideOptions,
  type MeetingCommand,
  type MeetingState,
  type ProcedureError,
} from '@digikokous/procedure';
import { AuditChain, AuditTail, canonicalize } from '@digikokous/security';
import type { KeyObject } from 'node:crypto';
import type { AppendResult, EventStore, IdempotentRecord, StoredCheckpoint } from '../db/event-store.js';
import { isUniqueViolation, type Queryable } from '../db/database.js';
import { isRefusal, refusal, type Refusal } from '../http/refusals.js';
import type { Actor } from './authorize.js';

/** Who gives a command: a participant from a verified session, or the service's own attendance monitor (KL 99 §). */
export type CommandActor = Actor | { readonly personId: string; readonly role: 'attendance-monitor' };
import type { Participant } from './participants.js';

/** How the actor was identified, recorded with every audit entry (security-rules §6: `authn`). */
export interface AuthnContext {
  readonly idp: string;
  readonly acr?: string;
}

/** Where the runtime reports what it cannot throw to a caller (Fastify's logger fits; pino's signature). */
export interface RuntimeLog {
  error(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
}

export interface RuntimeOptions {
  readonly store: EventStore;
  readonly meeting: Meeting;
  readonly body: { readonly kind: string; readonly seats: number };
  readonly participants: readonly Participant[];
  readonly clock: () => Date;
  /** Signs the audit checkpoints at every vote close and at meeting close. */
  readonly auditKey: { readonly privateKey: KeyObject; readonly kid: string };
  readonly decideOptions?: DecideOptions;
  /** Listener failures and other faults that no request answers for; silent when absent. */
  readonly log?: RuntimeLog;
  /** Events kept in memory for resumes (default 1,024); a `Last-Event-ID` older than that is served from the log. */
  readonly recentEvents?: number;
}

export type ExecuteResult =
  | { readonly kind: 'appended'; readonly events: readonly MeetingEvent[]; readonly response: CommandResponse }
  | { readonly kind: 'duplicate'; readonly response: CommandResponse }
  | { readonly kind: 'refused'; readonly error: ProcedureError | Refusal };

/** What a command answers (also what an idempotency key replays). */
export interface CommandResponse {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly types: readonly string[];
}

export type EventsListener = (events: readonly MeetingEvent[]) => void;

const AUDIT_ACTION: Partial<Record<MeetingEvent['type'], string>> = {
  'item-opened': 'item.open',
  'disqualification-declared': 'disqualification.declare',
  'ballot-cast': 'vote.cast',
  'vote-closed': 'vote.result',
  'legality-and-quorum-stated': 'quorum.check',
};
const CHECKPOINT_AFTER = new Set<string>(['vote-closed', 'meeting-closed']);
const MAX_CONFLICT_RETRIES = 8;
/** Commands decided together and committed in one append at most (a roll call of a large council fits). */
const MAX_BATCH = 128;
/** Events kept in memory for `Last-Event-ID` resumes and listeners; older ones are read from the log. */
const DEFAULT_RECENT_EVENTS = 1024;

interface Job {
  readonly actor: CommandActor;
  readonly command: Record<string, unknown>;
  readonly authn: AuthnContext;
  readonly key: string | undefined;
  readonly requestHash: string;
  readonly resolve: (result: ExecuteResult) => void;
  readonly reject: (error: unknown) => void;
}

interface Decided {
  readonly job: Job;
  readonly events: readonly MeetingEvent[];
  readonly response: CommandResponse;
}

/**
 * One meeting as the service runs it: the replayed state, the recent events and the writing end of the audit chain
 * in memory (bounded: the log and the chain's lines live in the database), the durable store underneath. Commands
 * are serialised per meeting inside one instance; between instances the store's expected-sequence check decides,
 * and a losing writer catches up and decides again.
 *
 * Commands that arrive while an append is in flight are decided together, in arrival order, each on the state the
 * ones before it leave, and committed in one append (group commit); each keeps its own idempotency key, its own
 * answer and its own refusal, and none is answered before the append that holds it has committed.
 */
export class MeetingRuntime {
  readonly meetingId: string;
  #state: MeetingState;
  /**
   * The most recent events in a ring of fixed size (`#recentStart` is the oldest): once full, the memory stays the
   * same however long the meeting runs.
   */
  readonly #recent: MeetingEvent[] = [];
  #recentStart = 0;
  readonly #recentMax: number;
  /** The agenda item of each stretch of the log (`item-opened` … `item-closed`), for filtering per viewer. */
  readonly #itemRanges: { from: number; to?: number; itemId: string }[] = [];
  readonly #audit = new AuditTail();
  #queue: Promise<unknown> = Promise.resolve();
  #jobs: Job[] = [];
  #scheduled = false;
  readonly #listeners = new Set<EventsListener>();
  /** Round trips and batch sizes, for the benchmark and operators. */
  readonly stats = { appends: 0, commands: 0, conflicts: 0 };

  private constructor(readonly options: RuntimeOptions) {
    this.meetingId = options.meeting.id;
    this.#recentMax = options.recentEvents ?? DEFAULT_RECENT_EVENTS;
    this.#state = replay(options.meeting, [], {
      body: options.body,
      ...(options.decideOptions?.rules ? { rules: options.decideOptions.rules } : {}),
    });
  }

  static async open(options: RuntimeOptions): Promise<MeetingRuntime> {
    const runtime = new MeetingRuntime(options);
    await runtime.catchUp();
    return runtime;
  }

  get state(): MeetingState {
    return this.#state;
  }
  /** The most recent events (at most `recentEvents`, default 1,024), oldest first; `eventsAfter` reads older ones. */
  get events(): readonly MeetingEvent[] {
    const r = this.#recent;
    return this.#recentStart === 0 ? r.slice() : [...r.slice(this.#recentStart), ...r.slice(0, this.#recentStart)];
  }
  /** Entries in the audit chain (the writing end; the lines are in the database). */
  get auditSize(): number {
    return this.#audit.size;
  }

  /** The seq of the `item-opened` event of the item under consideration now; `undefined` when none is. */
  get currentItemOpenedSeq(): number | undefined {
    const r = this.#itemRanges.at(-1);
    return r !== undefined && r.to === undefined ? r.from : undefined;
  }

  /**
   * Writes rows outside the event log (the election ballot box) together with one audit entry of `actor`, in one
   * transaction: `write` runs first and may refuse, and then nothing at all is stored. The entry takes the next place
   * in the audit chain; when another instance took that place first (the unique `(meeting_id, seq)`), this one
   * catches up with the chain and tries again. Serialised with the commands, like every append of this runtime.
   */
  recordOutsideLog<T>(
    actor: CommandActor,
    authn: AuthnContext,
    entry: { readonly action: string; readonly [field: string]: unknown },
    write: (tx: Queryable) => Promise<T | Refusal>,
  ): Promise<T | Refusal> {
    return this.#serial(async () => {
      for (let attempt = 0; ; attempt++) {
        const mark = this.#audit.mark();
        const { seq, line } = this.#audit.append({
          ...entry,
          actor: actor.personId,
          actorRole: actor.role,
          authn: authn.acr === undefined ? { idp: authn.idp } : { idp: authn.idp, acr: authn.acr },
          meetingId: this.meetingId,
        });
        let refused: Refusal | undefined;
        try {
          const result = await this.options.store.db.transaction(async (tx) => {
            const written = await write(tx);
            if (isRefusal(written)) {
              refused = written;
              // Rolls the transaction back: a refusal stores nothing.
              throw written;
            }
            await tx.query('INSERT INTO dk_audit_entries (meeting_id, seq, line) VALUES ($1, $2, $3)', [
              this.meetingId,
              seq,
              line,
            ]);
            return written;
          });
          return result;
        } catch (error) {
          this.#audit.restore(mark);
          if (refused !== undefined) return refused;
          if (!isUniqueViolation(error) || attempt >= MAX_CONFLICT_RETRIES - 1) throw error;
          this.stats.conflicts++;
          await this.#catchUp();
        }
      }
    });
  }

  itemOf(seq: number): string | undefined {
    const ranges = this.#itemRanges;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.from <= seq) lo = mid + 1;
      else hi = mid - 1;
    }
    const r = ranges[hi];
    return r !== undefined && (r.to === undefined || seq <= r.to) ? r.itemId : undefined;
  }

  /**
   * The events after `seq` up to the state this runtime has applied, in order: from memory when the recent events
   * reach back far enough, otherwise from the log.
   */
  async eventsAfter(seq: number): Promise<readonly MeetingEvent[]> {
    const last = this.#state.lastSeq;
    if (seq >= last) return [];
    const oldest = this.#recent[this.#recentStart];
    if (oldest !== undefined && oldest.seq <= seq + 1) return this.events.filter((e) => e.seq > seq);
    return this.options.store.load(this.meetingId, seq, last);
  }

  /** The stored audit lines (`size` first ones, or all this runtime has seen). */
  async auditLines(size = this.#audit.size): Promise<string[]> {
    return this.options.store.loadAudit(this.meetingId, 0, size);
  }

  /** The chain as `@digikokous/security` verifies it, loaded from the database (for proofs and verification). */
  async auditChain(size = this.#audit.size): Promise<AuditChain> {
    return AuditChain.load((await this.auditLines(size)).join('\n'));
  }

  onEvents(listener: EventsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Loads what other instances appended since this one last looked; notifies listeners of new events. */
  catchUp(): Promise<readonly MeetingEvent[]> {
    return this.#serial(() => this.#catchUp());
  }

  /**
   * A NOTIFY of an append up to `seq`: catches up unless this runtime already has it (its own appends). Decided in
   * the serial queue: the notification of this instance's own append can arrive before the append's answer.
   */
  notified(seq?: number): Promise<readonly MeetingEvent[]> {
    return this.#serial(async () => (seq !== undefined && seq <= this.#state.lastSeq ? [] : this.#catchUp()));
  }

  async #catchUp(): Promise<readonly MeetingEvent[]> {
    const [fresh, lines] = await Promise.all([
      this.options.store.load(this.meetingId, this.#state.lastSeq),
      this.options.store.loadAudit(this.meetingId, this.#audit.size),
    ]);
    this.#audit.absorb(lines);
    if (fresh.length > 0) {
      this.#state = applyEvents(this.#state, fresh, this.#rules());
      this.#record(fresh);
    }
    return fresh;
  }

  #rules(): { rules?: NonNullable<DecideOptions['rules']> } {
    const rules = this.options.decideOptions?.rules;
    return rules === undefined ? {} : { rules };
  }

  /** Keeps the applied events' traces (recent window, item stretches) and tells the listeners. */
  #record(events: readonly MeetingEvent[]): void {
    for (const e of events) {
      if (this.#recent.length < this.#recentMax) this.#recent.push(e);
      else {
        this.#recent[this.#recentStart] = e;
        this.#recentStart = (this.#recentStart + 1) % this.#recentMax;
      }
      const itemId = (e.payload as { itemId?: unknown } | undefined)?.itemId;
      if (e.type === 'item-opened' && typeof itemId === 'string') {
        const open = this.#itemRanges.at(-1);
        if (open !== undefined && open.to === undefined) open.to = e.seq - 1;
        this.#itemRanges.push({ from: e.seq, itemId });
      }
      if (e.type === 'item-closed') {
        const open = this.#itemRanges.at(-1);
        if (open !== undefined && open.to === undefined) open.to = e.seq;
      }
    }
    for (const listener of [...this.#listeners]) {
      try {
        listener(events);
      } catch (error) {
        // One failing follower must not stop the others or the command that committed the events.
        this.options.log?.error({ err: error, meetingId: this.meetingId }, 'event listener failed');
      }
    }
  }

  /** Runs `fn` after every earlier call on this meeting has finished (one writer per meeting and instance). */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }

  /**
   * Checks and stores one command of `actor` (already authorised by role): the procedure's `authorizeCommand` and
   * `decide` on the current state, then one append with the events, their audit entries and the idempotency key.
   * A refusal stores nothing; a refused command whose key was already stored answers the stored answer.
   */
  execute(
    actor: CommandActor,
    command: Record<string, unknown>,
    context: { idempotencyKey?: string; authn: AuthnContext },
  ): Promise<ExecuteResult> {
    return new Promise<ExecuteResult>((resolve, reject) => {
      this.#jobs.push({
        actor,
        command,
        authn: context.authn,
        // Keys are the client's, so they are scoped to the person: another person's key can neither replay that
        // person's answer nor block this person's command.
        key: context.idempotencyKey === undefined ? undefined : `${actor.personId}/${context.idempotencyKey}`,
        requestHash: hashRequest(actor.personId, command),
        resolve,
        reject,
      });
      this.#schedule();
    });
  }

  /** One serial turn per batch, so that catch-ups and reads queued meanwhile are not starved by a busy roll call. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    void this.#serial(async () => {
      this.#scheduled = false;
      const batch = this.#takeBatch();
      try {
        await this.#commit(batch);
      } catch (error) {
        for (const job of batch) job.reject(error);
      }
      if (this.#jobs.length > 0) this.#schedule();
    });
  }

  /** The waiting jobs in order; a second job with a key already in the batch waits for the next one (it replays). */
  #takeBatch(): Job[] {
    const batch: Job[] = [];
    const rest: Job[] = [];
    const keys = new Set<string>();
    for (const job of this.#jobs) {
      if (batch.length >= MAX_BATCH || (job.key !== undefined && keys.has(job.key))) rest.push(job);
      else {
        batch.push(job);
        if (job.key !== undefined) keys.add(job.key);
      }
    }
    this.#jobs = rest;
    return batch;
  }

  async #commit(jobs: readonly Job[]): Promise<void> {
    let pending = jobs;
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES && pending.length > 0; attempt++) {
      // Decided on the state in memory: a stale one (another instance appended) fails the expected-sequence check
      // and the unique (meeting_id, seq), and is caught up and decided again here.
      if (attempt > 0) await this.#catchUp();
      const mark = this.#audit.mark();
      const expectedSeq = this.#state.lastSeq;
      let state = this.#state;
      const decided: Decided[] = [];
      const refused: { job: Job; error: ProcedureError | Refusal }[] = [];
      const audit: { seq: number; line: string }[] = [];
      const checkpoints: StoredCheckpoint[] = [];
      let outcome: AppendResult | undefined;
      try {
        for (const job of pending) {
          const now = this.options.clock().getTime();
          const at = new Date(Math.max(now, state.lastAtMs ?? lastAtMs(state))).toISOString();
          const full = { ...job.command, actor: job.actor.personId, at } as unknown as MeetingCommand;
          // The procedure's own authorisation first (who presides, who is the secretary, whose act it is, now),
          // then the rules of the command; `decide` checks authorisation again, so neither can be skipped by mistake.
          const denied = authorizeCommand(state, full, this.#rules());
          if (denied) {
            refused.push({ job, error: denied });
            continue;
          }
          const result = decide(state, full, this.options.decideOptions);
          if (isProcedureError(result) || result.length === 0) {
            refused.push({ job, error: isProcedureError(result) ? result : refusal('invalid-request') });
            continue;
          }
          for (const line of this.#auditLines(result, job.actor, job.authn)) audit.push(line);
          // The signed checkpoint of a vote close or the meeting close is stored in the same transaction as the
          // events it covers: a crash or a dropped connection can never leave a closed vote without its checkpoint.
          const closing = result.find((e) => CHECKPOINT_AFTER.has(e.type));
          if (closing !== undefined) checkpoints.push(await this.#checkpoint(closing.type));
          state = applyEvents(state, result, this.#rules());
          decided.push({
            job,
            events: result,
            response: { firstSeq: result[0]!.seq, lastSeq: result.at(-1)!.seq, types: result.map((e) => e.type) },
          });
        }
        if (decided.length === 0) {
          this.#audit.restore(mark);
          // Nothing appended, so nothing proved the state current: a refusal decided on a stale state (another
          // instance appended meanwhile) would be wrong. Read the log; if it moved, decide again.
          if ((await this.#catchUp()).length > 0 && attempt < MAX_CONFLICT_RETRIES - 1) continue;
          await this.#answerRefused(refused);
          return;
        }
        const keys = decided.flatMap((d) =>
          d.job.key === undefined
            ? []
            : [{ key: d.job.key, requestHash: d.job.requestHash, response: d.response as unknown }],
        );
        outcome = await this.options.store.append({
          meetingId: this.meetingId,
          expectedSeq,
          events: decided.flatMap((d) => d.events),
          audit,
          idempotencyKeys: keys,
          checkpoints,
        });
      } catch (error) {
        // Not known whether it committed (a dropped connection): the next catch-up reads what the log holds.
        this.#audit.restore(mark);
        throw error;
      }
      if (outcome.kind === 'appended') {
        // The expected-sequence check passed: the state every command of the batch was decided on (refusals
        // included) was the current one.
        this.stats.appends++;
        this.stats.commands += decided.length;
        this.#state = state;
        this.#record(decided.flatMap((d) => d.events));
        for (const d of decided) d.job.resolve({ kind: 'appended', events: d.events, response: d.response });
        await this.#answerRefused(refused);
        return;
      }
      this.#audit.restore(mark);
      if (outcome.kind === 'conflict') {
        this.stats.conflicts++;
        continue;
      }
      // Some keys were stored already (a retry, or the same key from two devices): those answer the stored answer,
      // the others are decided again on the caught-up state.
      const records = outcome.records ?? new Map<string, IdempotentRecord>();
      const next: Job[] = [];
      for (const job of pending) {
        const record = job.key === undefined ? undefined : records.get(job.key);
        if (record === undefined) next.push(job);
        else job.resolve(this.#replayed(record.requestHash, job.requestHash, record.response));
      }
      pending = next;
    }
    for (const job of pending) job.resolve({ kind: 'refused', error: refusal('concurrent-update') });
  }

  /** A refused command whose key is already stored was a retry of a committed one: it answers the stored answer. */
  async #answerRefused(refused: readonly { job: Job; error: ProcedureError | Refusal }[]): Promise<void> {
    const keys = refused.flatMap((r) => (r.job.key === undefined ? [] : [r.job.key]));
    const stored = keys.length === 0 ? new Map() : await this.options.store.findIdempotentMany(this.meetingId, keys);
    for (const { job, error } of refused) {
      const record = job.key === undefined ? undefined : stored.get(job.key);
      job.resolve(
        record === undefined
          ? { kind: 'refused', error }
          : this.#replayed(record.requestHash, job.requestHash, record.response),
      );
    }
  }

  #replayed(storedHash: string, requestHash: string, response: unknown): ExecuteResult {
    if (storedHash !== requestHash) return { kind: 'refused', error: refusal('idempotency-key-reused') };
    return { kind: 'duplicate', response: response as CommandResponse };
  }

  #auditLines(
    events: readonly MeetingEvent[],
    actor: CommandActor,
    authn: AuthnContext,
  ): { seq: number; line: string }[] {
    return events.map((e) =>
      this.#audit.append({
        action: AUDIT_ACTION[e.type] ?? 'create',
        actor: actor.personId,
        actorRole: actor.role,
        authn: authn.acr === undefined ? { idp: authn.idp } : { idp: authn.idp, acr: authn.acr },
        meetingId: this.meetingId,
        eventSeq: e.seq,
        eventType: e.type,
        eventHash: groupedHash(canonicalize(e)),
      }),
    );
  }

  /** Signs the chain as it stands with the tentative entries so far. */
  async #checkpoint(reason: string): Promise<StoredCheckpoint> {
    const jws = await this.#audit.checkpoint(this.options.auditKey.privateKey, { kid: this.options.auditKey.kid });
    return { size: this.#audit.size, reason, jws };
  }

  /** The published checkpoints, each with the consistency proof from the one before it. */
  async checkpoints(): Promise<(StoredCheckpoint & { consistencyProof: string[]; previousSize: number })[]> {
    await this.catchUp();
    const list = await this.options.store.checkpoints(this.meetingId);
    // The proofs need the leaves: read from the log once per request, not kept in memory.
    const size = this.#audit.size;
    const chain = list.length > 1 ? await this.auditChain(size) : undefined;
    let previousSize = 0;
    return list.map((cp) => {
      const proof =
        previousSize === 0 || cp.size > size || chain === undefined
          ? []
          : chain.consistencyProof(previousSize, cp.size);
      const out = { ...cp, previousSize, consistencyProof: proof };
      previousSize = cp.size;
      return out;
    });
  }
}

function lastAtMs(state: MeetingState): number {
  return state.lastAt === undefined ? 0 : Date.parse(state.lastAt);
}

/**
 * SHA-256 hex in groups of four (`1a2b:3c4d:…`). The audit chain refuses anything henkilötunnus-shaped, and plain
 * hex hashes often contain such a run (six digits, a–f as a century sign, three digits); grouped, no run of six
 * digits can occur.
 */
export function groupedHash(text: string): string {
  return createHash('sha256')
    .update(text)
    .digest('hex')
    .replace(/(.{4})(?!$)/g, '$1:');
}

function hashRequest(personId: string, command: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalize({ personId, command })).digest('hex');
}
