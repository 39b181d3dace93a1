/** @packageDocumentation A reference server for electronic and hybrid council meetings (KL 98–99 §): identification, meeting tokens, a durable event log on PostgreSQL or PGlite, live updates filtered per viewer and signed audit checkpoints. */
export { createMeetingService, type MeetingService } from './http/server.js';
export { checkConfig, ConfigError, type MeetingDefinition, type OidcConfig, type ServiceConfig } from './config.js';
export { openDatabase, openPglite, openPostgres, migrate, type Database, type Queryable } from './db/database.js';
export { MIGRATIONS, type Migration } from './db/migrations.js';
export { EventStore, type AppendInput, type AppendResult, type StoredCheckpoint } from './db/event-store.js';
export {
  MeetingRuntime,
  type CommandActor,
  type CommandResponse,
  type ExecuteResult,
  type AuthnContext,
  type RuntimeLog,
} from './meeting/runtime.js';
export { authorize, type Actor } from './meeting/authorize.js';
export { participantsOf, accessMeeting, TOKEN_ROLE, type Participant } from './meeting/participants.js';
export {
  ConnectionWatch,
  CONNECTION_WATCH_ACTOR,
  CONNECTION_WATCH_ID,
  connectionLost,
  type ConnectionWatchOptions,
} from './meeting/connection.js';
export {
  canSeeItem,
  visibleEvent,
  snapshotFor,
  PUBLIC_VIEWER,
  type Viewer,
  type VisibleEvent,
} from './live/visibility.js';
export { Sessions, sessionCookieName, type Session } from './auth/session.js';
export { signingKey, jwksOf, privateJwkOf, type SigningKeyPair } from './auth/keys.js';
export { OidcLogin, type OidcResult } from './auth/oidc.js';
export { REFUSAL_CODES, refusal, type Refusal, type RefusalCode } from './http/refusals.js';
export { COMMAND_SCHEMAS } from './http/schemas.js';
export { openApiDocument, type RouteDoc } from './http/openapi.js';
export { esimerkkilaCouncil } from './demo.js';
