// Builds the binary once before the suite, so end-to-end tests never run a stale dist/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  if (process.env.MRKOLL_SKIP_BUILD !== '1') {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Teardown: remove the run's cache directory (made in vitest.config.ts).
  return () => {
    const cacheHome = process.env.MRKOLL_TEST_CACHE_HOME;
    if (cacheHome) rmSync(cacheHome, { recursive: true, force: true });
  };
}
