import type { ServerResponse } from 'node:http';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import type { MeetingRuntime } from '../meeting/runtime.js';
import { canSeeItem, visibleEvent, type Viewer, type VisibilityContext } from './visibility.js';

interface Frame {
  readonly seq: number;
  readonly text: string;
}

/** Followers who see the same: the public, or one person (on any number of devices). */
interface Group {
  readonly viewer: Viewer;
  readonly followers: Set<Follower>;
  /** Frames not yet written (coalesced until the next flush). */
  pending: Frame[];
}

interface Follower {
  readonly viewer: Viewer;
  readonly res: ServerResponse;
  readonly group: Group;
  /** The last seq this follower was sent (or asked to start after). */
  sent: number;
  /** False while its backlog is read: frames of new events are held for it meanwhile. */
  ready: boolean;
  held: Frame[];
}

// Small slices: a command's I/O callbacks run between them, so it waits behind at most ~32 writes, not a thousand.
const FLUSH_SLICE = 32;

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
  /**
   * A follower whose socket has more than this many bytes not yet taken by the peer is disconnected (its
   * EventSource reconnects with `Last-Event-ID` and misses nothing); the server does not buffer without bound for a
   * reader that does not read. Default 4 MiB.
   */
  readonly maxBufferedBytes?: number;
}

/**
 * The Server-Sent Events stream of one meeting: `id:` is the event's `seq`, so a reconnecting EventSource sends
 * `Last-Event-ID` and gets exactly the events after it (from the runtime's recent events, or from the log when it
 * is older than those). Each follower receives the events as its viewer may see them; the serialised frame is
 * computed once per event and visibility class (public, or a person who may / may not see the item), and the bytes
 * of a flush once per group of followers who see the same, not once per follower.
 */
export class MeetingStream {
  readonly #groups = new Map<string, Group>();
  readonly #followers = new Set<Follower>();
  readonly #heartbeat: NodeJS.Timeout;
  readonly #coalesceMs: number;
  readonly #maxBuffered: number;
  #lastFlush = 0;
  #flushScheduled = false;
  #flushing = false;

  constructor(
    readonly runtime: MeetingRuntime,
    readonly context: () => VisibilityContext,
    options: StreamOptions = {},
  ) {
    this.#coalesceMs = options.coalesceMs ?? 100;
    this.#maxBuffered = options.maxBufferedBytes ?? 4 * 2 ** 20;
    runtime.onEvents((events) => this.#broadcast(events));
    this.#heartbeat = setInterval(() => {
      for (const f of this.#followers) if (f.ready) this.#write(f, ': keep-alive\n\n');
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
    const key = viewer.public || viewer.personId === undefined ? 'public' : `person:${viewer.personId}`;
    let group = this.#groups.get(key);
    if (group === undefined) {
      group = { viewer, followers: new Set(), pending: [] };
      this.#groups.set(key, group);
    }
    const follower: Follower = { viewer, res, group, sent: lastEventId, ready: false, held: [] };
    group.followers.add(follower);
    this.#followers.add(follower);
    const stop = (): void => {
      this.#followers.delete(follower);
      follower.group.followers.delete(follower);
      follower.held = [];
      if (follower.group.followers.size === 0 && this.#groups.get(key) === follower.group) this.#groups.delete(key);
    };
    res.on('close', stop);
    void this.#backlog(follower);
    return stop;
  }

  /** Writes the events after the follower's `Last-Event-ID`, then what was held for it meanwhile; then it is live. */
  async #backlog(f: Follower): Promise<void> {
    let backlog: readonly MeetingEvent[];
    try {
      backlog = await this.runtime.eventsAfter(f.sent);
    } catch {
      // The log could not be read (database down): the client reconnects with the same Last-Event-ID.
      f.res.destroy();
      return;
    }
    if (!this.#followers.has(f)) return;
    const ctx = this.context();
    let text = '';
    for (const e of backlog) if (e.seq > f.sent) text += this.#frame(ctx, f.viewer, e);
    if (backlog.length > 0) f.sent = Math.max(f.sent, backlog.at(-1)!.seq);
    for (const frame of f.held)
      if (frame.seq > f.sent) {
        text += frame.text;
        f.sent = frame.seq;
      }
    f.held = [];
    f.ready = true;
    if (text !== '') this.#write(f, text);
  }

  #frame(ctx: VisibilityContext, viewer: Viewer, e: MeetingEvent): string {
    const data = visibleEvent(ctx, viewer, e, this.runtime.itemOf(e.seq));
    return `id: ${e.seq}\nevent: meeting-event\ndata: ${JSON.stringify(data)}\n\n`;
  }

  #broadcast(events: readonly MeetingEvent[]): void {
    if (this.#groups.size === 0) return;
    const ctx = this.context();
    for (const e of events) {
      const itemId = this.runtime.itemOf(e.seq);
      const frames = new Map<string, string>();
      for (const g of this.#groups.values()) {
        const key =
          itemId === undefined
            ? 'all'
            : g.viewer.public
              ? 'public'
              : canSeeItem(ctx, g.viewer, itemId)
                ? 'full'
                : 'hidden';
        let frame = frames.get(key);
        if (frame === undefined) {
          frame = this.#frame(ctx, g.viewer, e);
          frames.set(key, frame);
        }
        g.pending.push({ seq: e.seq, text: frame });
      }
    }
    this.#scheduleFlush();
  }

  #write(f: Follower, chunk: string | Buffer): void {
    if (f.res.writableEnded || f.res.destroyed) return;
    if (f.res.writableLength > this.#maxBuffered) {
      f.res.destroy();
      return;
    }
    f.res.write(chunk);
  }

  /**
   * Writes the pending frames: on the next turn of the event loop, or when the coalescing window has passed. One
   * flush at a time, so a follower's frames always go out in seq order.
   */
  #scheduleFlush(): void {
    if (this.#flushScheduled || this.#flushing) return;
    this.#flushScheduled = true;
    const wait = this.#lastFlush + this.#coalesceMs - performance.now();
    const flush = () => {
      this.#flushScheduled = false;
      this.#flushing = true;
      this.#lastFlush = performance.now();
      const work: { f: Follower; frames: Frame[]; bytes: Buffer }[] = [];
      for (const g of this.#groups.values()) {
        if (g.pending.length === 0) continue;
        const frames = g.pending;
        g.pending = [];
        // Encoded once for the whole group; each follower's write is then a copy-free write of the same bytes.
        const bytes = Buffer.from(frames.map((x) => x.text).join(''));
        for (const f of g.followers) work.push({ f, frames, bytes });
      }
      // In slices, yielding between them: a write costs tens of microseconds on a loaded machine, and commands
      // (database answers, new requests) must not wait behind a thousand of them.
      const slice = (from: number) => {
        const to = Math.min(work.length, from + FLUSH_SLICE);
        for (let i = from; i < to; i++) {
          const { f, frames, bytes } = work[i]!;
          // A follower may have gone (or the stream closed) since the flush began.
          if (!this.#followers.has(f)) continue;
          if (!f.ready) {
            f.held.push(...frames);
            continue;
          }
          const last = frames.at(-1)!.seq;
          if (f.sent < frames[0]!.seq) this.#write(f, bytes);
          else if (f.sent < last)
            this.#write(
              f,
              frames
                .filter((x) => x.seq > f.sent)
                .map((x) => x.text)
                .join(''),
            );
          f.sent = Math.max(f.sent, last);
        }
        if (to < work.length) setImmediate(slice, to);
        else {
          this.#flushing = false;
          if ([...this.#groups.values()].some((g) => g.pending.length > 0)) this.#scheduleFlush();
        }
      };
      slice(0);
    };
    if (wait <= 0) setImmediate(flush);
    else setTimeout(flush, wait);
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const f of this.#followers) {
      if (f.ready) {
        const rest = f.group.pending.filter((x) => x.seq > f.sent).map((x) => x.text);
        f.res.end(rest.join(''));
      } else f.res.end();
    }
    this.#followers.clear();
    this.#groups.clear();
  }
}
