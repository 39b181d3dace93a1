import type { ServerResponse } from 'node:http';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import type { MeetingRuntime } from '../meeting/runtime.js';
import { canSeeItem, visibleEvent, type Viewer, type VisibilityContext } from './visibility.js';

interface Follower {
  readonly viewer: Viewer;
  readonly res: ServerResponse;
  /** Frames not yet written (coalesced until the next flush). */
  pending: string;
}

const FLUSH_SLICE = 128;

export interface StreamOptions {
  /** Keep-alive comment interval. */
  readonly heartbeatMs?: number;
  /**
   * Frames that follow within this many milliseconds of the last write go out together in one write per follower
   * (the first after a quiet spell goes out at once). Each write is a system call per follower: with 1,000
   * followers and a roll call of 79 ballots a second, writing each frame at once costs about 80,000 calls a second
   * and starves the command path; coalescing bounds them to `followers × 1000 / coalesceMs` a second. 0 writes
   * every frame at once.
   */
  readonly coalesceMs?: number;
}

/**
 * The Server-Sent Events stream of one meeting: `id:` is the event's `seq`, so a reconnecting EventSource sends
 * `Last-Event-ID` and gets exactly the events after it. Each follower receives the events as its viewer may see
 * them; the serialised frame is computed once per event and visibility class (public, or a person who may / may
 * not see the item), not once per follower.
 */
export class MeetingStream {
  readonly #followers = new Set<Follower>();
  readonly #heartbeat: NodeJS.Timeout;
  readonly #coalesceMs: number;
  #lastFlush = 0;
  #flushScheduled = false;

  constructor(
    readonly runtime: MeetingRuntime,
    readonly context: () => VisibilityContext,
    options: StreamOptions = {},
  ) {
    this.#coalesceMs = options.coalesceMs ?? 100;
    runtime.onEvents((events) => this.#broadcast(events));
    this.#heartbeat = setInterval(() => {
      for (const f of this.#followers) f.res.write(': keep-alive\n\n');
    }, options.heartbeatMs ?? 15_000);
    this.#heartbeat.unref();
  }

  get size(): number {
    return this.#followers.size;
  }

  /** Starts streaming to `res`: first the events after `lastEventId`, then every new one. */
  follow(res: ServerResponse, viewer: Viewer, lastEventId: number): () => void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    const backlog = this.runtime.events.filter((e) => e.seq > lastEventId);
    if (backlog.length > 0) res.write(backlog.map((e) => this.#frame(this.context(), viewer, e)).join(''));
    const follower: Follower = { viewer, res, pending: '' };
    this.#followers.add(follower);
    const stop = (): void => {
      this.#followers.delete(follower);
      follower.pending = '';
    };
    res.on('close', stop);
    return stop;
  }

  #frame(ctx: VisibilityContext, viewer: Viewer, e: MeetingEvent): string {
    const data = visibleEvent(ctx, viewer, e, this.runtime.itemOf(e.seq));
    return `id: ${e.seq}\nevent: meeting-event\ndata: ${JSON.stringify(data)}\n\n`;
  }

  #broadcast(events: readonly MeetingEvent[]): void {
    if (this.#followers.size === 0) return;
    const ctx = this.context();
    for (const e of events) {
      const itemId = this.runtime.itemOf(e.seq);
      const frames = new Map<string, string>();
      for (const f of this.#followers) {
        const key =
          itemId === undefined
            ? 'all'
            : f.viewer.public
              ? 'public'
              : canSeeItem(ctx, f.viewer, itemId)
                ? 'full'
                : 'hidden';
        let frame = frames.get(key);
        if (frame === undefined) {
          frame = this.#frame(ctx, f.viewer, e);
          frames.set(key, frame);
        }
        f.pending += frame;
      }
    }
    this.#scheduleFlush();
  }

  /** Writes the pending frames: on the next turn of the event loop, or when the coalescing window has passed. */
  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    const wait = this.#lastFlush + this.#coalesceMs - performance.now();
    const flush = () => {
      this.#flushScheduled = false;
      this.#lastFlush = performance.now();
      // In slices, yielding between them: a write costs tens of microseconds on a loaded machine, and commands
      // (database answers, new requests) must not wait behind a thousand of them.
      const followers = [...this.#followers];
      const slice = (from: number) => {
        const to = Math.min(followers.length, from + FLUSH_SLICE);
        for (let i = from; i < to; i++) {
          const f = followers[i]!;
          // A follower may have gone (or the stream closed) since the flush began.
          if (f.pending === '' || !this.#followers.has(f) || f.res.writableEnded || f.res.destroyed) continue;
          f.res.write(f.pending);
          f.pending = '';
        }
        if (to < followers.length) setImmediate(slice, to);
      };
      slice(0);
    };
    if (wait <= 0) setImmediate(flush);
    else setTimeout(flush, wait);
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const f of this.#followers) f.res.end(f.pending);
    this.#followers.clear();
  }
}
