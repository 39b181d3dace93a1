import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'municipal-plans', include: ['test/**/*.test.ts'], environment: 'node' },
});
