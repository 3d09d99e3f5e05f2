// Peak memory of this process, worker threads included (they share its address space): the
// kernel's high-water mark VmHWM, reset between stages through /proc/self/clear_refs. Where
// /proc is missing (not Linux) the fallback is the largest RSS seen at the calls to `sample`.
import { readFileSync, writeFileSync } from 'node:fs';

const MB = 1024 * 1024;

function vmHwmBytes(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export class PeakMeter {
  private sampled = 0;
  private resettable = true;

  /** Starts a new measurement: the high-water mark falls back to the current RSS. */
  reset(): void {
    this.sampled = process.memoryUsage.rss();
    if (!this.resettable) return;
    try {
      writeFileSync('/proc/self/clear_refs', '5');
    } catch {
      this.resettable = false;
    }
  }

  /** Records the current RSS, for systems without VmHWM; cheap enough to call per document. */
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.sampled) this.sampled = rss;
  }

  /** Peak resident memory since the last reset, in MB. */
  peakMb(): number {
    this.sample();
    const hwm = this.resettable ? vmHwmBytes() : null;
    return Math.round(Math.max(hwm ?? 0, this.sampled) / MB);
  }
}

/** Resident memory now, in MB. */
export function rssMb(): number {
  return Math.round(process.memoryUsage.rss() / MB);
}
