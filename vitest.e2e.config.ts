import { defineConfig } from 'vitest/config';

// Browser journeys: real headless Chromium and Firefox ESR with the production build loaded.
// One file at a time (each launches its browsers) on a 2-core machine.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
