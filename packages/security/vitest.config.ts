import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'security',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property tests (fast-check) and RSA key generation can be slow on a loaded CI machine.
    testTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
