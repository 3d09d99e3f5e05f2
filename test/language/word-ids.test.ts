// Word numbers: one per distinct norm, and memos by number that never mix up words when the
// numbering starts over.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/index.js';
import { WordMemo, wordId } from '../../src/language/word-ids.js';

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
