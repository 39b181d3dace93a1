import { bench, describe } from 'vitest';
import { generateKeyPairSync, verify as nodeVerify } from 'node:crypto';
import { exportJWK } from 'jose';
import { issueMeetingToken, verifyMeetingToken } from '../src/index.js';

const NOW = new Date('2026-03-10T16:00:00+02:00');
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' }] };
const token = await issueMeetingToken({ sub: 'p-7f3a', mid: 'kv-2026-3', role: 'member' }, privateKey, {
  issuer: 'https://kokous.esimerkki.fi',
  audience: 'urn:fi:kunta:999:meeting:kv-2026-3',
  kid: 'k1',
  now: NOW,
  randomId: () => 'bench-jti',
});
const [h, p, s] = token.split('.') as [string, string, string];
const signingInput = Buffer.from(`${h}.${p}`);
const signature = Buffer.from(s, 'base64url');
const config = {
  jwks,
  issuer: 'https://kokous.esimerkki.fi',
  audience: 'urn:fi:kunta:999:meeting:kv-2026-3',
  meetingId: 'kv-2026-3',
  maxTokenAge: '15m',
  clockTolerance: 30,
  currentDate: NOW,
};

describe('meeting-token verification vs bare Ed25519', () => {
  bench('verifyMeetingToken (full policy + jose EdDSA)', async () => {
    await verifyMeetingToken(token, config);
  });
  bench('node:crypto Ed25519 verify of the same bytes', () => {
    if (!nodeVerify(null, signingInput, publicKey, signature)) throw new Error('bad');
  });
});
