// A progress bar on stderr for long runs; silent when stderr is not a terminal (pipes, CI, tests).
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/** `wanted`: the user did not pass --no-progress. A bar is drawn only when stderr is a terminal too. */
export function createProgress(wanted = true): Progress {
  if (!wanted || !process.stderr.isTTY) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done, total, label) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: '{bar} {value}/{total} filer  {label}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { label: '' });
      }
      bar.update(done, { label: label.length > 50 ? `…${label.slice(-49)}` : label });
    },
    stop() {
      bar?.stop();
    },
  };
}
