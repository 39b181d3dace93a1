import { bench, describe } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { exportJWK } from 'jose';
import { canonicalize, signDocument, verifyDocument } from '../src/index.js';
import { makeMinutes } from '../test/minutes-fixture.js';

const doc = makeMinutes(200);
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'chair', alg: 'EdDSA', use: 'sig' }] };
const sig = await signDocument(doc, privateKey, { typ: 'minutes+jws', kid: 'chair', role: 'chair' });

describe('200-item minutes document', () => {
  bench('canonicalize (RFC 8785)', () => {
    canonicalize(doc);
  });
  bench('signDocument (JCS + EdDSA detached JWS)', async () => {
    await signDocument(doc, privateKey, { typ: 'minutes+jws', kid: 'chair', role: 'chair' });
  });
  bench('verifyDocument (one signature)', async () => {
    const r = await verifyDocument(doc, [sig], jwks, { typ: 'minutes+jws' });
    if (!r.valid) throw new Error('invalid');
  });
});
