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
import { AuditChain, canonicalize, type AuditEntry } from '@digikokous/security';
import type { KeyObject } from 'node:crypto';
import type { EventStore, StoredCheckpoint } from '../db/event-store.js';
import { refusal, type Refusal } from '../http/refusals.js';
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

/**
 * One meeting as the service runs it: the replayed state, the log and the audit chain in memory, the durable
 * store underneath. Commands are serialised per meeting inside one instance; between instances the store's
 * expected-sequence check decides, and a losing writer catches up and decides again.
 */
export class MeetingRuntime {
  readonly meetingId: string;
  #state: MeetingState;
  #events: MeetingEvent[] = [];
  /** The item each event belongs to (by seq), for filtering per viewer. */
  #itemOfSeq = new Map<number, string>();
  #currentItem: string | undefined;
  #chain = new AuditChain();
  #chainStale = false;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<EventsListener>();

  private constructor(readonly options: RuntimeOptions) {
    this.meetingId = options.meeting.id;
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
  get events(): readonly MeetingEvent[] {
    return this.#events;
  }
  get auditChain(): AuditChain {
    return this.#chain;
  }
  itemOf(seq: number): string | undefined {
    return this.#itemOfSeq.get(seq);
  }

  onEvents(listener: EventsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Loads what other instances appended since this one last looked; notifies listeners of new events. */
  catchUp(): Promise<readonly MeetingEvent[]> {
    return this.#serial(() => this.#catchUp());
  }

  async #catchUp(): Promise<readonly MeetingEvent[]> {
    const fresh = await this.options.store.load(this.meetingId, this.#state.lastSeq);
    if (this.#chainStale) {
      this.#chain = AuditChain.load((await this.options.store.loadAudit(this.meetingId)).join('\n'));
      this.#chainStale = false;
    } else {
      const lines = await this.options.store.loadAudit(this.meetingId, this.#chain.size);
      if (lines.length > 0) {
        this.#chain = AuditChain.load(
          [this.#chain.toJSONLines().replace(/\n$/, ''), ...lines].filter((l) => l !== '').join('\n'),
        );
      }
    }
    if (fresh.length > 0) this.#apply(fresh);
    return fresh;
  }

  #apply(events: readonly MeetingEvent[]): void {
    this.#state = applyEvents(
      this.#state,
      events,
      this.options.decideOptions?.rules ? { rules: this.options.decideOptions.rules } : {},
    );
    for (const e of events) {
      this.#events.push(e);
      const itemId = (e.payload as { itemId?: unknown } | undefined)?.itemId;
      if (e.type === 'item-opened' && typeof itemId === 'string') this.#currentItem = itemId;
      if (this.#currentItem !== undefined) this.#itemOfSeq.set(e.seq, this.#currentItem);
      if (e.type === 'item-closed') this.#currentItem = undefined;
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
   * Checks and stores one command of `actor` (already authorised by role): idempotency key first, then the
   * procedure's `decide` on the current state, then one transaction with the events and their audit entries.
   * A refusal stores nothing.
   */
  execute(
    actor: CommandActor,
    command: Record<string, unknown>,
    context: { idempotencyKey?: string; authn: AuthnContext },
  ): Promise<ExecuteResult> {
    return this.#serial(async () => {
      const requestHash = hashRequest(actor.personId, command);
      // Keys are the client's, so they are scoped to the person: another person's key can neither replay that
      // person's answer nor block this person's command.
      const key = context.idempotencyKey === undefined ? undefined : `${actor.personId}/${context.idempotencyKey}`;
      if (key !== undefined) {
        const seen = await this.options.store.findIdempotent(this.meetingId, key);
        if (seen) return this.#replayed(seen.requestHash, requestHash, seen.response);
      }
      for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
        await this.#catchUp();
        const now = this.options.clock();
        const lastAt = this.#state.lastAt === undefined ? 0 : Date.parse(this.#state.lastAt);
        const at = new Date(Math.max(now.getTime(), lastAt)).toISOString();
        const full = { ...command, actor: actor.personId, at } as unknown as MeetingCommand;
        // The procedure's own authorisation first (who presides, who is the secretary, whose act it is, now), then
        // the rules of the command; `decide` checks authorisation again, so neither can be skipped by mistake.
        const rules = this.options.decideOptions?.rules;
        const denied = authorizeCommand(this.#state, full, rules === undefined ? {} : { rules });
        if (denied) return { kind: 'refused', error: denied };
        const result = decide(this.#state, full, this.options.decideOptions);
        if (isProcedureError(result)) return { kind: 'refused', error: result };
        if (result.length === 0) return { kind: 'refused', error: refusal('invalid-request') };
        const audit = this.#auditLines(result, actor, context.authn);
        const response: CommandResponse = {
          firstSeq: result[0]!.seq,
          lastSeq: result[result.length - 1]!.seq,
          types: result.map((e) => e.type),
        };
        // The signed checkpoint of a vote close or the meeting close is stored in the same transaction as the
        // events it covers: a crash or a dropped connection can never leave a closed vote without its checkpoint.
        const closing = result.find((e) => CHECKPOINT_AFTER.has(e.type));
        const checkpoint = closing === undefined ? undefined : await this.#checkpoint(closing.type);
        let outcome;
        try {
          outcome = await this.options.store.append({
            meetingId: this.meetingId,
            expectedSeq: this.#state.lastSeq,
            events: result,
            audit,
            ...(key === undefined ? {} : { idempotency: { key, requestHash, response } }),
            ...(checkpoint === undefined ? {} : { checkpoint }),
          });
        } catch (error) {
          this.#chainStale = true;
          throw error;
        }
        if (outcome.kind === 'appended') {
          this.#apply(result);
          return { kind: 'appended', events: result, response };
        }
        // The chain took our tentative entries: rebuild it from the store before trying again.
        this.#chainStale = true;
        if (outcome.kind === 'duplicate') {
          await this.#catchUp();
          return this.#replayed(outcome.record.requestHash, requestHash, outcome.record.response);
        }
      }
      return { kind: 'refused', error: refusal('concurrent-update') };
    });
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
    return events.map((e) => {
      const entry: AuditEntry = this.#chain.append({
        action: AUDIT_ACTION[e.type] ?? 'create',
        actor: actor.personId,
        actorRole: actor.role,
        authn: authn.acr === undefined ? { idp: authn.idp } : { idp: authn.idp, acr: authn.acr },
        meetingId: this.meetingId,
        eventSeq: e.seq,
        eventType: e.type,
        eventHash: groupedHash(canonicalize(e)),
      });
      return { seq: entry.seq, line: canonicalize(entry) };
    });
  }

  /** Signs the chain as it stands with this command's tentative entries. */
  async #checkpoint(reason: string): Promise<StoredCheckpoint> {
    const jws = await this.#chain.checkpoint(this.options.auditKey.privateKey, { kid: this.options.auditKey.kid });
    return { size: this.#chain.size, reason, jws };
  }

  /** The published checkpoints, each with the consistency proof from the one before it. */
  async checkpoints(): Promise<(StoredCheckpoint & { consistencyProof: string[]; previousSize: number })[]> {
    await this.catchUp();
    const list = await this.options.store.checkpoints(this.meetingId);
    let previousSize = 0;
    return list.map((cp) => {
      const proof =
        previousSize === 0 || cp.size > this.#chain.size ? [] : this.#chain.consistencyProof(previousSize, cp.size);
      const out = { ...cp, previousSize, consistencyProof: proof };
      previousSize = cp.size;
      return out;
    });
  }
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
