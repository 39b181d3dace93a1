import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../src/db/database.js';
import { esimerkkilaCouncil } from '../src/demo.js';
import { createMeetingService } from '../src/http/server.js';
import { BACKENDS, freshDatabase, type Backend } from './support/backends.js';
import { ballotsOf, expectConverged, HttpClient, openToVote } from './support/http-client.js';
import { sharedKeys, startChild } from './support/instances.js';
import { harness, ORIGIN, PRESENT, type Harness } from './support/service.js';
import { follow, type SseClient } from './support/sse.js';

let counter = 0;
const newMeetingId = () => `kv-f${counter++}x${Date.now().toString(36)}`;
const ballot = (voteId: string, personId: string) => ({
  type: 'cast-ballot',
  voteId,
  option: Number(personId.slice(1)) % 3 === 0 ? 'ei' : 'jaa',
});
const events = (base: string, meetingId: string, headers: Record<string, string> = {}) =>
  follow(`${base}/api/meetings/${meetingId}/events`, headers);

describe.each(BACKENDS)(
  'fault tests on %s (no event lost or duplicated, the chain anchored, clients converge)',
  (backend) => {
    let db: Database;
    let url: string | undefined;
    beforeAll(async () => {
      ({ db, url } = await freshDatabase(backend));
    });
    afterAll(async () => db.close());

    it('two clients send the same Idempotency-Key: the same person’s second device replays, another person’s key is their own', async () => {
      const h = await harness(db);
      const base = await h.service.listen(0);
      const follower = await events(base, h.meetingId);
      try {
        const { voteId, members } = await openToVote(base, h.meetingId);
        const [a, b] = members.slice(5, 7) as [HttpClient, HttpClient];
        // The same member on two devices (two sessions) sends the same ballot with the same key, at once.
        const second = await new HttpClient(base, h.meetingId, a.personId).login();
        const [one, two] = await Promise.all([
          a.command(ballot(voteId, a.personId), 'ballot-key-1'),
          second.command(ballot(voteId, a.personId), 'ballot-key-1'),
        ]);
        expect([one.status, two.status]).toEqual([200, 200]);
        expect([one.json.replayed, two.json.replayed].sort()).toEqual([false, true]);
        expect(one.json.lastSeq).toBe(two.json.lastSeq);
        // Another member with the same key: scoped to the person, so it is that member's own, fresh command.
        const other = await b.command(ballot(voteId, b.personId), 'ballot-key-1');
        expect(other.status).toBe(200);
        expect(other.json.replayed).toBe(false);
        // Reused by the first member for another request: refused, nothing stored.
        const reused = await a.command({ type: 'request-speaker' }, 'ballot-key-1');
        expect(reused.status).toBe(409);
        expect(reused.json.code).toBe('idempotency-key-reused');
        for (const m of members.filter((m) => m !== a && m !== b))
          await m.ok(ballot(voteId, m.personId), `ballot-${m.personId}`);
        await members[0]!.ok({ type: 'close-vote' }, 'close-vote-1');
        expect(Object.keys(await ballotsOf(base, h.meetingId, members[0]!))).toHaveLength(30);
        await expectConverged({ db, meetingId: h.meetingId, followers: [[follower]], bases: [base] });
      } finally {
        follower.close();
        await h.close();
      }
    });

    it('a follower that loses its connection mid-vote resumes with Last-Event-ID and misses nothing', async () => {
      const h = await harness(db);
      const base = await h.service.listen(0);
      const first = await events(base, h.meetingId);
      const streams: SseClient[] = [first];
      try {
        const { voteId, members, chair } = await openToVote(base, h.meetingId);
        for (const [i, m] of members.entries()) {
          // Drop the connection after every tenth ballot; reconnect from the last id received.
          if (i % 10 === 5) {
            const current = streams.at(-1)!;
            await expect.poll(() => current.events.length).toBeGreaterThan(0);
            current.close();
            await current.closed;
            await m.ok(ballot(voteId, m.personId), `ballot-${m.personId}`);
            streams.push(await events(base, h.meetingId, { 'last-event-id': current.events.at(-1)!.id! }));
          } else await m.ok(ballot(voteId, m.personId), `ballot-${m.personId}`);
        }
        await chair.ok({ type: 'close-vote' }, 'close-vote-1');
        expect(streams).toHaveLength(4);
        await expectConverged({ db, meetingId: h.meetingId, followers: [streams], bases: [base] });
      } finally {
        for (const s of streams) s.close();
        await h.close();
      }
    });

    it('a meeting token that expires during a vote: the ballot is refused (401) and stored once after the new login; earlier ballots stand (injected clock)', async () => {
      let now = Date.parse('2026-06-15T15:00:00Z');
      const h = await harness(db, { clock: () => new Date(now), tokenLifetimeSeconds: 60 });
      const base = await h.service.listen(0);
      const follower = await events(base, h.meetingId);
      try {
        const { voteId, members, chair } = await openToVote(base, h.meetingId);
        const early = members.slice(0, 10);
        for (const m of early) await m.ok(ballot(voteId, m.personId), `ballot-${m.personId}`);
        // 100 s later every token of the vote has expired (60 s lifetime, 5 s tolerance).
        now += 100_000;
        const late = members[10]!;
        const refused = await late.command(ballot(voteId, late.personId), `ballot-${late.personId}`);
        expect(refused.status).toBe(401);
        expect(refused.json.code).toBe('session-expired');
        const seqBefore = h.service.runtime(h.meetingId)!.state.lastSeq;
        // The app logs in again and retries with the same key: stored once.
        const retried = await late.send(ballot(voteId, late.personId), `ballot-${late.personId}`);
        expect(retried.status).toBe(200);
        expect(retried.json.replayed).toBe(false);
        expect(h.service.runtime(h.meetingId)!.state.lastSeq).toBe(seqBefore + 1);
        for (const m of members.slice(11)) await m.send(ballot(voteId, m.personId), `ballot-${m.personId}`);
        // The chair's token expired too: the app logs in again and closes the vote.
        expect((await chair.send({ type: 'close-vote' }, 'close-vote-1')).status).toBe(200);
        const ballots = await ballotsOf(base, h.meetingId, chair);
        expect(Object.keys(ballots).sort()).toEqual([...PRESENT].sort());
        await expectConverged({ db, meetingId: h.meetingId, followers: [[follower]], bases: [base] });
      } finally {
        follower.close();
        await h.close();
      }
    });

    it('the service is killed and restarted during a roll call (nimenhuutoäänestys): the ballot in flight is stored at most once, the roll call goes on', async () => {
      const meetingId = newMeetingId();
      const shared = sharedKeys();
      const dir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'dk-pglite-')) : undefined;
      let checkDb: Database = db;
      // PostgreSQL: a child process killed with SIGKILL. PGlite (in-process by nature): the instance and its
      // database closed abruptly under an in-flight request, then the same data directory opened again.
      const start = async (): Promise<{ base: string; stop: () => Promise<void>; db?: Database }> => {
        if (backend === 'postgres')
          return startChild({ databaseUrl: url!, meetingId, origin: ORIGIN, shared }).then((c) => ({
            base: c.base,
            stop: c.kill,
          }));
        const local = await openPglite(dir);
        const service = await createMeetingService({
          mode: 'development',
          developmentLogin: true,
          database: local,
          meetings: [esimerkkilaCouncil({ id: meetingId })],
          publicOrigin: ORIGIN,
          ...shared,
        });
        const base = await service.listen(0);
        return {
          base,
          db: local,
          stop: async () => {
            await Promise.allSettled([service.close(), local.close()]);
          },
        };
      };
      let instance = await start();
      const streams: SseClient[] = [await events(instance.base, meetingId)];
      try {
        const { voteId, members, chair } = await openToVote(instance.base, meetingId, 'nimenhuuto');
        for (const m of members.slice(0, 12)) await m.ok(ballot(voteId, m.personId), `ballot-${m.personId}`);
        const inFlight = members[12]!;
        const pending = inFlight.command(ballot(voteId, inFlight.personId), `ballot-${inFlight.personId}`);
        await instance.stop();
        const lost = await pending;
        instance = await start();
        if (instance.db) checkDb = instance.db;
        for (const m of members) m.base = instance.base;
        const before = streams[0]!;
        await before.closed;
        streams.push(await events(instance.base, meetingId, { 'last-event-id': before.events.at(-1)!.id! }));
        // The roll call goes on: the member in flight answers again with the same key.
        const again = await inFlight.send(ballot(voteId, inFlight.personId), `ballot-${inFlight.personId}`);
        expect(again.status).toBe(200);
        if (lost.status === 200) expect(again.json.replayed).toBe(true);
        for (const m of members.slice(13)) await m.ok(ballot(voteId, m.personId), `ballot-${m.personId}`);
        await chair.ok({ type: 'close-vote' }, 'close-vote-1');
        const ballots = await ballotsOf(instance.base, meetingId, chair);
        expect(Object.keys(ballots).sort()).toEqual([...PRESENT].sort());
        await expectConverged({ db: checkDb, meetingId, followers: [streams], bases: [instance.base] });
      } finally {
        for (const s of streams) s.close();
        await instance.stop();
        if (dir) rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);

describe('fault tests on postgres: the database connection drops mid-vote', () => {
  let db: Database;
  let url: string;
  let h: Harness;
  beforeAll(async () => {
    const fresh = await freshDatabase('postgres' satisfies Backend);
    db = fresh.db;
    url = fresh.url!;
  });
  afterAll(async () => {
    await h?.close();
    await db.close();
  });

  it('every connection of the service is terminated (pg_terminate_backend) while ballots are in flight: each ballot is stored exactly once after the retries', async () => {
    h = await harness(db);
    const base = await h.service.listen(0);
    const pub = await events(base, h.meetingId);
    const member = await new HttpClient(base, h.meetingId, 'p004').login();
    const mem = await events(base, h.meetingId, { cookie: member.cookie });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    let terminated = 0;
    const terminate = async () => {
      const r = await admin.query<{ n: string }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      terminated += Number(r.rows[0]!.n);
    };
    /**
     * Drops the connections while a ballot's transaction is open: the log table is locked before the wave is sent,
     * so the append waits inside its transaction (after the idempotency keys' insert); once the server shows it
     * waiting, every connection but this one is terminated, then the lock is released. (The lock comes first: an
     * append is one round trip, so a wave sent before it would often be stored before the lock is taken.)
     */
    const dropMidTransaction = async (send: () => Promise<unknown>) => {
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE dk_meeting_events IN EXCLUSIVE MODE');
      const wave = send();
      // Up to 10 s: on this shared machine the wave's first request can take over a second to reach the database.
      await expect
        .poll(
          async () => {
            // Inside this transaction pg_stat_activity is a snapshot taken at its first read: clear it each time,
            // or a ballot that reaches the lock after the first poll is never seen.
            await admin.query('SELECT pg_stat_clear_snapshot()');
            const r = await admin.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_stat_activity
               WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
            );
            return Number(r.rows[0]!.n);
          },
          { timeout: 10_000 },
        )
        .toBeGreaterThan(0);
      await terminate();
      await admin.query('ROLLBACK');
      await wave;
    };
    try {
      const { voteId, members, chair } = await openToVote(base, h.meetingId);
      for (let i = 0; i < members.length; i += 6) {
        const wave = () =>
          Promise.all(members.slice(i, i + 6).map((m) => m.send(ballot(voteId, m.personId), `ballot-${m.personId}`)));
        await (i % 12 === 0 ? dropMidTransaction(wave) : wave());
      }
      await terminate();
      const closed = await chair.send({ type: 'close-vote' }, 'close-vote-1');
      expect(closed.status).toBe(200);
      // Three waves were cut inside a transaction: at least one ballot each got 503 and was sent again.
      const faults = members.flatMap((m) => m.faults);
      expect(faults.filter((f) => f === 503).length).toBeGreaterThanOrEqual(3);
      expect(terminated).toBeGreaterThan(3);
      const ballots = await ballotsOf(base, h.meetingId, chair);
      expect(Object.keys(ballots).sort()).toEqual([...PRESENT].sort());
      const { events: log } = await expectConverged({
        db,
        meetingId: h.meetingId,
        followers: [[pub], [mem]],
        bases: [base],
      });
      expect(log.filter((e) => e.type === 'ballot-cast')).toHaveLength(30);
    } finally {
      pub.close();
      mem.close();
      await admin.end();
    }
  });
});
