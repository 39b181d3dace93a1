import { AuditChain } from '@digikokous/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { COMMAND_SCHEMAS } from '../src/http/schemas.js';
import { BACKENDS, freshDatabase } from './support/backends.js';
import { CHAIR, harness, item, openMeeting, ORIGIN, PRESENT, type Harness } from './support/service.js';

describe.each(BACKENDS)('meeting service API on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = (await freshDatabase(backend)).db;
  });
  afterAll(async () => db.close());
  let h: Harness;
  const fresh = async () => {
    await h?.close();
    h = await harness(db);
    return h;
  };
  afterAll(async () => h?.close());

  it('runs an item with a counter-proposal, seconding, a vote and the decision (KL 104 §), with a signed audit checkpoint at the vote close', async () => {
    await fresh();
    const { chair } = await openMeeting(h);
    await h.ok(chair, { type: 'open-item', itemId: item(6), sectionNumber: 50 });
    await h.ok(chair, { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Myönnetään 4,2 milj. euroa.' } });
    const proposer = await h.login('p010');
    const seconder = await h.login('p011');
    await h.ok(proposer, {
      type: 'make-proposal',
      kind: 'vastaehdotus',
      proposalId: 'va',
      text: { fi: 'Myönnetään 5 milj. euroa.' },
    });
    await h.ok(seconder, { type: 'second-proposal', proposalId: 'va' });
    await h.ok(chair, { type: 'close-discussion' });
    await h.ok(chair, { type: 'approve-voting-order' });
    await h.ok(chair, { type: 'open-vote' });
    const voteId = h.service.runtime(h.meetingId)!.state.items.get(item(6))!.votes[0]!.voteId;
    for (const p of PRESENT) {
      const s = p === CHAIR ? chair : await h.login(p);
      await h.ok(s, { type: 'cast-ballot', voteId, option: Number(p.slice(1)) % 3 === 0 ? 'ei' : 'jaa' });
    }
    const closed = await h.ok(chair, { type: 'close-vote' });
    expect(closed.types).toEqual(['vote-closed']);
    await h.ok(chair, { type: 'record-decision' });
    await h.ok(chair, { type: 'close-item' });

    const state = (await h.state(chair)).state as {
      items: Record<string, { decision?: { kind: string }; votes: { ballots: object }[] }>;
    };
    expect(state.items[item(6)]?.decision?.kind).toBe('hyvaksytty-aanestyksen-jalkeen');
    expect(Object.keys(state.items[item(6)]!.votes[0]!.ballots)).toHaveLength(30);

    // The checkpoint signed at the vote close verifies against the stored chain and the published key.
    const cps = (await h.service.app.inject({ url: `/api/meetings/${h.meetingId}/audit/checkpoints` })).json() as {
      keys: { keys: object[] };
      checkpoints: { jws: string; size: number; reason: string }[];
    };
    expect(cps.checkpoints.map((c) => c.reason)).toEqual(['vote-closed']);
    const lines = (
      await h.service.app.inject({
        url: `/api/meetings/${h.meetingId}/audit/entries`,
        headers: { cookie: chair.cookie },
      })
    ).body;
    const chain = AuditChain.load(lines);
    expect(chain.size).toBe(h.service.runtime(h.meetingId)!.events.length);
    const verified = await chain.verify({ checkpoints: cps.checkpoints.map((c) => c.jws), keys: cps.keys as never });
    expect(verified.valid).toBe(true);
    // Tampering with one stored audit line is detected.
    const tampered = lines.replace('"vote.cast"', '"vote.result"');
    expect(
      (await AuditChain.load(tampered).verify({ checkpoints: [cps.checkpoints[0]!.jws], keys: cps.keys as never }))
        .valid,
    ).toBe(false);
  });

  it('the actor is the session, never the body: `actor` in a body is refused and a ballot in another name is 403', async () => {
    await fresh();
    const { chair } = await openMeeting(h);
    const before = h.service.runtime(h.meetingId)!.state.lastSeq;
    const withActor = await h.command(chair, { type: 'close-item', actor: 'p002' });
    expect(withActor.status).toBe(400);
    expect(withActor.json.code).toBe('invalid-request');
    const member = await h.login('p005');
    const other = await h.command(member, { type: 'request-speaker', personId: 'p006' });
    expect(other.status).toBe(403);
    expect(other.json).toMatchObject({
      code: 'not-your-act',
      message: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
    });
    expect(h.service.runtime(h.meetingId)!.state.lastSeq).toBe(before);
    // The member's own request gets the member as the person, from the token.
    await h.ok(chair, { type: 'open-item', itemId: item(4), sectionNumber: 48 });
    await h.ok(member, { type: 'request-speaker' });
    const last = h.service.runtime(h.meetingId)!.events.at(-1)!;
    expect(last).toMatchObject({ type: 'speaker-requested', actor: 'p005', payload: { personId: 'p005' } });
  });

  it('a member cannot lead the meeting (403) and the procedure refuses out-of-order commands (409), bilingually', async () => {
    await fresh();
    await openMeeting(h);
    const member = await h.login('p007');
    const r = await h.command(member, { type: 'open-item', itemId: item(4) });
    expect(r.status).toBe(403);
    expect(r.json.code).toBe('role-not-allowed');
    const ballot = await h.command(member, { type: 'request-speaker' });
    expect(ballot.status).toBe(409);
    expect(ballot.json).toMatchObject({
      code: 'no-item-open',
      message: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
    });
    const publicPerson = await h.command({ cookie: '', csrf: 'x', personId: '-' }, { type: 'close-item' });
    expect(publicPerson.status).toBe(401);
  });

  it('refuses a missing or wrong CSRF token, a foreign Origin and a forged session cookie', async () => {
    await fresh();
    const chair = await h.login(CHAIR);
    const url = `/api/meetings/${h.meetingId}/commands`;
    const body = { type: 'open-meeting', chairId: CHAIR, mode: 'hybridi' };
    const inject = (headers: Record<string, string>) =>
      h.service.app.inject({ method: 'POST', url, headers, payload: body });
    const noCsrf = await inject({ cookie: chair.cookie, 'idempotency-key': 'key-00000001' });
    expect(noCsrf.statusCode).toBe(400);
    const wrong = await inject({ cookie: chair.cookie, 'idempotency-key': 'key-00000002', 'x-csrf-token': 'nope' });
    expect(wrong.statusCode).toBe(403);
    const foreign = await inject({
      cookie: chair.cookie,
      'idempotency-key': 'key-00000003',
      'x-csrf-token': chair.csrf,
      origin: 'https://evil.example',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('csrf-check-failed');
    const [name, token] = chair.cookie.split('=') as [string, string];
    const [head, payload, sig] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: 'p002', role: 'chair' })).toString('base64url')}.${sig}`;
    const forgedR = await inject({
      cookie: `${name}=${forged}`,
      'idempotency-key': 'key-00000004',
      'x-csrf-token': chair.csrf,
    });
    expect(forgedR.statusCode).toBe(401);
    expect(h.service.runtime(h.meetingId)!.events).toHaveLength(0);
  });

  it('malformed, oversized and non-JSON requests get a bilingual error and change nothing', async () => {
    await fresh();
    const chair = await h.login(CHAIR);
    const url = `/api/meetings/${h.meetingId}/commands`;
    const headers = {
      cookie: chair.cookie,
      'x-csrf-token': chair.csrf,
      'idempotency-key': 'key-12345678',
      origin: ORIGIN,
    };
    const send = (payload: string, type = 'application/json') =>
      h.service.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': type }, payload });
    const cases = [
      await send('{"type":'),
      await send(JSON.stringify({ type: 'open-meeting', chairId: CHAIR, mode: 'hybridi', extra: 1 })),
      await send(JSON.stringify({ type: 'open-meeting', chairId: 7, mode: 'hybridi' })),
      await send(JSON.stringify({ type: 'no-such-command' })),
      await send(JSON.stringify({ type: 'make-proposal', kind: 'vastaehdotus', text: { fi: 'x'.repeat(20_000) } })),
      await send('type=open-meeting', 'application/x-www-form-urlencoded'),
      await send('{"type":"close-item"}', 'text/plain'),
      await send(
        JSON.stringify({ type: 'open-meeting', chairId: CHAIR, mode: 'hybridi', __proto__: { x: 1 } }).replace(
          '"type"',
          '"__proto__":{"a":1},"type"',
        ),
      ),
    ];
    expect(cases.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 413, 415, 415, 400]);
    for (const r of cases)
      expect(r.json()).toMatchObject({
        code: expect.any(String),
        message: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
      });
    expect(cases[2]!.json().path).toMatch(/^\/body/);
    expect(h.service.runtime(h.meetingId)!.events).toHaveLength(0);
    expect(await h.service.runtime(h.meetingId)!.options.store.lastSeq(h.meetingId)).toBe(-1);
  });

  it('the same Idempotency-Key twice appends once and answers the same; reused for another request it is 409', async () => {
    await fresh();
    const chair = await h.login(CHAIR);
    const body = { type: 'open-meeting', chairId: CHAIR, mode: 'hybridi' };
    const [a, b] = await Promise.all([h.command(chair, body, 'same-key-1'), h.command(chair, body, 'same-key-1')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.json.replayed, b.json.replayed].sort()).toEqual([false, true]);
    expect(a.json.lastSeq).toBe(b.json.lastSeq);
    expect(h.service.runtime(h.meetingId)!.events).toHaveLength(1);
    const reused = await h.command(chair, { type: 'start-break' }, 'same-key-1');
    expect(reused.status).toBe(409);
    expect(reused.json.code).toBe('idempotency-key-reused');
    expect(h.service.runtime(h.meetingId)!.events).toHaveLength(1);
  });

  it('the OpenAPI document is built from the validating schemas and every documented route exists', async () => {
    await fresh();
    const doc = (await h.service.app.inject({ url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: { 'application/json': { schema: { oneOf: unknown[] } } } } }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/meetings/{meetingId}/commands',
      '/api/meetings/{meetingId}/events',
      '/api/meetings/{meetingId}/state',
      '/api/meetings/{meetingId}/minutes-draft',
      '/api/meetings/{meetingId}/audit/checkpoints',
      '/api/meetings/{meetingId}/audit/proof',
      '/api/meetings/{meetingId}/dev-login',
      '/auth/oidc/login',
      '/auth/oidc/callback',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const oneOf =
      doc.paths['/api/meetings/{meetingId}/commands']!.post!.requestBody!.content['application/json'].schema.oneOf;
    expect(oneOf).toEqual(JSON.parse(JSON.stringify(COMMAND_SCHEMAS)));
    expect(h.service.routes.length).toBe(Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0));
  });
});
