import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A fresh cache directory per run: tests must not see entries left by earlier runs or by the user.
    env: { XDG_CACHE_HOME: mkdtempSync(path.join(tmpdir(), 'mrkoll-test-cache-')) },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
