// Word numbers: one per distinct norm, and memos by number that never mix up words when the
// numbering starts over.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/index.js';
import { WordBytes, WordMemo, wordId } from '../../src/language/word-ids.js';

describe('wordId', () => {
  it('numbers each norm once: tokens of the same word share a number, other words have others', () => {
    const tokens = tokenize('Nämnden och nämnden, Kulturnämnden och Åtgärder').toArray();
    const byNorm = new Map<string, number>();
    for (const t of tokens) {
      expect(t.word).toBe(wordId(t.norm));
      byNorm.set(t.norm, t.word);
    }
    expect(tokens[0].word).toBe(tokens[2].word);
    expect(new Set(byNorm.values()).size).toBe(byNorm.size);
  });
});

describe('WordMemo', () => {
  it('keeps a value per word number', () => {
    const memo = new WordMemo<string | null>();
    const [a, b] = [wordId('memo-a'), wordId('memo-b')];
    expect(memo.get(a)).toBeUndefined();
    memo.set(b, null);
    memo.set(a, 'A');
    expect(memo.get(a)).toBe('A');
    expect(memo.get(b)).toBeNull();
  });

  it('forgets everything when the numbering starts over, and keeps nothing for words numbered before', () => {
    const memo = new WordMemo<string>();
    const old = wordId('före-omstart');
    memo.set(old, 'gammal');
    // More new words than the numbering holds: it starts over on the way.
    for (let i = 0; i < 500_001; i++) wordId(`ord-${i}`);
    expect(memo.get(old)).toBeUndefined();
    memo.set(old, 'gammal');
    expect(memo.get(old)).toBeUndefined();
    const renumbered = wordId('före-omstart');
    expect(renumbered).toBeGreaterThan(old);
    memo.set(renumbered, 'ny');
    expect(memo.get(renumbered)).toBe('ny');
  });
});

describe('WordBytes', () => {
  it('keeps a byte per word number, 0 for a word not set, far past the first thousand too', () => {
    const bytes = new WordBytes();
    const [a, b] = [wordId('bytes-a'), wordId('bytes-b')];
    expect(bytes.get(a)).toBe(0);
    bytes.set(b, 5);
    bytes.set(a, 3);
    for (let i = 0; i < 3000; i++) wordId(`bytes-fyllnad-${i}`);
    const far = wordId('bytes-långt-bort');
    bytes.set(far, 7);
    expect([bytes.get(a), bytes.get(b), bytes.get(far), bytes.get(far - 1)]).toEqual([3, 5, 7, 0]);
  });

  it('forgets everything when the numbering starts over, and keeps nothing for words numbered before', () => {
    const bytes = new WordBytes();
    const old = wordId('bytes-före-omstart');
    bytes.set(old, 1);
    for (let i = 0; i < 500_001; i++) wordId(`bytes-ord-${i}`);
    expect(bytes.get(old)).toBe(0);
    bytes.set(old, 1);
    expect(bytes.get(old)).toBe(0);
    const renumbered = wordId('bytes-före-omstart');
    bytes.set(renumbered, 2);
    expect(bytes.get(renumbered)).toBe(2);
  });
});
