import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { exportJWK } from 'jose';
import type { GeneralJWE, JWK } from 'jose';
import { encryptAttachment, decryptAttachment, AttachmentError } from '../src/index.js';

// Fixture files are untyped JSON test data read field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fx = (p: string): Record<string, any> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url)), 'utf8'));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    expect(e).toBeInstanceOf(AttachmentError);
    return (e as AttachmentError).code;
  }
}

let member: { privateKey: KeyObject; publicKey: KeyObject };
let secretary: { privateKey: KeyObject; publicKey: KeyObject };
let official: { privateKey: KeyObject; publicKey: KeyObject };
let outsider: { privateKey: KeyObject; publicKey: KeyObject };
const data = new TextEncoder().encode('Liite 3: sosiaalihuollon asiakkaan selvitys (salassa pidettävä).');

beforeAll(() => {
  member = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  secretary = generateKeyPairSync('x25519');
  official = generateKeyPairSync('rsa', { modulusLength: 2048 });
  outsider = generateKeyPairSync('ec', { namedCurve: 'P-256' });
});

describe('encryptAttachment / decryptAttachment', () => {
  it('every entitled recipient can decrypt; an outsider cannot', async () => {
    const jwe = await encryptAttachment(
      data,
      [
        { kid: 'member-1', key: member.publicKey },
        { kid: 'secretary', key: secretary.publicKey },
        { kid: 'official-1', key: official.publicKey, alg: 'RSA-OAEP-256' },
      ],
      { contentType: 'text/plain' },
    );
    expect(jwe.recipients).toHaveLength(3);
    for (const [kid, k] of [
      ['member-1', member],
      ['secretary', secretary],
      ['official-1', official],
    ] as const) {
      const r = await decryptAttachment(jwe, k.privateKey, { kid });
      expect(Buffer.from(r.plaintext).toString()).toBe(Buffer.from(data).toString());
      expect(r.contentType).toBe('text/plain');
      expect(r.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    }
    expect(await codeOf(decryptAttachment(jwe, outsider.privateKey))).toBe('ERR_DECRYPT');
    expect(await codeOf(decryptAttachment(jwe, outsider.privateKey, { kid: 'nobody' }))).toBe('ERR_UNKNOWN_KID');
    // Round trip through JSON text too.
    const r = await decryptAttachment(JSON.stringify(jwe), member.privateKey);
    expect(r.plaintext).toEqual(data);
  });

  it('tampering, compression, key headers, duplicates and oversize are refused', async () => {
    const jwe = await encryptAttachment(data, [{ kid: 'm', key: member.publicKey }]);
    const ct = Buffer.from(jwe.ciphertext, 'base64url');
    ct[0]! ^= 1;
    expect(await codeOf(decryptAttachment({ ...jwe, ciphertext: ct.toString('base64url') }, member.privateKey))).toBe(
      'ERR_DECRYPT',
    );
    expect(
      await codeOf(decryptAttachment({ ...jwe, unprotected: { zip: 'DEF' } } as GeneralJWE, member.privateKey)),
    ).toBe('ERR_UNSUPPORTED');
    const withJwk = {
      ...jwe,
      recipients: [
        { ...jwe.recipients[0]!, header: { ...jwe.recipients[0]!.header, jwk: await exportJWK(outsider.publicKey) } },
      ],
    };
    expect(await codeOf(decryptAttachment(withJwk as GeneralJWE, member.privateKey))).toBe('ERR_FORBIDDEN_HEADER');
    const dup = JSON.stringify(jwe).replace(/^\{/, '{"ciphertext":"AAAA",');
    expect(await codeOf(decryptAttachment(dup, member.privateKey))).toBe('ERR_MALFORMED');
    expect(await codeOf(decryptAttachment('x'.repeat(100), member.privateKey, { maxLength: 10 }))).toBe(
      'ERR_TOKEN_TOO_LONG',
    );
    expect(await codeOf(decryptAttachment('{"recipients": 1}', member.privateKey))).toBe('ERR_MALFORMED');
    await expect(
      encryptAttachment(data, [{ kid: 'a', key: member.publicKey, alg: 'RSA1_5' as never }]),
    ).rejects.toMatchObject({ code: 'ERR_ALG_NOT_ALLOWED' });
    await expect(encryptAttachment(data, [])).rejects.toThrow(TypeError);
  });

  it('RFC 7520 §5.2 (RSA-OAEP, A256GCM) decrypts only when both algorithms are allow-listed', async () => {
    const v = fx('jose-cookbook/jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json');
    const key = v.input.key as JWK;
    const r = await decryptAttachment(v.output.json, key, {
      keyManagementAlgorithms: ['RSA-OAEP'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    expect(Buffer.from(r.plaintext).toString('utf8')).toBe(v.input.plaintext);
    expect(await codeOf(decryptAttachment(v.output.json, key))).toBe('ERR_ALG_NOT_ALLOWED');
  });

  it('RFC 7520 §5.13 multiple recipients: the ECDH-ES+A256KW recipient decrypts its entry', async () => {
    const v = fx('jose-cookbook/jwe/5_13.encrypting_to_multiple_recipients.json');
    const key = (v.input.key as JWK[])[1]!;
    const r = await decryptAttachment(v.output.json, key, {
      kid: 'peregrin.took@tuckborough.example',
      keyManagementAlgorithms: ['ECDH-ES+A256KW'],
      contentEncryptionAlgorithms: ['A128CBC-HS256'],
    });
    expect(Buffer.from(r.plaintext).toString('utf8')).toBe(v.input.plaintext);
  });
});
