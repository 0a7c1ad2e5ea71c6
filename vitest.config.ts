import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Browser journeys run through tests/e2e/run.ts against a real build, not under vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Some component tests render 500 sites in happy-dom, and the reliability battery runs
    // 1,000 cases in one test; on a shared 2-core machine under load either can take a minute.
    // A time limit is no assertion here, only a hang detector.
    testTimeout: 120_000,
  },
});
