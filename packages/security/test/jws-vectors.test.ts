import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactVerify, generalVerify, importJWK, CompactSign } from 'jose';
import type { JWK, GeneralJWSInput } from 'jose';
import { verifyCompactJws, verifyDetachedJws, JwsError } from '../src/index.js';

// Fixture files are untyped JSON test data read field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fx = (p: string): Record<string, any> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url)), 'utf8'));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'VALID';
  } catch (e) {
    expect(e).toBeInstanceOf(JwsError);
    return (e as JwsError).code;
  }
}

describe('RFC 7520 JOSE Cookbook §4 signatures', () => {
  it.each([
    ['jws/4_1.rsa_v15_signature.json', 'RS256'],
    ['jws/4_2.rsa-pss_signature.json', 'PS384'],
    ['jws/4_3.ecdsa_signature.json', 'ES512'],
    ['jws/4_4.hmac-sha2_integrity_protection.json', 'HS256'],
  ])('%s verifies under an explicit allow-list and fails outside it', async (file, alg) => {
    const v = fx(`jose-cookbook/${file}`);
    const key = v.input.key as JWK;
    const pub = { ...key };
    for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) delete (pub as Record<string, unknown>)[k];
    // JWK Sets hold asymmetric keys only (jose refuses oct keys there), so HMAC keys are passed alone.
    const keys = pub.kty === 'oct' ? pub : { keys: [pub] };
    const r = await verifyCompactJws(v.output.compact, keys, { algorithms: [alg] });
    expect(Buffer.from(r.payload).toString('utf8')).toBe(v.input.payload);
    expect(await codeOf(verifyCompactJws(v.output.compact, keys, { algorithms: ['EdDSA'] }))).toBe(
      'ERR_ALG_NOT_ALLOWED',
    );
    const tampered = v.output.compact.replace(/\.(.)/, (_m: string, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    expect(await codeOf(verifyCompactJws(tampered, keys, { algorithms: [alg] }))).not.toBe('VALID');
  });

  it('4.5 detached content verifies with verifyDetachedJws and fails for other content', async () => {
    const v = fx('jose-cookbook/jws/4_5.signature_with_detached_content.json');
    const payload = new TextEncoder().encode(v.input.payload);
    const r = await verifyDetachedJws(v.output.compact, payload, v.input.key, { algorithms: ['HS256'] });
    expect(r.protectedHeader.alg).toBe('HS256');
    const other = new TextEncoder().encode(v.input.payload + ' ');
    expect(await codeOf(verifyDetachedJws(v.output.compact, other, v.input.key, { algorithms: ['HS256'] }))).toBe(
      'ERR_SIGNATURE',
    );
  });

  it('4.8 multiple signatures: jose verifies each signer of the general serialization', async () => {
    const v = fx('jose-cookbook/jws/4_8.multiple_signatures.json');
    const jws = v.output.json as GeneralJWSInput;
    const keys = v.input.key as JWK[];
    const algs = v.input.alg as string[];
    let verified = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = { ...keys[i] } as Record<string, unknown>;
      for (const p of ['d', 'p', 'q', 'dp', 'dq', 'qi']) if (k.kty !== 'oct') delete k[p];
      const key = await importJWK(k as JWK, algs[i]);
      const r = await generalVerify(jws, key, { algorithms: [algs[i]!] });
      expect(Buffer.from(r.payload).toString()).toBe(v.input.payload);
      verified++;
    }
    expect(verified).toBe(3);
  });
});

describe('RFC 8037 A.4 Ed25519 and RFC 7797 b64:false', () => {
  it('reproduces the Ed25519 signature byte for byte and verifies it', async () => {
    const v = fx('jose-cookbook/curve25519/jws.json');
    const priv = await importJWK(v.input.key, 'EdDSA');
    const jws = await new CompactSign(new TextEncoder().encode(v.input.payload))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(priv);
    expect(jws).toBe(v.output.compact);
    const { d: _d, ...pub } = v.input.key as JWK;
    void _d;
    const r = await verifyCompactJws(v.output.compact, { keys: [pub] }, { algorithms: ['EdDSA'] });
    expect(Buffer.from(r.payload).toString()).toBe(v.input.payload);
  });

  it('accepts b64:false with crit ["b64"] only when allowed, as a detached payload', async () => {
    const v = fx('jose-cookbook/rfc7797/hmac-sha2_b64_false.json');
    const flat = v.output.json_flat;
    const detached = `${flat.protected}..${flat.signature}`;
    const payload = new TextEncoder().encode(v.input.payload);
    const policy = { algorithms: ['HS256'], allowUnencodedPayload: true };
    const r = await verifyDetachedJws(detached, payload, v.input.key, policy);
    expect(r.protectedHeader.b64).toBe(false);
    expect(
      await codeOf(
        verifyDetachedJws(detached, new TextEncoder().encode('This is the payload string?'), v.input.key, policy),
      ),
    ).toBe('ERR_SIGNATURE');
    expect(await codeOf(verifyDetachedJws(detached, payload, v.input.key, { algorithms: ['HS256'] }))).toBe('ERR_CRIT');
  });

  it('refuses b64:false without crit (the header variant in rfc7797/4.2 file), as RFC 7797 §6 requires crit', async () => {
    const v = fx('jose-cookbook/rfc7797/4.2.hmac-sha2_b64_false.json');
    const flat = v.output.json_flat;
    expect(
      await codeOf(
        verifyDetachedJws(`${flat.protected}..${flat.signature}`, new TextEncoder().encode(flat.payload), v.input.key, {
          algorithms: ['HS256'],
          allowUnencodedPayload: true,
        }),
      ),
    ).toBe('ERR_CRIT');
  });
});

describe('Project Wycheproof JWS (C2SP/wycheproof json_web_signature_test.json)', () => {
  const data = fx('wycheproof/json_web_signature_subset.json');
  const [hs, es] = data.testGroups as {
    comment: string;
    private?: JWK;
    public?: JWK;
    tests: { tcId: number; comment: string; jws: string; result: string }[];
  }[];

  it('has the 32 test cases', () => {
    expect(hs!.tests.length + es!.tests.length).toBe(32);
  });

  it.each(hs!.tests.map((t) => [t.tcId, t.comment, t] as const))('hs256 tc%i %s', async (_id, _c, t) => {
    const c = await codeOf(verifyCompactJws(t.jws, hs!.private!, { algorithms: ['HS256'] }));
    if (t.result === 'valid') expect(c).toBe('VALID');
    else expect(c).not.toBe('VALID');
  });

  it.each(es!.tests.map((t) => [t.tcId, t.comment, t] as const))('es256 tc%i %s', async (_id, _c, t) => {
    const c = await codeOf(verifyCompactJws(t.jws, { keys: [es!.public!] }, { algorithms: ['ES256'] }));
    if (t.result === 'valid') expect(c).toBe('VALID');
    else expect(c).not.toBe('VALID');
  });

  it('tc31 symmetry confusion is refused even if HS256 were allowed next to the EC key', async () => {
    const t = es!.tests.find((x) => x.tcId === 31)!;
    expect(await codeOf(verifyCompactJws(t.jws, { keys: [es!.public!] }, { algorithms: ['ES256', 'HS256'] }))).not.toBe(
      'VALID',
    );
  });

  it('tc32 embedded attacker JWK is refused by header policy before any key lookup', async () => {
    const t = es!.tests.find((x) => x.tcId === 32)!;
    expect(await codeOf(verifyCompactJws(t.jws, { keys: [es!.public!] }, { algorithms: ['ES256'] }))).toBe(
      'ERR_FORBIDDEN_HEADER',
    );
  });

  it('plain jose agrees on the valid ES256 case (sanity check of the copied data)', async () => {
    const t = es!.tests.find((x) => x.tcId === 18)!;
    const r = await compactVerify(t.jws, await importJWK(es!.public!, 'ES256'));
    expect(Buffer.from(r.payload).toString()).toBe('foo');
  });
});
