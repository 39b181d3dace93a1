/**
 * Issue 14, "an anchored audit chain" (Tiedonhallintalaki 906/2019 17 §): each attack here verified under
 * the previous code without the latest checkpoint (truncation, rollback, a rewrite from genesis, a reorder
 * with recomputed hashes), or with whatever checkpoints it was handed (an old one, two forks, a retired key).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuditChain,
  compareAuditCheckpoints,
  compareAuditLogs,
  verifyAuditCheckpoint,
  type AuditEventInput,
} from '../src/index.js';
import { edKeys, type TestKeys } from './token-helpers.js';

let auditKey: TestKeys;
let nextKey: TestKeys;

beforeAll(async () => {
  auditKey = await edKeys('audit-2026');
  nextKey = await edKeys('audit-2027');
});

function clock(start = '2026-03-10T16:00:00Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

const events = (n: number, who = 'p'): AuditEventInput[] =>
  Array.from({ length: n }, (_, i) => ({
    action: i % 2 ? 'vote.cast' : 'doc.access.granted',
    actor: `${who}-${i}`,
    itemId: i,
  }));

function build(list: readonly AuditEventInput[], c = clock()): AuditChain {
  const chain = new AuditChain({ clock: c });
  for (const e of list) chain.append(e);
  return chain;
}

const lines = (chain: AuditChain): string[] => chain.toJSONLines().split('\n').filter(Boolean);
const load = (ls: readonly string[]): AuditChain => AuditChain.load(ls.map((l) => `${l}\n`).join(''));

describe('verification reports anchoring and never calls an unanchored log complete', () => {
  it('truncation, rollback, rewrite from genesis and reorder all pass as intact chains but not as anchored ones', async () => {
    const original = build(events(6));
    const cp = await original.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const good = await original.verify({ checkpoints: [cp], keys: auditKey.jwks });
    expect(good).toMatchObject({ valid: true, anchored: true, complete: true, anchoredSize: 6 });
    expect(good.latestCheckpoint).toMatchObject({ size: 6, kid: 'audit-2026' });

    const truncated = load(lines(original).slice(0, 4));
    const rollback = build([...events(4), ...events(2, 'x')]);
    const rewritten = build(events(6, 'forged'));
    const reordered = build([...events(6)].reverse());
    for (const [name, log] of [
      ['truncated', truncated],
      ['rolled back', rollback],
      ['rewritten from genesis', rewritten],
      ['reordered, hashes recomputed', reordered],
    ] as const) {
      const bare = await log.verify();
      expect(bare.valid, name).toBe(true);
      expect(bare.complete, name).toBe(false);
      expect(bare.anchored, name).toBe(false);
      const strict = await log.verify({ requireAnchor: true });
      expect(strict.valid, name).toBe(false);
      expect(strict.firstInvalid?.problem, name).toBe('unanchored');
      const anchored = await log.verify({ checkpoints: [cp], keys: auditKey.jwks });
      expect(anchored.valid, name).toBe(false);
      expect(anchored.complete, name).toBe(false);
    }
    expect((await truncated.verify({ checkpoints: [cp], keys: auditKey.jwks })).firstInvalid).toMatchObject({
      index: 4,
      problem: 'truncated',
    });
  });

  it('the same four attacks are refused against the last seen checkpoint alone (no signature at hand)', async () => {
    // The verifier's own record names where the log stops matching it: the missing entries, or the
    // checkpoint's last entry whose head differs (which earlier entry was rewritten needs a copy of the log).
    const original = build(events(6));
    const cp = await original.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const lastSeen = (await original.verify({ checkpoints: [cp], keys: auditKey.jwks })).latestCheckpoint;
    expect(lastSeen).toBeDefined();
    expect(await original.verify({ lastSeen })).toMatchObject({ valid: true, complete: true, anchoredSize: 6 });
    const cases = [
      ['truncated', load(lines(original).slice(0, 4)), { index: 4, problem: 'truncated' }],
      ['rolled back', build([...events(4), ...events(2, 'x')]), { index: 5, problem: 'changed' }],
      ['rewritten from genesis', build(events(6, 'forged')), { index: 5, problem: 'changed' }],
      ['reordered, hashes recomputed', build([...events(6)].reverse()), { index: 5, problem: 'changed' }],
    ] as const;
    for (const [name, log, first] of cases) {
      const r = await log.verify({ lastSeen });
      expect(r.valid, name).toBe(false);
      expect(r.complete, name).toBe(false);
      expect(r.firstInvalid, name).toMatchObject(first);
    }
  });

  it('a log that grew past its latest checkpoint is intact but anchored only up to the checkpoint', async () => {
    const c = clock();
    const chain = build(events(6), c);
    const cp = await chain.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    chain.append({ action: 'view', actor: 'p-late' });
    const r = await chain.verify({ checkpoints: [cp], keys: auditKey.jwks });
    expect(r).toMatchObject({ valid: true, anchored: false, complete: false, anchoredSize: 6, size: 7 });
  });

  it('checkpoints are monotonic: one smaller or older than the last seen is refused', async () => {
    const c = clock();
    const chain = build(events(4), c);
    const old = await chain.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    for (const e of events(4, 'q')) chain.append(e);
    const latest = await chain.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const first = await chain.verify({ checkpoints: [latest], keys: auditKey.jwks });
    const lastSeen = first.latestCheckpoint;
    expect(lastSeen?.size).toBe(8);
    // An attacker rolls the log back to 4 entries and hands over the old (genuine) checkpoint.
    const rolledBack = load(lines(chain).slice(0, 4));
    expect((await rolledBack.verify({ checkpoints: [old], keys: auditKey.jwks })).valid).toBe(true);
    const r = await rolledBack.verify({ checkpoints: [old], keys: auditKey.jwks, lastSeen });
    expect(r.valid).toBe(false);
    expect(r.firstInvalid?.problem).toBe('truncated');
    const r2 = await chain.verify({ checkpoints: [old], keys: auditKey.jwks, lastSeen });
    expect(r2.firstInvalid?.problem).toBe('stale-checkpoint');
    // A larger checkpoint dated before a smaller one (the signer's clock turned back).
    const replay = AuditChain.load(chain.toJSONLines(), { clock: clock('2026-03-10T15:00:00Z') });
    const earlier = await replay.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const r3 = await chain.verify({ checkpoints: [old, earlier], keys: auditKey.jwks });
    expect(r3.firstInvalid?.problem).toBe('stale-checkpoint');
  });
});

describe('fork (equivocation) and consistency between two checkpoints or logs', () => {
  it('two different logs signed at the same size by the same key: each verifies alone, together they prove a fork', async () => {
    const a = build(events(5));
    const b = build([...events(3), ...events(2, 'other')]);
    const cpA = await a.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const cpB = await b.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    expect((await a.verify({ checkpoints: [cpA], keys: auditKey.jwks })).complete).toBe(true);
    expect((await b.verify({ checkpoints: [cpB], keys: auditKey.jwks })).complete).toBe(true);
    const cmp = await compareAuditCheckpoints(cpA, cpB, { keys: auditKey.jwks });
    expect(cmp).toMatchObject({ relation: 'fork', reason: 'same-size-different-root' });
    expect(compareAuditLogs(a, b)).toEqual({ relation: 'fork', firstDifference: 3 });
  });

  it('a smaller and a larger checkpoint of one log are proven consistent; of a forked log, not', async () => {
    const c = clock();
    const a = build(events(4), c);
    const cp4 = await a.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    for (const e of events(5, 'more')) a.append(e);
    const cp9 = await a.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const ok = await compareAuditCheckpoints(cp4, cp9, { keys: auditKey.jwks, log: a });
    expect(ok.relation).toBe('consistent');
    expect(ok.consistencyProof?.length).toBeGreaterThan(0);
    // The proof alone (e.g. served by the log operator) decides too.
    const byProof = await compareAuditCheckpoints(cp9, cp4, { keys: auditKey.jwks, proof: a.consistencyProof(4, 9) });
    expect(byProof.relation).toBe('consistent');
    expect((await compareAuditCheckpoints(cp4, cp9, { keys: auditKey.jwks })).relation).toBe('unknown');

    const forked = build([...events(2), ...events(7, 'fork')], clock());
    const cpF = await forked.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    const fork = await compareAuditCheckpoints(cp4, cpF, { keys: auditKey.jwks, log: forked });
    expect(fork).toMatchObject({ relation: 'fork', reason: 'not-a-prefix' });
    const prefix = compareAuditLogs(load(lines(a).slice(0, 4)), a);
    expect(prefix.relation).toBe('prefix');
    expect(prefix.firstDifference).toBe(4);
  });
});

describe('checkpoint keys have validity periods', () => {
  const validity = {
    'audit-2026': { from: '2026-01-01T00:00:00Z', until: '2026-03-10T16:00:05Z' },
    'audit-2027': { from: '2026-03-10T16:00:05Z' },
  };
  const both = () => ({ keys: [...auditKey.jwks.keys, ...nextKey.jwks.keys] });

  it('a retired key signs no accepted checkpoint; the current key does', async () => {
    const chain = build(events(8));
    const late = await chain.checkpoint(auditKey.privateKey, { kid: 'audit-2026' });
    expect((await chain.verify({ checkpoints: [late], keys: both() })).valid).toBe(true);
    const r = await chain.verify({ checkpoints: [late], keys: both(), keyValidity: validity });
    expect(r.firstInvalid?.problem).toBe('key-validity');
    const current = await chain.checkpoint(nextKey.privateKey, { kid: 'audit-2027' });
    expect((await chain.verify({ checkpoints: [current], keys: both(), keyValidity: validity })).complete).toBe(true);
    await expect(verifyAuditCheckpoint(late, both(), { keyValidity: validity })).rejects.toMatchObject({
      code: 'ERR_CLAIM',
    });
  });

  it('a checkpoint without kid verifies against the key valid at its time, with two keys loaded', async () => {
    const early = build(events(2));
    const cp = await early.checkpoint(auditKey.privateKey);
    expect((await early.verify({ checkpoints: [cp], keys: both(), keyValidity: validity })).complete).toBe(true);
    const v = await verifyAuditCheckpoint(cp, both());
    expect(v.kid).toBe('audit-2026');
    const later = build(events(9));
    const retired = await later.checkpoint(auditKey.privateKey);
    expect((await later.verify({ checkpoints: [retired], keys: both(), keyValidity: validity })).valid).toBe(false);
  });
});

describe('splices name the first foreign entry', () => {
  it('entries of another log spliced in after entry 3 are named at 4 as foreign', async () => {
    const a = build(events(8));
    const b = build(events(8, 'b'));
    const spliced = load([...lines(a).slice(0, 4), ...lines(b).slice(4)]);
    const r = await spliced.verify();
    expect(r.firstInvalid).toMatchObject({ index: 4, problem: 'foreign' });
  });
});
