import { inject } from 'vitest';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/database.js';

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: Backend[] = ['pglite', 'postgres'];

let counter = 0;
/**
 * A fresh database per call: a new in-memory PGlite, or a new database on the shared test server (so tests
 * never see each other's rows).
 */
export async function freshDatabase(backend: Backend): Promise<{ db: Database; url?: string }> {
  if (backend === 'pglite') return { db: await openPglite() };
  const base = inject('databaseUrl');
  const name = `dk_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = base.replace(/\/[^/]*$/, `/${name}`);
  return { db: await openPostgres({ connectionString: url }), url };
}
