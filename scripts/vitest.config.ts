import { defineProject } from 'vitest/config';

// The repository's own tooling: finding (or refusing to install) the system tools the tests need.
export default defineProject({
  test: { name: 'tooling', include: ['test/**/*.test.ts'], environment: 'node' },
});
