// Shared browser-mode settings for the components and Storybook projects: the system Chromium
// through Playwright, never a downloaded browser (see docs/testing.md).
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH or install one (Debian: apt-get install chromium); `npm test` installs it when run as root.',
  );
}

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
};
