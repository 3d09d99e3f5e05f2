// Running the built `mrkoll` in end-to-end tests: builds once when dist/ is older than src/, and
// gives every run its own cache directory unless the test passes one.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'dist/cli/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  try {
    return statSync(BIN).mtimeMs <= newestSource(path.join(ROOT, 'src'));
  } catch {
    return true;
  }
}

/** Test files run in parallel: one builds while the others wait, so none runs a half-written dist/. */
const LOCK = path.join(os.tmpdir(), `mrkoll-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** `npm run build`, unless dist/cli/main.js is newer than every file in src/ (another test file just built). */
export function buildIfStale(): void {
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is taken over after three minutes.
      if (waited > 180_000) rmSync(LOCK, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    if (isStale()) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function mrkoll(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', MRKOLL_DEBUG: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
