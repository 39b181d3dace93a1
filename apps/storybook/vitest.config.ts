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
  // isolate: false runs the story files in one iframe: with isolation each of the 20 files loaded the preview, the
  // kit, the manifest and axe again (about 2 s per file, the first story of each file the slowest; 107 s for the
  // project, stories near the 15 s timeout under load); shared, 36 s and no story above 2 s. The stories share no
  // state: each renders into its own container and the decorator sets the page's lang and theme for every story.
  test: { name: 'storybook', exclude: ['**/*.mdx'], browser, isolate: false },
});
