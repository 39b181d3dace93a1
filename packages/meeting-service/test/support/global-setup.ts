import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain JavaScript module of the repository's tooling, without types.
import { startPostgres } from '../../../../scripts/postgres-server.mjs';

/** Starts a throw-away PostgreSQL unless `npm test` already passed one in DIGIKOKOUS_TEST_DATABASE_URL. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  let url = process.env.DIGIKOKOUS_TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const server = (await startPostgres({ log: () => {} })) as { url: string; stop: () => Promise<void> };
    url = server.url;
    stop = server.stop;
  }
  project.provide('databaseUrl', url);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
