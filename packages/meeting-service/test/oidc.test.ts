import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { pseudonymizeActor, suomiFiProvider } from '@digikokous/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { BACKENDS, freshDatabase } from './support/backends.js';
import { ACR, browse, startTestOp, type TestOp } from './support/oidc-op.js';
import { sharedKeys } from './support/instances.js';
import { CHAIR, harness, ORIGIN, type Harness } from './support/service.js';
import type { ServiceConfig } from '../src/config.js';

// Synthetic henkilötunnus in the temporary 900–999 range (security-rules §4.1), old and new century signs.
const HETU_CHAIR = '150575-9346';
const HETU_STRANGER = '010203A957W';
const REDIRECT = `${ORIGIN}/auth/oidc/callback`;

/** Everything a henkilötunnus could leak into, as text: each table of the service's schema. */
async function databaseText(db: Database): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'dk\\_%'",
  );
  let text = '';
  for (const { table_name } of tables.rows) {
    const rows = await db.query<{ row: string }>(`SELECT t::text AS row FROM ${table_name} t`);
    text += rows.rows.map((r) => r.row).join('\n');
  }
  return text;
}

describe.each(BACKENDS)('OpenID Connect login against a real OpenID Provider on %s (KL 99 §, S213/2023)', (backend) => {
  let db: Database;
  let op: TestOp;
  let h: Harness;
  const logs: string[] = [];
  /** Every response header and body the service sent, for the leak search. */
  const sent: string[] = [];
  const pseudonymKey = randomBytes(32);
  const shared = sharedKeys();
  let oidcConfig: ServiceConfig['oidc'];

  beforeAll(async () => {
    db = (await freshDatabase(backend)).db;
    op = await startTestOp(REDIRECT);
    op.persons.set('suomifi-chair', { hetu: HETU_CHAIR, givenName: 'Aino', familyName: 'Esimerkki' });
    op.persons.set('suomifi-stranger', { hetu: HETU_STRANGER, givenName: 'Outi', familyName: 'Ulkopuolinen' });
    h = await harness(db, {
      ...shared,
      logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } },
      oidc: (oidcConfig = {
        issuer: op.issuer,
        clientId: op.rp.clientId,
        clientPrivateJwk: op.rp.clientPrivateJwk,
        decryptionJwk: op.rp.decryptionJwk,
        provider: suomiFiProvider({ issuer: op.issuer, clientId: op.rp.clientId, jwks: op.jwks }),
        acrValues: ACR.high,
        requiredLoa: 'high',
        allowInsecureRequests: true,
      }),
      pseudonyms: { key: pseudonymKey, persons: { [pseudonymizeActor(HETU_CHAIR, pseudonymKey)]: CHAIR } },
    });
  });
  afterAll(async () => {
    await h?.close();
    await op?.close();
    await db?.close();
  });

  const inject = async (options: InjectOptions) => {
    const r = await h.service.app.inject(options);
    sent.push(JSON.stringify(r.headers), r.body);
    return r;
  };
  const setCookies = (r: { headers: Record<string, unknown> }): string[] => {
    const c = r.headers['set-cookie'];
    return c === undefined ? [] : Array.isArray(c) ? c.map(String) : [String(c)];
  };
  const cookieValue = (cookies: string[], name: string): string | undefined =>
    cookies
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1)
      ?.slice(name.length + 1);
  const sessionCookieOf = (r: { headers: Record<string, unknown> }) =>
    cookieValue(setCookies(r), `__Host-dk-${h.meetingId}`);

  /** The service starts a flow: the provider's authorization URL and the flow cookie. */
  async function start(): Promise<{ authorize: URL; flow: string }> {
    const r = await inject({ url: `/auth/oidc/login?meeting=${h.meetingId}` });
    expect(r.statusCode).toBe(302);
    const flow = cookieValue(setCookies(r), '__Host-dk-oidc');
    expect(flow).toBeDefined();
    return { authorize: new URL(String(r.headers.location)), flow: `__Host-dk-oidc=${flow}` };
  }
  /** The browser's way back: the provider's redirect to the service with the code. */
  const authorizeAt = (url: URL, accountId: string, acr: string): Promise<URL> => {
    op.next = { accountId, acr };
    return browse(url.href, REDIRECT);
  };
  const callback = (url: URL, cookie?: string) =>
    inject({ url: `${url.pathname}${url.search}`, ...(cookie ? { headers: { cookie } } : {}) });
  const refusedLogins = () =>
    logs
      .filter((l) => l.includes('OpenID Connect login refused'))
      .map((l) => (JSON.parse(l) as { reason: string }).reason);

  it('a Suomi.fi-style login (PKCE, private_key_jwt, signed and encrypted ID token, acr loa3) maps the henkilötunnus to the chair through the keyed pseudonym', async () => {
    const { authorize, flow } = await start();
    // The request the provider gets: code flow, S256 challenge, state, nonce and the level asked for.
    expect(authorize.origin).toBe(op.issuer);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('acr_values')).toBe(ACR.high);
    // The flow cookie is sealed: neither the PKCE verifier nor the nonce can be read from it.
    const sealed = Buffer.from(flow.split('=')[1]!, 'base64url').toString('latin1');
    expect(sealed).not.toContain(authorize.searchParams.get('nonce'));
    expect(sealed).not.toContain('verifier');

    const back = await authorizeAt(authorize, 'suomifi-chair', ACR.high);
    expect(back.searchParams.get('code')).toBeTruthy();
    const r = await callback(back, flow);
    expect(r.statusCode, refusedLogins().join()).toBe(302);
    expect(r.headers.location).toBe(`/?meeting=${h.meetingId}`);
    const token = sessionCookieOf(r);
    expect(token).toBeDefined();
    const cookie = `__Host-dk-${h.meetingId}=${token}`;
    const session = await inject({ url: `/api/meetings/${h.meetingId}/session`, headers: { cookie } });
    expect(session.json()).toMatchObject({ personId: CHAIR, role: 'chair', development: false });

    // The identified chair opens the meeting: the audit entry records the OpenID login at the high level.
    const opened = await inject({
      method: 'POST',
      url: `/api/meetings/${h.meetingId}/commands`,
      headers: {
        cookie,
        origin: ORIGIN,
        'x-csrf-token': (session.json() as { csrf: string }).csrf,
        'idempotency-key': 'oidc-open-1',
      },
      payload: { type: 'open-meeting', chairId: CHAIR, mode: 'hybridi' },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const entry = JSON.parse((await h.service.runtime(h.meetingId)!.auditChain()).toJSONLines().split('\n')[0]!) as {
      actor: string;
      authn: unknown;
    };
    expect(entry).toMatchObject({ actor: CHAIR, authn: { idp: 'oidc', acr: 'high' } });
  });

  it('a flow started on one instance finishes on another of the same deployment (the flow key derives from the shared secret)', async () => {
    const other = await harness(db, {
      ...shared,
      meetingId: h.meetingId,
      oidc: oidcConfig!,
      pseudonyms: { key: pseudonymKey, persons: { [pseudonymizeActor(HETU_CHAIR, pseudonymKey)]: CHAIR } },
    });
    try {
      const { authorize, flow } = await start();
      const back = await authorizeAt(authorize, 'suomifi-chair', ACR.high);
      const r = await other.service.app.inject({ url: `${back.pathname}${back.search}`, headers: { cookie: flow } });
      sent.push(JSON.stringify(r.headers), r.body);
      expect(r.statusCode).toBe(302);
      expect(sessionCookieOf(r)).toBeDefined();
    } finally {
      await other.close();
    }
  });

  it('a person the provider identifies but who is not in the pseudonym table gets no session', async () => {
    const { authorize, flow } = await start();
    const r = await callback(await authorizeAt(authorize, 'suomifi-stranger', ACR.high), flow);
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('not-a-participant');
    expect(sessionCookieOf(r)).toBeUndefined();
  });

  it('a wrong state is refused (CSRF on the redirect, RFC 6749 10.12)', async () => {
    const { authorize, flow } = await start();
    const back = await authorizeAt(authorize, 'suomifi-chair', ACR.high);
    back.searchParams.set('state', 'attacker-chosen-state');
    const r = await callback(back, flow);
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('identification-failed');
    expect(sessionCookieOf(r)).toBeUndefined();
    expect(refusedLogins().at(-1)).toBe('exchange:OAUTH_INVALID_RESPONSE');
  });

  it('an ID token with another nonce is refused, even with the right state and PKCE challenge (replay, OIDC Core 3.1.2.1)', async () => {
    const { authorize, flow } = await start();
    // The attacker asks the provider with the victim's state and challenge (both visible in the URL), another nonce.
    const forged = new URL(authorize);
    forged.searchParams.set('nonce', 'attacker-nonce-0123456789');
    const r = await callback(await authorizeAt(forged, 'suomifi-chair', ACR.high), flow);
    expect(r.statusCode).toBe(403);
    expect(sessionCookieOf(r)).toBeUndefined();
    expect(refusedLogins().at(-1)).toBe('exchange:OAUTH_JWT_CLAIM_COMPARISON_FAILED');
  });

  it('without the PKCE verifier (no or a tampered flow cookie) or with another flow’s verifier the code is worthless', async () => {
    const first = await start();
    const back = await authorizeAt(first.authorize, 'suomifi-chair', ACR.high);
    const none = await callback(back);
    expect(none.statusCode).toBe(403);
    expect(refusedLogins().at(-1)).toBe('no-flow');
    const tampered = first.flow.slice(0, -4) + (first.flow.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await callback(back, tampered)).statusCode).toBe(403);
    expect(refusedLogins().at(-1)).toBe('flow-invalid');
    // A second flow's cookie, the first flow's code with the second's state: the verifier does not match the
    // challenge the code was issued for, and the provider refuses the exchange.
    const second = await start();
    const mixed = new URL(back);
    mixed.searchParams.set('state', second.authorize.searchParams.get('state')!);
    const r = await callback(mixed, second.flow);
    expect(r.statusCode).toBe(403);
    expect(sessionCookieOf(r)).toBeUndefined();
    expect(refusedLogins().at(-1)).toBe('exchange:OAUTH_RESPONSE_BODY_ERROR:invalid_grant');
  });

  it('a level of assurance below the configured one is refused: loa2 where high is required, an eIDAS low acr not in the allow-list', async () => {
    for (const [acr, reason] of [
      [ACR.substantial, 'id-token:ERR_LOA'],
      [ACR.low, 'id-token:ERR_ACR'],
    ] as const) {
      const { authorize, flow } = await start();
      const r = await callback(await authorizeAt(authorize, 'suomifi-chair', acr), flow);
      expect(r.statusCode, acr).toBe(403);
      expect(sessionCookieOf(r)).toBeUndefined();
      expect(refusedLogins().at(-1)).toBe(reason);
    }
  });

  it('a code issued to another client of the same provider is refused (code injection)', async () => {
    const { authorize, flow } = await start();
    const other = new URL(authorize);
    other.searchParams.set('client_id', op.other.clientId);
    const back = await authorizeAt(other, 'suomifi-chair', ACR.high);
    expect(back.searchParams.get('code')).toBeTruthy();
    const r = await callback(back, flow);
    expect(r.statusCode).toBe(403);
    expect(sessionCookieOf(r)).toBeUndefined();
    expect(refusedLogins().at(-1)).toBe('exchange:OAUTH_RESPONSE_BODY_ERROR:invalid_grant');
  });

  it('the henkilötunnus is nowhere: not in the database, the log, a cookie, a response or the meeting token', async () => {
    // Runs after the logins above (files run their tests in order): every flow has left its traces by now.
    expect(logs.length).toBeGreaterThan(10);
    expect(sent.length).toBeGreaterThan(20);
    const tokens = sent
      .join('\n')
      .match(/__Host-dk-[^=;]+=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g)!
      .map((c) => Buffer.from(c.split('.')[1]!, 'base64url').toString('utf8'));
    expect(tokens.length).toBeGreaterThan(0);
    const haystacks = { database: await databaseText(db), log: logs.join('\n'), sent: sent.join('\n'), tokens };
    for (const [where, text] of Object.entries(haystacks)) {
      for (const hetu of [HETU_CHAIR, HETU_STRANGER]) {
        expect(String(text), where).not.toContain(hetu);
        // Nor its digits alone (birth date and individual number).
        expect(String(text), where).not.toContain(hetu.slice(0, 6) + hetu.slice(7, 10));
      }
    }
    // What is stored and sent instead: the pseudonym maps to the person id, and only the person id is used.
    expect(haystacks.database).toContain(CHAIR);
    expect(haystacks.database).not.toContain(pseudonymizeActor(HETU_CHAIR, pseudonymKey));
  });
});
