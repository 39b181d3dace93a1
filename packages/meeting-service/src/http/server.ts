import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import { draftMinutes, draftMinutesText, type ProcedureError } from '@digikokous/procedure';
import { MeetingTokenError, type MeetingRole } from '@digikokous/security';
import { checkConfig, type ServiceConfig } from '../config.js';
import { EventStore, parseNotifyPayload } from '../db/event-store.js';
import { jwksOf, signingKey, type SigningKeyPair } from '../auth/keys.js';
import { defaultCsrfKey, readCookie, sessionCookieName, Sessions, type Session } from '../auth/session.js';
import { authorize } from '../meeting/authorize.js';
import { accessMeeting, type Participant } from '../meeting/participants.js';
import { MeetingRuntime } from '../meeting/runtime.js';
import { MeetingStream } from '../live/stream.js';
import { PUBLIC_VIEWER, snapshotFor, type Viewer, type VisibilityContext } from '../live/visibility.js';
import { ConnectionWatch, CONNECTION_WATCH_ID, connectionLost } from '../meeting/connection.js';
import { ElectionBoxes, VOTING_ROLES } from '../meeting/election-box.js';
import { openApiDocument, type RouteDoc } from './openapi.js';
import { isRefusal, procedureStatus, refusal, type Refusal, type RefusalCode } from './refusals.js';
import * as S from './schemas.js';
import { CloseElectionBody, ElectionBallotBody, jsonSchemaOf, OpenElectionBody } from './election-schemas.js';
import { OidcLogin } from '../auth/oidc.js';

export interface MeetingService {
  readonly app: FastifyInstance;
  readonly routes: readonly RouteDoc[];
  runtime(meetingId: string): MeetingRuntime | undefined;
  /** The KL 99 § connection watch of a meeting (with `connection` configured). */
  watch(meetingId: string): ConnectionWatch | undefined;
  /** Public keys of the meeting tokens and the audit checkpoints. */
  readonly jwks: ReturnType<typeof jwksOf>;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** What a route needs of the session: a participant's, with the CSRF check for state changes, and the roles. */
interface SessionAccess {
  readonly csrf: boolean;
  readonly roles?: readonly MeetingRole[];
}

interface Hosted {
  readonly runtime: MeetingRuntime;
  readonly stream: MeetingStream;
  readonly participants: Map<string, Participant>;
  readonly context: () => VisibilityContext;
  readonly definition: ServiceConfig['meetings'][number];
  readonly watch?: ConnectionWatch;
  /** The election ballot boxes (KL 105 §), in the database. */
  readonly boxes: ElectionBoxes;
}

const BODY_LIMIT = 16 * 1024;
const NOTIFY_CHANNEL = 'dk_meeting_events';

// One formatter: constructing an Intl.DateTimeFormat per event showed in the benchmark's profile.
const HELSINKI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' });
function helsinkiToday(now: Date): string {
  return HELSINKI_DATE.format(now);
}

/**
 * The meeting service on Fastify 5: every route validates with the schemas of `schemas.ts` (also the OpenAPI
 * document), every command's actor is the verified session, every refusal is bilingual (fi/sv/en) with 4xx.
 */
export async function createMeetingService(config: ServiceConfig): Promise<MeetingService> {
  checkConfig(config);
  const clock = config.clock ?? (() => new Date());
  const tokenKey: SigningKeyPair = signingKey('meeting-token-1', config.keys?.token);
  const auditKey: SigningKeyPair = signingKey('audit-1', config.keys?.audit);
  const jwks = jwksOf(tokenKey, auditKey);
  const origin = new URL(config.publicOrigin).origin;
  // The deployment's shared secret: CSRF tokens, and (derived) the key of the OpenID Connect flow cookie.
  const secret = config.csrfKey ?? defaultCsrfKey();
  const sessions = new Sessions({
    issuer: origin,
    audiencePrefix: `urn:digikokous:meeting:`,
    tokenKey,
    tokenLifetime: config.tokenLifetimeSeconds ?? 600,
    maxSessionSeconds: config.maxSessionSeconds ?? 12 * 3600,
    clock,
    csrfKey: secret,
  });
  const app = Fastify({
    logger: config.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Requests are validated exactly as documented: no type coercion, nothing silently removed or defaulted.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  app.removeContentTypeParser('text/plain');

  // Every append NOTIFYs in its own transaction, so the notification is sent exactly when the events commit.
  const store = new EventStore(config.database, { notifyChannel: NOTIFY_CHANNEL });
  const development = config.mode === 'development' && config.developmentLogin === true;

  // KL 99 §: with the connection watch on, its identity is the procedure's attendance monitor, under the rules the
  // log is decided and replayed with.
  const rules = config.decideOptions?.rules;
  const decideOptions = config.connection
    ? {
        ...config.decideOptions,
        rules: { ...rules, attendanceMonitors: [...(rules?.attendanceMonitors ?? []), CONNECTION_WATCH_ID] },
      }
    : config.decideOptions;
  const hosted = new Map<string, Hosted>();
  for (const definition of config.meetings) {
    const runtime = await MeetingRuntime.open({
      store,
      meeting: definition.meeting,
      body: definition.body,
      participants: definition.participants,
      clock,
      log: app.log,
      auditKey: { privateKey: auditKey.privateKey, kid: auditKey.kid },
      ...(decideOptions ? { decideOptions } : {}),
      ...(config.stream?.recentEvents === undefined ? {} : { recentEvents: config.stream.recentEvents }),
    });
    const access = accessMeeting(definition.meeting.id, definition.participants);
    const context = (): VisibilityContext => ({
      meeting: definition.meeting,
      access,
      state: runtime.state,
      today: helsinkiToday(clock()),
    });
    const participants = new Map(definition.participants.map((p) => [p.personId, p]));
    const stream = new MeetingStream(runtime, context, {
      ...(config.stream?.coalesceMs === undefined ? {} : { coalesceMs: config.stream.coalesceMs }),
      ...(config.stream?.maxBufferedBytes === undefined ? {} : { maxBufferedBytes: config.stream.maxBufferedBytes }),
    });
    const watch = config.connection
      ? new ConnectionWatch(runtime, { ...config.connection, clock, store, log: app.log })
      : undefined;
    hosted.set(definition.meeting.id, {
      runtime,
      stream,
      participants,
      context,
      definition,
      ...(watch ? { watch } : {}),
      boxes: new ElectionBoxes(runtime, config.database),
    });
  }

  // Several instances share one PostgreSQL: a commit anywhere NOTIFYs (in the appending transaction), every
  // instance catches up from the log (in seq order, from the database, so every follower sees the same order) and
  // streams to its own followers. After the listening connection was lost and restored, every meeting catches up,
  // since notifications sent meanwhile are gone.
  // The payload names the last seq appended: an instance's own appends (already applied) cost no read.
  const catchUp = (h: Hosted | undefined, seq?: number) =>
    void h?.runtime.notified(seq).catch((error: unknown) => app.log.warn({ err: error }, 'catching up failed'));
  const onNotify = (payload: string) => {
    const { meeting, seq } = parseNotifyPayload(payload);
    catchUp(hosted.get(meeting), seq);
  };
  const unlisten = await config.database.listen(NOTIFY_CHANNEL, onNotify, {
    onReconnect: () => {
      for (const h of hosted.values()) catchUp(h);
    },
  });

  const oidc = config.oidc
    ? new OidcLogin(
        { ...config.oidc, ...(config.pseudonyms ? { pseudonymKey: config.pseudonyms.key } : {}) },
        origin,
        clock,
        secret,
      )
    : undefined;

  const send = (reply: FastifyReply, error: Refusal | ProcedureError, status?: number) => {
    const message = { fi: error.message.fi, sv: error.message.sv ?? error.message.en, en: error.message.en };
    return reply
      .code(status ?? (isRefusal(error) ? error.status : procedureStatus(error.code)))
      .send({ code: error.code, message });
  };
  const refuse = (reply: FastifyReply, code: RefusalCode) => send(reply, refusal(code));

  app.setErrorHandler(
    (
      error: { code?: string; statusCode?: number; validation?: unknown; validationContext?: string; message?: string },
      req,
      reply,
    ) => {
      if (error.validation) {
        const r = refusal('invalid-request');
        const first = (error.validation as { instancePath?: string }[])[0];
        return reply.code(400).send({
          code: r.code,
          message: r.message,
          path: `/${error.validationContext ?? ''}${first?.instancePath ?? ''}`,
        });
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, 'request-too-large');
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return refuse(reply, 'unsupported-media-type');
      if (error.statusCode === 400 || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
        return refuse(reply, 'invalid-request');
      // Storage faults: nothing was stored (the transaction rolled back); the client retries with the same key.
      req.log.error({ err: error }, 'request failed');
      return refuse(reply, 'storage-unavailable');
    },
  );
  app.setNotFoundHandler((_req, reply) => refuse(reply, 'not-found'));
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  /** The verified session of a request, `undefined` without a cookie, or a refusal for a bad or expired token. */
  async function sessionOf(req: FastifyRequest, meetingId: string): Promise<Session | Refusal | undefined> {
    const token = readCookie(req.headers.cookie, sessionCookieName(meetingId));
    if (token === undefined || token === '') return undefined;
    try {
      return await sessions.verify(token, meetingId);
    } catch (error) {
      if (error instanceof MeetingTokenError && error.code === 'ERR_EXPIRED') return refusal('session-expired');
      return refusal('not-authenticated');
    }
  }

  /** Same-origin check for state-changing requests (with SameSite=Strict and the CSRF header). */
  const sameOrigin = (req: FastifyRequest): boolean => {
    const o = req.headers.origin;
    return o === undefined || o === origin;
  };

  /** A participant's verified session, checked for the CSRF token when the request changes state. */
  async function requireSession(req: FastifyRequest, h: Hosted, access: SessionAccess): Promise<Session | Refusal> {
    const s = await sessionOf(req, h.runtime.meetingId);
    if (s === undefined) return refusal('not-authenticated');
    if (isRefusal(s)) return s;
    if (!h.participants.has(s.personId)) return refusal('not-a-participant');
    if (access.csrf && (!sameOrigin(req) || !sessions.checkCsrf(s, req.headers['x-csrf-token'])))
      return refusal('csrf-check-failed');
    if (access.roles && !access.roles.includes(s.role)) return refusal('role-not-allowed');
    return s;
  }

  function sessionBody(h: Hosted, s: Session, csrf: string, expiresIn: number) {
    const p = h.participants.get(s.personId) as Participant;
    return {
      personId: s.personId,
      role: s.role,
      name: p.name,
      csrf,
      expiresIn,
      development: s.idp === 'dev',
      idp: s.idp,
      loa: s.loa,
    };
  }

  async function startSession(h: Hosted, p: Participant, idp: 'dev' | 'oidc', loa: string) {
    const issued = await sessions.issue({
      personId: p.personId,
      role: p.role,
      meetingId: h.runtime.meetingId,
      idp,
      loa,
    });
    return { issued, cookie: sessions.cookie(h.runtime.meetingId, issued.token, issued.expiresIn) };
  }

  const viewerOf = (s: Session | undefined): Viewer =>
    s === undefined || s.role === 'public' ? PUBLIC_VIEWER : { personId: s.personId, public: false };

  const json = (description: string, schema?: unknown) => ({ description, ...(schema ? { schema } : {}) });
  const errors = {
    '400': json('Malformed request (bilingual error)', S.ErrorBody),
    '401': json('No valid session', S.ErrorBody),
    '403': json('Refused: not entitled (bilingual)', S.ErrorBody),
    '404': json('Unknown meeting', S.ErrorBody),
  };
  const routes: RouteDoc[] = [];
  const route = (doc: RouteDoc, handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) => {
    routes.push(doc);
    app.route({ method: doc.method, url: doc.url, schema: doc.schema, handler });
  };
  /**
   * A route under `/api/meetings/:meetingId`: the one prologue every such route shares (the hosted meeting, then
   * the session the route asks for: none, optional, or a participant's with CSRF and roles), so no handler can
   * forget a check. The OpenAPI `security` of the route follows from the same declaration.
   */
  function meetingRoute(
    doc: Omit<RouteDoc, 'security'>,
    access: 'public' | 'optional-session',
    handler: (req: FastifyRequest, reply: FastifyReply, h: Hosted, s: Session | undefined) => Promise<unknown>,
  ): void;
  function meetingRoute(
    doc: Omit<RouteDoc, 'security'>,
    access: SessionAccess,
    handler: (req: FastifyRequest, reply: FastifyReply, h: Hosted, s: Session) => Promise<unknown>,
  ): void;
  function meetingRoute(
    doc: Omit<RouteDoc, 'security'>,
    access: 'public' | 'optional-session' | SessionAccess,
    handler: (req: FastifyRequest, reply: FastifyReply, h: Hosted, s: Session) => Promise<unknown>,
  ): void {
    const security = access === 'public' ? {} : { security: access === 'optional-session' ? access : 'session' };
    route({ ...doc, ...security } as RouteDoc, async (req, reply) => {
      const h = hosted.get((req.params as { meetingId: string }).meetingId);
      if (!h) return refuse(reply, 'unknown-meeting');
      let s: Session | Refusal | undefined;
      if (access === 'optional-session') s = await sessionOf(req, h.runtime.meetingId);
      else if (access !== 'public') s = await requireSession(req, h, access);
      if (isRefusal(s)) return send(reply, s);
      return handler(req, reply, h, s as Session);
    });
  }
  const LEADS: readonly MeetingRole[] = ['chair', 'vice-chair', 'secretary'];

  route(
    {
      method: 'GET',
      url: '/api/openapi.json',
      operationId: 'openApi',
      summary: 'This document',
      tags: ['meta'],
      schema: {},
      responses: { '200': json('OpenAPI 3.1') },
    },
    async () => openApiDocument(routes, { title: 'Digikokous meeting service', version: '0.1.0' }),
  );
  route(
    {
      method: 'GET',
      url: '/api/jwks.json',
      operationId: 'jwks',
      summary: 'Public keys of meeting tokens and audit checkpoints',
      tags: ['audit'],
      schema: {},
      responses: { '200': json('JWK Set') },
    },
    async () => jwks,
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId',
      operationId: 'meetingInfo',
      summary: 'The meeting, its login options and its participants (names and roles)',
      tags: ['meeting'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('Meeting'), '404': errors['404'] },
    },
    'public',
    async (_req, _reply, h) => {
      const m = h.definition.meeting;
      return {
        id: m.id,
        title: m.title,
        startsAt: m.startsAt,
        public: m.public,
        login: { development: development, oidc: oidc !== undefined },
        participants: [...h.participants.values()].map((p) => ({ personId: p.personId, role: p.role, name: p.name })),
      };
    },
  );
  route(
    {
      method: 'POST',
      url: '/api/meetings/:meetingId/dev-login',
      operationId: 'devLogin',
      summary: "DEVELOPMENT identity provider: log in as one of the meeting's test persons (absent in production)",
      tags: ['login'],
      schema: { params: S.MeetingParams, body: S.DevLoginBody },
      responses: { '200': json('Session started; cookie set', S.SessionBody), ...errors },
    },
    async (req, reply) => {
      // Checked before the meeting: without the development login the route answers as if it did not exist.
      if (!development) return refuse(reply, 'development-login-disabled');
      const h = hosted.get((req.params as { meetingId: string }).meetingId);
      if (!h) return refuse(reply, 'unknown-meeting');
      if (!sameOrigin(req)) return refuse(reply, 'csrf-check-failed');
      const p = h.participants.get((req.body as { personId: string }).personId);
      if (!p) return refuse(reply, 'not-a-participant');
      const { issued, cookie } = await startSession(h, p, 'dev', 'low');
      reply.header('set-cookie', cookie);
      return {
        personId: p.personId,
        role: p.role,
        name: p.name,
        csrf: issued.csrf,
        expiresIn: issued.expiresIn,
        development: true,
      };
    },
  );
  route(
    {
      method: 'GET',
      url: '/auth/oidc/login',
      operationId: 'oidcLogin',
      summary: 'Start OpenID Connect identification (authorization code + PKCE)',
      tags: ['login'],
      schema: { querystring: S.OidcLoginQuery },
      responses: { '302': json('Redirect to the identity provider'), ...errors },
    },
    async (req, reply) => {
      if (!oidc) return refuse(reply, 'not-found');
      const meetingId = (req.query as { meeting: string }).meeting;
      if (!hosted.has(meetingId)) return refuse(reply, 'unknown-meeting');
      const { url, cookie } = await oidc.start(meetingId);
      reply.header('set-cookie', cookie);
      return reply.redirect(url, 302);
    },
  );
  route(
    {
      method: 'GET',
      url: '/auth/oidc/callback',
      operationId: 'oidcCallback',
      summary: 'OpenID Connect redirect target: code exchange, ID token verification, session',
      tags: ['login'],
      schema: { querystring: S.OidcCallbackQuery },
      responses: { '302': json('Back to the meeting app with a session cookie'), ...errors },
    },
    async (req, reply) => {
      if (!oidc) return refuse(reply, 'not-found');
      const outcome = await oidc.finish(new URL(req.url, origin), req.headers.cookie);
      // The flow cookie is single-use, whatever the outcome.
      const cookies = [oidc.clearCookie()];
      reply.header('set-cookie', cookies);
      if (!outcome.ok) {
        req.log.warn({ reason: outcome.reason }, 'OpenID Connect login refused');
        return refuse(reply, 'identification-failed');
      }
      const h = hosted.get(outcome.result.meetingId);
      const personId = config.pseudonyms?.persons[outcome.result.pseudonym];
      const p = personId === undefined ? undefined : h?.participants.get(personId);
      if (!h || !p) {
        req.log.warn({ reason: 'unknown-person' }, 'OpenID Connect login refused');
        return refuse(reply, 'not-a-participant');
      }
      const { cookie } = await startSession(h, p, 'oidc', outcome.result.loa);
      reply.header('set-cookie', [...cookies, cookie]);
      return reply.redirect(`/?meeting=${encodeURIComponent(h.runtime.meetingId)}`, 302);
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/session',
      operationId: 'session',
      summary: 'The signed-in person, role and CSRF token',
      tags: ['login'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('Session', S.SessionBody), ...errors },
    },
    { csrf: false },
    async (_req, _reply, h, s) =>
      sessionBody(h, s, sessions.csrfFor(s.jti), Math.max(0, s.exp - Math.floor(clock().getTime() / 1000))),
  );
  meetingRoute(
    {
      method: 'POST',
      url: '/api/meetings/:meetingId/session/refresh',
      operationId: 'refreshSession',
      summary: 'A fresh meeting token for a live session',
      tags: ['login'],
      schema: { params: S.MeetingParams, headers: S.CsrfHeaders },
      responses: { '200': json('Session', S.SessionBody), ...errors },
    },
    { csrf: true },
    async (_req, reply, h, s) => {
      const issued = await sessions.refresh(s);
      if (!issued) return refuse(reply, 'session-expired');
      reply.header('set-cookie', sessions.cookie(h.runtime.meetingId, issued.token, issued.expiresIn));
      return sessionBody(h, s, issued.csrf, issued.expiresIn);
    },
  );
  meetingRoute(
    {
      method: 'POST',
      url: '/api/meetings/:meetingId/logout',
      operationId: 'logout',
      summary: 'End the session',
      tags: ['login'],
      schema: { params: S.MeetingParams },
      responses: { '204': json('Cookie cleared') },
    },
    'public',
    async (_req, reply, h) => {
      reply.header('set-cookie', sessions.clearCookie(h.runtime.meetingId));
      return reply.code(204).send();
    },
  );
  meetingRoute(
    {
      method: 'POST',
      url: '/api/meetings/:meetingId/commands',
      operationId: 'command',
      summary:
        'Give a meeting command; checked by role, then by the procedure (decide), then stored with its audit entries',
      tags: ['meeting'],
      schema: { params: S.MeetingParams, headers: S.IdempotencyHeaders, body: S.CommandBody },
      responses: {
        '200': json('Stored (or replayed for a repeated Idempotency-Key)', S.CommandAccepted),
        ...errors,
        '409': json('Refused by the procedure or a reused key (bilingual)', S.ErrorBody),
        '503': json('Storage unavailable; nothing stored', S.ErrorBody),
      },
    },
    { csrf: true },
    async (req, reply, h, s) => {
      const participant = h.participants.get(s.personId) as Participant;
      const authorised = authorize(
        {
          personId: s.personId,
          role: s.role,
          ...(participant.schemaRole ? { schemaRole: participant.schemaRole } : {}),
        },
        req.body as Record<string, unknown>,
      );
      if (isRefusal(authorised)) return send(reply, authorised);
      h.watch?.seen(s.personId);
      const result = await h.runtime.execute({ personId: s.personId, role: s.role }, authorised.command, {
        idempotencyKey: req.headers['idempotency-key'] as string,
        authn: { idp: s.idp, acr: s.loa },
      });
      if (result.kind === 'refused') return send(reply, result.error);
      return { ...result.response, replayed: result.kind === 'duplicate' };
    },
  );
  meetingRoute(
    {
      method: 'POST',
      url: '/api/meetings/:meetingId/heartbeat',
      operationId: 'heartbeat',
      summary: 'KL 99 §: a remote participant is still connected',
      tags: ['meeting'],
      schema: { params: S.MeetingParams, headers: S.CsrfHeaders },
      responses: { '204': json('Recorded'), ...errors },
    },
    { csrf: true },
    async (_req, reply, h, s) => {
      await h.watch?.heartbeat(s.personId);
      return reply.code(204).send();
    },
  );
  // The election ballot box (KL 105 §): durable, shared by every instance, never in the stream (election-box.ts).
  const PRESIDING_ROLES: readonly MeetingRole[] = ['chair', 'vice-chair'];
  const box = '/api/meetings/:meetingId/election-box';
  const boxErrors = {
    ...errors,
    '409': json('Refused in the state of the meeting or the box (bilingual)', S.ErrorBody),
    '503': json('Storage unavailable; nothing stored', S.ErrorBody),
  };
  const boxAnswer = (reply: FastifyReply, result: unknown) => (isRefusal(result) ? send(reply, result) : result);
  const OpenBox = jsonSchemaOf(OpenElectionBody);
  const Ballot = jsonSchemaOf(ElectionBallotBody);
  const CloseBox = jsonSchemaOf(CloseElectionBody);
  meetingRoute(
    {
      method: 'GET',
      url: box,
      operationId: 'electionBox',
      summary:
        'The election ballot box of the current item as the caller may see it: the number of ballots cast and ' +
        'whether the caller has voted, never a choice or another voter',
      tags: ['election'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('The box', S.ElectionBoxView), ...boxErrors },
    },
    { csrf: false },
    async (_req, _reply, h, s) => h.boxes.view(s),
  );
  meetingRoute(
    {
      method: 'POST',
      url: `${box}/open`,
      operationId: 'openElectionBox',
      summary: 'KL 105 §: the presiding chair opens the ballot box of an election in the current item',
      tags: ['election'],
      schema: { params: S.MeetingParams, body: OpenBox },
      responses: { '200': json('The box, open', S.ElectionBoxView), ...boxErrors },
    },
    { csrf: true, roles: PRESIDING_ROLES },
    async (req, reply, h, s) => {
      await h.runtime.catchUp();
      return boxAnswer(reply, await h.boxes.open(s, { idp: s.idp, acr: s.loa }, OpenElectionBody.parse(req.body)));
    },
  );
  meetingRoute(
    {
      method: 'POST',
      url: `${box}/ballot`,
      operationId: 'castElectionBallot',
      summary:
        'KL 105 §: a member entitled to vote in the item casts one ballot (a candidate, or blank without one); the ' +
        'voter is the session, the choice is stored apart from the voter',
      tags: ['election'],
      schema: { params: S.MeetingParams, body: Ballot },
      responses: { '200': json('The box, with this ballot counted', S.ElectionBoxView), ...boxErrors },
    },
    { csrf: true, roles: VOTING_ROLES },
    async (req, reply, h, s) => {
      await h.runtime.catchUp();
      h.watch?.seen(s.personId);
      const ballot = ElectionBallotBody.parse(req.body);
      return boxAnswer(reply, await h.boxes.cast(s, { idp: s.idp, acr: s.loa }, ballot));
    },
  );
  meetingRoute(
    {
      method: 'POST',
      url: `${box}/close`,
      operationId: 'closeElectionBox',
      summary: 'KL 105 §: the presiding chair closes the ballot box; no ballot is taken after this',
      tags: ['election'],
      schema: { params: S.MeetingParams, body: CloseBox },
      responses: { '200': json('The box, closed', S.ElectionBoxView), ...boxErrors },
    },
    { csrf: true, roles: PRESIDING_ROLES },
    async (_req, reply, h, s) => {
      await h.runtime.catchUp();
      return boxAnswer(reply, await h.boxes.close(s, { idp: s.idp, acr: s.loa }));
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: `${box}/ballots`,
      operationId: 'electionBallots',
      summary:
        "The closed box's choices in random order, without voters, for count-election (the presiding chair only)",
      tags: ['election'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('The election and its ballots', S.ElectionBallots), ...boxErrors },
    },
    { csrf: false, roles: PRESIDING_ROLES },
    async (_req, reply, h, s) => {
      await h.runtime.catchUp();
      return boxAnswer(reply, await h.boxes.ballots(s));
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/state',
      operationId: 'state',
      summary: "The viewer's snapshot: agenda and state, confidential items reduced for those who may not see them",
      tags: ['meeting'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('Snapshot'), ...errors },
    },
    'optional-session',
    async (_req, _reply, h, s) => {
      await h.runtime.catchUp();
      return {
        seq: h.runtime.state.lastSeq,
        viewer: s ? { personId: s.personId, role: s.role } : { role: 'public' },
        // KL 99 §: who is away because the remote connection was lost (the chair's view shows them).
        lostConnections: [...h.runtime.state.attendance.values()].filter(connectionLost).map((a) => a.personId),
        ...snapshotFor(h.context(), viewerOf(s)),
      };
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/events',
      operationId: 'events',
      summary: 'Server-Sent Events: the events the viewer may see, id = seq, resume with Last-Event-ID',
      tags: ['meeting'],
      schema: { params: S.MeetingParams, querystring: S.EventsQuery },
      responses: {
        '200': { description: 'text/event-stream; `event: meeting-event`, `id: <seq>`', content: 'text/event-stream' },
        ...errors,
      },
    },
    'optional-session',
    async (req, reply, h, s) => {
      const header = req.headers['last-event-id'];
      const given = typeof header === 'string' ? header : (req.query as { lastEventId?: string }).lastEventId;
      if (given !== undefined && !/^-?\d{1,9}$/.test(given)) return refuse(reply, 'invalid-request');
      reply.hijack();
      h.stream.follow(reply.raw, viewerOf(s), given === undefined ? -1 : Number(given));
      return reply;
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/minutes-draft',
      operationId: 'minutesDraft',
      summary: 'The minutes draft (pöytäkirjaluonnos) for the chair and the secretary',
      tags: ['minutes'],
      schema: { params: S.MeetingParams, querystring: S.MinutesQuery },
      responses: { '200': json('MinutesText of @digikokous/procedure'), ...errors },
    },
    { csrf: false, roles: LEADS },
    async (req, _reply, h) => {
      await h.runtime.catchUp();
      const query = req.query as { lang?: 'fi' | 'sv'; format?: 'text' | 'document' };
      const options = {
        lang: query.lang ?? 'fi',
        ...(h.definition.people ? { people: h.definition.people } : {}),
        ...(h.definition.bodyName ? { bodyName: h.definition.bodyName } : {}),
      };
      return query.format === 'document'
        ? draftMinutes(h.runtime.state, options)
        : draftMinutesText(h.runtime.state, options);
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/connections',
      operationId: 'connections',
      summary: "KL 99 §: remote participants whose connection was found lost (the chair's and the secretary's view)",
      tags: ['meeting'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('{ lost: personId[] }'), ...errors },
    },
    { csrf: false, roles: LEADS },
    async (_req, _reply, h) => {
      await h.runtime.catchUp();
      return { lost: [...h.runtime.state.attendance.values()].filter(connectionLost).map((a) => a.personId) };
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/audit/checkpoints',
      operationId: 'auditCheckpoints',
      summary:
        'Signed audit checkpoints (vote close, meeting close), each with the consistency proof from the previous one',
      tags: ['audit'],
      schema: { params: S.MeetingParams },
      responses: { '200': json('Checkpoints'), '404': errors['404'] },
    },
    'public',
    async (_req, _reply, h) => ({ keys: jwks, checkpoints: await h.runtime.checkpoints() }),
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/audit/proof',
      operationId: 'auditInclusionProof',
      summary: 'RFC 6962 inclusion proof of audit entry `entry` (1-based) in the tree of `size` entries',
      tags: ['audit'],
      schema: { params: S.MeetingParams, querystring: S.ProofQuery },
      responses: { '200': json('Leaf hash and proof'), ...errors },
    },
    'public',
    async (req, reply, h) => {
      await h.runtime.catchUp();
      const q = req.query as { entry: string; size: string };
      const entry = Number(q.entry);
      const size = Number(q.size);
      if (entry < 1 || size < entry || size > h.runtime.auditSize) return refuse(reply, 'invalid-request');
      // The leaves come from the log (the runtime keeps only the chain's frontier in memory).
      const chain = await h.runtime.auditChain(size);
      return {
        entry,
        size,
        leafHash: chain.leafHash(entry),
        root: chain.merkleRoot(size),
        proof: chain.inclusionProof(entry, size),
      };
    },
  );
  meetingRoute(
    {
      method: 'GET',
      url: '/api/meetings/:meetingId/audit/entries',
      operationId: 'auditEntries',
      summary: 'The audit chain (JSON Lines) for the chair and the secretary',
      tags: ['audit'],
      schema: { params: S.MeetingParams },
      responses: { '200': { description: 'application/x-ndjson', content: 'application/x-ndjson' }, ...errors },
    },
    { csrf: false, roles: LEADS },
    async (_req, reply, h) => {
      await h.runtime.catchUp();
      return reply.type('application/x-ndjson').send((await h.runtime.auditChain()).toJSONLines());
    },
  );

  if (config.appDir) serveApp(app, config.appDir, (reply) => refuse(reply, 'not-found'));

  return {
    app,
    routes,
    jwks,
    runtime: (id) => hosted.get(id)?.runtime,
    watch: (id) => hosted.get(id)?.watch,
    async listen(port, host = '127.0.0.1') {
      return app.listen({ port, host });
    },
    async close() {
      for (const h of hosted.values()) {
        h.watch?.stop();
        h.stream.close();
      }
      await unlisten();
      await app.close();
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * Serves the built app from memory: a fixed allow-list of files read at start, so no path ever reaches the disk.
 * Paths under `/api/` are never the app: an unknown API path is the bilingual 404 refusal, not `index.html`
 * with 200 (a client probing for an optional route must be able to tell).
 */
function serveApp(app: FastifyInstance, dir: string, notFound: (reply: FastifyReply) => unknown): void {
  const files = new Map<string, { type: string; body: Buffer }>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const ext = name.slice(name.lastIndexOf('.'));
        const type = TYPES[ext];
        if (type) files.set(`/${relative(dir, full).split('\\').join('/')}`, { type, body: readFileSync(full) });
      }
    }
  };
  walk(dir);
  const index = files.get('/index.html');
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0] as string;
    if (path === '/api' || path.startsWith('/api/')) return notFound(reply);
    const file = files.get(path) ?? (path.includes('.') ? undefined : index);
    if (!file) return reply.code(404).type('text/plain').send('not found');
    if (path.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.type(file.type).send(file.body);
  });
}

export type { MeetingEvent };
