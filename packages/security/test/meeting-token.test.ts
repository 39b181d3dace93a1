import { beforeAll, describe, expect, it } from 'vitest';
import { exportJWK } from 'jose';
import {
  issueMeetingToken,
  verifyMeetingToken,
  InMemoryReplayCache,
  MeetingTokenError,
  MEETING_ROLES,
  SECURITY_ERROR_CODES,
  ERROR_MESSAGES,
  type VerifyMeetingTokenConfig,
} from '../src/index.js';
import { b64u, ecKeys, edKeys, signRaw, type TestKeys } from './token-helpers.js';
import { makeHetu } from './hetu-helpers.js';

const NOW = new Date('2026-03-10T16:00:00+02:00');
const T = Math.floor(NOW.getTime() / 1000);
const ISS = 'https://kokous.esimerkki.fi';
const MID = 'kv-2026-3';
const AUD = `urn:fi:kunta:999:meeting:${MID}`;

let keys: TestKeys;
let config: VerifyMeetingTokenConfig;

beforeAll(async () => {
  keys = await edKeys('k1');
  config = {
    jwks: keys.jwks,
    issuer: ISS,
    audience: AUD,
    meetingId: MID,
    maxTokenAge: '15m',
    clockTolerance: 30,
    currentDate: NOW,
  };
});

const baseHeader = { alg: 'EdDSA', typ: 'meeting-participation+jwt', kid: 'k1' };
const basePayload = () => ({
  iss: ISS,
  sub: 'p-7f3a',
  aud: AUD,
  mid: MID,
  role: 'member',
  jti: 'j-1',
  iat: T - 10,
  nbf: T - 10,
  exp: T + 590,
});

function forge(header: object | string, payload: object | string, key = keys.privateKey, alg = 'EdDSA'): string {
  const h = typeof header === 'string' ? header : JSON.stringify(header);
  const p = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return signRaw(h, p, key, alg);
}

async function code(token: unknown, cfg: Partial<VerifyMeetingTokenConfig> = {}): Promise<string> {
  try {
    await verifyMeetingToken(token, { ...config, ...cfg });
    return 'ACCEPTED';
  } catch (e) {
    expect(e).toBeInstanceOf(MeetingTokenError);
    const err = e as MeetingTokenError;
    expect(SECURITY_ERROR_CODES).toContain(err.code);
    expect(err.messages.fi.length).toBeGreaterThan(0);
    return err.code;
  }
}

describe('issueMeetingToken / verifyMeetingToken', () => {
  it('round-trips an EdDSA token with explicit typ and every required claim', async () => {
    const token = await issueMeetingToken({ sub: 'p-7f3a', mid: MID, role: 'chair' }, keys.privateKey, {
      issuer: ISS,
      audience: AUD,
      kid: 'k1',
      now: NOW,
      randomId: () => 'fixed-jti',
    });
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;
    expect(header).toEqual({ alg: 'EdDSA', typ: 'meeting-participation+jwt', kid: 'k1' });
    const claims = await verifyMeetingToken(token, config);
    expect(claims).toEqual({
      iss: ISS,
      sub: 'p-7f3a',
      aud: AUD,
      mid: MID,
      role: 'chair',
      jti: 'fixed-jti',
      iat: T,
      nbf: T,
      exp: T + 600,
    });
  });

  it('accepts a forged-by-hand but correct token (sanity check for the attack helpers)', async () => {
    expect(await code(forge(baseHeader, basePayload()))).toBe('ACCEPTED');
  });

  it('refuses to issue with a henkilötunnus, an unknown role or too long a lifetime', async () => {
    const hetu = makeHetu('1970-01-01', '-', 222);
    await expect(
      issueMeetingToken({ sub: hetu, mid: MID, role: 'member' }, keys.privateKey, {
        issuer: ISS,
        audience: AUD,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'ERR_PERSONAL_ID' });
    await expect(
      issueMeetingToken({ sub: 'x', mid: MID, role: 'king' as never }, keys.privateKey, {
        issuer: ISS,
        audience: AUD,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'ERR_ROLE' });
    await expect(
      issueMeetingToken({ sub: 'x', mid: MID, role: 'member' }, keys.privateKey, {
        issuer: ISS,
        audience: AUD,
        now: NOW,
        expiresIn: 3600,
      }),
    ).rejects.toMatchObject({ code: 'ERR_LIFETIME' });
  });

  it('every error code has Finnish and English messages', () => {
    for (const c of SECURITY_ERROR_CODES) {
      expect(ERROR_MESSAGES[c].fi).toMatch(/\S/);
      expect(ERROR_MESSAGES[c].en).toMatch(/\S/);
    }
  });
});

describe('attack suite (RFC 8725; security-rules §2)', () => {
  it('alg none', async () => {
    const t = `${b64u(JSON.stringify({ alg: 'none', typ: 'meeting-participation+jwt' }))}.${b64u(JSON.stringify(basePayload()))}.`;
    expect(await code(t)).toBe('ERR_ALG_NOT_ALLOWED');
  });

  it('HMAC/asymmetric key confusion: HS256 keyed with the public key bytes', async () => {
    const pub = Buffer.from(JSON.stringify(await exportJWK(keys.publicKey)));
    const t = forge({ ...baseHeader, alg: 'HS256' }, basePayload(), { hmac: pub } as never);
    expect(await code(t)).toBe('ERR_ALG_NOT_ALLOWED');
    // Even if a careless config allowed ES256 too, HS256 stays out.
    expect(await code(t, { algorithms: ['EdDSA', 'ES256'] })).toBe('ERR_ALG_NOT_ALLOWED');
  });

  it('unknown kid', async () => {
    expect(await code(forge({ ...baseHeader, kid: 'k-unknown' }, basePayload()))).toBe('ERR_UNKNOWN_KID');
  });

  it('a token signed by a key outside the pinned set', async () => {
    const other = await edKeys('k1');
    expect(await code(forge(baseHeader, basePayload(), other.privateKey))).toBe('ERR_SIGNATURE');
  });

  it('unknown crit', async () => {
    expect(await code(forge({ ...baseHeader, crit: ['exp-meeting'], 'exp-meeting': 1 }, basePayload()))).toBe(
      'ERR_CRIT',
    );
  });

  it.each(['jwk', 'jku', 'x5u', 'x5c'])('embedded key reference header %s', async (h) => {
    const value =
      h === 'jwk' ? await exportJWK(keys.publicKey) : h === 'x5c' ? ['MIIB'] : 'https://attacker.example/keys';
    expect(await code(forge({ ...baseHeader, [h]: value }, basePayload()))).toBe('ERR_FORBIDDEN_HEADER');
  });

  it('duplicate members in the payload and in the header (also via escapes)', async () => {
    const p = JSON.stringify(basePayload()).replace(/}$/, `,"aud":"urn:other"}`);
    expect(await code(forge(baseHeader, p))).toBe('ERR_DUPLICATE_MEMBER');
    const p2 = JSON.stringify(basePayload()).replace(/}$/, `,"\\u0072ole":"chair"}`);
    expect(await code(forge(baseHeader, p2))).toBe('ERR_DUPLICATE_MEMBER');
    const h = JSON.stringify(baseHeader).replace(/}$/, `,"alg":"none"}`);
    expect(await code(forge(h, basePayload()))).toBe('ERR_DUPLICATE_MEMBER');
  });

  it('oversized tokens are refused before parsing', async () => {
    const big = 'a'.repeat(9000);
    expect(await code(big)).toBe('ERR_TOKEN_TOO_LONG');
    const padded = forge(baseHeader, { ...basePayload(), pad: 'x'.repeat(7000) });
    expect(await code(padded)).toBe('ERR_TOKEN_TOO_LONG');
    expect(await code(padded, { maxLength: 20_000 })).toBe('ACCEPTED');
  });

  it('expired, not yet valid, future iat, too old', async () => {
    expect(await code(forge(baseHeader, { ...basePayload(), exp: T - 31 }))).toBe('ERR_EXPIRED');
    expect(await code(forge(baseHeader, { ...basePayload(), exp: T - 29 }))).toBe('ACCEPTED');
    expect(await code(forge(baseHeader, { ...basePayload(), nbf: T + 60 }))).toBe('ERR_NOT_YET_VALID');
    expect(await code(forge(baseHeader, { ...basePayload(), iat: T + 60, nbf: T - 10 }))).toBe('ERR_IAT_IN_FUTURE');
    expect(await code(forge(baseHeader, { ...basePayload(), iat: T - 1000, nbf: T - 1000 }))).toBe('ERR_TOO_OLD');
  });

  it('wrong issuer, wrong audience, mid not matching', async () => {
    expect(await code(forge(baseHeader, { ...basePayload(), iss: 'https://evil.example' }))).toBe('ERR_ISSUER');
    expect(await code(forge(baseHeader, { ...basePayload(), aud: 'urn:fi:kunta:999:meeting:other' }))).toBe(
      'ERR_AUDIENCE',
    );
    expect(await code(forge(baseHeader, { ...basePayload(), mid: 'kh-2026-1' }))).toBe('ERR_MEETING_ID');
    // A token valid for another meeting is refused by that meeting's verifier.
    const good = forge(baseHeader, basePayload());
    expect(await code(good, { meetingId: 'kh-2026-1', audience: 'urn:fi:kunta:999:meeting:kh-2026-1' })).toBe(
      'ERR_AUDIENCE',
    );
    expect(await code(good, { meetingId: 'kh-2026-1' })).toBe('ERR_MEETING_ID');
  });

  it('wrong or missing typ', async () => {
    expect(await code(forge({ ...baseHeader, typ: 'JWT' }, basePayload()))).toBe('ERR_TYP');
    expect(await code(forge({ alg: 'EdDSA', kid: 'k1' }, basePayload()))).toBe('ERR_TYP');
    expect(await code(forge({ ...baseHeader, typ: 'minutes+jws' }, basePayload()))).toBe('ERR_TYP');
  });

  it('unknown role and roles outside the use', async () => {
    expect(await code(forge(baseHeader, { ...basePayload(), role: 'mayor' }))).toBe('ERR_ROLE');
    expect(
      await code(forge(baseHeader, { ...basePayload(), role: 'public' }), { roles: ['member', 'deputy', 'chair'] }),
    ).toBe('ERR_ROLE');
    expect(MEETING_ROLES).toHaveLength(9);
  });

  it('missing required claims', async () => {
    for (const claim of ['exp', 'iat', 'nbf', 'jti', 'sub', 'mid', 'role']) {
      const p: Record<string, unknown> = basePayload();
      delete p[claim];
      expect(await code(forge(baseHeader, p)), claim).toBe('ERR_MISSING_CLAIM');
    }
  });

  it('replayed jti', async () => {
    const cache = new InMemoryReplayCache({ now: () => T });
    const t = forge(baseHeader, basePayload());
    expect(await code(t, { replayCache: cache })).toBe('ACCEPTED');
    expect(await code(t, { replayCache: cache })).toBe('ERR_REPLAY');
    // An invalid token does not burn a jti.
    const bad = forge(baseHeader, { ...basePayload(), jti: 'j-2', mid: 'x' });
    expect(await code(bad, { replayCache: cache })).toBe('ERR_MEETING_ID');
    expect(cache.size).toBe(1);
  });

  it('an ECDSA signature of zeros (CVE-2022-21449 "psychic signatures")', async () => {
    const ec = await ecKeys('e1');
    const cfg = { jwks: ec.jwks, algorithms: ['ES256'] as const };
    const good = forge({ ...baseHeader, alg: 'ES256', kid: 'e1' }, basePayload(), ec.privateKey, 'ES256');
    expect(await code(good, { ...cfg, algorithms: ['ES256'] })).toBe('ACCEPTED');
    const zero = `${good.split('.').slice(0, 2).join('.')}.${Buffer.alloc(64).toString('base64url')}`;
    expect(await code(zero, { ...cfg, algorithms: ['ES256'] })).toBe('ERR_SIGNATURE');
  });

  it('a henkilötunnus as subject is refused even when signed', async () => {
    expect(await code(forge(baseHeader, { ...basePayload(), sub: makeHetu('1970-01-01', '-', 222) }))).toBe(
      'ERR_PERSONAL_ID',
    );
  });

  it('a lifetime longer than maxTokenAge is refused', async () => {
    expect(await code(forge(baseHeader, { ...basePayload(), exp: T + 86_400 }))).toBe('ERR_LIFETIME');
  });

  it('malformed input never crashes', async () => {
    for (const t of [
      undefined,
      42,
      {},
      '',
      'a.b',
      'a.b.c.d',
      '!!!.e30.x',
      `${b64u('[]')}.${b64u('{}')}.x`,
      `${b64u('{"alg":"EdDSA"')}.e30.x`,
      `${b64u('\u00ff')}.e30.x`,
    ]) {
      const c = await code(t);
      expect(['ERR_NOT_A_STRING', 'ERR_MALFORMED']).toContain(c);
    }
    const deep = '['.repeat(100) + ']'.repeat(100);
    expect(await code(forge(baseHeader, `{"a":${deep}}`))).toBe('ERR_MALFORMED');
    expect(await code(forge(baseHeader, '{"__proto__":{"polluted":1},' + JSON.stringify(basePayload()).slice(1)))).toBe(
      'ACCEPTED',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
