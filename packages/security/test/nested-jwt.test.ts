import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactDecrypt } from 'jose';
import type { JWK } from 'jose';
import { verifyCompactJws, verifyIdentityToken, genericOidcProvider, IdentityTokenError } from '../src/index.js';

const v = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('./fixtures/jose-cookbook/6.nesting_signatures_and_encryption.json', import.meta.url)),
    'utf8',
  ),
) as {
  sign: { input: { payload: string; key: JWK }; output: { compact: string } };
  encrypt: { input: { key: JWK }; output: { compact: string } };
};

const publicOf = (k: JWK): JWK => {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = k;
  void [_d, _p, _q, _dp, _dq, _qi];
  return pub;
};

describe('RFC 7520 §6 nested signing and encryption (JWE wrapping a JWS)', () => {
  it('decrypts, and the inner JWS verifies under the strict policy with the signer key', async () => {
    const { plaintext, protectedHeader } = await compactDecrypt(v.encrypt.output.compact, v.encrypt.input.key, {
      keyManagementAlgorithms: ['RSA-OAEP'],
      contentEncryptionAlgorithms: ['A128GCM'],
    });
    expect(protectedHeader.cty).toBe('JWT');
    const inner = new TextDecoder().decode(plaintext);
    expect(inner).toBe(v.sign.output.compact);
    const r = await verifyCompactJws(inner, { keys: [publicOf(v.sign.input.key)] }, { algorithms: ['PS256'] });
    expect(new TextDecoder().decode(r.payload)).toBe(v.sign.input.payload);
  });

  it('verifyIdentityToken gets through decryption and signature, then refuses the claim set (no aud/iat)', async () => {
    const provider = genericOidcProvider({
      issuer: 'hobbiton.example',
      clientId: 'rp',
      jwks: { keys: [publicOf(v.sign.input.key)] },
      signingAlgorithms: ['PS256'],
      encryption: { required: true, keyManagementAlgorithms: ['RSA-OAEP'], contentEncryptionAlgorithms: ['A128GCM'] },
      acrValues: { 'urn:example:loa:high': 'high' },
    });
    const opts = { nonce: 'n', decryptionKey: v.encrypt.input.key, currentDate: new Date(1300819000 * 1000) };
    const err = await verifyIdentityToken(v.encrypt.output.compact, provider, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IdentityTokenError);
    expect((err as IdentityTokenError).code).toBe('ERR_MISSING_CLAIM');
    const strict = genericOidcProvider({
      ...provider,
      encryption: {
        required: true,
        keyManagementAlgorithms: ['RSA-OAEP-256'],
        contentEncryptionAlgorithms: ['A128GCM'],
      },
      acrValues: { 'urn:example:loa:high': 'high' },
    });
    await expect(verifyIdentityToken(v.encrypt.output.compact, strict, opts)).rejects.toMatchObject({
      code: 'ERR_ALG_NOT_ALLOWED',
    });
  });
});
