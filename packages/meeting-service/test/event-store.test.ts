import type { MeetingEvent } from '@digikokous/meeting-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '../src/db/database.js';
import { EventStore } from '../src/db/event-store.js';
import { BACKENDS, freshDatabase } from './support/backends.js';

const ev = (seq: number, type = 'break-started'): MeetingEvent =>
  ({
    id: `e${seq}`,
    seq,
    at: '2026-06-15T18:00:00+03:00',
    actor: 'p001',
    type,
    payload: {},
  }) as unknown as MeetingEvent;

describe.each(BACKENDS)('EventStore on %s', (backend) => {
  // One database per backend for the file (PGlite takes seconds to start); each test its own meeting id.
  let db: Database;
  let n = 0;
  let m = '';
  beforeAll(async () => {
    db = (await freshDatabase(backend)).db;
  });
  afterAll(async () => db.close());
  const open = async () => {
    m = `store-${n++}x${Date.now().toString(36)}`;
    return new EventStore(db);
  };

  it('migrations are recorded and running them again applies nothing', async () => {
    const store = await open();
    expect(await migrate(store.db)).toEqual([]);
    const r = await store.db.query<{ version: number }>('SELECT version FROM dk_schema_migrations');
    expect(r.rows.map((x) => x.version)).toContain(1);
  });

  it('appends with the expected sequence and loads in order', async () => {
    const store = await open();
    expect(await store.append({ meetingId: m, expectedSeq: -1, events: [ev(0), ev(1)], audit: [] })).toEqual({
      kind: 'appended',
    });
    expect(await store.append({ meetingId: m, expectedSeq: 1, events: [ev(2)], audit: [] })).toEqual({
      kind: 'appended',
    });
    expect((await store.load(m)).map((e) => e.seq)).toEqual([0, 1, 2]);
    expect((await store.load(m, 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect(await store.lastSeq(m)).toBe(2);
    expect(await store.lastSeq('other')).toBe(-1);
  });

  it('a stale expected sequence is a conflict and appends nothing (optimistic concurrency)', async () => {
    const store = await open();
    await store.append({ meetingId: m, expectedSeq: -1, events: [ev(0)], audit: [] });
    const r = await store.append({
      meetingId: m,
      expectedSeq: -1,
      events: [ev(0)],
      audit: [{ seq: 1, line: '{}' }],
      idempotency: { key: 'k', requestHash: 'h', response: {} },
    });
    expect(r).toEqual({ kind: 'conflict' });
    expect(await store.load(m)).toHaveLength(1);
    expect(await store.loadAudit(m)).toEqual([]);
    expect(await store.findIdempotent(m, 'k')).toBeUndefined();
  });

  it('two concurrent writers of the same sequence: exactly one wins', async () => {
    const store = await open();
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => store.append({ meetingId: m, expectedSeq: -1, events: [ev(0), ev(1)], audit: [] })),
    );
    expect(results.filter((r) => r.kind === 'appended')).toHaveLength(1);
    expect(await store.load(m)).toHaveLength(2);
  });

  it('the same idempotency key twice appends once and returns the first answer', async () => {
    const store = await open();
    const first = await store.append({
      meetingId: m,
      expectedSeq: -1,
      events: [ev(0)],
      audit: [{ seq: 1, line: '{"a":1}' }],
      idempotency: { key: 'key-1', requestHash: 'h1', response: { seqs: [0] } },
    });
    expect(first.kind).toBe('appended');
    const again = await store.append({
      meetingId: m,
      expectedSeq: 0,
      events: [ev(1)],
      audit: [{ seq: 2, line: '{"a":2}' }],
      idempotency: { key: 'key-1', requestHash: 'h1', response: { seqs: [1] } },
    });
    expect(again).toEqual({ kind: 'duplicate', record: { requestHash: 'h1', response: { seqs: [0] } } });
    expect(await store.load(m)).toHaveLength(1);
    expect(await store.loadAudit(m)).toEqual(['{"a":1}']);
  });

  it('audit lines are kept byte for byte (text, not jsonb)', async () => {
    const store = await open();
    const line = '{"z":1,"a":"ä\\u0000"}';
    await store.append({ meetingId: m, expectedSeq: -1, events: [ev(0)], audit: [{ seq: 1, line }] });
    expect(await store.loadAudit(m)).toEqual([line]);
  });

  it('checkpoints are stored once per size, in order', async () => {
    const store = await open();
    await store.saveCheckpoint(m, { size: 5, reason: 'vote-closed', jws: 'b' });
    await store.saveCheckpoint(m, { size: 2, reason: 'vote-closed', jws: 'a' });
    await store.saveCheckpoint(m, { size: 5, reason: 'again', jws: 'c' });
    expect(await store.checkpoints(m)).toEqual([
      { size: 2, reason: 'vote-closed', jws: 'a' },
      { size: 5, reason: 'vote-closed', jws: 'b' },
    ]);
  });

  it('NOTIFY reaches a LISTENer', async () => {
    const store = await open();
    const got: string[] = [];
    const stop = await store.db.listen('dk_test', (p) => got.push(p));
    await store.db.notify('dk_test', 'hello');
    await expect.poll(() => got).toEqual(['hello']);
    await stop();
  });
});
