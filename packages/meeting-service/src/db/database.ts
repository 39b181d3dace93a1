import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';

/** The subset of SQL access the service needs; one implementation per driver, the same SQL for both. */
export interface Queryable {
  /**
   * `options.name` makes it a prepared statement on PostgreSQL (parsed and planned once per connection); PGlite,
   * in process, ignores it.
   */
  query<R = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: { readonly name?: string },
  ): Promise<{ rows: R[] }>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK on any error). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Notifies `channel` (PostgreSQL NOTIFY; payload ≤ 8000 bytes). */
  notify(channel: string, payload: string): Promise<void>;
  /**
   * LISTENs on `channel`; returns the function that stops listening. A server connection that drops is
   * re-established (with backoff) and `onReconnect` called: notifications sent in between are lost, so the
   * listener must look at the log again.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    options?: { onReconnect?: () => void },
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The SQLSTATE of a unique violation: another writer appended the same `(meeting_id, seq)` first. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/** Embedded PostgreSQL (PGlite): in memory without `dataDir`, or durable in a directory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const database: Database = {
    kind: 'pglite',
    async query(sql, params) {
      const r = await db.query(sql, params);
      return { rows: r.rows as never[] };
    },
    async transaction(fn) {
      return db.transaction(async (tx) =>
        fn({
          async query(sql, params) {
            const r = await tx.query(sql, params);
            return { rows: r.rows as never[] };
          },
        }),
      );
    },
    async notify(channel, payload) {
      await db.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
    },
    async listen(channel, onPayload) {
      const unsubscribe = await db.listen(channel, onPayload);
      return async () => unsubscribe();
    },
    async close() {
      await db.close();
    },
  };
  await migrate(database);
  return database;
}

export interface PostgresOptions {
  /** A `postgres://` URL (`DATABASE_URL`). */
  readonly connectionString: string;
  readonly max?: number;
  /**
   * A connection attempt that has not completed after this many milliseconds fails (default 5,000). Without it, an
   * attempt whose server process is terminated during start-up can hang forever, and with it every command queued
   * behind the query that waits for it.
   */
  readonly connectTimeoutMs?: number;
}

/** A PostgreSQL server through `pg` (a pool for queries, one dedicated client for LISTEN). */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const connectionTimeoutMillis = options.connectTimeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis,
  });
  // A dropped connection must not crash the process: the pool replaces it, the next query reconnects.
  pool.on('error', () => {});
  let listener: Promise<pg.Client> | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();
  const reconnected = new Set<() => void>();
  // One dedicated connection LISTENs on every channel; when it drops (server restart, pg_terminate_backend, a
  // network fault) a new one is opened with backoff and LISTENs again, and the listeners are told to catch up.
  const connectListener = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis });
    let dead = false;
    const lost = () => {
      if (dead) return;
      dead = true;
      listener = undefined;
      if (!closed) reconnect(100);
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (n) => {
      for (const h of handlers.get(n.channel) ?? []) h(n.payload ?? '');
    });
    await c.connect();
    for (const channel of handlers.keys()) await c.query(`LISTEN ${quoteIdent(channel)}`);
    return c;
  };
  const reconnect = (delay: number): void => {
    if (retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (closed) return;
      listener = connectListener();
      listener.then(
        () => {
          for (const r of reconnected) r();
        },
        () => {
          listener = undefined;
          reconnect(Math.min(delay * 2, 5000));
        },
      );
    }, delay);
    retry.unref();
  };
  const database: Database = {
    kind: 'postgres',
    async query(sql, params, queryOptions) {
      const r =
        queryOptions?.name === undefined
          ? await pool.query(sql, params)
          : await pool.query({ name: queryOptions.name, text: sql, values: params ?? [] });
      return { rows: r.rows };
    },
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // The pool listens for errors of idle clients only: a connection that dies while checked out (terminated,
      // network) would otherwise emit an unhandled 'error' and crash the process. The failed query rejects anyway.
      const onError = (error: Error) => (broken = error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query(sql, params) {
            const r = await client.query(sql, params);
            return { rows: r.rows };
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection whose ROLLBACK fails is gone (terminated, network): the pool must not hand it out again.
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    async notify(channel, payload) {
      await pool.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
    },
    async listen(channel, onPayload, listenOptions) {
      let set = handlers.get(channel);
      const first = set === undefined;
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
      }
      set.add(onPayload);
      const onReconnect = listenOptions?.onReconnect;
      if (onReconnect) reconnected.add(onReconnect);
      if (!listener) {
        listener = connectListener();
        listener.catch(() => (listener = undefined));
        await listener;
      } else if (first) await (await listener).query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        set.delete(onPayload);
        if (onReconnect) reconnected.delete(onReconnect);
      };
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await (await listener?.catch(() => undefined))?.end().catch(() => {});
      await pool.end();
    },
  };
  await migrate(database);
  return database;
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid channel name ${name}`);
  return `"${name}"`;
}

/**
 * Applies the package's migrations in order, each in its own transaction, recording them in
 * `dk_schema_migrations`. An advisory lock keeps two instances starting at once from racing.
 */
export async function migrate(db: Database): Promise<number[]> {
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7312026)');
    await tx.query(MIGRATIONS_TABLE);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM dk_schema_migrations')).rows.map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.statements ?? m.sql.split(';').map((s) => s.trim()))
        if (statement) await tx.query(statement);
      await tx.query('INSERT INTO dk_schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
  });
  return applied;
}

/** `DATABASE_URL` selects a server; otherwise the embedded PGlite (in `dataDir`, or in memory). */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string } = {}): Promise<Database> {
  return options.databaseUrl ? openPostgres({ connectionString: options.databaseUrl }) : openPglite(options.dataDir);
}
