import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { CONNECTION_WATCH_ID } from '../src/meeting/connection.js';
import { BACKENDS, freshDatabase } from './support/backends.js';
import { expectConverged, HttpClient, openToVote, snapshot } from './support/http-client.js';
import { harness, item, ORIGIN, type Harness } from './support/service.js';
import { follow } from './support/sse.js';

interface Attendance {
  personId: string;
  present: boolean;
  periods: { leftCause?: string }[];
}
interface Snapshot {
  lostConnections: string[];
  state: {
    attendance: Record<string, Attendance>;
    items: Record<string, { quorum: { present: number; quorate: boolean }; votes: { ballots: object }[] }>;
  };
}

describe.each(BACKENDS)('KL 99 §: a lost remote connection is recorded by the service on %s', (backend) => {
  let db: Database;
  let h: Harness;
  let base: string;
  let now = Date.parse('2026-06-15T15:00:00Z');
  beforeAll(async () => {
    db = (await freshDatabase(backend)).db;
    // The watch is swept by the test (sweepMs 0), on an injected clock: deterministic, no timers.
    h = await harness(db, {
      clock: () => new Date(now),
      tokenLifetimeSeconds: 900,
      connection: { lossAfterMs: 30_000, sweepMs: 0 },
    });
    base = await h.service.listen(0);
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const heartbeat = async (c: HttpClient) => {
    const r = await fetch(`${c.base}/api/meetings/${h.meetingId}/heartbeat`, {
      method: 'POST',
      headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, origin: ORIGIN },
    });
    expect(r.status).toBe(204);
  };

  it('a remote member silent longer than the configured time is recorded departed with the cause under the service’s own identity; the quorum is recomputed; the chair sees who is lost; an earlier ballot stands; a heartbeat records the return', async () => {
    const follower = await follow(`${base}/api/meetings/${h.meetingId}/events`);
    const watch = h.service.watch(h.meetingId)!;
    try {
      const { voteId, members, chair } = await openToVote(base, h.meetingId);
      const [lostA, lostB] = [members.find((m) => m.personId === 'p010')!, members.find((m) => m.personId === 'p011')!];
      for (const m of members) await heartbeat(m);
      // p010 votes, then both lose their connection; everyone else keeps sending heartbeats.
      await lostA.ok({ type: 'cast-ballot', voteId, option: 'ei' }, 'ballot-p010');
      now += 20_000;
      for (const m of members) if (m !== lostA && m !== lostB) await heartbeat(m);
      expect(await watch.sweep()).toEqual([]);
      now += 20_000;
      for (const m of members) if (m !== lostA && m !== lostB) await heartbeat(m);
      expect((await watch.sweep()).sort()).toEqual(['p010', 'p011']);
      // Swept again (or by another instance): nothing is recorded twice.
      expect(await watch.sweep()).toEqual([]);

      const departures = h.service
        .runtime(h.meetingId)!
        .events.filter((e) => e.type === 'attendance-changed')
        .slice(-2);
      for (const e of departures) {
        expect(e.actor).toBe(CONNECTION_WATCH_ID);
        expect(e.payload).toMatchObject({ status: 'poissa', cause: 'connection-lost' });
      }
      const audit = (await h.service.runtime(h.meetingId)!.auditChain())
        .toJSONLines()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { actor: string; actorRole: string; eventSeq: number });
      expect(audit.filter((a) => a.actor === CONNECTION_WATCH_ID).map((a) => a.eventSeq)).toEqual(
        departures.map((e) => e.seq),
      );
      expect(audit.find((a) => a.actor === CONNECTION_WATCH_ID)!.actorRole).toBe('attendance-monitor');
      // Nobody else's identity was used: the secretary gave only the roll of attendance at the start.
      expect(departures.every((e) => e.actor !== 'hallintojohtaja')).toBe(true);

      // The chair's view: who is lost; § 50's quorum recomputed (30 → 28 of 43: 29 needed, KL 103 §).
      let s = (await snapshot(base, h.meetingId, chair)) as unknown as Snapshot;
      expect(s.lostConnections.sort()).toEqual(['p010', 'p011']);
      expect(s.state.attendance.p010!.present).toBe(false);
      expect(s.state.attendance.p010!.periods.at(-1)!.leftCause).toBe('connection-lost');
      expect(s.state.items[item(6)]!.quorum).toMatchObject({ present: 28, quorate: false });
      // The ballot cast before the loss stands.
      expect(Object.keys(s.state.items[item(6)]!.votes.at(-1)!.ballots)).toContain('p010');

      // p011 is back: the heartbeat records the arrival, the quorum returns.
      await heartbeat(lostB);
      s = (await snapshot(base, h.meetingId, chair)) as unknown as Snapshot;
      expect(s.lostConnections).toEqual(['p010']);
      expect(s.state.attendance.p011!.present).toBe(true);
      expect(s.state.items[item(6)]!.quorum).toMatchObject({ present: 29, quorate: true });
      const back = h.service.runtime(h.meetingId)!.events.at(-1)!;
      expect(back).toMatchObject({
        actor: CONNECTION_WATCH_ID,
        type: 'attendance-changed',
        payload: { personId: 'p011', status: 'lasna', cause: 'connection-restored' },
      });
      // A second heartbeat records nothing more.
      const seq = back.seq;
      await heartbeat(lostB);
      expect(h.service.runtime(h.meetingId)!.state.lastSeq).toBe(seq);

      for (const m of members) {
        if (m === lostA) continue;
        await m.ok({ type: 'cast-ballot', voteId, option: 'jaa' }, `ballot-${m.personId}`);
      }
      await chair.ok({ type: 'close-vote' }, 'close-vote-1');
      await expectConverged({ db, meetingId: h.meetingId, followers: [[follower]], bases: [base] });
    } finally {
      follower.close();
    }
  });

  it('the attendance monitor can do nothing else: a member cannot give a cause for someone else, and no session carries the monitor’s identity', async () => {
    const member = await new HttpClient(base, h.meetingId, 'p005').login();
    const r = await member.command(
      { type: 'change-attendance', personId: 'p006', status: 'poissa', cause: 'connection-lost' },
      'forge-loss-1',
    );
    expect(r.status).toBe(403);
    const login = await fetch(`${member.base}/api/meetings/${h.meetingId}/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ personId: CONNECTION_WATCH_ID }),
    });
    expect(login.status).toBe(403);
  });
});
