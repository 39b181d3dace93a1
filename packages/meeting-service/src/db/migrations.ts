/**
 * The schema of the durable log, as ordered migrations. The same SQL runs on PostgreSQL (`pg`) and on the
 * embedded PGlite, so a vendor can start on PGlite and move to a server without a second code path.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: 'event log, idempotency keys, audit chain, checkpoints',
    sql: `
CREATE TABLE IF NOT EXISTS dk_meeting_events (
  meeting_id  text        NOT NULL,
  seq         integer     NOT NULL,
  event       jsonb       NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, seq)
);
CREATE TABLE IF NOT EXISTS dk_idempotency (
  meeting_id   text    NOT NULL,
  key          text    NOT NULL,
  request_hash text    NOT NULL,
  response     jsonb   NOT NULL,
  PRIMARY KEY (meeting_id, key)
);
CREATE TABLE IF NOT EXISTS dk_audit_entries (
  meeting_id text    NOT NULL,
  seq        integer NOT NULL,
  -- the canonical JSON line exactly as hashed (jsonb would reorder keys and break the hash)
  line       text    NOT NULL,
  PRIMARY KEY (meeting_id, seq)
);
CREATE TABLE IF NOT EXISTS dk_audit_checkpoints (
  meeting_id text        NOT NULL,
  size       integer     NOT NULL,
  reason     text        NOT NULL,
  jws        text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, size)
);`,
  },
  {
    version: 2,
    name: 'heartbeats of remote participants, shared by every instance (KL 99 §)',
    sql: `
CREATE TABLE IF NOT EXISTS dk_presence (
  meeting_id   text   NOT NULL,
  person_id    text   NOT NULL,
  -- the service's (injectable) clock, epoch milliseconds: not now(), so that tests and replays are deterministic
  last_seen_ms bigint NOT NULL,
  PRIMARY KEY (meeting_id, person_id)
);`,
  },
]);

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS dk_schema_migrations (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;
