import type { MeetingRuntime } from './runtime.js';

/**
 * Departures and returns the service records itself go under the secretary's authority (the procedure lets the
 * secretary keep the attendance, KL 99 §); the audit entry says that the service recorded it and why.
 */
export const SYSTEM_ACTOR = { personId: 'system', role: 'secretary' } as const;

/**
 * KL 99 §: in an electronic meeting everyone recorded present must be in an equal connection. Remote members
 * send heartbeats; one silent longer than `lossAfterMs` is recorded as departed (with the cause in the audit
 * entry), so the quorum is recomputed by the procedure; the next heartbeat records the return. A ballot cast
 * before the loss stands (the log keeps it).
 */
export class ConnectionWatch {
  readonly #lastSeen = new Map<string, number>();
  readonly #lost = new Set<string>();
  readonly #timer: NodeJS.Timeout;
  readonly #started: number;

  constructor(
    readonly runtime: MeetingRuntime,
    readonly options: { lossAfterMs: number; sweepMs: number; clock: () => Date },
  ) {
    this.#started = options.clock().getTime();
    this.#timer = setInterval(() => void this.sweep().catch(() => {}), options.sweepMs);
    this.#timer.unref();
  }

  /** Remote participants recorded as departed for a lost connection and not back yet. */
  get lost(): string[] {
    return [...this.#lost];
  }

  seen(personId: string): void {
    this.#lastSeen.set(personId, this.options.clock().getTime());
  }

  async heartbeat(personId: string): Promise<void> {
    this.seen(personId);
    if (!this.#lost.has(personId)) return;
    const attendance = this.runtime.state.attendance.get(personId);
    if (attendance?.present) {
      this.#lost.delete(personId);
      return;
    }
    const result = await this.runtime.execute(
      this.#recorder(),
      { type: 'change-attendance', personId, status: 'lasna', mode: 'etana' },
      { authn: { idp: 'system', acr: 'connection-restored' } },
    );
    if (result.kind !== 'refused') this.#lost.delete(personId);
  }

  /** Records the departure of every remote member present whose connection has been silent too long. */
  async sweep(): Promise<string[]> {
    const now = this.options.clock().getTime();
    const departed: string[] = [];
    if (this.runtime.state.status !== 'open') return departed;
    for (const [personId, a] of this.runtime.state.attendance) {
      if (!a.present || a.mode !== 'etana' || this.#lost.has(personId)) continue;
      // After a restart nobody has been seen yet: count from the start, not from the epoch.
      const last = this.#lastSeen.get(personId) ?? this.#started;
      if (now - last <= this.options.lossAfterMs) continue;
      const result = await this.runtime.execute(
        this.#recorder(),
        { type: 'change-attendance', personId, status: 'poissa', mode: 'etana', reason: 'muu' },
        { authn: { idp: 'system', acr: 'connection-lost' } },
      );
      if (result.kind !== 'refused') {
        this.#lost.add(personId);
        departed.push(personId);
      }
    }
    return departed;
  }

  #recorder(): { personId: string; role: 'secretary' } {
    return { personId: this.runtime.state.secretaryId ?? SYSTEM_ACTOR.personId, role: 'secretary' };
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
