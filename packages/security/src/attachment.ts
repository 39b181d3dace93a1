/**
 * Confidential attachments encrypted to each entitled recipient's key (JWE, General JSON
 * Serialization, one recipient entry per person). Tiedonhallintalaki 906/2019 14 §: confidential
 * data over public networks must travel encrypted, and the recipient must be identified before
 * access; JulkL 22 §: not visible to outsiders "by a technical connection". Decryption always
 * uses allow-lists of key-management and content-encryption algorithms (RFC 8725 §3.2) and
 * refuses compression (`zip`, RFC 8725 §3.6) and key-reference headers.
 */
import { GeneralEncrypt, generalDecrypt } from 'jose';
import type { CryptoKey, GeneralJWE, JWK, KeyObject } from 'jose';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { SecurityError } from './errors.js';
import { FORBIDDEN_HEADER_PARAMETERS, joseErrorCode } from './jose-policy.js';
import { assertNoDuplicateMembers } from './strict-json.js';

/** Refusal of an encrypted attachment. */
export class AttachmentError extends SecurityError {
  constructor(...args: ConstructorParameters<typeof SecurityError>) {
    super(...args);
    this.name = 'AttachmentError';
  }
}

export const ATTACHMENT_KEY_ALGORITHMS = Object.freeze(['ECDH-ES+A256KW', 'RSA-OAEP-256'] as const);
export type AttachmentKeyAlgorithm = (typeof ATTACHMENT_KEY_ALGORITHMS)[number];
export const ATTACHMENT_CONTENT_ALGORITHMS = Object.freeze(['A256GCM'] as const);

export interface AttachmentRecipient {
  /** Key id of the recipient's encryption key (`use: enc`). */
  readonly kid: string;
  readonly key: CryptoKey | KeyObject | JWK;
  readonly alg?: AttachmentKeyAlgorithm;
}

export interface EncryptAttachmentOptions {
  /** Media type of the plaintext, carried as `cty` in the protected header. */
  readonly contentType?: string;
}

/** Encrypt once, wrap the content key for every entitled recipient. */
export async function encryptAttachment(
  data: Uint8Array,
  recipients: readonly AttachmentRecipient[],
  options: EncryptAttachmentOptions = {},
): Promise<GeneralJWE> {
  if (!(data instanceof Uint8Array)) throw new TypeError('encryptAttachment: data must be a Uint8Array');
  if (!Array.isArray(recipients) || recipients.length === 0)
    throw new TypeError('encryptAttachment: at least one recipient');
  const kids = new Set<string>();
  const header: { enc: string; cty?: string } = { enc: 'A256GCM' };
  if (options.contentType !== undefined) header.cty = options.contentType;
  const enc = new GeneralEncrypt(data).setProtectedHeader(header);
  for (const r of recipients) {
    const alg = r.alg ?? 'ECDH-ES+A256KW';
    if (!ATTACHMENT_KEY_ALGORITHMS.includes(alg)) throw new AttachmentError('ERR_ALG_NOT_ALLOWED', alg);
    if (typeof r.kid !== 'string' || r.kid === '' || kids.has(r.kid))
      throw new TypeError('encryptAttachment: every recipient needs a unique kid');
    kids.add(r.kid);
    enc.addRecipient(r.key).setUnprotectedHeader({ alg, kid: r.kid });
  }
  return enc.encrypt();
}

export interface DecryptAttachmentOptions {
  /** Only try the recipient entry with this `kid`. */
  readonly kid?: string;
  readonly keyManagementAlgorithms?: readonly string[];
  readonly contentEncryptionAlgorithms?: readonly string[];
  /** Cap on a JSON string input before parsing (default 64 MiB). */
  readonly maxLength?: number;
}

export interface DecryptedAttachment {
  readonly plaintext: Uint8Array;
  readonly contentType?: string;
  /** SHA-256 (hex) of the plaintext, to compare with the attachment record. */
  readonly sha256: string;
}

function headerProblems(h: unknown): string | undefined {
  if (h === undefined) return undefined;
  if (h === null || typeof h !== 'object') return 'header';
  for (const name of [...FORBIDDEN_HEADER_PARAMETERS, 'zip', 'crit']) if (Object.hasOwn(h, name)) return name;
  return undefined;
}

/** Decrypt with the viewer's private key under algorithm allow-lists. */
export async function decryptAttachment(
  jwe: GeneralJWE | string,
  key: CryptoKey | KeyObject | JWK,
  options: DecryptAttachmentOptions = {},
): Promise<DecryptedAttachment> {
  let input: GeneralJWE;
  if (typeof jwe === 'string') {
    const max = options.maxLength ?? 64 * 1024 * 1024;
    if (jwe.length > max) throw new AttachmentError('ERR_TOKEN_TOO_LONG', `> ${max}`);
    try {
      assertNoDuplicateMembers(jwe, 16);
      input = JSON.parse(jwe) as GeneralJWE;
    } catch (e) {
      throw new AttachmentError('ERR_MALFORMED', 'json', { cause: e });
    }
  } else {
    input = jwe;
  }
  if (input === null || typeof input !== 'object' || !Array.isArray(input.recipients))
    throw new AttachmentError('ERR_MALFORMED', 'recipients');
  let protectedHeader: unknown;
  try {
    protectedHeader =
      typeof input.protected === 'string'
        ? JSON.parse(Buffer.from(input.protected, 'base64url').toString('utf8'))
        : undefined;
    if (typeof input.protected === 'string')
      assertNoDuplicateMembers(Buffer.from(input.protected, 'base64url').toString('utf8'));
  } catch (e) {
    throw new AttachmentError('ERR_MALFORMED', 'protected', { cause: e });
  }
  for (const h of [protectedHeader, input.unprotected, ...input.recipients.map((r) => r?.header)]) {
    const p = headerProblems(h);
    if (p) throw new AttachmentError(p === 'zip' || p === 'crit' ? 'ERR_UNSUPPORTED' : 'ERR_FORBIDDEN_HEADER', p);
  }
  const recipients =
    options.kid === undefined ? input.recipients : input.recipients.filter((r) => r?.header?.kid === options.kid);
  if (recipients.length === 0) throw new AttachmentError('ERR_UNKNOWN_KID', 'kid');
  const keyAlgs: readonly string[] = options.keyManagementAlgorithms ?? ATTACHMENT_KEY_ALGORITHMS;
  const contentAlgs: readonly string[] = options.contentEncryptionAlgorithms ?? ATTACHMENT_CONTENT_ALGORITHMS;
  // jose reports every per-recipient failure as one generic error, so the allow-lists are
  // checked here first to give the precise code.
  const shared = {
    ...(input.unprotected ?? {}),
    ...((protectedHeader as Record<string, unknown> | undefined) ?? {}),
  } as Record<string, unknown>;
  const enc = shared.enc;
  if (typeof enc !== 'string' || !contentAlgs.includes(enc))
    throw new AttachmentError('ERR_ALG_NOT_ALLOWED', typeof enc === 'string' ? enc : 'enc');
  const allowed = recipients.filter((r) => {
    const alg = r?.header?.alg ?? shared.alg;
    return typeof alg === 'string' && keyAlgs.includes(alg);
  });
  if (allowed.length === 0) throw new AttachmentError('ERR_ALG_NOT_ALLOWED', 'alg');
  try {
    const r = await generalDecrypt({ ...input, recipients: allowed }, key, {
      keyManagementAlgorithms: [...keyAlgs],
      contentEncryptionAlgorithms: [...contentAlgs],
    });
    const cty = r.protectedHeader?.cty;
    return {
      plaintext: r.plaintext,
      ...(typeof cty === 'string' ? { contentType: cty } : {}),
      sha256: createHash('sha256').update(r.plaintext).digest('hex'),
    };
  } catch (e) {
    const { code, detail } = joseErrorCode(e);
    throw new AttachmentError(code === 'ERR_SIGNATURE' ? 'ERR_DECRYPT' : code, detail, { cause: e });
  }
}
