import { defineProject } from 'vitest/config';

// Every service test runs against the embedded PGlite and a real PostgreSQL server: `npm test` starts one and
// passes DIGIKOKOUS_TEST_DATABASE_URL; run alone, the global setup starts its own (test/support/global-setup.ts).
export default defineProject({
  test: {
    name: 'meeting-service',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // One worker, files in turn, modules shared: one PGlite for all files and a frugal CPU footprint.
    pool: 'forks',
    isolate: false,
    fileParallelism: false,
    testTimeout: 30_000,
    // The machine is shared and often loaded: waiting for a live update may take seconds, never minutes.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 180_000,
  },
});
