import { defineConfig } from 'vitest/config';

// Browser journeys in Chromium against a real Pontis server on a fresh embedded database
// with the demo partnership loaded (started once in the global set-up).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
