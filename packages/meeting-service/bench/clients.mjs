// The benchmark's clients, in a worker thread of their own so that the service's event loop (main thread) does
// not also run them: 1,000 public Server-Sent Events followers and the 80 signed-in people (79 members, one of
// them presiding, and the secretary), speaking plain HTTP/1.1 over loopback with real meeting tokens from the
// service's development identity provider.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { CHAIR, MEMBERS, SECRETARY } from './council-79.mjs';

const { base, meetingId, followers: followerCount, spreadMs, votes, bursts, seed } = workerData;
const now = () => performance.timeOrigin + performance.now();
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

/** A seeded generator (mulberry32) for the ballot times and options: every run sends the same schedule. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(seed);

function http(method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function login(personId) {
  const r = await http('POST', `/api/meetings/${meetingId}/dev-login`, { body: { personId } });
  if (r.status !== 200) throw new Error(`login ${personId}: ${r.status} ${r.text}`);
  const cookie = String(r.headers['set-cookie']).split(';')[0];
  return { personId, cookie, csrf: JSON.parse(r.text).csrf };
}

let keyCounter = 0;
function command(session, body) {
  return http('POST', `/api/meetings/${meetingId}/commands`, {
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'idempotency-key': `bench-${session.personId}-${keyCounter++}`,
    },
    body,
  });
}
async function ok(session, body) {
  const r = await command(session, body);
  if (r.status !== 200) throw new Error(`${body.type} by ${session.personId}: ${r.status} ${r.text}`);
  return JSON.parse(r.text);
}

// ---- followers ------------------------------------------------------------------------------------------------

/** seq → how many followers received it and when the last of them did. */
const received = new Map();
/** seq → the event as follower 0 received it (type, at, payload), to check what was counted. */
const seen = new Map();
const followerState = [];
/** Checks waiting for frames; run at most once per turn of the event loop, however many frames arrive. */
const frameWaiters = new Set();
let waitersScheduled = false;
const runWaiters = () => {
  waitersScheduled = false;
  for (const w of [...frameWaiters]) w();
};

function follow(index) {
  return new Promise((resolve, reject) => {
    const state = { lastSeq: -1, count: 0, gaps: 0, ended: undefined };
    followerState.push(state);
    let buffer = '';
    const req = request(
      `${base}/api/meetings/${meetingId}/events`,
      { headers: { accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`follower ${index}: ${res.statusCode}`));
        res.setEncoding('utf8');
        resolve(req);
        // A stream that ends or fails is reported with the figures (it would otherwise look like a slow follower).
        res.on('error', (error) => (state.ended ??= `error ${error.code ?? error.message}`));
        res.on('aborted', () => (state.ended ??= 'aborted'));
        res.on('end', () => (state.ended ??= 'end'));
        res.on('data', (chunk) => {
          const t = now();
          buffer += chunk;
          let i;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            if (!frame.startsWith('id: ')) continue;
            const seq = Number(frame.slice(4, frame.indexOf('\n')));
            if (seq !== state.lastSeq + 1) state.gaps++;
            state.lastSeq = seq;
            state.count++;
            let r = received.get(seq);
            if (r === undefined) received.set(seq, (r = { count: 0, last: 0 }));
            r.count++;
            r.last = t;
            if (index === 0) seen.set(seq, JSON.parse(frame.slice(frame.indexOf('data: ') + 6)));
          }
          if (frameWaiters.size > 0 && !waitersScheduled) {
            waitersScheduled = true;
            setImmediate(runWaiters);
          }
        });
      },
    );
    req.on('error', (error) => {
      state.ended ??= `error ${error.code ?? error.message}`;
      if (error.code !== 'ECONNRESET') reject(error);
    });
    req.end();
  });
}

/** Resolves when every follower has received every seq in `seqs` (or rejects after `ms`). */
function allReceived(seqs, ms = 60_000) {
  const deadline = now() + ms;
  return new Promise((resolve, reject) => {
    // One check on every batch of frames and one timer for the deadline. (Re-arming a timer on every check, as an
    // earlier version did, multiplied the timers until this thread stopped reading its sockets under load.)
    let timer;
    const finish = () => {
      frameWaiters.delete(check);
      clearInterval(timer);
    };
    const check = () => {
      if (seqs.every((s) => received.get(s)?.count === followerCount)) {
        finish();
        return resolve();
      }
      if (now() > deadline) {
        finish();
        const missing = seqs.filter((s) => received.get(s)?.count !== followerCount);
        const behind = followerState.filter((f) => f.lastSeq < Math.max(...missing)).length;
        const gaps = followerState.filter((f) => f.gaps > 0).length;
        const ended = [...new Set(followerState.map((f) => f.ended).filter(Boolean))];
        const endedCount = followerState.filter((f) => f.ended).length;
        return reject(
          new Error(
            `after ${ms} ms, seq ${missing[0]} reached ${received.get(missing[0])?.count ?? 0} of ${followerCount} followers ` +
              `(${behind} behind, ${gaps} with a gap, ${endedCount} streams ended: ${ended.join(', ') || 'none'})`,
          ),
        );
      }
    };
    frameWaiters.add(check);
    timer = setInterval(check, 200);
    check();
  });
}

// ---- the meeting ----------------------------------------------------------------------------------------------

const ask = (message) =>
  new Promise((resolve) => {
    parentPort.once('message', resolve);
    parentPort.postMessage(message);
  });

async function main() {
  const streams = [];
  // In batches, as a crowd arriving: 100 connections at a time.
  for (let i = 0; i < followerCount; i += 100)
    streams.push(
      ...(await Promise.all(Array.from({ length: Math.min(100, followerCount - i) }, (_, k) => follow(i + k)))),
    );

  const secretary = await login(SECRETARY);
  const sessions = new Map();
  for (const p of MEMBERS) sessions.set(p, await login(p));
  const chair = sessions.get(CHAIR);
  await ok(chair, { type: 'open-meeting', chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
  for (const p of MEMBERS)
    await ok(secretary, {
      type: 'change-attendance',
      personId: p,
      status: 'lasna',
      mode: 'etana',
      role: p === CHAIR ? 'puheenjohtaja' : 'jasen',
      votingRight: true,
    });
  await ok(chair, { type: 'open-item', itemId: `${meetingId}-1`, sectionNumber: 1 });
  await ok(chair, { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Todetaan laillisuus.' } });
  await ok(chair, { type: 'state-legality', lawfullyConvened: true });
  await ok(chair, { type: 'record-decision', unanimous: true });
  await ok(chair, { type: 'close-item' });

  // Baseline in the same run: the same 79 people, the same second, a request that verifies the token and reads
  // nothing from the database. Measures what the machine's load does to any request.
  for (let round = 0; round < 3; round++) {
    const start = now() + 20;
    const latencies = await Promise.all(
      MEMBERS.map((p) =>
        new Promise((resolve) => setTimeout(resolve, Math.max(0, start + rnd() * spreadMs - now()))).then(async () => {
          const sent = now();
          const r = await http('GET', `/api/meetings/${meetingId}/session`, {
            headers: { cookie: sessions.get(p).cookie },
          });
          if (r.status !== 200) throw new Error(`session of ${p}: ${r.status}`);
          return now() - sent;
        }),
      ),
    );
    await ask({ type: 'baseline', latencies });
  }

  for (let v = 0; v < votes + bursts; v++) {
    const burst = v >= votes;
    const itemId = `${meetingId}-${v + 2}`;
    await ok(chair, { type: 'open-item', itemId, sectionNumber: v + 2 });
    await ok(chair, { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Myönnetään määräraha.' } });
    await ok(sessions.get('p010'), {
      type: 'make-proposal',
      kind: 'vastaehdotus',
      proposalId: `va-${v}`,
      text: { fi: 'Hylätään.' },
    });
    await ok(sessions.get('p011'), { type: 'second-proposal', proposalId: `va-${v}` });
    await ok(chair, { type: 'close-discussion' });
    await ok(chair, { type: 'approve-voting-order' });
    const opened = await ok(chair, { type: 'open-vote', method: 'nimenhuuto' });
    await allReceived([opened.lastSeq]);
    const voteId = seen.get(opened.lastSeq)?.payload?.voteId;
    if (typeof voteId !== 'string') throw new Error(`vote ${v}: the public follower did not receive the voteId`);

    // 79 ballots, each at its own moment within `spreadMs` (all at once in a burst vote).
    const queriesBefore = await ask({ type: 'queries' });
    const start = now() + 20;
    const ballots = await Promise.all(
      MEMBERS.map((p) => {
        const at = burst ? start : start + rnd() * spreadMs;
        const option = rnd() < 0.55 ? 'jaa' : rnd() < 0.9 ? 'ei' : 'tyhja';
        return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now()))).then(async () => {
          const sent = now();
          const r = await command(sessions.get(p), { type: 'cast-ballot', voteId, option });
          const done = now();
          if (r.status !== 200) throw new Error(`ballot of ${p}: ${r.status} ${r.text}`);
          return { personId: p, option, sent, done, seq: JSON.parse(r.text).lastSeq };
        });
      }),
    );
    const queries = (await ask({ type: 'queries' })) - queriesBefore;
    const seqs = ballots.map((b) => b.seq);
    await allReceived(seqs);
    const fanout = ballots.map((b) => {
      const e = seen.get(b.seq);
      if (e?.type !== 'ballot-cast' || e.payload?.personId !== b.personId || e.payload?.voteId !== voteId)
        throw new Error(`seq ${b.seq} is not ${b.personId}'s ballot in ${voteId}`);
      // From the moment the service decided the ballot (its `at`, before the database write) to the last follower.
      return received.get(b.seq).last - Date.parse(e.at);
    });
    const closed = await ok(chair, { type: 'close-vote' });
    await allReceived([closed.lastSeq]);
    const counts = seen.get(closed.lastSeq)?.payload?.counts;
    const expected = { jaa: 0, ei: 0, tyhja: 0 };
    for (const b of ballots) expected[b.option]++;
    if (counts?.jaa !== expected.jaa || counts?.ei !== expected.ei || counts?.tyhja !== expected.tyhja)
      throw new Error(`vote ${v}: counts ${JSON.stringify(counts)}, cast ${JSON.stringify(expected)}`);
    await ok(chair, { type: 'record-decision' });
    const last = await ok(chair, { type: 'close-item' });
    await allReceived([last.lastSeq]);
    const reply = await ask({
      type: 'vote',
      index: v,
      burst,
      latencies: ballots.map((b) => b.done - b.sent),
      fanout,
      window: Math.max(...ballots.map((b) => b.done)) - Math.min(...ballots.map((b) => b.sent)),
      ballots: ballots.length,
      queries,
      delivered: seqs.reduce((n, s) => n + received.get(s).count, 0),
      lastSeq: last.lastSeq,
    });
    if (reply === 'stop') break;
  }
  const end = await ok(chair, { type: 'close-meeting' });
  await allReceived([end.lastSeq]);
  const complete = followerState.filter(
    (f) => f.count === end.lastSeq + 1 && f.gaps === 0 && f.lastSeq === end.lastSeq,
  );
  for (const s of streams) s.destroy();
  agent.destroy();
  parentPort.postMessage({ type: 'done', lastSeq: end.lastSeq, completeFollowers: complete.length });
}

main().catch((error) => parentPort.postMessage({ type: 'error', message: String(error?.stack ?? error) }));
