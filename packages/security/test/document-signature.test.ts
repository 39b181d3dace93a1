import { beforeAll, describe, expect, it } from 'vitest';
import { signDocument, verifyDocument, DOCUMENT_TYPES } from '../src/index.js';
import { ecKeys, edKeys, type TestKeys } from './token-helpers.js';
import { makeMinutes } from './minutes-fixture.js';

let chair: TestKeys;
let secretary: TestKeys;
let checker: TestKeys;
let jwks: { keys: object[] };

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
    const r = await verifyDocument(changed, [sig], jwks as never);
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
    expect((await verifyDocument(doc, [vr, m], jwks as never)).valid).toBe(false);
    await expect(
      signDocument(doc, chair.privateKey, { typ: 'meeting-participation+jwt' as never }),
    ).rejects.toMatchObject({ code: 'ERR_TYP' });
  });

  it('reports missing roles, unknown signers and an empty list as invalid', async () => {
    const doc = makeMinutes(1);
    const c = await signDocument(doc, chair.privateKey, { typ: 'minutes+jws', kid: 'chair-2026', role: 'chair' });
    const r = await verifyDocument(doc, [c], jwks as never, { requiredRoles: ['chair', 'secretary'] });
    expect(r).toMatchObject({ valid: false, missingRoles: ['secretary'] });
    const stranger = await edKeys('stranger');
    const s = await signDocument(doc, stranger.privateKey, { typ: 'minutes+jws', kid: 'stranger' });
    expect((await verifyDocument(doc, [s], jwks as never)).signatures[0]?.code).toBe('ERR_UNKNOWN_KID');
    expect((await verifyDocument(doc, [], jwks as never)).valid).toBe(false);
    expect((await verifyDocument(doc, ['garbage', 42 as never], jwks as never)).signatures.map((x) => x.code)).toEqual([
      'ERR_MALFORMED',
      'ERR_NOT_A_STRING',
    ]);
  });

  it('a document that is not I-JSON cannot be verified', async () => {
    const r = await verifyDocument({ n: Number.NaN }, ['a..b'], jwks as never);
    expect(r.valid).toBe(false);
  });
});
