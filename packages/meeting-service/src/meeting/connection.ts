import type { PersonAttendance } from '@digikokous/procedure';
import type { EventStore } from '../db/event-store.js';
import type { MeetingRuntime, RuntimeLog } from './runtime.js';

/**
 * The identity under which the service records lost and restored connections (KL 99 §). It is nobody's person id:
 * the runtime lists it in the procedure's `rules.attendanceMonitors`, which lets it give only `change-attendance`
 * with a `cause`, and no session can carry it (sessions are issued to the meeting's participants only).
 */
export const CONNECTION_WATCH_ID = 'service:connection-watch';
/** The actor of the watch's commands; its audit entries say `actorRole: attendance-monitor`. */
export const CONNECTION_WATCH_ACTOR = Object.freeze({
  personId: CONNECTION_WATCH_ID,
  role: 'attendance-monitor',
} as const);

/** Did this person's last attendance period end because the remote connection was lost? */
export function connectionLost(a: PersonAttendance | undefined): boolean {
  return a !== undefined && !a.present && a.periods.at(-1)?.leftCause === 'connection-lost';
}

export interface ConnectionWatchOptions {
  /** A remote participant silent longer than this is recorded as departed. */
  readonly lossAfterMs: number;
  /** How often the watch looks (a timer; `0` for none: the tests call `sweep`). */
  readonly sweepMs: number;
  readonly clock: () => Date;
  /** Where the heartbeats are kept: shared by every instance, so a heartbeat to any instance counts. */
  readonly store: EventStore;
  readonly log?: RuntimeLog;
}

/**
 * KL 99 §: in an electronic meeting everyone recorded present must be in an equal connection. Remote participants
 * (mode `etana`) send heartbeats, kept in the database so that every instance behind a load balancer sees them; one
 * silent longer than `lossAfterMs` is recorded as departed by the service itself (`cause: 'connection-lost'`, actor
 * {@link CONNECTION_WATCH_ID}), so the procedure recomputes the quorum and the chair's view shows who is lost. The
 * next heartbeat of someone whose connection was lost records the return (`connection-restored`). A ballot cast
 * before the loss stands: the log keeps it. Several instances may sweep at once; the procedure refuses the second
 * record of the same loss (the person is no longer present), so it is recorded once.
 */
export class ConnectionWatch {
  readonly #lastSeen = new Map<string, number>();
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #started: number;

  constructor(
    readonly runtime: MeetingRuntime,
    readonly options: ConnectionWatchOptions,
  ) {
    this.#started = options.clock().getTime();
    if (options.sweepMs > 0) {
      this.#timer = setInterval(
        () =>
          void this.sweep().catch((error: unknown) =>
            options.log?.warn({ err: error, meetingId: runtime.meetingId }, 'connection sweep failed'),
          ),
        options.sweepMs,
      );
      this.#timer.unref();
    }
  }

  /** A command of the person reached this instance: he is connected (kept in memory only). */
  seen(personId: string): void {
    this.#lastSeen.set(personId, this.options.clock().getTime());
  }

  /** A heartbeat: stored for every instance; records the return of someone whose connection was lost. */
  async heartbeat(personId: string): Promise<'connected' | 'restored'> {
    const now = this.options.clock().getTime();
    this.seen(personId);
    await this.options.store.touchPresence(this.runtime.meetingId, personId, now);
    await this.runtime.catchUp();
    if (!connectionLost(this.runtime.state.attendance.get(personId))) return 'connected';
    const result = await this.runtime.execute(
      CONNECTION_WATCH_ACTOR,
      { type: 'change-attendance', personId, status: 'lasna', cause: 'connection-restored' },
      { authn: { idp: 'service', acr: 'connection-restored' } },
    );
    return result.kind === 'refused' ? 'connected' : 'restored';
  }

  /** Records the departure of every remote participant present whose connection has been silent too long. */
  async sweep(): Promise<string[]> {
    const now = this.options.clock().getTime();
    const departed: string[] = [];
    await this.runtime.catchUp();
    if (this.runtime.state.status !== 'open') return departed;
    const stored = await this.options.store.presence(this.runtime.meetingId);
    for (const [personId, a] of this.runtime.state.attendance) {
      if (!a.present || a.mode !== 'etana') continue;
      // Nobody seen yet (a fresh instance, a restart): count from the watch's start, not from the epoch.
      const last = Math.max(this.#lastSeen.get(personId) ?? this.#started, stored.get(personId) ?? 0);
      if (now - last <= this.options.lossAfterMs) continue;
      const result = await this.runtime.execute(
        CONNECTION_WATCH_ACTOR,
        { type: 'change-attendance', personId, status: 'poissa', cause: 'connection-lost' },
        { authn: { idp: 'service', acr: 'connection-lost' } },
      );
      if (result.kind === 'appended') departed.push(personId);
      else if (result.kind === 'refused')
        this.options.log?.warn(
          { meetingId: this.runtime.meetingId, code: result.error.code },
          'a lost connection was not recorded',
        );
    }
    return departed;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
