import { AuditChain } from '@digikokous/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../src/db/database.js';
import { BACKENDS, freshDatabase, type Backend } from './support/backends.js';
import { sharedKeys } from './support/instances.js';
import { follow } from './support/sse.js';
import { CHAIR, harness, item, openMeeting, ORIGIN, type Harness, type TestSession } from './support/service.js';

const CANDIDATES = [
  { id: 'ehdokas-a', name: 'Aino Ehdokas' },
  { id: 'ehdokas-b', name: 'Bertta Ehdokas' },
];
const OPEN = { title: { fi: 'Sivistyslautakunnan jäsen' }, seatsToFill: 1, secretBallot: true, candidates: CANDIDATES };

/** A call to the ballot box of `h` with a session (or none), with the CSRF token for a state change. */
async function box(h: Harness, path: string, who: TestSession | undefined, body?: Record<string, unknown>) {
  const r = await h.service.app.inject({
    method: body ? 'POST' : 'GET',
    url: `/api/meetings/${h.meetingId}/election-box${path}`,
    headers: {
      ...(who ? { cookie: who.cookie } : {}),
      ...(who && body ? { 'x-csrf-token': who.csrf, origin: ORIGIN } : {}),
    },
    ...(body ? { payload: body } : {}),
  });
  return { status: r.statusCode, json: r.json() as Record<string, unknown> };
}

async function auditLines(db: Database, meetingId: string): Promise<string[]> {
  const r = await db.query<{ line: string }>('SELECT line FROM dk_audit_entries WHERE meeting_id = $1 ORDER BY seq', [
    meetingId,
  ]);
  return r.rows.map((row) => row.line);
}

describe.each(BACKENDS)(
  'the election ballot box in the database (KL 105 §, secret ballot) on %s',
  (backend: Backend) => {
    let db: Database;
    let url: string | undefined;
    const keys = sharedKeys();
    const opened: Harness[] = [];
    const start = async (database: Database, meetingId?: string) => {
      const h = await harness(database, {
        ...keys,
        decideOptions: { ballotSecrecyEnsured: true },
        ...(meetingId ? { meetingId } : {}),
      });
      opened.push(h);
      return h;
    };

    beforeAll(async () => {
      ({ db, url } = await freshDatabase(backend));
    });
    afterAll(async () => {
      for (const h of opened) await h.close().catch(() => {});
      await db?.close();
    });

    async function toElection(h: Harness) {
      const { chair, secretary } = await openMeeting(h);
      await h.ok(chair, { type: 'open-item', itemId: item(7), sectionNumber: 51 });
      return { chair, secretary };
    }

    it('a ballot survives a restart; the voter cannot vote again in the new service; the count takes every ballot', async () => {
      const first = await start(db);
      const { chair } = await toElection(first);
      const seqBefore = first.service.runtime(first.meetingId)!.state.lastSeq;
      const opened = await box(first, '/open', chair, OPEN);
      expect(opened.status).toBe(200);
      expect(opened.json).toMatchObject({ open: true, ballotsCast: 0, voted: false });
      const electionId = (opened.json.election as { electionId: string }).electionId;
      expect(electionId).toBe(`${item(7)}-vaali1`);
      const p010 = await first.login('p010');
      expect((await box(first, '/ballot', p010, { electionId, candidateId: 'ehdokas-b' })).json).toMatchObject({
        ballotsCast: 1,
        voted: true,
      });
      await first.close();

      // A new service on the same database: the box, the voter and the choice are still there.
      const second = await start(db, first.meetingId);
      const again = await second.login('p010');
      const refused = await box(second, '/ballot', again, { electionId, candidateId: 'ehdokas-a' });
      expect(refused.status).toBe(409);
      expect(refused.json).toMatchObject({
        code: 'election-already-voted',
        message: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
      });
      const p011 = await second.login('p011');
      expect((await box(second, '/ballot', p011, { electionId })).json).toMatchObject({ ballotsCast: 2, voted: true });
      expect((await box(second, '', p011)).json).toMatchObject({ open: true, ballotsCast: 2, voted: true });
      const p012 = await second.login('p012');
      expect((await box(second, '', p012)).json).toMatchObject({ ballotsCast: 2, voted: false });

      // Nothing of the box went into the log (so nothing into any stream).
      expect(second.service.runtime(second.meetingId)!.state.lastSeq).toBe(seqBefore);

      const chair2 = await second.login(CHAIR);
      expect((await box(second, '/ballots', chair2)).json).toMatchObject({ code: 'election-not-closed' });
      expect((await box(second, '/close', chair2, {})).json).toMatchObject({
        open: false,
        closed: true,
        ballotsCast: 2,
      });
      // Closed: no ballot is taken any more.
      const late = await box(second, '/ballot', p012, { electionId, candidateId: 'ehdokas-a' });
      expect(late.json).toMatchObject({ code: 'election-not-open' });
      const counted = await box(second, '/ballots', chair2);
      expect(counted.status).toBe(200);
      const ballots = counted.json.ballots as { id: string; candidateId?: string }[];
      expect(ballots.map((b) => b.candidateId ?? 'tyhja').sort()).toEqual(['ehdokas-b', 'tyhja']);
      for (const b of ballots) expect(Object.keys(b).every((k) => k === 'id' || k === 'candidateId')).toBe(true);

      // The chair's count (count-election) takes the ballots as they came; then the box is over.
      await second.ok(chair2, { type: 'count-election', ...counted.json });
      const held = second.service.runtime(second.meetingId)!.state.items.get(item(7))!.elections[0]!;
      expect(held.tallies).toEqual(expect.arrayContaining([{ candidateId: 'ehdokas-b', votes: 1 }]));
      expect((await box(second, '', chair2)).json).toEqual({ open: false, ballotSecrecyEnsured: true });
      expect((await box(second, '/open', chair2, OPEN)).json).toMatchObject({ code: 'election-held' });

      // The audit chain verifies with the ballot entries in it, anchored where the commands continued after them.
      const lines = await auditLines(db, second.meetingId);
      expect(await AuditChain.load(lines.join('\n')).verify()).toMatchObject({ valid: true });
    });

    it('the audit entry "ballot cast" names the voter and not the choice; the choices table holds no voter', async () => {
      const h = await start(db);
      const { chair } = await toElection(h);
      const electionId = ((await box(h, '/open', chair, OPEN)).json.election as { electionId: string }).electionId;
      const voters = ['p010', 'p011', 'p012', 'p013'];
      for (const [i, p] of voters.entries())
        expect(
          (await box(h, '/ballot', await h.login(p), { electionId, candidateId: CANDIDATES[i % 2]!.id })).status,
        ).toBe(200);

      const cast = (await auditLines(db, h.meetingId))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((e) => e.eventType === 'election-ballot-cast');
      expect(cast.map((e) => e.actor)).toEqual(voters);
      for (const e of cast) {
        expect(e).toMatchObject({ action: 'vote.cast', electionId, meetingId: h.meetingId });
        const text = JSON.stringify(e);
        for (const c of CANDIDATES) {
          expect(text).not.toContain(c.id);
          expect(text).not.toContain(c.name);
        }
      }

      // The table's columns: no voter, no time, no sequence; and no row holds a voter's id anywhere.
      const columns = await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'dk_election_choices' ORDER BY column_name`,
      );
      expect(columns.rows.map((c) => c.column_name)).toEqual(['candidate_id', 'election_id', 'meeting_id', 'slot']);
      const rows = await db.query<Record<string, unknown>>('SELECT * FROM dk_election_choices WHERE meeting_id = $1', [
        h.meetingId,
      ]);
      expect(rows.rows).toHaveLength(4);
      for (const row of rows.rows) for (const p of voters) expect(JSON.stringify(row)).not.toContain(p);
      expect(new Set(rows.rows.map((r) => r.slot)).size).toBe(4);

      // Closing writes every choice again: new slots, all rows of one transaction (xmin), whatever order they came in.
      expect((await box(h, '/close', chair, {})).status).toBe(200);
      const after = await db.query<{ slot: string; xmin: string }>(
        'SELECT slot, xmin::text AS xmin FROM dk_election_choices WHERE meeting_id = $1',
        [h.meetingId],
      );
      expect(after.rows).toHaveLength(4);
      expect(after.rows.some((r) => rows.rows.some((old) => old.slot === r.slot))).toBe(false);
      expect(new Set(after.rows.map((r) => r.xmin)).size).toBe(1);
      // The box's opening and closing are in the chain too, by the presiding chair.
      const lifecycle = (await auditLines(db, h.meetingId))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((e) => String(e.eventType).startsWith('election-box-'));
      expect(lifecycle.map((e) => [e.eventType, e.actor])).toEqual([
        ['election-box-opened', CHAIR],
        ['election-box-closed', CHAIR],
      ]);
      const voterXmins = await db.query<{ xmin: string }>(
        'SELECT xmin::text AS xmin FROM dk_election_voters WHERE meeting_id = $1',
        [h.meetingId],
      );
      expect(voterXmins.rows.some((v) => v.xmin === after.rows[0]!.xmin)).toBe(false);
    });

    it('nothing of the box reaches the stream: a public follower and a member follower get only the next event', async () => {
      const h = await start(db);
      const { chair } = await toElection(h);
      const base = await h.service.listen(0);
      const from = String(h.service.runtime(h.meetingId)!.state.lastSeq);
      const p011 = await h.login('p011');
      const streams = [
        await follow(`${base}/api/meetings/${h.meetingId}/events`, { 'last-event-id': from }),
        await follow(`${base}/api/meetings/${h.meetingId}/events`, { 'last-event-id': from, cookie: p011.cookie }),
      ];
      try {
        const electionId = ((await box(h, '/open', chair, OPEN)).json.election as { electionId: string }).electionId;
        expect((await box(h, '/ballot', await h.login('p010'), { electionId, candidateId: 'ehdokas-b' })).status).toBe(
          200,
        );
        expect((await box(h, '/ballot', p011, { electionId, candidateId: 'ehdokas-a' })).status).toBe(200);
        expect((await box(h, '/close', chair, {})).status).toBe(200);
        // A marker after the box's calls: once it has arrived, everything before it has too.
        await h.ok(await h.login('p013'), { type: 'request-speaker' });
        for (const s of streams) {
          await expect.poll(() => s.events.length, { timeout: 10_000 }).toBeGreaterThan(0);
          expect(s.events.map((e) => (JSON.parse(e.data) as { type: string }).type)).toEqual(['speaker-requested']);
          for (const text of ['ehdokas-a', 'ehdokas-b', 'Aino', 'Bertta', electionId, 'election'])
            expect(s.raw()).not.toContain(text);
        }
      } finally {
        for (const s of streams) s.close();
      }
    });

    it('refuses what the old box refused: no session, a forged CSRF token, a voter in the body, a non-voter, a reader before the close', async () => {
      const h = await start(db);
      const { chair, secretary } = await toElection(h);
      const p010 = await h.login('p010');
      // Only the presiding chair opens: a member's role is not enough.
      expect((await box(h, '/open', p010, OPEN)).json).toMatchObject({ code: 'role-not-allowed' });
      for (const bad of [
        { ...OPEN, candidates: [] },
        { ...OPEN, seatsToFill: 0 },
        { ...OPEN, unknown: true },
      ])
        expect((await box(h, '/open', chair, bad)).status).toBe(400);
      const electionId = ((await box(h, '/open', chair, OPEN)).json.election as { electionId: string }).electionId;
      expect((await box(h, '/open', chair, OPEN)).json).toMatchObject({ code: 'election-open' });
      expect((await box(h, '/ballot', undefined, { electionId })).status).toBe(401);
      expect((await box(h, '/ballot', { ...p010, csrf: 'x'.repeat(43) }, { electionId })).json).toMatchObject({
        code: 'csrf-check-failed',
      });
      const named = await box(h, '/ballot', p010, { electionId, candidateId: 'ehdokas-a', personId: 'p012' });
      expect(named.status).toBe(400);
      expect((await box(h, '/ballot', secretary, { electionId })).json).toMatchObject({ code: 'role-not-allowed' });
      // p040 is a councillor but not present.
      expect((await box(h, '/ballot', await h.login('p040'), { electionId })).json).toMatchObject({
        code: 'not-entitled',
      });
      expect((await box(h, '/ballot', p010, { electionId, candidateId: 'nobody' })).json).toMatchObject({
        code: 'election-unknown-candidate',
      });
      expect((await box(h, '/ballot', p010, { electionId: 'another' })).json).toMatchObject({
        code: 'election-not-open',
      });
      expect((await box(h, '/ballots', p010)).status).toBe(403);
      expect((await box(h, '/close', p010, {})).status).toBe(403);
      // Nothing of the refused calls was stored.
      const stored = await db.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM dk_election_voters WHERE meeting_id = $1',
        [h.meetingId],
      );
      expect(Number(stored.rows[0]!.n)).toBe(0);
      expect((await box(h, '', p010)).json).toMatchObject({ ballotsCast: 0, voted: false });
    });

    it('two service instances on one database share the box: one ballot per voter across both; the chain verifies', async () => {
      const dbA = backend === 'postgres' ? await openPostgres({ connectionString: url! }) : db;
      const dbB = backend === 'postgres' ? await openPostgres({ connectionString: url! }) : db;
      try {
        const a = await start(dbA);
        const b = await start(dbB, a.meetingId);
        const { chair } = await toElection(a);
        await b.service.runtime(b.meetingId)!.catchUp();
        const electionId = ((await box(a, '/open', chair, OPEN)).json.election as { electionId: string }).electionId;
        // A session from A is valid at B (the deployment's shared keys).
        const p010 = await a.login('p010');
        const p011 = await b.login('p011');
        expect((await box(b, '/ballot', p010, { electionId, candidateId: 'ehdokas-a' })).status).toBe(200);
        expect((await box(a, '/ballot', p011, { electionId, candidateId: 'ehdokas-b' })).status).toBe(200);
        // The same voter at the other instance, and both at once: exactly one ballot is taken.
        const twice = await Promise.all([
          box(a, '/ballot', p010, { electionId }),
          box(b, '/ballot', p010, { electionId }),
        ]);
        expect(twice.map((r) => r.json.code)).toEqual(['election-already-voted', 'election-already-voted']);
        const p012 = await a.login('p012');
        const race = await Promise.all([
          box(a, '/ballot', p012, { electionId, candidateId: 'ehdokas-a' }),
          box(b, '/ballot', p012, { electionId, candidateId: 'ehdokas-a' }),
        ]);
        expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
        expect((await box(b, '', p010)).json).toMatchObject({ ballotsCast: 3, voted: true });

        // Closed at B, read at A.
        expect((await box(b, '/close', chair, {})).status).toBe(200);
        const counted = await box(a, '/ballots', chair);
        expect((counted.json.ballots as unknown[]).length).toBe(3);
        // A command at either instance after the ballots: the runtimes catch up with the audit chain and append.
        await a.ok(chair, { type: 'count-election', ...counted.json });
        await b.service.runtime(b.meetingId)!.catchUp();
        await b.ok(chair, { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Valitaan vaalin voittaja.' } });
        const lines = await auditLines(db, a.meetingId);
        expect(lines.filter((l) => l.includes('election-ballot-cast'))).toHaveLength(3);
        expect(await AuditChain.load(lines.join('\n')).verify()).toMatchObject({ valid: true });
      } finally {
        if (backend === 'postgres') {
          for (const h of opened.splice(-2)) await h.close();
          await dbA.close();
          await dbB.close();
        }
      }
    });
  },
);

// The route table documents every box route with the same schema it validates with (OpenAPI from zod).
describe('the ballot box in the OpenAPI document', () => {
  it('lists the five routes with their request bodies', async () => {
    const { db } = await freshDatabase('pglite');
    const h = await harness(db);
    try {
      const doc = (await h.service.app.inject({ url: '/api/openapi.json' })).json() as {
        paths: Record<
          string,
          Record<
            string,
            {
              requestBody?: {
                content: Record<string, { schema: { required?: string[]; additionalProperties?: boolean } }>;
              };
            }
          >
        >;
      };
      const base = '/api/meetings/{meetingId}/election-box';
      expect(Object.keys(doc.paths[base]!)).toEqual(['get']);
      const ballot = doc.paths[`${base}/ballot`]!.post!.requestBody!.content['application/json']!.schema;
      expect(ballot).toMatchObject({ required: ['electionId'], additionalProperties: false });
      expect(doc.paths[`${base}/open`]!.post!.requestBody).toBeDefined();
      expect(doc.paths[`${base}/close`]!.post!.requestBody).toBeDefined();
      expect(doc.paths[`${base}/ballots`]!.get).toBeDefined();
    } finally {
      await h.close();
    }
  });
});
