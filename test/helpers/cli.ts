// Runs the built `mrkoll` binary the way a user would, for end-to-end tests (`*.e2e.test.ts`).
// The binary is built once, by test/global-setup.ts, before any test file runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The binary as `npm run build` makes it and package.json's `bin` names it: the bundle (scripts/bundle.mjs). */
export const BIN = path.join(ROOT, 'dist/bundle/mrkoll.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** `mrkoll …args` in `cwd` (default: the repository), colour and debug notes off unless `env` says otherwise. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', MRKOLL_DEBUG: '', ...options.env },
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
