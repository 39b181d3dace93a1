import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../src/db/database.js';
import { freshDatabase } from './support/backends.js';
import { expectConverged, HttpClient, openToVote } from './support/http-client.js';
import { sharedKeys } from './support/instances.js';
import { harness, item, type Harness } from './support/service.js';
import { follow, type SseClient } from './support/sse.js';

// Several instances need a server both can reach: PostgreSQL only (npm test always starts one; PGlite is one
// process by nature).
describe('two service instances on one PostgreSQL (LISTEN/NOTIFY, optimistic concurrency)', () => {
  let url: string;
  let check: Database;
  let dbA: Database;
  let dbB: Database;
  let a: Harness;
  let b: Harness;
  let baseA: string;
  let baseB: string;
  const meetingId = `kv-i${Date.now().toString(36)}`;
  const followers: SseClient[][] = [];
  let voteId = '';
  let members: HttpClient[] = [];
  let chair: HttpClient;
  const via = (client: HttpClient, base: string) => {
    const c = new HttpClient(base, meetingId, client.personId);
    c.cookie = client.cookie;
    c.csrf = client.csrf;
    return c;
  };

  beforeAll(async () => {
    const fresh = await freshDatabase('postgres');
    check = fresh.db;
    url = fresh.url!;
    // Each instance with its own pool and its own listening connection, as two processes would have.
    dbA = await openPostgres({ connectionString: url });
    dbB = await openPostgres({ connectionString: url });
    const shared = sharedKeys();
    a = await harness(dbA, { meetingId, ...shared });
    b = await harness(dbB, { meetingId, ...shared });
    baseA = await a.service.listen(0);
    baseB = await b.service.listen(0);
  });
  afterAll(async () => {
    for (const streams of followers) for (const s of streams) s.close();
    await a?.close();
    await b?.close();
    await Promise.all([dbA?.close(), dbB?.close(), check?.close()]);
  });

  it('events committed through instance A reach the followers of instance B in the same order', async () => {
    const member = await new HttpClient(baseA, meetingId, 'p004').login();
    // Sessions are the deployment's: a cookie from A is valid at B (shared keys).
    followers.push(
      [await follow(`${baseA}/api/meetings/${meetingId}/events`)],
      [await follow(`${baseB}/api/meetings/${meetingId}/events`)],
      [await follow(`${baseB}/api/meetings/${meetingId}/events`, { cookie: member.cookie })],
    );
    ({ voteId, members, chair } = await openToVote(baseA, meetingId));
    // B's followers saw the whole opening, given through A only.
    const last = a.service.runtime(meetingId)!.state.lastSeq;
    await expect.poll(() => followers[1]![0]!.events.at(-1)?.id).toBe(String(last));
    // Ballots through both instances, interleaved; the vote closed through B.
    for (const [i, m] of members.entries()) {
      const client = via(m, i % 2 === 0 ? baseA : baseB);
      await client.ok({ type: 'cast-ballot', voteId, option: i % 3 === 0 ? 'ei' : 'jaa' }, `ballot-${m.personId}`);
    }
    await via(chair, baseB).ok({ type: 'close-vote' }, 'close-vote-1');
    await expectConverged({ db: check, meetingId, followers, bases: [baseA, baseB] });
  });

  it('the same command on both at once: one appends, the other decides again on the new state and is refused; nothing duplicated', async () => {
    const before = (await check.query<{ n: number }>('SELECT count(*)::int AS n FROM dk_meeting_events')).rows[0]!.n;
    const [ra, rb] = await Promise.all([
      via(chair, baseA).command({ type: 'record-decision' }, 'decision-at-a'),
      via(chair, baseB).command({ type: 'record-decision' }, 'decision-at-b'),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const after = (await check.query<{ n: number }>('SELECT count(*)::int AS n FROM dk_meeting_events')).rows[0]!.n;
    expect(after).toBe(before + 1);
    // The same member's retry through both instances with one key: stored once, replayed once.
    await via(chair, baseA).ok({ type: 'close-item' }, 'close-item-1');
    await via(chair, baseB).ok({ type: 'open-item', itemId: item(4), sectionNumber: 48 }, 'open-item-48');
    const m = members[3]!;
    const [x, y] = await Promise.all([
      via(m, baseA).command({ type: 'request-speaker' }, 'speak-once'),
      via(m, baseB).command({ type: 'request-speaker' }, 'speak-once'),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect([x.json.replayed, y.json.replayed].sort()).toEqual([false, true]);
    // Different members at once through both: all appended, each once, in one order everywhere.
    const results = await Promise.all(
      members
        .slice(4, 14)
        .map((c, i) => via(c, i % 2 ? baseA : baseB).command({ type: 'request-speaker' }, 'speak-key-1')),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const requested = (
      await check.query<{ actor: string }>(
        `SELECT event->>'actor' AS actor FROM dk_meeting_events WHERE meeting_id = $1 AND event->>'type' = 'speaker-requested'`,
        [meetingId],
      )
    ).rows.map((r) => r.actor);
    expect(requested.sort()).toEqual([m, ...members.slice(4, 14)].map((c) => c.personId).sort());
    await expectConverged({ db: check, meetingId, followers, bases: [baseA, baseB], complete: false });
  });

  it('instance B’s listening connection is terminated: it reconnects, catches up, and its followers miss nothing', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const r = await admin.query<{ n: string }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`,
      );
      expect(Number(r.rows[0]!.n)).toBe(2);
    } finally {
      await admin.end();
    }
    // Committed through A right away, perhaps before B listens again: B catches up when it reconnects.
    for (const c of members.slice(14, 20)) await via(c, baseA).ok({ type: 'request-speaker' }, 'speak-after-drop');
    await expectConverged({ db: check, meetingId, followers, bases: [baseA, baseB], complete: false });
  });
});
