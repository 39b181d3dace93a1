/**
 * The schema of the durable log, as ordered migrations. The same SQL runs on PostgreSQL (`pg`) and on the
 * embedded PGlite, so a vendor can start on PGlite and move to a server without a second code path.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Statements run one by one; when absent, `sql` is split at `;` (a function body needs this). */
  readonly statements?: readonly string[];
}

/**
 * The append as one server-side function, so a command costs one round trip instead of about ten (BEGIN, the key,
 * the expected-sequence read, one INSERT per event and per audit line, NOTIFY, COMMIT), and the transaction's locks
 * are held for microseconds rather than for ten network turns. It runs in the calling statement's transaction:
 * all or nothing.
 *
 * - Idempotency keys (several when commands arriving together are committed together): if any key is already
 *   stored, nothing is written and the stored records are returned. A concurrent writer of the same key that
 *   commits between the check and the insert makes the insert skip it; then the function raises `DK409` so that
 *   nothing of this call stays, and the caller asks again (and then finds the key).
 * - Optimistic concurrency: the log's last seq must be `p_expected`; otherwise `DK409` as well (the caller catches
 *   up and decides again). Two writers that both pass the check still cannot both commit: `(meeting_id, seq)` is
 *   the primary key, so the second fails with a unique violation (23505).
 * - NOTIFY is sent inside the transaction, so it is delivered exactly when the events are visible.
 */
const APPEND_FUNCTION = `CREATE OR REPLACE FUNCTION dk_append(
  p_meeting text, p_expected integer, p_events jsonb, p_audit_seqs integer[], p_audit_lines text[],
  p_keys text[], p_hashes text[], p_responses text[],
  p_cp_sizes integer[], p_cp_reasons text[], p_cp_jws text[],
  p_channel text, p_payload text
) RETURNS TABLE (dup_key text, dup_hash text, dup_response jsonb)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_inserted integer;
  v_last integer;
BEGIN
  IF cardinality(p_keys) > 0 THEN
    RETURN QUERY SELECT i.key, i.request_hash, i.response FROM dk_idempotency i
      WHERE i.meeting_id = p_meeting AND i.key = ANY (p_keys);
    IF FOUND THEN
      RETURN;
    END IF;
    INSERT INTO dk_idempotency (meeting_id, key, request_hash, response)
      SELECT p_meeting, u.k, u.h, u.r::jsonb FROM unnest(p_keys, p_hashes, p_responses) AS u (k, h, r)
      ON CONFLICT (meeting_id, key) DO NOTHING;
    GET DIAGNOSTICS v_inserted = ROW_COUNT;
    IF v_inserted < cardinality(p_keys) THEN
      RAISE EXCEPTION 'idempotency key stored concurrently' USING ERRCODE = 'DK409';
    END IF;
  END IF;
  SELECT max(e.seq) INTO v_last FROM dk_meeting_events e WHERE e.meeting_id = p_meeting;
  IF coalesce(v_last, -1) <> p_expected THEN
    RAISE EXCEPTION 'expected sequence % but the log is at %', p_expected, coalesce(v_last, -1)
      USING ERRCODE = 'DK409';
  END IF;
  INSERT INTO dk_meeting_events (meeting_id, seq, event)
    SELECT p_meeting, (e.value ->> 'seq')::integer, e.value FROM jsonb_array_elements(p_events) AS e;
  INSERT INTO dk_audit_entries (meeting_id, seq, line)
    SELECT p_meeting, u.s, u.l FROM unnest(p_audit_seqs, p_audit_lines) AS u (s, l);
  INSERT INTO dk_audit_checkpoints (meeting_id, size, reason, jws)
    SELECT p_meeting, u.s, u.r, u.j FROM unnest(p_cp_sizes, p_cp_reasons, p_cp_jws) AS u (s, r, j);
  IF p_channel IS NOT NULL THEN
    PERFORM pg_notify(p_channel, p_payload);
  END IF;
END
$fn$`;

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
  {
    version: 3,
    name: 'dk_append: one round trip per append (idempotency keys, expected sequence, events, audit, checkpoint, NOTIFY)',
    sql: APPEND_FUNCTION,
    statements: [APPEND_FUNCTION],
  },
  {
    version: 4,
    name: 'election ballot box (KL 105 §): open boxes, who has voted, the choices apart from the voters',
    // Secret ballot: `dk_election_voters` says who has voted (to refuse a second ballot), `dk_election_choices`
    // holds the choices under a random slot, with no voter, no time and no sequence: nothing in a choice row links
    // it to a voter row. Closing the box writes the choices again under new slots (see election-box.ts).
    sql: `
CREATE TABLE IF NOT EXISTS dk_election_boxes (
  meeting_id      text    NOT NULL,
  election_id     text    NOT NULL,
  item_id         text    NOT NULL,
  -- the seq of the item-opened event of the stretch the box was opened in: a box never outlives its item
  item_opened_seq integer NOT NULL,
  definition      jsonb   NOT NULL,
  closed          boolean NOT NULL DEFAULT false,
  PRIMARY KEY (meeting_id, election_id),
  UNIQUE (meeting_id, item_id, item_opened_seq)
);
CREATE TABLE IF NOT EXISTS dk_election_voters (
  meeting_id  text NOT NULL,
  election_id text NOT NULL,
  person_id   text NOT NULL,
  PRIMARY KEY (meeting_id, election_id, person_id),
  FOREIGN KEY (meeting_id, election_id) REFERENCES dk_election_boxes (meeting_id, election_id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS dk_election_choices (
  meeting_id   text NOT NULL,
  election_id  text NOT NULL,
  -- 128 random bits (hex): the order of the choices by slot is random and says nothing of who cast which
  slot         text NOT NULL,
  -- NULL is a blank ballot (tyhjä)
  candidate_id text,
  PRIMARY KEY (meeting_id, election_id, slot),
  FOREIGN KEY (meeting_id, election_id) REFERENCES dk_election_boxes (meeting_id, election_id) ON DELETE CASCADE
);`,
  },
]);

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS dk_schema_migrations (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;
