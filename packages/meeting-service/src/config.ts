import type { Meeting, Person } from '@digikokous/meeting-schema';
import type { DecideOptions } from '@digikokous/procedure';
import type { IdentityProvider, Loa } from '@digikokous/security';
import type { FastifyServerOptions } from 'fastify';
import type { JWK } from 'jose';
import type { Database } from './db/database.js';
import type { Participant } from './meeting/participants.js';

/** One meeting the service runs. */
export interface MeetingDefinition {
  readonly meeting: Meeting;
  readonly body: { readonly kind: string; readonly seats: number };
  readonly participants: readonly Participant[];
  /** People for names in the minutes draft. */
  readonly people?: readonly Person[];
  readonly bodyName?: { fi: string; sv?: string };
}

export interface OidcConfig {
  /** The provider's issuer (discovery at `<issuer>/.well-known/openid-configuration`). */
  readonly issuer: string;
  readonly clientId: string;
  /** `private_key_jwt` client key (S213/2023), or a client secret for a generic provider in tests. */
  readonly clientPrivateJwk?: JWK;
  readonly clientSecret?: string;
  /** The security package's profile (suomiFiProvider, ftnBrokerProvider, genericOidcProvider). */
  readonly provider: IdentityProvider;
  /** Private key for the encrypted ID tokens (JWE), when the provider encrypts. */
  readonly decryptionJwk?: JWK;
  readonly scope?: string;
  readonly acrValues?: string;
  /** The level of assurance a login needs (default the security package's policy: `substantial`). */
  readonly requiredLoa?: Loa;
  /** Allow http:// issuers (loopback tests only; refused in production). */
  readonly allowInsecureRequests?: boolean;
}

const OIDC_KNOWN = new Set([
  'issuer',
  'clientId',
  'clientPrivateJwk',
  'clientSecret',
  'provider',
  'decryptionJwk',
  'scope',
  'acrValues',
  'requiredLoa',
  'allowInsecureRequests',
]);

export interface ServiceConfig {
  /** `production` refuses the development login and requires configured keys. */
  readonly mode: 'development' | 'production';
  readonly database: Database;
  readonly meetings: readonly MeetingDefinition[];
  /** The origin browsers use, e.g. `https://kokous.esimerkkila.fi` (CSRF Origin check, token issuer). */
  readonly publicOrigin: string;
  /** Private Ed25519 JWKs; every instance of one deployment must share them. Generated when absent (development). */
  readonly keys?: { readonly token?: JWK; readonly audit?: JWK };
  /** Key of the CSRF tokens; shared by all instances. Random when absent (development). */
  readonly csrfKey?: Uint8Array;
  readonly clock?: () => Date;
  /** The development identity provider: test persons are the meeting's participants. Never in production. */
  readonly developmentLogin?: boolean;
  readonly oidc?: OidcConfig;
  /** HMAC key of the henkilötunnus pseudonyms (`pseudonymizeActor`) and the pseudonym → person table. */
  readonly pseudonyms?: { readonly key: Uint8Array; readonly persons: Readonly<Record<string, string>> };
  /** Built `apps/meeting` to serve at `/`. */
  readonly appDir?: string;
  /** KL 99 §: a remote member silent longer than `lossAfterMs` is recorded as departed. */
  readonly connection?: { readonly lossAfterMs: number; readonly sweepMs: number };
  readonly tokenLifetimeSeconds?: number;
  readonly maxSessionSeconds?: number;
  /**
   * The live stream's memory bounds: `recentEvents` kept per meeting for `Last-Event-ID` resumes (default 1,024;
   * older resumes read the log), `coalesceMs` (default 100) and `maxBufferedBytes` per follower (default 4 MiB).
   */
  readonly stream?: {
    readonly recentEvents?: number;
    readonly coalesceMs?: number;
    readonly maxBufferedBytes?: number;
  };
  readonly decideOptions?: DecideOptions;
  /** Fastify's logger (pino options, e.g. `{ level: 'info', stream }`); off by default. */
  readonly logger?: FastifyServerOptions['logger'];
}

const KNOWN = new Set([
  'mode',
  'database',
  'meetings',
  'publicOrigin',
  'keys',
  'csrfKey',
  'clock',
  'developmentLogin',
  'oidc',
  'pseudonyms',
  'appDir',
  'connection',
  'tokenLifetimeSeconds',
  'maxSessionSeconds',
  'stream',
  'decideOptions',
  'logger',
]);

const STREAM_KNOWN = new Set(['recentEvents', 'coalesceMs', 'maxBufferedBytes']);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Fails closed: unknown options, and anything production must not run with, are errors. */
export function checkConfig(config: ServiceConfig): void {
  if (config === null || typeof config !== 'object') throw new ConfigError('configuration missing');
  for (const key of Object.keys(config)) if (!KNOWN.has(key)) throw new ConfigError(`unknown option ${key}`);
  if (config.mode !== 'development' && config.mode !== 'production')
    throw new ConfigError('mode must be development or production');
  if (!config.database) throw new ConfigError('database missing');
  if (!Array.isArray(config.meetings) || config.meetings.length === 0) throw new ConfigError('no meetings');
  let origin: URL;
  try {
    origin = new URL(config.publicOrigin);
  } catch {
    throw new ConfigError('publicOrigin is not a URL');
  }
  if (config.oidc !== undefined) {
    for (const key of Object.keys(config.oidc))
      if (!OIDC_KNOWN.has(key)) throw new ConfigError(`unknown option oidc.${key}`);
    const loa = config.oidc.requiredLoa;
    if (loa !== undefined && loa !== 'substantial' && loa !== 'high')
      throw new ConfigError('oidc.requiredLoa must be substantial or high');
  }
  if (config.mode === 'production') {
    if (config.developmentLogin) throw new ConfigError('the development login cannot be enabled in production');
    if (origin.protocol !== 'https:') throw new ConfigError('production needs an https publicOrigin');
    if (!config.keys?.token || !config.keys.audit)
      throw new ConfigError('production needs configured token and audit keys');
    if (!config.csrfKey || config.csrfKey.length < 32)
      throw new ConfigError('production needs a csrfKey of ≥ 32 bytes');
    if (!config.oidc) throw new ConfigError('production needs an OpenID Connect provider');
    if (config.oidc.allowInsecureRequests) throw new ConfigError('allowInsecureRequests is for loopback tests only');
    if (!config.pseudonyms || config.pseudonyms.key.length < 32)
      throw new ConfigError('production needs a pseudonym key of ≥ 32 bytes');
  }
  if (config.stream !== undefined) {
    for (const key of Object.keys(config.stream))
      if (!STREAM_KNOWN.has(key)) throw new ConfigError(`unknown option stream.${key}`);
    const { recentEvents, coalesceMs, maxBufferedBytes } = config.stream;
    if (recentEvents !== undefined && (!Number.isInteger(recentEvents) || recentEvents < 1))
      throw new ConfigError('stream.recentEvents must be a positive integer');
    if (coalesceMs !== undefined && (!Number.isFinite(coalesceMs) || coalesceMs < 0 || coalesceMs > 1000))
      throw new ConfigError('stream.coalesceMs must be 0…1000');
    if (maxBufferedBytes !== undefined && (!Number.isInteger(maxBufferedBytes) || maxBufferedBytes < 65_536))
      throw new ConfigError('stream.maxBufferedBytes must be an integer ≥ 65536');
  }
  const lifetime = config.tokenLifetimeSeconds ?? 600;
  if (!Number.isInteger(lifetime) || lifetime < 10 || lifetime > 900)
    throw new ConfigError('tokenLifetimeSeconds must be 10…900');
}
