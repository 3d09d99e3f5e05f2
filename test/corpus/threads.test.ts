import { describe, expect, it } from 'vitest';
import { BYTES_PER_WORKER, chooseThreads } from '../../src/corpus/pool/threads.js';

describe('chooseThreads', () => {
  const free = { cores: 2, load: 0 };
  it('reads a small input in this thread', () => {
    expect(chooseThreads(170_000, 20, free)).toBe(1);
    expect(chooseThreads(BYTES_PER_WORKER * 2 - 1, 20, free)).toBe(1);
  });
  it('starts one worker per core once the input earns them', () => {
    expect(chooseThreads(BYTES_PER_WORKER * 2, 20, free)).toBe(2);
    expect(chooseThreads(100_000_000, 400, free)).toBe(2);
    expect(chooseThreads(100_000_000, 400, { cores: 8, load: 0.3 })).toBe(8);
  });
  it('leaves the cores other processes are using', () => {
    expect(chooseThreads(100_000_000, 400, { cores: 2, load: 1.2 })).toBe(1);
    expect(chooseThreads(100_000_000, 400, { cores: 2, load: 4 })).toBe(1);
    expect(chooseThreads(100_000_000, 400, { cores: 8, load: 2.6 })).toBe(5);
  });
  it('never starts more workers than there are files', () => {
    expect(chooseThreads(100_000_000, 1, free)).toBe(1);
    expect(chooseThreads(100_000_000, 3, { cores: 8, load: 0 })).toBe(3);
  });
});
