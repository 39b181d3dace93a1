import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'information-model',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
