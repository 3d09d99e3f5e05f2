// One document counted once: renderings of the same text (a DOCX and its PDF, the text pasted
// into a .txt, a copy) are found by their content unless a manifest already says; the first read
// is counted and the others are listed with what they repeat.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/corpus/extract.js';
import { documentPrint, jaccard, mayBeAlike, sameTextPairs, SameTextIndex, signatureOf, textPrint } from '../../src/corpus/same-text.js';
import { setVariantsAside } from '../../src/corpus/variants.js';
import type { Document } from '../../src/types.js';
import { SHARED } from '../helpers/ingest.js';
import { makeTempDir } from '../helpers/temp.js';

const MEMO = 'tjansteskrivelse-stk-2023-138';
const REMISS = 'remissvar-servicenamnden-sthlm-2025';

/** Copies of the fixtures without their manifest: nothing but the content says which is which. */
let bare: Document[];
let withManifest: Document[];

beforeAll(async () => {
  const dir = makeTempDir('mrkoll-variants-');
  for (const f of [`${MEMO}.docx`, `${MEMO}.pdf`, `${REMISS}.docx`, `${REMISS}.pdf`]) copyFileSync(path.join(SHARED, 'fixtures', f), path.join(dir, f));
  copyFileSync(path.join(SHARED, 'seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt'), path.join(dir, 'memo-kopia.txt'));
  bare = (await extractDocuments([dir], { cache: false })).documents;
  withManifest = (await extractDocuments([path.join(SHARED, 'fixtures')], { cache: false })).documents;
}, 120_000);

const name = (p: string) => path.basename(p);

describe('documents with the same text', () => {
  it('counts a real DOCX and its PDF once, and a .txt of the same memo, naming what each repeats', () => {
    const { kept, skipped } = setVariantsAside(bare, true);
    // Read in name order: memo-kopia.txt comes before the memo's DOCX and PDF, so it is counted.
    expect(kept.map((d) => name(d.path))).toEqual(['memo-kopia.txt', `${REMISS}.docx`]);
    const notes = skipped.map((s) => [name(s.path), name(s.variantOf), s.by]);
    expect(notes).toEqual([
      [`${REMISS}.pdf`, `${REMISS}.docx`, 'content'],
      [`${MEMO}.docx`, 'memo-kopia.txt', 'content'],
      [`${MEMO}.pdf`, 'memo-kopia.txt', 'content'],
    ]);
    for (const s of skipped) expect(s.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps two different documents apart, however alike their template', () => {
    const memo = bare.find((d) => name(d.path) === `${MEMO}.docx`)!;
    const remiss = bare.find((d) => name(d.path) === `${REMISS}.docx`)!;
    const similarity = jaccard(
      textPrint(memo.passages.map((p) => p.text).join('\n')).shingles,
      textPrint(remiss.passages.map((p) => p.text).join('\n')).shingles,
    );
    expect(similarity).toBeLessThan(0.1);
    expect(sameTextPairs([memo, remiss], 0.9)).toEqual([]);
  });

  it('lets a manifest win: its variantOf is used as written, and nothing is set aside twice', () => {
    const { kept, skipped } = setVariantsAside(withManifest, true);
    expect(kept.every((d) => d.path.endsWith('.docx'))).toBe(true);
    expect(skipped).toHaveLength(3);
    for (const s of skipped) {
      expect(s.by).toBe('manifest');
      expect(s.variantOf).toBe(name(s.path).replace(/\.pdf$/u, '.docx'));
    }
  });

  it('is off with a threshold of 0, and keeps everything when variants are wanted', () => {
    expect(setVariantsAside(bare, true, 0).kept).toHaveLength(bare.length);
    expect(setVariantsAside(bare, false).kept).toHaveLength(bare.length);
  });

  it('counts the first read: input order decides which rendering is kept', () => {
    const reversed = [...bare].reverse();
    const { kept } = setVariantsAside(reversed, true);
    for (const d of kept) expect(reversed.indexOf(d)).toBeLessThan(reversed.length);
    const memoKept = kept.filter((d) => /stk-2023-138|memo-kopia/u.test(d.path));
    expect(memoKept).toHaveLength(1);
    expect(memoKept[0]).toBe(reversed.find((d) => /stk-2023-138|memo-kopia/u.test(d.path)));
  });

  it('does not merge two one-line notes that say the same thing', () => {
    const note = (p: string) =>
      ({ path: p, metadata: { variantOf: null }, passages: [{ text: 'Kulturnämnden arbetar med barnets bästa i alla verksamheter.' }] }) as unknown as Document;
    expect(setVariantsAside([note('a.txt'), note('b.txt')], true).kept).toHaveLength(2);
  });

  it('finds the same documents one at a time with the shingles in a file as in memory', () => {
    const run = (memoryLimit?: number) => {
      const index = new SameTextIndex(0.9, memoryLimit);
      const kept: string[] = [];
      const found = bare.map((d) => {
        const print = documentPrint(d);
        const same = index.match(print);
        if (same) return [name(d.path), kept[same.index], same.similarity];
        kept.push(name(d.path));
        index.add(print);
        return [name(d.path), null, null];
      });
      index.close();
      return found;
    };
    const inMemory = run();
    expect(inMemory.filter(([, of]) => of !== null)).toHaveLength(3);
    expect(run(0)).toEqual(inMemory);
  });
});

describe('a text’s print', () => {
  const mix = (x: number) => {
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) >>> 0;
  };

  /**
   * The print as its definition reads: the words matched by a regex in the lower-cased text, each
   * word hashed (FNV-1a over its code units), each shingle's hash its five word hashes folded in
   * order through `mix`; the signature: each shingle's hash split into a bin (top 7 bits) and a
   * value, the least value per bin, an empty bin filled from the first filled one on its walk.
   */
  function referencePrint(text: string): { shingles: number[]; signature: number[] } {
    const fnv1a = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const shingleHash = (words: string[]) => mix(words.map(fnv1a).reduce((h, w) => mix(h) ^ w));
    const words = text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
    const hashes = new Set<number>();
    for (let i = 0; i + 5 <= words.length; i++) hashes.add(shingleHash(words.slice(i, i + 5)));
    const shingles = [...hashes].sort((a, b) => a - b);
    const bins: number[][] = Array.from({ length: 128 }, () => []);
    for (const s of shingles) {
      const h = mix(s ^ 0x9e3779b9);
      bins[Math.floor(h / 2 ** 25)].push(h % 2 ** 25);
    }
    const least = bins.map((values) => (values.length === 0 ? null : Math.min(...values)));
    const signature = least.map((value, bin) => {
      if (value !== null || shingles.length === 0) return value ?? 0xffffffff;
      for (let step = 1; ; step++) {
        const from = Math.floor(mix(Math.imul(bin + 1, 0x632be5ab) ^ step) / 2 ** 25);
        if (least[from] !== null) return least[from]!;
      }
    });
    return { shingles, signature };
  }

  it('hashes the words where they stand: the same shingles and signature as hashing each word as a string', () => {
    const texts = [
      'Kommunstyrelsen beslutar att godkänna förslaget om barnets bästa, i enlighet med FN:s barnkonvention (artikel 3) år 2024.',
      'ÅÄÖ åäö Éé Ü — e-post, 12,5 mnkr; §§ 3–4 … İstanbul ΟΔΟΣ σοφός 𝐀𝐁𝐂 text 😀 mer text \ud800 ensam \udc00 halva par',
      'ett två tre fyra',
      '',
      Array.from({ length: 400 }, (_, i) => `ord${i % 37} Malmö stad nämnd${i % 11}`).join(' '),
    ];
    for (const text of texts) {
      const print = textPrint(text);
      const expected = referencePrint(text);
      expect([...print.shingles]).toEqual(expected.shingles);
      expect([...print.signature]).toEqual(expected.signature);
    }
  });

  it('agrees with the reference on any mix of words, punctuation and odd characters', () => {
    const unit = fc.constantFrom('a', 'Ö', 'å', 'Σ', 'İ', '7', ' ', ' ', '-', ',', '\n', '\ud835\udc00', '\ud800', '\udc00', '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const print = textPrint(text);
        const expected = referencePrint(text);
        expect([...print.shingles]).toEqual(expected.shingles);
        expect([...print.signature]).toEqual(expected.signature);
      }),
      { numRuns: 300 },
    );
  });

  it('prints a document’s passages as their text joined by line breaks, odd characters or not', () => {
    const unit = fc.constantFrom('a', 'Ö', 'å', 'ß', 'Σ', 'İ', '7', ' ', '-', '\n', '\ud835\udc00', '\ud800', '😀');
    const passages = fc.array(fc.string({ unit, maxLength: 40 }), { maxLength: 12 });
    fc.assert(
      fc.property(passages, (texts) => {
        const print = documentPrint({ passages: texts.map((text) => ({ text })) as Document['passages'] });
        const expected = referencePrint(texts.join('\n'));
        expect([...print.shingles]).toEqual(expected.shingles);
        expect([...print.signature]).toEqual(expected.signature);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts thousands of shingles as a short text’s few', () => {
    // Over 256 shingles take the radix sort: many distinct ones, some repeated, with and without a Σ.
    const words = Array.from({ length: 3000 }, (_, i) => `Ord${(i * 7919) % 1009}`);
    for (const extra of ['', ' ΟΔΟΣ']) {
      const text = words.join(' ') + extra;
      const print = textPrint(text);
      expect(print.shingles.length).toBeGreaterThan(1000);
      expect([...print.shingles]).toEqual(referencePrint(text).shingles);
    }
  });

  /** A print of `count` distinct made-up shingles from `first` on, as `textPrint` would hold them. */
  const shingleSet = (first: number, count: number) => Uint32Array.from({ length: count }, (_, i) => mix(first + i)).sort();
  const agreeing = (a: Uint32Array, b: Uint32Array) => {
    const [x, y] = [signatureOf(a), signatureOf(b)];
    return x.filter((v, i) => v === y[i]).length / x.length;
  };

  it('has bins that agree about as often as the shingle sets are alike (Jaccard)', () => {
    // 2,000 shingles each; sharing 1,800 of 2,200 is J ≈ 0.82, 1,000 of 3,000 is J ≈ 0.33.
    for (const [shared, alike] of [
      [1800, 1800 / 2200],
      [1000, 1000 / 3000],
      [0, 0],
    ]) {
      let sum = 0;
      for (let trial = 0; trial < 20; trial++) {
        const a = shingleSet(trial * 100_000, 2000);
        const b = shingleSet(trial * 100_000 + 2000 - shared, 2000);
        sum += agreeing(a, b);
      }
      expect(Math.abs(sum / 20 - alike)).toBeLessThan(0.05);
    }
  });

  it('does not let two short, different texts agree on the bins none of their shingles fell in', () => {
    // 25 shingles leave most of the 128 bins empty; filled from the texts' own bins, they differ.
    for (let trial = 0; trial < 20; trial++) expect(agreeing(shingleSet(trial * 1000, 25), shingleSet(trial * 1000 + 500, 25))).toBeLessThan(0.1);
  });

  describe('a candidate pair turned down before its shingles are read', () => {
    const print = (shingles: Uint32Array) => ({ shingles, signature: signatureOf(shingles) });
    /** Two sets of `size` shingles sharing `shared`: Jaccard shared / (2 size − shared). */
    const pair = (trial: number, size: number, shared: number) => [
      print(shingleSet(trial * 1_000_000, size)),
      print(shingleSet(trial * 1_000_000 + size - shared, size)),
    ];

    it('keeps every pair at or above the threshold, long texts and short', () => {
      for (const [size, shared] of [
        [2000, 1895], // J = 0.900
        [300, 285], // J = 0.905
        [25, 24], // J = 0.923
      ]) {
        for (let trial = 0; trial < 300; trial++) {
          const [a, b] = pair(trial, size, shared);
          expect(jaccard(a.shingles, b.shingles)).toBeGreaterThanOrEqual(0.9);
          expect(mayBeAlike(a.shingles.length, a.signature, b, 0.9)).toBe(true);
        }
      }
    });

    it('turns down nearly every pair of one template (Jaccard about a half) and any pair of very different sizes', () => {
      let kept = 0;
      for (let trial = 0; trial < 300; trial++) {
        const [a, b] = pair(trial, 2000, 1333); // J = 0.5
        if (mayBeAlike(a.shingles.length, a.signature, b, 0.9)) kept++;
      }
      expect(kept).toBeLessThan(3);
      const small = print(shingleSet(0, 100));
      const large = print(shingleSet(0, 1000));
      expect(mayBeAlike(large.shingles.length, large.signature, small, 0.9)).toBe(false);
      expect(mayBeAlike(small.shingles.length, small.signature, small, 1)).toBe(true);
    });
  });
});
