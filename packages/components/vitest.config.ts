import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { browser } from '../../vitest.browser.js';
import { openPlainHtmlExample } from './test/commands.js';

export default defineProject({
  plugins: [
    {
      // @open-wc/testing reaches for Web Test Runner's dev-server socket, which only WTR serves;
      // resolve.alias cannot catch it after dependency optimisation (toolchain.md P2).
      name: 'stub-wtr-web-socket',
      enforce: 'pre',
      resolveId(id) {
        if (id.endsWith('__web-dev-server__web-socket.js'))
          return fileURLToPath(new URL('./test/wds-web-socket-stub.js', import.meta.url));
        return null;
      },
    },
  ],
  // Pre-bundle what the tests import so that Vite does not reload mid-run.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', '@lit/context', '@open-wc/testing', 'fast-check'],
  },
  test: {
    name: 'components',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    browser: { ...browser, commands: { ...browser.commands, openPlainHtmlExample } },
  },
});
