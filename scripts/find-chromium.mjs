// Finds a Chromium for the browser tests. Never downloads one: CHROMIUM_PATH wins, else the first
// of chromium, chromium-browser, google-chrome on the PATH. Shared by vitest.browser.ts and scripts/test.mjs.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** @returns {string | undefined} an executable path, or undefined when there is none */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return findOnPath(CHROMIUM_NAMES, env);
}

/** @param {string[]} names @returns {string | undefined} */
export function findOnPath(names, env = process.env) {
  for (const name of names) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}
