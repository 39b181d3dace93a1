import { beforeAll, describe, expect, it } from 'vitest';
import { signDocument, verifyDocument, DOCUMENT_TYPES } from '../src/index.js';
import { ecKeys, edKeys, type TestKeys } from './token-helpers.js';
import { makeMinutes } from './minutes-fixture.js';

let chair: TestKeys;
let secretary: TestKeys;
let checker: TestKeys;
let jwks: { keys: object[] };
const SIGNERS = {
  'chair-2026': { personId: 'p-chair', roles: ['chair'] },
  'secretary-2026': { personId: 'p-secretary', roles: ['secretary'] },
  'checker-1': { personId: 'p-checker', roles: ['minutes-checker'] },
} as const;
const MINUTES = { typ: 'minutes+jws', signers: SIGNERS } as const;

beforeAll(async () => {
  chair = await edKeys('chair-2026');
  secretary = await edKeys('secretary-2026');
  checker = await ecKeys('checker-1');
  jwks = { keys: [...chair.jwks.keys, ...secretary.jwks.keys, ...checker.jwks.keys] };
});

describe('signDocument / verifyDocument (JCS + detached JWS)', () => {
  it('several signers sign one document; reordering its keys does not matter', async () => {
    const doc = makeMinutes(5);
    const sigs = [
      await signDocument(doc, chair.privateKey, { typ: DOCUMENT_TYPES.minutes, kid: 'chair-2026', role: 'chair' }),
      await signDocument(doc, secretary.privateKey, {
        typ: DOCUMENT_TYPES.minutes,
        kid: 'secretary-2026',
        role: 'secretary',
      }),
      await signDocument(doc, checker.privateKey, {
        typ: DOCUMENT_TYPES.minutes,
        kid: 'checker-1',
        role: 'minutes-checker',
        alg: 'ES256',
      }),
    ];
    for (const s of sigs) expect(s).toMatch(/^[\w-]+\.\.[\w-]+$/);
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    const r = await verifyDocument(reordered, sigs, jwks as never, {
      ...MINUTES,
      requiredRoles: ['chair', 'secretary', 'minutes-checker'],
    });
    expect(r.valid).toBe(true);
    expect(r.signatures.map((s) => [s.kid, s.role, s.typ])).toEqual([
      ['chair-2026', 'chair', 'minutes+jws'],
      ['secretary-2026', 'secretary', 'minutes+jws'],
      ['checker-1', 'minutes-checker', 'minutes+jws'],
    ]);
  });

  it('a changed document fails every signature', async () => {
    const doc = makeMinutes(3);
    const sig = await signDocument(doc, chair.privateKey, { typ: 'minutes+jws', kid: 'chair-2026', role: 'chair' });
    const changed = structuredClone(doc) as { items: { decision: string }[] };
    changed.items[1]!.decision = 'Valtuusto hylkäsi muutoksen.';
    const r = await verifyDocument(changed, [sig], jwks as never, MINUTES);
    expect(r.valid).toBe(false);
    expect(r.signatures[0]).toMatchObject({ valid: false, code: 'ERR_SIGNATURE' });
  });

  it('minutes and vote records have distinct typ values that do not substitute for each other', async () => {
    const doc = { vote: 1, yes: 30, no: 11 };
    const vr = await signDocument(doc, chair.privateKey, { typ: DOCUMENT_TYPES.voteRecord, kid: 'chair-2026' });
    expect((await verifyDocument(doc, [vr], jwks as never, { typ: ['vote-record+jws'] })).valid).toBe(true);
    const asMinutes = await verifyDocument(doc, [vr], jwks as never, { typ: ['minutes+jws'] });
    expect(asMinutes.valid).toBe(false);
    expect(asMinutes.signatures[0]?.code).toBe('ERR_TYP');
    const m = await signDocument(doc, secretary.privateKey, { typ: DOCUMENT_TYPES.minutes, kid: 'secretary-2026' });
    expect((await verifyDocument(doc, [vr, m], jwks as never, { typ: ['minutes+jws', 'vote-record+jws'] })).valid).toBe(
      false,
    );
    await expect(
      signDocument(doc, chair.privateKey, { typ: 'meeting-participation+jwt' as never }),
    ).rejects.toMatchObject({ code: 'ERR_TYP' });
  });

  it('reports missing roles, unknown signers and an empty list as invalid', async () => {
    const doc = makeMinutes(1);
    const c = await signDocument(doc, chair.privateKey, { typ: 'minutes+jws', kid: 'chair-2026', role: 'chair' });
    const r = await verifyDocument(doc, [c], jwks as never, { ...MINUTES, requiredRoles: ['chair', 'secretary'] });
    expect(r).toMatchObject({ valid: false, missingRoles: ['secretary'] });
    const stranger = await edKeys('stranger');
    const s = await signDocument(doc, stranger.privateKey, { typ: 'minutes+jws', kid: 'stranger' });
    expect((await verifyDocument(doc, [s], jwks as never, MINUTES)).signatures[0]?.code).toBe('ERR_UNKNOWN_KID');
    expect((await verifyDocument(doc, [], jwks as never, MINUTES)).valid).toBe(false);
    expect(
      (await verifyDocument(doc, ['garbage', 42 as never], jwks as never, MINUTES)).signatures.map((x) => x.code),
    ).toEqual(['ERR_MALFORMED', 'ERR_NOT_A_STRING']);
  });

  it('a document that is not I-JSON cannot be verified', async () => {
    const r = await verifyDocument({ n: Number.NaN }, ['a..b'], jwks as never, MINUTES);
    expect(r.valid).toBe(false);
  });
});

describe('signatures bound to keys (issue 14; Kuntalaki 107 §: the chair and the secretary sign)', () => {
  it("the secretary's key signing as chair and as secretary does not satisfy ['chair', 'secretary']", async () => {
    const doc = makeMinutes(2);
    const asChair = await signDocument(doc, secretary.privateKey, {
      typ: 'minutes+jws',
      kid: 'secretary-2026',
      role: 'chair',
    });
    const asSecr = await signDocument(doc, secretary.privateKey, {
      typ: 'minutes+jws',
      kid: 'secretary-2026',
      role: 'secretary',
    });
    const r = await verifyDocument(doc, [asChair, asSecr], jwks as never, {
      ...MINUTES,
      requiredRoles: ['chair', 'secretary'],
    });
    expect(r.valid).toBe(false);
    expect(r.signatures[0]).toMatchObject({ valid: false, code: 'ERR_ROLE', personId: 'p-secretary' });
    expect(r.missingRoles).toEqual(['chair']);
  });

  it('one key bound to two roles still covers only one required role', async () => {
    const doc = makeMinutes(2);
    const both = { ...SIGNERS, 'secretary-2026': { personId: 'p-secretary', roles: ['chair', 'secretary'] } } as const;
    const s1 = await signDocument(doc, secretary.privateKey, {
      typ: 'minutes+jws',
      kid: 'secretary-2026',
      role: 'chair',
    });
    const s2 = await signDocument(doc, secretary.privateKey, {
      typ: 'minutes+jws',
      kid: 'secretary-2026',
      role: 'secretary',
    });
    const r = await verifyDocument(doc, [s1, s2], jwks as never, {
      typ: 'minutes+jws',
      signers: both,
      requiredRoles: ['chair', 'secretary'],
    });
    expect(r.signatures.every((s) => s.valid)).toBe(true);
    expect(r.valid).toBe(false);
    expect(r.missingRoles).toHaveLength(1);
    const c = await signDocument(doc, chair.privateKey, { typ: 'minutes+jws', kid: 'chair-2026', role: 'chair' });
    const ok = await verifyDocument(doc, [c, s2], jwks as never, {
      typ: 'minutes+jws',
      signers: both,
      requiredRoles: ['chair', 'secretary'],
    });
    expect(ok).toMatchObject({ valid: true, missingRoles: [] });
  });

  it('a signature without kid or with a kid outside the signer configuration is refused', async () => {
    const doc = makeMinutes(1);
    const noKid = await signDocument(doc, chair.privateKey, { typ: 'minutes+jws', role: 'chair' });
    const chairOnly = { keys: chair.jwks.keys };
    const r = await verifyDocument(doc, [noKid], chairOnly as never, { ...MINUTES, requiredRoles: ['chair'] });
    expect(r.signatures[0]).toMatchObject({ valid: false, code: 'ERR_UNKNOWN_KID' });
    const checkerSig = await signDocument(doc, checker.privateKey, {
      typ: 'minutes+jws',
      kid: 'checker-1',
      alg: 'ES256',
      role: 'minutes-checker',
    });
    const only = await verifyDocument(doc, [checkerSig], jwks as never, {
      typ: 'minutes+jws',
      signers: { 'chair-2026': SIGNERS['chair-2026'] },
    });
    expect(only.signatures[0]).toMatchObject({ valid: false, code: 'ERR_UNKNOWN_KID' });
  });

  it('typ is required per verification: a vote-record signature never verifies as minutes by default', async () => {
    const doc = { vote: 2, yes: 40, no: 1 };
    const vr = await signDocument(doc, chair.privateKey, { typ: DOCUMENT_TYPES.voteRecord, kid: 'chair-2026' });
    // A JavaScript caller may still omit the options.
    const untyped = verifyDocument as (...args: unknown[]) => Promise<unknown>;
    await expect(untyped(doc, [vr], jwks)).rejects.toMatchObject({ code: 'ERR_CONFIG' });
    await expect(verifyDocument(doc, [vr], jwks as never, {} as never)).rejects.toMatchObject({ code: 'ERR_CONFIG' });
    await expect(verifyDocument(doc, [vr], jwks as never, { typ: 'minutes' as never })).rejects.toMatchObject({
      code: 'ERR_CONFIG',
    });
    expect((await verifyDocument(doc, [vr], jwks as never, { typ: 'minutes+jws' })).valid).toBe(false);
    expect((await verifyDocument(doc, [vr], jwks as never, { typ: 'vote-record+jws' })).valid).toBe(true);
  });

  it('requiredRoles without signers, unknown roles, or signers with a bare key are ERR_CONFIG', async () => {
    const doc = makeMinutes(1);
    const c = await signDocument(doc, chair.privateKey, { typ: 'minutes+jws', kid: 'chair-2026', role: 'chair' });
    await expect(
      verifyDocument(doc, [c], jwks as never, { typ: 'minutes+jws', requiredRoles: ['chair'] }),
    ).rejects.toMatchObject({
      code: 'ERR_CONFIG',
    });
    await expect(
      verifyDocument(doc, [c], jwks as never, { ...MINUTES, requiredRoles: ['puheenjohtaja' as never] }),
    ).rejects.toMatchObject({ code: 'ERR_CONFIG' });
    await expect(verifyDocument(doc, [c], chair.publicKey, MINUTES)).rejects.toMatchObject({ code: 'ERR_CONFIG' });
  });
});
