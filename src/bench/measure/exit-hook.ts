// Preloaded (`node --import`) into the `mrkoll analyze` and `mrkoll review` runs the benchmark
// times: on exit, writes the process's peak resident memory in kB (VmHWM, worker threads included)
// to the file named by MRKOLL_BENCH_PEAK, and its CPU time in ms (user + system, all threads) to
// the one named by MRKOLL_BENCH_CPU. Does nothing without them, or (the peak) where /proc is missing.
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.MRKOLL_BENCH_PEAK;
if (target) {
  process.on('exit', () => {
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
      if (match) writeFileSync(target, match[1]);
    } catch {
      // No /proc: the run is timed all the same.
    }
  });
}

const cpuTarget = process.env.MRKOLL_BENCH_CPU;
if (cpuTarget) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(cpuTarget, String(Math.round((user + system) / 1000)));
  });
}
