// A progress bar on stderr for long runs; silent when stderr is not a terminal (pipes, CI, tests).
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import { forTerminal } from './terminal.js';

// Loaded when a bar is drawn: only on a terminal, and never in pipes, CI or tests.
const requireModule = createRequire(import.meta.url);

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/** `wanted`: the user did not pass --no-progress. A bar is drawn only when stderr is a terminal too. */
export function createProgress(wanted = true): Progress {
  if (!wanted || !process.stderr.isTTY) return { update() {}, stop() {} };
  let bar: cliProgressModule.SingleBar | null = null;
  return {
    update(done, total, label) {
      if (!bar) {
        const cliProgress = requireModule('cli-progress') as typeof cliProgressModule;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: '{bar} {value}/{total} filer  {label}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { label: '' });
      }
      const shown = forTerminal(label);
      bar.update(done, { label: shown.length > 50 ? `…${shown.slice(-49)}` : shown });
    },
    stop() {
      bar?.stop();
    },
  };
}
