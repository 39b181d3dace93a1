import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { BACKENDS, freshDatabase } from './support/backends.js';
import { harness, item, openMeeting, type Harness } from './support/service.js';
import { follow } from './support/sse.js';

const SECRET = 'SALAINEN-ASIAKASTIETO-7Q';
const DRAFT = 'Valtuusto hylkää vahingonkorvausvaatimuksen.';

describe.each(BACKENDS)('live stream and snapshots on %s (KL 98 §, JulkL 22–23 §, HL 27 §)', (backend) => {
  let db: Database;
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    db = (await freshDatabase(backend)).db;
    h = await harness(db);
    base = await h.service.listen(0);
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('a public follower never receives confidential content; a member does; a member disqualified in the item does not', async () => {
    const { chair, secretary } = await openMeeting(h);
    const member = await h.login('p005');
    const disqualified = await h.login('p012');
    const url = `${base}/api/meetings/${h.meetingId}/events`;
    const pub = await follow(url);
    const mem = await follow(url, { cookie: member.cookie });
    const dis = await follow(url, { cookie: disqualified.cookie });

    await h.ok(chair, { type: 'open-item', itemId: item(9), sectionNumber: 53 });
    await h.ok(secretary, {
      type: 'declare-disqualification',
      personId: 'p012',
      ground: 'asianosainen',
      declaredBy: 'muu',
      disqualified: true,
    });
    await h.ok(chair, { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: `${DRAFT} ${SECRET}` } });
    await h.ok(chair, { type: 'close-discussion' });
    await h.ok(chair, { type: 'record-decision' });
    await h.ok(chair, { type: 'close-item' });
    const last = h.service.runtime(h.meetingId)!.state.lastSeq;
    for (const c of [pub, mem, dis]) await expect.poll(() => c.events.at(-1)?.id, { timeout: 5000 }).toBe(String(last));

    expect(pub.raw()).not.toContain(SECRET);
    expect(dis.raw()).not.toContain(SECRET);
    expect(mem.raw()).toContain(SECRET);
    // The public sees that § 53 was handled (ids only) and that the other events happened, without their content.
    const pubTypes = pub.events.map((e) => JSON.parse(e.data) as { type: string; redacted?: boolean; actor?: string });
    expect(pubTypes.filter((e) => e.redacted).map((e) => e.type)).toContain('proposal-made');
    expect(pubTypes.filter((e) => e.redacted).every((e) => e.actor === undefined)).toBe(true);
    expect(pubTypes.map((e) => e.type)).toEqual(expect.arrayContaining(['item-opened', 'item-closed']));
    // Every follower got every sequence number once, in order.
    const ids = (c: typeof pub) => c.events.map((e) => Number(e.id));
    const all = Array.from({ length: last + 1 }, (_, i) => i);
    expect(ids(pub)).toEqual(all);
    expect(ids(mem)).toEqual(all);
    expect(ids(dis)).toEqual(all);

    // The snapshot endpoint filters the same way, including the agenda's draft decision of § 53.
    const pubSnap = JSON.stringify(await h.state());
    const memSnap = JSON.stringify(await h.state(member));
    const disSnap = JSON.stringify(await h.state(disqualified));
    expect(pubSnap).not.toContain(SECRET);
    expect(pubSnap).not.toContain(DRAFT);
    expect(disSnap).not.toContain(SECRET);
    expect(disSnap).not.toContain(DRAFT);
    expect(memSnap).toContain(SECRET);
    expect(memSnap).toContain(DRAFT);
    // The public agenda names § 53 by its public title only.
    expect(pubSnap).toContain('Vahingonkorvausvaatimus');
    expect(pubSnap).not.toContain('Sosiaalihuollon asiakkaan');
    for (const c of [pub, mem, dis]) c.close();
  });

  it('Last-Event-ID resumes with exactly the events after it', async () => {
    const url = `${base}/api/meetings/${h.meetingId}/events`;
    const last = h.service.runtime(h.meetingId)!.state.lastSeq;
    const resumed = await follow(url, { 'last-event-id': String(last - 5) });
    await expect.poll(() => resumed.events.length).toBe(5);
    expect(resumed.events.map((e) => Number(e.id))).toEqual([last - 4, last - 3, last - 2, last - 1, last]);
    resumed.close();
    const bad = await fetch(url, { headers: { 'last-event-id': 'abc' } });
    expect(bad.status).toBe(400);
  });
});
