import { generateKeyPairSync } from 'node:crypto';
import { AuditChain, AuditTail, fromHex, verifyAuditCheckpoint, verifyInclusion } from '@digikokous/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { EventStore } from '../src/db/event-store.js';
import { esimerkkilaCouncil } from '../src/demo.js';
import { MeetingRuntime } from '../src/meeting/runtime.js';
import { BACKENDS, freshDatabase } from './support/backends.js';
import {
  CHAIR,
  harness,
  item,
  openingCommands,
  openMeeting,
  PRESENT,
  type Harness,
  type TestSession,
} from './support/service.js';
import { follow } from './support/sse.js';

const ballot = (voteId: string, personId: string) => ({
  type: 'cast-ballot',
  voteId,
  option: Number(personId.slice(1)) % 3 === 0 ? 'ei' : 'jaa',
});

describe('AuditTail: the writing end of the chain in O(log n) memory', () => {
  const event = (i: number) => ({
    action: i % 5 === 0 ? 'vote.cast' : 'create',
    actor: `p${String(i % 79).padStart(3, '0')}`,
    meetingId: 'kv-tail',
    eventSeq: i,
    eventType: 'ballot-cast',
    authn: { idp: 'dev', acr: 'loa3' },
  });

  it('writes byte for byte the lines AuditChain writes, with the same root at every size', () => {
    const at = new Date('2026-06-15T15:00:00.000Z');
    const clock = () => at;
    const chain = new AuditChain({ clock });
    const tail = new AuditTail(clock);
    for (let i = 0; i < 70; i++) {
      chain.append(event(i));
      const { seq, line } = tail.append(event(i));
      expect(seq).toBe(i + 1);
      expect(line).toBe(chain.toJSONLines().split('\n')[i]);
      expect(tail.root()).toBe(chain.merkleRoot());
      expect(tail.head).toBe(chain.head);
    }
  });

  it('resumes from stored lines (absorb) and rolls tentative entries back (mark, restore)', () => {
    const source = new AuditTail();
    const lines = Array.from({ length: 13 }, (_, i) => source.append(event(i)).line);
    const resumed = new AuditTail();
    resumed.absorb(lines);
    expect([resumed.size, resumed.head, resumed.root()]).toEqual([13, source.head, source.root()]);
    const mark = resumed.mark();
    resumed.append(event(99));
    resumed.restore(mark);
    expect([resumed.size, resumed.root()]).toEqual([13, source.root()]);
    // The next entry continues the same chain: the whole still verifies.
    lines.push(resumed.append(event(13)).line);
    return expect(AuditChain.load(lines.join('\n')).verify()).resolves.toMatchObject({ valid: true, size: 14 });
  });

  it('signs a checkpoint AuditChain verifies, over the frontier root', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const tail = new AuditTail();
    const lines = Array.from({ length: 21 }, (_, i) => tail.append(event(i)).line);
    const jws = await tail.checkpoint(privateKey, { kid: 'a1' });
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'a1', alg: 'EdDSA', use: 'sig' };
    const keys = { keys: [jwk] } as never;
    const cp = await verifyAuditCheckpoint(jws, keys);
    expect(cp).toMatchObject({ size: 21, head: tail.head, root: AuditChain.load(lines.join('\n')).merkleRoot() });
    const verified = await AuditChain.load(lines.join('\n')).verify({ checkpoints: [jws], keys });
    expect(verified).toMatchObject({ valid: true, anchored: true, complete: true });
  });

  it('refuses what AuditChain refuses: a henkilötunnus-shaped value, an unknown action, a reserved member', () => {
    const tail = new AuditTail();
    expect(() => tail.append({ ...event(1), note: '150660-9010' })).toThrow();
    expect(() => tail.append({ ...event(1), action: 'erase' })).toThrow(/allow-list/);
    expect(() => tail.append({ ...event(1), seq: 4 })).toThrow(/reserved/);
    expect(tail.size).toBe(0);
  });
});

describe.each(BACKENDS)('bounded memory, one round trip, group commit on %s', (backend) => {
  let db: Database;
  let queries = 0;
  /** Holds the next append for 150 ms, so that the commands sent meanwhile queue up behind it on any backend. */
  let holdNextAppend = false;
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    const real = (await freshDatabase(backend)).db;
    // Counts the statements the service sends (every round trip goes through `query` or `transaction`).
    db = {
      ...real,
      query: (async (sql: string, params?: unknown[], options?: { name?: string }) => {
        queries++;
        if (holdNextAppend && sql.includes('dk_append(')) {
          holdNextAppend = false;
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        return real.query(sql, params, options);
      }) as Database['query'],
      transaction: ((fn) => {
        queries++;
        return real.transaction(fn);
      }) as Database['transaction'],
    };
    h = await harness(db, { stream: { recentEvents: 4 } });
    base = await h.service.listen(0);
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const toVote = async () => {
    const { chair } = await openMeeting(h);
    await h.ok(chair, { type: 'open-item', itemId: item(6), sectionNumber: 50 });
    await h.ok(chair, { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Myönnetään 4,2 milj. euroa.' } });
    const proposer = await h.login('p010');
    await h.ok(proposer, { type: 'make-proposal', kind: 'vastaehdotus', proposalId: 'va', text: { fi: '5 milj.' } });
    await h.ok(await h.login('p011'), { type: 'second-proposal', proposalId: 'va' });
    await h.ok(chair, { type: 'close-discussion' });
    await h.ok(chair, { type: 'approve-voting-order' });
    await h.ok(chair, { type: 'open-vote' });
    const voteId = h.service.runtime(h.meetingId)!.state.items.get(item(6))!.votes[0]!.voteId;
    const members = new Map<string, TestSession>();
    for (const p of PRESENT) members.set(p, p === CHAIR ? chair : await h.login(p));
    return { chair, voteId, members };
  };

  it('ballots that arrive together are committed together, each with its own key, answer and refusal; one round trip per append', async () => {
    const { chair, voteId, members } = await toVote();
    const runtime = h.service.runtime(h.meetingId)!;
    const before = { ...runtime.stats };
    const ballotsBefore = queries;
    const p002 = members.get('p002')!;
    holdNextAppend = true;
    const sends = [...members].map(([p, s]) => h.command(s, ballot(voteId, p), `ballot-${p}`));
    // The same key twice from p002 (a second device) and a second ballot with another key (already voted).
    sends.push(h.command(p002, ballot(voteId, 'p002'), 'ballot-p002'));
    sends.push(h.command(p002, { ...ballot(voteId, 'p002'), option: 'ei' }, 'ballot-p002-again'));
    const answers = await Promise.all(sends);
    const stored = answers.slice(0, PRESENT.length);
    expect(stored.map((a) => a.status)).toEqual(PRESENT.map(() => 200));
    expect(stored.every((a) => a.json.replayed === false)).toBe(true);
    // Every appended ballot has its own seq, in one gap-free run.
    const seqs = stored.map((a) => a.json.firstSeq as number).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(PRESENT.length);
    expect(seqs.at(-1)! - seqs[0]!).toBe(PRESENT.length - 1);
    const [replay, refused] = answers.slice(PRESENT.length);
    expect(replay).toMatchObject({ status: 200, json: { replayed: true, firstSeq: stored[1]!.json.firstSeq } });
    expect(refused!.status).toBe(409);
    const appends = runtime.stats.appends - before.appends;
    expect(runtime.stats.commands - before.commands).toBe(PRESENT.length);
    expect(appends).toBeLessThan(PRESENT.length);
    // One statement per append, none to read before deciding, and this instance's own NOTIFYs read nothing. The
    // refusal and the replay cost one key lookup each; the batch that holds only the replayed retry (refused as a
    // second ballot) appends nothing, so it reads the log (two reads) to confirm its state before answering.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(queries - ballotsBefore).toBeLessThanOrEqual(appends + 4);
    const state = (await h.state(chair)).state as { items: Record<string, { votes: { ballots: object }[] }> };
    expect(Object.keys(state.items[item(6)]!.votes[0]!.ballots).sort()).toEqual([...PRESENT].sort());
  });

  it('keeps only the recent events in memory; a Last-Event-ID older than them gets every later event from the log, in order', async () => {
    const runtime = h.service.runtime(h.meetingId)!;
    const last = runtime.state.lastSeq;
    expect(last).toBeGreaterThan(40);
    expect(runtime.events.length).toBeLessThanOrEqual(4);
    const url = `${base}/api/meetings/${h.meetingId}/events`;
    const resumed = await follow(url, { 'last-event-id': '2' });
    await expect.poll(() => resumed.events.length, { timeout: 5000 }).toBe(last - 2);
    // Live after the backlog: the next event arrives once, after the others.
    const chair = await h.login(CHAIR);
    await h.ok(chair, { type: 'close-vote' });
    await expect.poll(() => resumed.events.length, { timeout: 5000 }).toBe(last - 1);
    expect(resumed.events.map((e) => Number(e.id))).toEqual(Array.from({ length: last - 1 }, (_, i) => i + 3));
    resumed.close();
  });

  it('an inclusion proof of the first audit entry, long since out of memory, verifies against the signed checkpoint', async () => {
    const cps = (await h.service.app.inject({ url: `/api/meetings/${h.meetingId}/audit/checkpoints` })).json() as {
      keys: never;
      checkpoints: { jws: string; size: number }[];
    };
    const cp = cps.checkpoints.at(-1)!;
    const signed = await verifyAuditCheckpoint(cp.jws, cps.keys);
    const r = await h.service.app.inject({ url: `/api/meetings/${h.meetingId}/audit/proof?entry=1&size=${cp.size}` });
    expect(r.statusCode).toBe(200);
    const proof = r.json() as { leafHash: string; root: string; proof: string[] };
    expect(proof.root).toBe(signed.root);
    expect(verifyInclusion(0, cp.size, fromHex(proof.leafHash), proof.proof.map(fromHex), fromHex(signed.root))).toBe(
      true,
    );
    // A proof for a size beyond the chain is refused, not computed.
    const beyond = await h.service.app.inject({
      url: `/api/meetings/${h.meetingId}/audit/proof?entry=1&size=${h.service.runtime(h.meetingId)!.auditSize + 1}`,
    });
    expect(beyond.statusCode).toBe(400);
  });
});

describe.each(BACKENDS)('a refusal is never decided on a stale state (two runtimes, no NOTIFY) on %s', (backend) => {
  it('the second instance, behind the log, catches up before it refuses, and then accepts', async () => {
    const { db } = await freshDatabase(backend);
    const definition = esimerkkilaCouncil({ id: `kv-stale${Date.now().toString(36)}` });
    const { privateKey } = generateKeyPairSync('ed25519');
    const open = () =>
      MeetingRuntime.open({
        // No notify channel: neither runtime hears of the other's appends, as after a lost notification.
        store: new EventStore(db),
        meeting: definition.meeting,
        body: definition.body,
        participants: definition.participants,
        clock: () => new Date(),
        auditKey: { privateKey, kid: 'a1' },
      });
    const [a, b] = [await open(), await open()];
    const authn = { idp: 'dev' };
    const chair = { personId: CHAIR, role: 'chair' as const };
    expect((await a.execute(chair, openingCommands()[0]!.body, { authn })).kind).toBe('appended');
    // b has not seen the meeting opened: deciding on its own state alone would refuse a break (not open).
    const r = await b.execute(chair, { type: 'start-break' }, { authn, idempotencyKey: 'b1' });
    expect(r.kind).toBe('appended');
    expect(b.state.lastSeq).toBe(a.state.lastSeq + 1);
    await db.close();
  });
});
