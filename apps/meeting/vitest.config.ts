import { defineProject } from 'vitest/config';

// End-to-end tests: the meeting service with the built app on loopback, driven in the system Chromium through
// Playwright (three browser contexts: chair, member, public). Node environment; the browser is launched by the test.
export default defineProject({
  test: {
    name: 'meeting-app',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/build-app.ts'],
    // The whole council meeting is one scenario of ~45 s alone; under the full suite on 2 cores it may take twice that.
    testTimeout: 240_000,
    // The machine is shared and often loaded: waiting for a live update may take seconds, never minutes.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
