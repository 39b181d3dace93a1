// Shared browser-mode settings for the components and Storybook projects: the system Chromium
// through Playwright, never a downloaded browser (see docs/testing.md).
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH or install one (Debian: apt-get install chromium); `npm test` installs it when run as root.',
  );
}

/**
 * `commands.emulateForcedColors(true)` from a test: Windows high-contrast ("forced colors") through Playwright's
 * media emulation, so the `@media (forced-colors: active)` rules are tested in the real browser, not assumed.
 */
const emulateForcedColors: BrowserCommand<[active: boolean]> = async (ctx, active) => {
  if (ctx.provider.name !== 'playwright') throw new Error('emulateForcedColors needs the Playwright provider');
  await ctx.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

export const browser = {
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath,
      // Playwright adds --no-sandbox, --disable-background-networking and a fresh profile itself.
      args: ['--disable-gpu', '--disable-quic'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
  commands: { emulateForcedColors },
};
