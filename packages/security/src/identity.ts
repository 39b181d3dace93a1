/**
 * Strong electronic identification with OpenID Connect ID tokens, including signed-then-
 * encrypted tokens (a JWE wrapping a JWS) as the Finnish Trust Network OIDC profile
 * (Traficom S213/2023; regulation M72B) requires and as the Suomi.fi OIDC interface is expected
 * to use. Three steps (security-rules §1): `compactDecrypt` with algorithm allow-lists, a `cty:
 * JWT` check, then `jwtVerify` of the inner JWS with the *issuer's* pinned keys (decryption
 * alone proves nothing about who issued the token), issuer, audience = client_id, nonce,
 * `exp`/`iat`, maximum age and an `acr` allow-list. Claims are normalised per provider.
 *
 * Kuntalaki 410/2015 99 §: participants of an electronic meeting must be verifiable; the level
 * of assurance needed per use (joining, voting, opening confidential material) is a setting.
 * Suomi.fi endpoints, algorithms and claim names are [unverified] in public material and are
 * therefore configuration here.
 */
import { compactDecrypt, jwtVerify } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, JWTVerifyGetKey, KeyObject } from 'jose';
import { IdentityTokenError } from './errors.js';
import { validateHetu } from './hetu.js';
import { checkProtectedHeader, joseErrorCode, strictJsonCode, FORBIDDEN_HEADER_PARAMETERS } from './jose-policy.js';
import { resolveJwks, spanSeconds } from './meeting-token.js';
import { decodeStrictJsonSegment } from './strict-json.js';
import { isCanonicalBase64Url } from './base64url.js';

/** Levels of assurance (eIDAS: low, substantial, high). */
export type Loa = 'low' | 'substantial' | 'high';
const LOA_RANK: Record<Loa, number> = { low: 1, substantial: 2, high: 3 };

/** FTN and eIDAS `acr` values (security-rules §1.2, [source] City-of-Helsinki/yjdh). */
export const FTN_ACR_VALUES: Readonly<Record<string, Loa>> = Object.freeze({
  'http://ftn.ficora.fi/2017/loa2': 'substantial',
  'http://ftn.ficora.fi/2017/loa3': 'high',
  'http://eidas.europa.eu/LoA/substantial': 'substantial',
  'http://eidas.europa.eu/LoA/high': 'high',
});

/** Test-environment `acr` values ([unverified]: confirm in S213/2023); only with `allowTestAcr`. */
export const FTN_TEST_ACR_VALUES: Readonly<Record<string, Loa>> = Object.freeze({
  'http://ftn.ficora.fi/2017/loatest2': 'substantial',
  'http://ftn.ficora.fi/2017/loatest3': 'high',
});

/** Where the normalised fields come from: claim names tried in order. */
export interface ClaimMapping {
  readonly hetu?: readonly string[];
  readonly givenName: readonly string[];
  readonly familyName: readonly string[];
  readonly birthdate?: readonly string[];
}

export interface IdentityProvider {
  /** Label used as `idp` in the normalised identity, e.g. `suomi.fi`, `ftn:op`. */
  readonly name: string;
  readonly issuer: string;
  /** The relying party's client_id: the expected audience. */
  readonly clientId: string;
  /** The provider's pinned signing keys (static set, or `pinnedRemoteJwks(url)`). */
  readonly jwks: JSONWebKeySet | JWTVerifyGetKey;
  readonly signingAlgorithms: readonly string[];
  readonly encryption?: {
    readonly required: boolean;
    readonly keyManagementAlgorithms: readonly string[];
    readonly contentEncryptionAlgorithms: readonly string[];
  };
  /** `acr` allow-list with the level each value means. */
  readonly acrValues: Readonly<Record<string, Loa>>;
  readonly claims: ClaimMapping;
}

export interface ProviderConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly jwks: JSONWebKeySet | JWTVerifyGetKey;
  /** Default `['RS256', 'PS256', 'ES256']`; take the provider's discovery document's list. */
  readonly signingAlgorithms?: readonly string[];
  /** Default: required, `RSA-OAEP` / `RSA-OAEP-256`, `A128CBC-HS256` / `A256GCM` ([unverified] per broker). */
  readonly encryption?: IdentityProvider['encryption'];
  /** Accept the FTN test `acr` values (pre-production only). */
  readonly allowTestAcr?: boolean;
}

const DEFAULT_SIGNING = ['RS256', 'PS256', 'ES256'] as const;
const DEFAULT_ENCRYPTION = {
  required: true,
  keyManagementAlgorithms: ['RSA-OAEP', 'RSA-OAEP-256'],
  contentEncryptionAlgorithms: ['A128CBC-HS256', 'A256GCM'],
} as const;

const OID = {
  hetu: 'urn:oid:1.2.246.21',
  givenName: 'urn:oid:2.5.4.42',
  firstName: 'urn:oid:1.2.246.575.1.14',
  sn: 'urn:oid:2.5.4.4',
  dateOfBirth: 'urn:oid:1.3.6.1.5.5.7.9.1',
} as const;
const EIDAS = 'http://eidas.europa.eu/attributes/naturalperson/';

function ftnAcr(config: ProviderConfig): Record<string, Loa> {
  return { ...FTN_ACR_VALUES, ...(config.allowTestAcr === true ? FTN_TEST_ACR_VALUES : {}) };
}

const LOAS: readonly string[] = Object.keys(LOA_RANK);
const isLoa = (v: unknown): v is Loa => typeof v === 'string' && LOAS.includes(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 2048;

/**
 * The configuration problem of a provider, or `undefined`. Fails closed: a provider without an
 * issuer, a client id, keys, signing algorithms or an `acr` map onto known levels verifies nothing.
 */
function providerProblem(
  p: IdentityProvider | ProviderConfig,
  acrValues?: Readonly<Record<string, unknown>>,
): string | undefined {
  if (p === null || typeof p !== 'object') return 'provider';
  if (!nonEmpty(p.issuer)) return 'issuer';
  if (!nonEmpty(p.clientId)) return 'clientId';
  const jwks: unknown = p.jwks;
  if (
    typeof jwks !== 'function' &&
    (jwks === null || typeof jwks !== 'object' || !Array.isArray((jwks as JSONWebKeySet).keys))
  )
    return 'jwks';
  const algs: unknown = p.signingAlgorithms;
  if (algs !== undefined && (!Array.isArray(algs) || algs.length === 0 || !algs.every(nonEmpty)))
    return 'signingAlgorithms';
  if (acrValues !== undefined) {
    if (acrValues === null || typeof acrValues !== 'object') return 'acrValues';
    const entries = Object.entries(acrValues);
    if (entries.length === 0 || !entries.every(([k, v]) => nonEmpty(k) && isLoa(v))) return 'acrValues';
  }
  return undefined;
}

function base(
  name: string,
  config: ProviderConfig,
  claims: ClaimMapping,
  acrValues: Record<string, Loa>,
): IdentityProvider {
  const problem = providerProblem(config, acrValues);
  if (problem !== undefined) throw new IdentityTokenError('ERR_CONFIG', problem);
  return {
    name,
    issuer: config.issuer,
    clientId: config.clientId,
    jwks: config.jwks,
    signingAlgorithms: config.signingAlgorithms ?? DEFAULT_SIGNING,
    encryption: config.encryption ?? DEFAULT_ENCRYPTION,
    acrValues,
    claims,
  };
}

/** Suomi.fi e-Identification (OIDC). Claim names assumed to keep the SAML OIDs ([unverified]); eIDAS users get the eIDAS attributes. */
export function suomiFiProvider(config: ProviderConfig): IdentityProvider {
  return base(
    'suomi.fi',
    config,
    {
      hetu: [OID.hetu],
      givenName: [OID.firstName, OID.givenName, `${EIDAS}CurrentGivenName`],
      familyName: [OID.sn, `${EIDAS}CurrentFamilyName`],
      birthdate: [OID.dateOfBirth, `${EIDAS}DateOfBirth`, 'birthdate'],
    },
    ftnAcr(config),
  );
}

/**
 * FTN brokers (S213/2023): OP Identity Service Broker (`personal_identity_code`, standard names;
 * its `sub` is not persistent), Telia (OID claim names) and Nets/IN Groupe-style (`ssn`) ([unverified] per broker).
 */
export function ftnBrokerProvider(broker: 'op' | 'telia' | 'nets', config: ProviderConfig): IdentityProvider {
  const claims: Record<typeof broker, ClaimMapping> = {
    op: {
      hetu: ['personal_identity_code'],
      givenName: ['given_name'],
      familyName: ['family_name'],
      birthdate: ['birthdate'],
    },
    telia: {
      hetu: [OID.hetu],
      givenName: [OID.firstName, OID.givenName],
      familyName: [OID.sn],
      birthdate: [OID.dateOfBirth],
    },
    nets: {
      hetu: ['ssn', OID.hetu],
      givenName: ['given_name', OID.firstName],
      familyName: ['family_name', OID.sn],
      birthdate: ['birthdate', OID.dateOfBirth],
    },
  };
  if (!Object.hasOwn(claims, broker)) throw new TypeError('ftnBrokerProvider: broker must be op, telia or nets');
  return base(`ftn:${broker}`, config, claims[broker], ftnAcr(config));
}

/** Generic OpenID Connect provider with standard claim names and a caller-given `acr` allow-list. */
export function genericOidcProvider(
  config: ProviderConfig & { name?: string; acrValues: Readonly<Record<string, Loa>>; claims?: ClaimMapping },
): IdentityProvider {
  return base(
    config.name ?? config.issuer,
    {
      encryption: {
        required: false,
        keyManagementAlgorithms: DEFAULT_ENCRYPTION.keyManagementAlgorithms,
        contentEncryptionAlgorithms: DEFAULT_ENCRYPTION.contentEncryptionAlgorithms,
      },
      ...config,
    },
    config.claims ?? { givenName: ['given_name'], familyName: ['family_name'], birthdate: ['birthdate'] },
    { ...config.acrValues },
  );
}

/** Uses with a configurable level of assurance. */
export type IdentityUse = 'join' | 'vote' | 'confidential';

/** Default levels per use: substantial (FTN loa2) or higher everywhere ([derived]; set per municipality). */
export const DEFAULT_LOA_POLICY: Readonly<Record<IdentityUse, Loa>> = Object.freeze({
  join: 'substantial',
  vote: 'substantial',
  confidential: 'substantial',
});

export interface VerifyIdentityOptions {
  /** The nonce sent in the authentication request. */
  readonly nonce: string;
  /** The relying party's private decryption key (`use: enc`), needed for encrypted tokens. */
  readonly decryptionKey?: CryptoKey | KeyObject | JWK;
  readonly use?: IdentityUse;
  /** Overrides the policy for this call. */
  readonly requiredLoa?: Loa;
  /** A level for every use (`join`, `vote`, `confidential`); a partial policy is `ERR_CONFIG`. */
  readonly loaPolicy?: Readonly<Record<IdentityUse, Loa>>;
  /**
   * Audiences besides the client id that this relying party trusts (OpenID Connect Core 3.1.3.7 step 3:
   * a token with any other additional audience is refused). Default none.
   */
  readonly trustedAudiences?: readonly string[];
  /** Maximum age since `iat` (default `'10m'`). */
  readonly maxTokenAge?: number | string;
  /** Clock tolerance (default 30 s). */
  readonly clockTolerance?: number | string;
  readonly currentDate?: Date;
  /** Length cap before parsing (default 32 768). */
  readonly maxLength?: number;
}

/** The normalised identity. `hetu` is personal data: never put it in tokens, logs or minutes. */
export interface NormalizedIdentity {
  readonly subject: string;
  readonly hetu?: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthdate?: string;
  readonly loa: Loa;
  readonly acr: string;
  readonly amr: readonly string[];
  readonly idp: string;
  /** `auth_time`, or `iat` when the provider does not send it (epoch seconds). */
  readonly authTime: number;
}

const USES: readonly string[] = ['join', 'vote', 'confidential'];

/** The level this call needs; unknown uses, levels and partial policies are `ERR_CONFIG` (fail closed). */
function requiredLevel(options: VerifyIdentityOptions): Loa {
  const use: unknown = options.use ?? 'join';
  if (typeof use !== 'string' || !USES.includes(use)) return fail('ERR_CONFIG', 'use');
  const policy: unknown = options.loaPolicy ?? DEFAULT_LOA_POLICY;
  if (policy === null || typeof policy !== 'object') return fail('ERR_CONFIG', 'loaPolicy');
  const keys = Object.keys(policy);
  if (
    keys.length !== USES.length ||
    !USES.every((u) => Object.hasOwn(policy, u) && isLoa((policy as Record<string, unknown>)[u]))
  )
    return fail('ERR_CONFIG', 'loaPolicy');
  if (options.requiredLoa !== undefined) {
    if (!isLoa(options.requiredLoa)) return fail('ERR_CONFIG', 'requiredLoa');
    return options.requiredLoa;
  }
  return (policy as Record<string, Loa>)[use] as Loa;
}

const fail = (code: ConstructorParameters<typeof IdentityTokenError>[0], detail?: string, cause?: unknown): never => {
  throw new IdentityTokenError(code, detail, cause === undefined ? undefined : { cause });
};

function pick(claims: Record<string, unknown>, names: readonly string[] | undefined): string | undefined {
  for (const n of names ?? []) {
    const v = Object.hasOwn(claims, n) ? claims[n] : undefined;
    if (typeof v === 'string' && v.length > 0 && v.length <= 256) return v;
  }
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Verify an ID token from `provider` and return the normalised identity, or reject with an `IdentityTokenError`. */
export async function verifyIdentityToken(
  token: unknown,
  provider: IdentityProvider,
  options: VerifyIdentityOptions,
): Promise<NormalizedIdentity> {
  const maxLength = options.maxLength ?? 32_768;
  if (typeof token !== 'string') return fail('ERR_NOT_A_STRING');
  if (token.length > maxLength) return fail('ERR_TOKEN_TOO_LONG', `> ${maxLength}`);
  if (typeof options?.nonce !== 'string' || options.nonce.length === 0) return fail('ERR_CONFIG', 'nonce');
  const maxAge = spanSeconds(options.maxTokenAge ?? '10m');
  const tolerance = spanSeconds(options.clockTolerance ?? 30);
  if (maxAge === undefined || tolerance === undefined) return fail('ERR_CONFIG', 'maxTokenAge/clockTolerance');
  // Fail closed: every setting that decides the level of assurance must be known before a token is read.
  const required = requiredLevel(options);
  const problem = providerProblem(provider, provider?.acrValues);
  if (problem !== undefined) return fail('ERR_CONFIG', problem);
  const trusted = options.trustedAudiences ?? [];
  if (!Array.isArray(trusted) || !trusted.every(nonEmpty)) return fail('ERR_CONFIG', 'trustedAudiences');

  let jws = token;
  const segments = token.split('.');
  // RFC 7515 §2 / RFC 7516 §2: every segment canonical base64url, as in verifyCompactJws.
  if (!segments.every(isCanonicalBase64Url)) return fail('ERR_MALFORMED', 'base64url');
  if (segments.length === 5) {
    const enc = provider.encryption;
    if (!enc) return fail('ERR_ALG_NOT_ALLOWED', 'encryption not configured');
    if (!options.decryptionKey) return fail('ERR_CONFIG', 'decryptionKey');
    let header: Record<string, unknown> = {};
    try {
      header = decodeStrictJsonSegment(segments[0] ?? '');
    } catch (e) {
      fail(strictJsonCode(e), 'jwe header', e);
    }
    for (const name of FORBIDDEN_HEADER_PARAMETERS) if (Object.hasOwn(header, name)) fail('ERR_FORBIDDEN_HEADER', name);
    if (Object.hasOwn(header, 'zip') || Object.hasOwn(header, 'crit')) fail('ERR_UNSUPPORTED', 'zip/crit');
    if (typeof header.alg !== 'string' || !enc.keyManagementAlgorithms.includes(header.alg))
      fail('ERR_ALG_NOT_ALLOWED', 'alg');
    if (typeof header.enc !== 'string' || !enc.contentEncryptionAlgorithms.includes(header.enc))
      fail('ERR_ALG_NOT_ALLOWED', 'enc');
    if (typeof header.cty !== 'string' || header.cty.toUpperCase().replace(/^APPLICATION\//, '') !== 'JWT')
      fail('ERR_CTY', 'cty');
    try {
      const { plaintext } = await compactDecrypt(token, options.decryptionKey, {
        keyManagementAlgorithms: [...enc.keyManagementAlgorithms],
        contentEncryptionAlgorithms: [...enc.contentEncryptionAlgorithms],
      });
      jws = decoder.decode(plaintext);
    } catch (e) {
      const { code, detail } = joseErrorCode(e);
      fail(code === 'ERR_SIGNATURE' ? 'ERR_DECRYPT' : code, detail, e);
    }
    if (jws.length > maxLength) fail('ERR_TOKEN_TOO_LONG', 'inner');
  } else if (segments.length === 3) {
    if (provider.encryption?.required === true) fail('ERR_ENCRYPTION_REQUIRED');
  } else {
    fail('ERR_MALFORMED', 'segments');
  }

  const parts = jws.split('.');
  if (parts.length !== 3) fail('ERR_MALFORMED', 'inner token is not a JWS');
  if (!parts.every(isCanonicalBase64Url)) fail('ERR_MALFORMED', 'base64url');
  let header: Record<string, unknown> = {};
  try {
    header = decodeStrictJsonSegment(parts[0] ?? '');
    decodeStrictJsonSegment(parts[1] ?? '');
  } catch (e) {
    fail(strictJsonCode(e), 'jws', e);
  }
  const refusal = checkProtectedHeader(header, { algorithms: provider.signingAlgorithms });
  if (refusal) fail(refusal.code, refusal.detail);
  // RFC 8725 §3.12: an ID token must not be confused with the package's other token kinds.
  if (header.typ !== undefined && (typeof header.typ !== 'string' || !/^(application\/)?jwt$/i.test(header.typ)))
    fail('ERR_TYP', 'typ');

  let claims: Record<string, unknown> = {};
  try {
    const r = await jwtVerify(jws, resolveJwks(provider.jwks), {
      algorithms: [...provider.signingAlgorithms],
      issuer: provider.issuer,
      audience: provider.clientId,
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: maxAge,
      clockTolerance: tolerance,
      ...(options.currentDate ? { currentDate: options.currentDate } : {}),
    });
    claims = r.payload as Record<string, unknown>;
  } catch (e) {
    const { code, detail } = joseErrorCode(e);
    fail(code, detail, e);
  }
  // OpenID Connect Core 3.1.3.7: step 3, every additional audience must be one this client trusts;
  // steps 4–5, with several audiences an azp is required, and an azp present must be this client.
  const auds: unknown[] = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (auds.some((a) => a !== provider.clientId && !trusted.includes(a as string))) fail('ERR_AUDIENCE', 'aud');
  if (auds.length > 1 && !Object.hasOwn(claims, 'azp')) fail('ERR_AUDIENCE', 'azp');
  if (Object.hasOwn(claims, 'azp') && claims.azp !== provider.clientId) fail('ERR_AUDIENCE', 'azp');
  if (claims.nonce !== options.nonce) fail('ERR_NONCE', 'nonce');
  const acr = claims.acr;
  if (typeof acr !== 'string' || !Object.hasOwn(provider.acrValues, acr)) fail('ERR_ACR', 'acr');
  const loa = provider.acrValues[acr as string];
  if (!isLoa(loa)) return fail('ERR_CONFIG', 'acrValues');
  if (!(LOA_RANK[loa] >= LOA_RANK[required])) fail('ERR_LOA', `${loa} < ${required}`);

  const subject = claims.sub;
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 256) fail('ERR_CLAIM', 'sub');
  const givenName = pick(claims, provider.claims.givenName);
  const familyName = pick(claims, provider.claims.familyName);
  if (givenName === undefined || familyName === undefined) fail('ERR_MISSING_CLAIM', 'name');
  const hetu = pick(claims, provider.claims.hetu);
  let birthdate = pick(claims, provider.claims.birthdate);
  if (hetu !== undefined) {
    const h = validateHetu(hetu);
    if (!h.valid) fail('ERR_CLAIM', 'hetu');
    birthdate ??= h.birthDate;
  }
  if (birthdate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(birthdate)) fail('ERR_CLAIM', 'birthdate');
  const amrRaw = claims.amr;
  const amr = Array.isArray(amrRaw)
    ? amrRaw.filter((a): a is string => typeof a === 'string')
    : typeof amrRaw === 'string'
      ? [amrRaw]
      : [];
  const authTime = typeof claims.auth_time === 'number' ? claims.auth_time : (claims.iat as number);

  return {
    subject: subject as string,
    ...(hetu !== undefined ? { hetu } : {}),
    givenName: givenName as string,
    familyName: familyName as string,
    ...(birthdate !== undefined ? { birthdate } : {}),
    loa,
    acr: acr as string,
    amr,
    idp: provider.name,
    authTime,
  };
}
