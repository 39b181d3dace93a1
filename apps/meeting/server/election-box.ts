/**
 * The ballot box of an election (vaali, KL 105 §) for the meeting service, mounted on its Fastify instance.
 *
 * Why here: `@digikokous/procedure` records an election as one `count-election` command that carries the ballots
 * (KL 105 §: the chair counts, a tie is drawn by lot from the service's injected random source), and the service
 * has no command by which a member casts an election ballot. Until the service takes the box in (see the README),
 * the app's server side collects the members' ballots here and the presiding chair sends them to the ordinary
 * command path, where `decide` counts them and the audit chain records the result.
 *
 * Secret ballot (suljettu lippuäänestys, KL 105 § 4–5 mom: in an electronic meeting only when ballot secrecy is
 * secured): the box keeps who has voted (to refuse a second ballot) apart from the choices, which are kept in an
 * order drawn at random on every insertion and carry no voter, time or sequence. Nothing of the box is streamed:
 * members see only the number of ballots cast and whether they themselves have voted; the chair gets the choices,
 * without voters, only after closing the box. The same holds for an open election: only the count is recorded.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeetingService } from '@digikokous/meeting-service';
import { verifyMeetingToken, type MeetingRole } from '@digikokous/security';

export interface ElectionBoxOptions {
  /** The service's `publicOrigin` (the issuer of its meeting tokens and the only allowed `Origin`). */
  readonly publicOrigin: string;
  /** The service's `csrfKey`: the CSRF token of a session is an HMAC of its token's `jti` under it. */
  readonly csrfKey: Uint8Array;
  /** Kid of the meeting-token key among `service.jwks` (the service's default). */
  readonly tokenKid?: string;
  readonly clock?: () => Date;
}

export interface BoxCandidate {
  id: string;
  name: string;
  personId?: string;
}

/** What the chair opens: the election of the current item, as `count-election` will record it. */
export interface BoxElection {
  electionId: string;
  itemId: string;
  title: { fi: string; sv?: string };
  seatsToFill: number;
  secretBallot: boolean;
  candidates: BoxCandidate[];
}

interface Box {
  readonly election: BoxElection;
  readonly voters: Set<string>;
  /** The choices in random order; `null` is a blank ballot. */
  readonly choices: (string | null)[];
  closed: boolean;
}

type Message = { fi: string; sv: string; en: string };
const REFUSALS = {
  'not-authenticated': [401, { fi: 'Kirjaudu ensin.', sv: 'Logga in först.', en: 'Sign in first.' }],
  'csrf-check-failed': [
    403,
    {
      fi: 'Pyynnön alkuperää ei voitu varmistaa.',
      sv: 'Begärans ursprung kunde inte verifieras.',
      en: 'The origin of the request could not be verified.',
    },
  ],
  'role-not-allowed': [
    403,
    { fi: 'Roolisi ei salli tätä.', sv: 'Din roll tillåter inte detta.', en: 'Your role does not allow this.' },
  ],
  'not-presiding': [
    403,
    {
      fi: 'Vain puhetta johtava voi tehdä tämän.',
      sv: 'Endast den som för ordet kan göra detta.',
      en: 'Only the presiding chair can do this.',
    },
  ],
  'not-entitled': [
    403,
    {
      fi: 'Sinulla ei ole äänioikeutta tässä asiassa (läsnä, äänivaltainen, ei esteellinen).',
      sv: 'Du har inte rösträtt i detta ärende (närvarande, röstberättigad, inte jävig).',
      en: 'You may not vote in this item (present, with a vote, not disqualified).',
    },
  ],
  'invalid-request': [400, { fi: 'Virheellinen pyyntö.', sv: 'Ogiltig begäran.', en: 'Invalid request.' }],
  'no-item': [
    409,
    { fi: 'Mikään asia ei ole käsittelyssä.', sv: 'Inget ärende behandlas.', en: 'No item is under consideration.' },
  ],
  'election-open': [
    409,
    { fi: 'Vaali on jo käynnissä.', sv: 'Valet pågår redan.', en: 'The election is already open.' },
  ],
  'election-held': [
    409,
    {
      fi: 'Asiassa on jo toimitettu vaali.',
      sv: 'Ett val har redan förrättats i ärendet.',
      en: 'An election has already been held in this item.',
    },
  ],
  'vote-open': [409, { fi: 'Äänestys on käynnissä.', sv: 'En omröstning pågår.', en: 'A vote is open.' }],
  'election-not-open': [
    409,
    { fi: 'Vaali ei ole käynnissä.', sv: 'Valet pågår inte.', en: 'The election is not open.' },
  ],
  'election-not-closed': [
    409,
    {
      fi: 'Vaalin lippuja ei näytetä ennen kuin vaali on suljettu.',
      sv: 'Valsedlarna visas inte förrän valet är stängt.',
      en: 'The ballots are not shown before the election is closed.',
    },
  ],
  'election-already-voted': [
    409,
    {
      fi: 'Olet jo äänestänyt tässä vaalissa.',
      sv: 'Du har redan röstat i detta val.',
      en: 'You have already voted in this election.',
    },
  ],
  'election-unknown-candidate': [409, { fi: 'Tuntematon ehdokas.', sv: 'Okänd kandidat.', en: 'Unknown candidate.' }],
} as const satisfies Record<string, readonly [number, Message]>;
export type ElectionBoxRefusalCode = keyof typeof REFUSALS;

const VOTING: ReadonlySet<string> = new Set<MeetingRole>(['chair', 'vice-chair', 'member', 'deputy']);
const ID = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' } as const;
const TEXT = { type: 'string', minLength: 1, maxLength: 300 } as const;
const OPEN_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'seatsToFill', 'secretBallot', 'candidates'],
  properties: {
    electionId: ID,
    title: { type: 'object', additionalProperties: false, required: ['fi'], properties: { fi: TEXT, sv: TEXT } },
    seatsToFill: { type: 'integer', minimum: 1, maximum: 50 },
    secretBallot: { type: 'boolean' },
    candidates: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: { id: ID, name: TEXT, personId: ID },
      },
    },
  },
} as const;
const BALLOT_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['electionId'],
  properties: { electionId: ID, candidateId: ID },
} as const;
const PARAMS = {
  type: 'object',
  additionalProperties: false,
  required: ['meetingId'],
  properties: { meetingId: ID },
} as const;

interface Caller {
  personId: string;
  role: string;
}

/**
 * Mounts the ballot box on `service.app` under `/api/meetings/:meetingId/election-box` (before `listen`):
 * `GET` the box as the caller may see it, `POST …/open` and `…/close` (the presiding chair), `POST …/ballot`
 * (a member entitled to vote in the item, once), `GET …/ballots` (the presiding chair, once closed: the choices
 * without voters, for `count-election`).
 */
export function mountElectionBox(service: MeetingService, options: ElectionBoxOptions): void {
  const origin = new URL(options.publicOrigin).origin;
  const kid = options.tokenKid ?? 'meeting-token-1';
  const jwks = { keys: service.jwks.keys.filter((k) => k.kid === kid) };
  const clock = options.clock ?? (() => new Date());
  const boxes = new Map<string, Box>();
  const watching = new Set<string>();

  const refuse = (reply: FastifyReply, code: ElectionBoxRefusalCode) => {
    const [status, message] = REFUSALS[code];
    return reply.code(status).send({ code, message });
  };

  const runtimeOf = (meetingId: string) => {
    const runtime = service.runtime(meetingId);
    if (runtime && !watching.has(meetingId)) {
      watching.add(meetingId);
      // The box of an item ends with its count (election-held) or with the item.
      runtime.onEvents((events) => {
        const box = boxes.get(meetingId);
        if (!box) return;
        for (const e of events) {
          const itemId = (e.payload as { itemId?: unknown } | undefined)?.itemId;
          if ((e.type === 'election-held' || e.type === 'item-closed') && itemId === box.election.itemId)
            boxes.delete(meetingId);
        }
      });
    }
    return runtime;
  };

  /** The caller from the session cookie (the service's meeting token), with the CSRF check for state changes. */
  async function caller(
    req: FastifyRequest,
    meetingId: string,
    change: boolean,
  ): Promise<Caller | ElectionBoxRefusalCode> {
    const cookie = (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(`__Host-dk-${meetingId}=`));
    const token = cookie?.slice(`__Host-dk-${meetingId}=`.length);
    if (!token) return 'not-authenticated';
    let claims;
    try {
      claims = await verifyMeetingToken(token, {
        jwks,
        issuer: origin,
        audience: `urn:digikokous:meeting:${meetingId}`,
        meetingId,
        maxTokenAge: 930,
        clockTolerance: 5,
        currentDate: clock(),
      });
    } catch {
      return 'not-authenticated';
    }
    if (change) {
      const given = req.headers['x-csrf-token'];
      const expected = Buffer.from(createHmac('sha256', options.csrfKey).update(claims.jti).digest('base64url'));
      const ok =
        typeof given === 'string' &&
        given.length === expected.length &&
        timingSafeEqual(Buffer.from(given), expected) &&
        (req.headers.origin === undefined || req.headers.origin === origin);
      if (!ok) return 'csrf-check-failed';
    }
    return { personId: claims.sub, role: claims.role };
  }

  const base = '/api/meetings/:meetingId/election-box';
  type Req = FastifyRequest<{ Params: { meetingId: string }; Body: Record<string, unknown> }>;

  /** Runs `fn` with the verified caller (and, for a state change, the meeting's runtime caught up with the log). */
  const route =
    (change: boolean, fn: (req: Req, reply: FastifyReply, who: Caller, meetingId: string) => unknown) =>
    async (req: Req, reply: FastifyReply) => {
      const { meetingId } = req.params;
      const runtime = runtimeOf(meetingId);
      if (!runtime)
        return reply.code(404).send({
          code: 'unknown-meeting',
          message: { fi: 'Tuntematon kokous.', sv: 'Okänt sammanträde.', en: 'Unknown meeting.' },
        });
      const who = await caller(req, meetingId, change);
      if (typeof who === 'string') return refuse(reply, who);
      // A state change decides on the log's tail (another instance may have written); the frequent GET of every
      // member's page reads this instance's state only, so it never queues behind the commands.
      if (change) await runtime.catchUp();
      return fn(req, reply, who, meetingId);
    };

  const presiding = (meetingId: string, who: Caller) =>
    (who.role === 'chair' || who.role === 'vice-chair') &&
    service.runtime(meetingId)!.state.presidingId === who.personId;

  const currentItem = (meetingId: string) => {
    const state = service.runtime(meetingId)!.state;
    return state.currentItemId ? state.items.get(state.currentItemId) : undefined;
  };

  /** The box as the caller may see it: never a choice, never a voter other than the caller. */
  const view = (meetingId: string, who: Caller) => {
    const box = boxes.get(meetingId);
    if (!box || box.election.itemId !== currentItem(meetingId)?.itemId)
      return { open: false as const, ballotSecrecyEnsured: true };
    return {
      open: !box.closed,
      closed: box.closed,
      election: box.election,
      ballotsCast: box.choices.length,
      voted: box.voters.has(who.personId),
      ballotSecrecyEnsured: true,
    };
  };

  const app = service.app;
  app.get(
    base,
    { schema: { params: PARAMS } },
    route(false, (_req, _reply, who, meetingId) => view(meetingId, who)),
  );

  app.post(
    `${base}/open`,
    { schema: { params: PARAMS, body: OPEN_BODY } },
    route(true, (req, reply, who, meetingId) => {
      if (!presiding(meetingId, who)) return refuse(reply, 'not-presiding');
      const item = currentItem(meetingId);
      if (!item) return refuse(reply, 'no-item');
      if (item.elections.length > 0) return refuse(reply, 'election-held');
      if (item.votes.some((v) => !v.closed && !v.cancelled)) return refuse(reply, 'vote-open');
      const existing = boxes.get(meetingId);
      if (existing && existing.election.itemId === item.itemId) return refuse(reply, 'election-open');
      const body = req.body as Omit<BoxElection, 'itemId' | 'electionId'> & { electionId?: string };
      const ids = new Set(body.candidates.map((c) => c.id));
      if (ids.size !== body.candidates.length) return refuse(reply, 'invalid-request');
      const election: BoxElection = {
        electionId: body.electionId ?? `${item.itemId}-vaali${item.elections.length + 1}`,
        itemId: item.itemId,
        title: body.title,
        seatsToFill: body.seatsToFill,
        secretBallot: body.secretBallot,
        candidates: body.candidates,
      };
      boxes.set(meetingId, { election, voters: new Set(), choices: [], closed: false });
      return view(meetingId, who);
    }),
  );

  app.post(
    `${base}/ballot`,
    { schema: { params: PARAMS, body: BALLOT_BODY } },
    route(true, (req, reply, who, meetingId) => {
      if (!VOTING.has(who.role)) return refuse(reply, 'role-not-allowed');
      const box = boxes.get(meetingId);
      const body = req.body as { electionId: string; candidateId?: string };
      if (
        !box ||
        box.closed ||
        box.election.electionId !== body.electionId ||
        box.election.itemId !== currentItem(meetingId)?.itemId
      )
        return refuse(reply, 'election-not-open');
      // KL 105 §, HL 27 §: the same entitlement as for a vote: present, with a vote, not disqualified in the item.
      const state = service.runtime(meetingId)!.state;
      const a = state.attendance.get(who.personId);
      if (!a?.present || !a.votingRight || currentItem(meetingId)!.disqualified.has(who.personId))
        return refuse(reply, 'not-entitled');
      if (box.voters.has(who.personId)) return refuse(reply, 'election-already-voted');
      if (body.candidateId !== undefined && !box.election.candidates.some((c) => c.id === body.candidateId))
        return refuse(reply, 'election-unknown-candidate');
      box.voters.add(who.personId);
      // A random place among the ballots already cast: the order tells nothing about who cast which.
      box.choices.splice(randomInt(box.choices.length + 1), 0, body.candidateId ?? null);
      return view(meetingId, who);
    }),
  );

  app.post(
    `${base}/close`,
    { schema: { params: PARAMS } },
    route(true, (_req, reply, who, meetingId) => {
      if (!presiding(meetingId, who)) return refuse(reply, 'not-presiding');
      const box = boxes.get(meetingId);
      if (!box || box.closed || box.election.itemId !== currentItem(meetingId)?.itemId)
        return refuse(reply, 'election-not-open');
      box.closed = true;
      return view(meetingId, who);
    }),
  );

  app.get(
    `${base}/ballots`,
    { schema: { params: PARAMS } },
    route(false, (_req, reply, who, meetingId) => {
      if (!presiding(meetingId, who)) return refuse(reply, 'not-presiding');
      const box = boxes.get(meetingId);
      if (!box || box.election.itemId !== currentItem(meetingId)?.itemId) return refuse(reply, 'election-not-open');
      if (!box.closed) return refuse(reply, 'election-not-closed');
      const { electionId, title, seatsToFill, secretBallot, candidates } = box.election;
      return {
        electionId,
        title,
        seatsToFill,
        secretBallot,
        candidates,
        ballots: box.choices.map((c, i) =>
          c === null ? { id: `${electionId}-lippu-${i + 1}` } : { id: `${electionId}-lippu-${i + 1}`, candidateId: c },
        ),
      };
    }),
  );
}
