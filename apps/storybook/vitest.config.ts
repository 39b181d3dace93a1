import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { browser } from '../../vitest.browser.js';

// Every story runs as a test in the system Chromium, with its play function and an axe check.
export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  // @storybook/web-components imports lit/directive-helpers.js, which the optimiser misses (toolchain.md P10).
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
  // Only CSF files hold stories; MDX pages are docs and would show up as empty, skipped test files.
  test: { name: 'storybook', exclude: ['**/*.mdx'], browser },
});
