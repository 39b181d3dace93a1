import { defineConfig } from 'vitest/config';

// Every package and app is its own Vitest project (Node for libraries, Chromium for components
// and stories); `npx vitest run --project <name>` runs one.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'scripts'],
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
  },
});
