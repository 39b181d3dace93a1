import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'interop',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Reading the Tweb PDFs with pdfjs takes a few seconds when the machine is busy.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
