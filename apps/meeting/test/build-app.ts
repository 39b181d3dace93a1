import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds apps/meeting into dist/ once before the end-to-end tests, so they always test the current sources. */
export default async function setup(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    mode: 'production',
    logLevel: 'error',
  });
}
