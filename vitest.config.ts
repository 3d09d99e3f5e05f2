import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// A fresh cache directory per run: tests must not see entries left by earlier runs or by the user.
// The global setup removes it when the run ends.
const cacheHome = mkdtempSync(path.join(tmpdir(), 'mrkoll-test-cache-'));
process.env.MRKOLL_TEST_CACHE_HOME = cacheHome;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    env: { XDG_CACHE_HOME: cacheHome },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
