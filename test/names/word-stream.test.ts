// The names section's stream of word numbers keeps a bounded number of chunks in memory and
// writes the rest to a private scratch file: read back, the stream must be the same words in the
// same order, passage ends included, and the file must be gone once the stream is disposed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { WordStream } from '../../src/names/context-spelling.js';

/** The passages' words as `chunks()` gives them back: each passage's numbers, then -1. */
function readBack(stream: WordStream): number[] {
  const all: number[] = [];
  for (const { ids, length } of stream.chunks()) for (let i = 0; i < length; i++) all.push(ids[i]);
  return all;
}

const passages = Array.from({ length: 200 }, (_, p) => Array.from({ length: 5 + (p % 17) }, (_, w) => p * 31 + w));
const expected = passages.flatMap((ids) => [...ids, -1]);

describe('WordStream', () => {
  test('gives back every passage in order from memory alone', () => {
    const stream = new WordStream();
    for (const ids of passages) stream.addPassage(ids);
    expect(readBack(stream)).toEqual(expected);
  });

  test('gives back the same from small chunks, most of them spilled to its scratch file, twice over', () => {
    // Chunks of 40 words, two kept: some 60 chunks, most written out and read back.
    const stream = new WordStream(40, 2);
    for (const ids of passages) stream.addPassage(ids);
    expect(readBack(stream)).toEqual(expected);
    // The context pairs read the stream three times.
    expect(readBack(stream)).toEqual(expected);
    const file = (stream as unknown as { scratch: { path: string } | null }).scratch?.path;
    expect(file).toBeDefined();
    expect(existsSync(file!)).toBe(true);
    stream.dispose();
    expect(existsSync(path.dirname(file!))).toBe(false);
  });

  test('leaves out a passage too short to have a context, and keeps a passage longer than a chunk whole', () => {
    const stream = new WordStream(8, 1);
    stream.addPassage([1, 2, 3, 4]);
    stream.addPassage([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    stream.addPassage([20, 21, 22, 23, 24]);
    stream.addPassage([30, 31, 32, 33, 34]);
    expect(readBack(stream)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, -1, 20, 21, 22, 23, 24, -1, 30, 31, 32, 33, 34, -1]);
    stream.dispose();
  });
});
