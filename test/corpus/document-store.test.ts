// The names section's document store: documents come back as they went in (less what names do not
// read), in order, on every pass, whether kept in memory or written to its temporary file; the
// file is private and removed; and the names report is the same over the store as over the array.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/corpus/document-store.js';
import { createSpellChecker } from '../../src/language/hunspell.js';
import { analyzeNames, NamesReading, spellingKnownWords, type NamesReport } from '../../src/names/index.js';
import type { TaggedDocument } from '../../src/types.js';
import { rules, seedCorpus } from '../helpers/seed-corpus.js';
import { makeTempDir } from '../helpers/temp.js';

function doc(name: string, text: string): TaggedDocument {
  return {
    path: `/korpus/${name}`,
    format: 'txt',
    sha256: 'x',
    bytes: text.length,
    pageCount: null,
    metadata: { title: null, date: null, diarienummer: null, city: 'malmo', author: null, authorId: null, documentType: 'unknown' },
    text,
    passages: [
      {
        id: 'p0001',
        kind: 'paragraph',
        sectionPath: ['Rubrik'],
        page: null,
        line: 3,
        start: 0,
        end: text.length,
        text,
        sentences: [{ start: 0, end: text.length }],
        origin: [0, 0, 3, 1],
        tags: [{ id: 'x', kind: 'area', negated: false, boilerplate: false, evidence: [] }],
        mentions: [],
        boilerplate: null,
        words: 3,
      },
    ],
    footnotes: [],
    furniture: ['Sidfot'],
    warnings: [],
    author: 'malmo/kulturnamnden',
  } as unknown as TaggedDocument;
}

// The store's files are counted in a temporary folder of this file's own (os.tmpdir() reads
// TMPDIR at each call): in the shared one, another mrkoll running at the same time adds its own.
const sharedTmp = process.env.TMPDIR;
beforeAll(() => {
  process.env.TMPDIR = makeTempDir('mrkoll-store-test-');
});
afterAll(() => {
  if (sharedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = sharedTmp;
});

const spillFiles = () => readdirSync(tmpdir()).filter((f) => f.startsWith('mrkoll-dokument-'));

describe('DocumentStore', () => {
  const docs = [
    doc('a.txt', 'Kulturnämnden arbetar med tillgänglighet.'),
    doc('b.txt', 'Rad ett\nrad två med ”citat” och – tankstreck 🙂'),
    // Longer than one read of the file (1 MB), so a line spans chunks.
    doc('c.txt', 'ä'.repeat(1_500_000)),
    doc('d.txt', 'Sista.'),
  ];
  const slim = (d: TaggedDocument) => ({
    ...d,
    text: '',
    footnotes: [],
    furniture: [],
    warnings: [],
    passages: d.passages.map((p) => ({ ...p, tags: [], mentions: [] })),
  });

  it.each([
    ['in memory', 1e9],
    ['in its file', 0],
    ['partly in each', 60],
  ])('gives the documents back in order on every pass (%s)', (_, budget) => {
    const store = new DocumentStore(budget);
    const before = spillFiles().length;
    for (const d of docs) store.add(d);
    expect(store.size).toBe(4);
    expect([...store]).toEqual(docs.map(slim));
    expect([...store]).toEqual(docs.map(slim));
    const spilled = spillFiles().length - before;
    expect(spilled).toBe(budget === 1e9 ? 0 : 1);
    store.dispose();
    expect(spillFiles().length).toBe(before);
    expect([...store]).toEqual([]);
  });

  it('gives each passage its section path back, passages under one heading one path, and a document without passages', () => {
    const base = doc('e.txt', 'Ett. Två. Tre. Fyra.');
    const paths = [['A'], ['A'], ['A', 'B'], [], ['A']];
    const passages = paths.map((sectionPath, i) => ({ ...base.passages[0], id: `p000${i + 1}`, sectionPath }));
    const store = new DocumentStore(0);
    store.add({ ...base, passages });
    store.add({ ...base, path: '/korpus/tom.txt', passages: [] });
    const [back, empty] = [...store];
    expect(empty).toMatchObject({ path: '/korpus/tom.txt', passages: [] });
    expect(back.passages.map((p) => p.sectionPath)).toEqual(paths);
    expect(back.passages[1].sectionPath).toBe(back.passages[0].sectionPath);
    expect(back.passages[4].sectionPath).toBe(back.passages[0].sectionPath);
    store.dispose();
  });

  it('writes its file readable by its owner only', () => {
    const before = new Set(spillFiles());
    const store = new DocumentStore(0);
    store.add(docs[0]);
    // This store's folder: another mrkoll running on the machine may have one of its own.
    const dir = spillFiles()
      .filter((f) => !before.has(f))
      .map((f) => path.join(tmpdir(), f))
      .find((d) => existsSync(path.join(d, 'dokument.jsonl')))!;
    expect(statSync(dir).mode & 0o077).toBe(0);
    expect(statSync(path.join(dir, 'dokument.jsonl')).mode & 0o077).toBe(0);
    store.dispose();
    expect(existsSync(dir)).toBe(false);
  });

  it('selects passages: the wanted ones as a full reading gives them, the others left out', () => {
    const base = doc('f.txt', 'Ett. Två. Tre.');
    const passages = ['A', 'B', 'C'].map((title, i) => ({ ...base.passages[0], id: `p000${i + 1}`, sectionPath: [title] }));
    const store = new DocumentStore(0);
    store.add({ ...base, passages });
    store.add(docs[0]);
    const [full, second] = [...store];
    const [picked, none] = [...store.select((d, p) => d === 0 && p === 1)];
    expect(picked.passages).toHaveLength(3);
    expect(0 in picked.passages || 2 in picked.passages).toBe(false);
    expect(picked.passages[1]).toEqual(full.passages[1]);
    expect({ ...none, passages: [] }).toEqual({ ...second, passages: [] });
    expect(none.passages.filter(Boolean)).toEqual([]);
    store.dispose();
  });

  it('stops reading when a pass is left early', () => {
    const store = new DocumentStore(0);
    for (const d of docs) store.add(d);
    for (const d of store) if (d.path.endsWith('b.txt')) break;
    expect([...store].map((d) => d.path)).toEqual(docs.map((d) => d.path));
    store.dispose();
  });
});

describe('the names report over a store', () => {
  let fromArray: NamesReport;
  let fromFile: NamesReport;

  beforeAll(async () => {
    const corpus = await seedCorpus();
    const checker = await createSpellChecker(spellingKnownWords(corpus.lexicons));
    fromArray = analyzeNames(corpus.all, corpus.lexicons, { rules: rules(), checker });
    // As analyze reads: each document as it arrives, then the store for the quotes.
    const store = new DocumentStore(0);
    const reading = new NamesReading(corpus.lexicons, { rules: rules(), checker });
    for (const d of corpus.all) {
      reading.add(d);
      store.add(d);
    }
    fromFile = reading.finish(store);
    store.dispose();
    checker.dispose();
  });

  it('is the same, quotes and all, when the quotes are read back from the file', () => {
    expect(fromFile.groups.length).toBeGreaterThan(10);
    expect(fromFile.groups.some((g) => g.variants.some((v) => v.examples.length > 0 && v.examples[0].quote.length > 0))).toBe(true);
    expect(JSON.stringify(fromFile)).toBe(JSON.stringify(fromArray));
  });
});
