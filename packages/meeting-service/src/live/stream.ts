import type { ServerResponse } from 'node:http';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import type { MeetingRuntime } from '../meeting/runtime.js';
import { canSeeItem, visibleEvent, type Viewer, type VisibilityContext } from './visibility.js';

interface Follower {
  readonly viewer: Viewer;
  readonly res: ServerResponse;
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

  constructor(
    readonly runtime: MeetingRuntime,
    readonly context: () => VisibilityContext,
    heartbeatMs = 15_000,
  ) {
    runtime.onEvents((events) => this.#broadcast(events));
    this.#heartbeat = setInterval(() => {
      for (const f of this.#followers) f.res.write(': keep-alive\n\n');
    }, heartbeatMs);
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
    const follower = { viewer, res };
    this.#followers.add(follower);
    const stop = (): void => {
      this.#followers.delete(follower);
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
        f.res.write(frame);
      }
    }
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const f of this.#followers) f.res.end();
    this.#followers.clear();
  }
}
