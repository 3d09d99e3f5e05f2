// V8 lets the old generation grow to several times what is live before it collects it again: an
// `analyze --format html` over 64 MB of text had about 90 MB live and peaked at 480 MB. Letting it
// grow by half of what is live instead keeps the peak near what is live, for a fifth to a third
// more CPU (text over 17 MB: 10.1–11.2 → 12.5–14.9 s user; peak 290–350 → 195 MB), and more in a
// pool, whose threads each collect more often (over 101 MB two threads took 80 CPU-s against one
// thread's 58, and no less time). So only the runs that need it pay: the reports whose names
// section reads the corpus again, and inputs so large that text alone would pass 400 MB.
// A process-wide V8 flag, read at each collection: worker threads follow it too.
import v8 from 'node:v8';

/** How much the old generation may grow past what the last full collection left, in percent. */
export const HEAP_GROWING_PERCENT = 50;
/** Input from which a run bounds its heap's growth: below it, `analyze` (text) peaks under 400 MB anyway (338 MB at 64 MB, 399 MB at 256 MB before the bound). */
export const LARGE_INPUT_BYTES = 200_000_000;

let limited = false;

export function limitHeapGrowth(): void {
  if (limited) return;
  limited = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** `limitHeapGrowth()` when `bytes` of input make a large run. */
export function limitHeapGrowthFor(bytes: number): void {
  if (bytes >= LARGE_INPUT_BYTES) limitHeapGrowth();
}
