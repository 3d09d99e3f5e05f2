// Large runs, and only they, bound how far V8 lets the heap grow past what is live.
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEAP_GROWING_PERCENT, LARGE_INPUT_BYTES, limitHeapGrowthFor } from '../../src/util/heap-growth.js';

describe('the heap growth bound', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is left alone for a small input, set once for a large one', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    limitHeapGrowthFor(LARGE_INPUT_BYTES - 1);
    expect(set).not.toHaveBeenCalled();
    limitHeapGrowthFor(LARGE_INPUT_BYTES);
    limitHeapGrowthFor(10 * LARGE_INPUT_BYTES);
    expect(set.mock.calls).toEqual([[`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]]);
  });
});
