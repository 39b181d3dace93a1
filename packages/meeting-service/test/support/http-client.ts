import { AuditChain, canonicalize } from '@digikokous/security';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { EventStore } from '../../src/db/event-store.js';
import { groupedHash } from '../../src/meeting/runtime.js';
import type { SseClient } from './sse.js';
import { CHAIR, item, openingCommands, ORIGIN, PRESENT, SECRETARY } from './service.js';

export interface Answer {
  /** 0 when the connection failed (the instance is gone): the client does not know whether it was stored. */
  readonly status: number;
  readonly json: Record<string, unknown>;
}

/**
 * A participant's client over real HTTP, as the app behaves: the session cookie and CSRF token from the login,
 * an Idempotency-Key per command that it keeps when it retries, and `base` that can point at another instance.
 */
export class HttpClient {
  cookie = '';
  csrf = '';
  /** Every answer that was a fault (503, or no answer), for the tests to report what they went through. */
  readonly faults: number[] = [];

  constructor(
    public base: string,
    readonly meetingId: string,
    readonly personId: string,
  ) {}

  async login(): Promise<this> {
    const r = await fetch(`${this.base}/api/meetings/${this.meetingId}/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ personId: this.personId }),
    });
    if (r.status !== 200) throw new Error(`login ${this.personId}: ${r.status} ${await r.text()}`);
    this.cookie = r.headers.getSetCookie()[0]!.split(';')[0]!;
    this.csrf = ((await r.json()) as { csrf: string }).csrf;
    return this;
  }

  async command(body: Record<string, unknown>, key: string): Promise<Answer> {
    try {
      const r = await fetch(`${this.base}/api/meetings/${this.meetingId}/commands`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: this.cookie,
          'x-csrf-token': this.csrf,
          'idempotency-key': key,
          origin: ORIGIN,
        },
        body: JSON.stringify(body),
      });
      return { status: r.status, json: (await r.json()) as Record<string, unknown> };
    } catch {
      return { status: 0, json: {} };
    }
  }

  /**
   * Sends until the service answers with something other than a fault, with the same key every time (a retry
   * after an unknown outcome must never store twice). An expired session logs in again.
   */
  async send(body: Record<string, unknown>, key: string, tries = 60): Promise<Answer> {
    for (let i = 0; i < tries; i++) {
      const r = await this.command(body, key);
      if (r.status === 401 && r.json.code === 'session-expired') {
        await this.login();
        continue;
      }
      if (r.status !== 0 && r.status !== 503) return r;
      this.faults.push(r.status);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${String(body.type)} by ${this.personId}: no answer after ${tries} tries`);
  }

  async ok(body: Record<string, unknown>, key: string): Promise<Record<string, unknown>> {
    const r = await this.send(body, key);
    if (r.status !== 200)
      throw new Error(`${String(body.type)} by ${this.personId}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  }
}

/** Opens the meeting over HTTP with 30 councillors present remotely, then § 50 to a vote (`method`). */
export async function openToVote(
  base: string,
  meetingId: string,
  method: 'sahkoinen' | 'nimenhuuto' = 'sahkoinen',
): Promise<{ chair: HttpClient; secretary: HttpClient; voteId: string; members: HttpClient[] }> {
  const chair = await new HttpClient(base, meetingId, CHAIR).login();
  const secretary = await new HttpClient(base, meetingId, SECRETARY).login();
  let n = 0;
  const k = () => `setup-key-${n++}`;
  for (const c of openingCommands()) await (c.by === 'chair' ? chair : secretary).ok(c.body, k());
  await chair.ok({ type: 'open-item', itemId: item(6), sectionNumber: 50 }, k());
  await chair.ok({ type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Myönnetään 4,2 milj. euroa.' } }, k());
  const members = await Promise.all(
    PRESENT.filter((p) => p !== CHAIR).map((p) => new HttpClient(base, meetingId, p).login()),
  );
  await members[0]!.ok(
    { type: 'make-proposal', kind: 'vastaehdotus', proposalId: 'va', text: { fi: 'Myönnetään 5 milj. euroa.' } },
    k(),
  );
  await members[1]!.ok({ type: 'second-proposal', proposalId: 'va' }, k());
  await chair.ok({ type: 'close-discussion' }, k());
  await chair.ok({ type: 'approve-voting-order' }, k());
  await chair.ok({ type: 'open-vote', method }, k());
  const state = await snapshot(base, meetingId, chair);
  const votes = (state.state as { items: Record<string, { votes: { voteId: string }[] }> }).items[item(6)]!.votes;
  return { chair, secretary, voteId: votes.at(-1)!.voteId, members: [chair, ...members] };
}

export async function snapshot(base: string, meetingId: string, client?: HttpClient): Promise<Record<string, unknown>> {
  const r = await fetch(`${base}/api/meetings/${meetingId}/state`, {
    headers: client ? { cookie: client.cookie } : {},
  });
  return (await r.json()) as Record<string, unknown>;
}

/** The ballots of the last vote of § 50, by person. */
export async function ballotsOf(base: string, meetingId: string, chair: HttpClient): Promise<Record<string, string>> {
  const s = (await snapshot(base, meetingId, chair)).state as {
    items: Record<string, { votes: { ballots: Record<string, string> }[] }>;
  };
  return s.items[item(6)]!.votes.at(-1)!.ballots;
}

/**
 * The invariants every fault test ends with: the log is gap-free and duplicate-free; every event has exactly its
 * audit entry (same seq, same hash); the chain verifies against the stored signed checkpoints, anchored to the
 * last one (and complete when the log ends at a checkpoint); every follower received every event exactly once,
 * in order; and every instance's snapshot is the same.
 */
export async function expectConverged(options: {
  db: Database;
  meetingId: string;
  followers: readonly (readonly SseClient[])[];
  bases: readonly string[];
  complete?: boolean;
}): Promise<{ events: MeetingEvent[]; checkpoints: number }> {
  const store = new EventStore(options.db);
  const events = await store.load(options.meetingId);
  const last = events.length - 1;
  expect(events.map((e) => e.seq)).toEqual(Array.from({ length: events.length }, (_, i) => i));
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

  const lines = await store.loadAudit(options.meetingId);
  expect(lines).toHaveLength(events.length);
  lines.forEach((line, i) => {
    const entry = JSON.parse(line) as { eventSeq: number; eventHash: string };
    expect(entry.eventSeq).toBe(i);
    expect(entry.eventHash).toBe(groupedHash(canonicalize(events[i])));
  });
  const checkpoints = await store.checkpoints(options.meetingId);
  expect(checkpoints.length).toBeGreaterThan(0);
  const keys = await (await fetch(`${options.bases[0]}/api/jwks.json`)).json();
  const verified = await AuditChain.load(lines.join('\n')).verify({
    checkpoints: checkpoints.map((c) => c.jws),
    keys: keys as never,
  });
  expect(verified.valid).toBe(true);
  expect(verified.anchoredSize).toBe(checkpoints.at(-1)!.size);
  if (options.complete !== false) expect(verified.complete).toBe(true);

  // A follower is one viewer: the streams it opened one after the other (reconnecting with Last-Event-ID).
  for (const streams of options.followers) {
    await expect.poll(() => streams.at(-1)!.events.at(-1)?.id).toBe(String(last));
    const ids = streams.flatMap((s) => s.events.map((e) => Number(e.id)));
    expect(ids).toEqual(Array.from({ length: events.length }, (_, i) => i));
  }
  const snapshots = await Promise.all(options.bases.map((b) => snapshot(b, options.meetingId)));
  for (const s of snapshots) expect(s.seq).toBe(last);
  for (const s of snapshots.slice(1)) expect(s).toEqual(snapshots[0]);
  return { events, checkpoints: checkpoints.length };
}
