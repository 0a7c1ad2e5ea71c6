import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The reliability battery (1,000 seeded cases a property) is a project of its own, so that
// `npm run test:unit` (`--project unit`) stays quick; `npm test` and CI run both projects.
const BATTERY = ['tests/unit/reliability-*.test.ts', 'tests/component/reliability-*.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Some component tests render 500 sites in happy-dom, and the battery runs 1,000 cases in one
    // test; on a shared 2-core machine under load either can take a minute. A time limit is no
    // assertion here, only a hang detector.
    testTimeout: 120_000,
    // Browser journeys run through vitest.e2e.config.ts against a real build, not here.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          exclude: BATTERY,
        },
      },
      { extends: true, test: { name: 'battery', include: BATTERY } },
    ],
  },
});
