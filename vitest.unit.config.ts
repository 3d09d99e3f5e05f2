// `npm run test:unit`: everything but the end-to-end tests (`*.e2e.test.ts`: the built binary, the
// worker pool, the benchmark, the browser), so it needs no build and runs in well under a minute.
// Test files share one module graph (no isolation: loading the lexicons and Hunspell once instead of
// per file is most of the saving); files that mock modules (`*.mock.test.ts`) run isolated.
import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Read by test/global-setup.ts in this process: unit tests do not run the binary, so no build.
process.env.MRKOLL_SKIP_BUILD = '1';

const shared = base.test ?? {};

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Unit tests are CPU-bound and spawn nothing: one worker per core (Vitest keeps one core free
      // by default, which on a two-core machine is one worker and half the speed).
      maxWorkers: availableParallelism(),
      projects: [
        { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.e2e.test.ts', 'test/**/*.mock.test.ts'], isolate: false } },
        { test: { ...shared, name: 'mocked', include: ['test/**/*.mock.test.ts'] } },
      ],
    },
  }),
);
