import { inject } from 'vitest';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/database.js';

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: Backend[] = ['pglite', 'postgres'];

let counter = 0;
let pglite: Promise<Database> | undefined;
/**
 * A database for one test file: on PostgreSQL a new database on the shared test server; on PGlite one in-memory
 * instance shared by all files of the worker (compiling PGlite's WebAssembly takes seconds), whose `close` is a
 * no-op. Tests keep apart by using their own meeting ids.
 */
export async function freshDatabase(backend: Backend): Promise<{ db: Database; url?: string }> {
  if (backend === 'pglite') {
    pglite ??= openPglite();
    const shared = await pglite;
    return { db: { ...shared, close: async () => {} } as Database };
  }
  const base = inject('databaseUrl');
  const name = `dk_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = base.replace(/\/[^/]*$/, `/${name}`);
  return { db: await openPostgres({ connectionString: url }), url };
}
