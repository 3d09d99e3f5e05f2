// Full-text search over passages: Swedish stemming, compound-aware expansion like the tagger's,
// stop words that matter kept, phrases, filters, ranking and highlighted snippets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiskCache } from '../../src/cache/store.js';
import { cachedSearchIndex, searchIndexKey } from '../../src/search/cached.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildSearchIndex, loadSearchIndex, type PassageFacets, type SearchIndex } from '../../src/search/index.js';
import { search, type SearchOptions } from '../../src/search/query.js';
import type { Document } from '../../src/types.js';
import { makeDoc } from '../helpers/documents.js';

const rapport = makeDoc(
  'rapport.txt',
  [
    { heading: 'Konsekvensanalyser' },
    'Miljönämnden har även tagit fram en rutin för prövning av barnets bästa.',
    'Flera nämnder arbetar med barnkonsekvensanalyser i ärenden och processer.',
    'Nämnden har inte gjort någon konsekvensanalys av beslutet.',
    { heading: 'Transparens och kommunikation' },
    'Kulturnämndens arbete med klarspråk har lett till att fler Malmöbor förstår stadens beslut.',
    'Det bästa för barnet är att nämnderna samarbetar.',
  ],
  { type: 'rapport', year: 2023 },
);
const memo = makeDoc('memo.txt', ['Kulturnämnden ska redovisa arbetet med klarspråk senast i juni.'], { type: 'tjänsteskrivelse', year: 2024 });

const facets: PassageFacets[][] = [
  [
    { tags: [], administrations: [] },
    { tags: ['P1', 'barnratt'], administrations: ['malmo/miljonamnden'] },
    { tags: ['P1', 'barnratt'], administrations: [] },
    { tags: [], administrations: [] },
    { tags: [], administrations: [] },
    { tags: ['P4'], administrations: ['malmo/kulturnamnden'] },
    { tags: [], administrations: [] },
  ],
  [{ tags: ['P4'], administrations: ['malmo/kulturnamnden'] }],
];

function index(docs: Document[] = [rapport, memo]): SearchIndex {
  // Through JSON, as the cache stores it.
  return loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs, facets, ['malmo/kommunstyrelsen', 'malmo/kommunstyrelsen']))), docs);
}

const idx = index();
const texts = (query: string, options?: SearchOptions) => search(idx, query, options).hits.map((h) => h.snippet.text);
const highlighted = (query: string) => search(idx, query).hits.map((h) => h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e)));

describe('search: what a query finds', () => {
  test.each([
    // [query, a word that must be in every hit, number of hits]
    ['kulturnämnd', 'Kulturnämnden', 2], // inflection: kulturnämndens, kulturnämnden
    ['konsekvensanalys', 'onsekvensanalys', 3], // compound: barnkonsekvensanalyser; the word; the heading
    ['klarspråket', 'klarspråk', 2], // query inflected, text not
    ['inte', 'inte', 1], // a negation cue is no stop word here
  ])('%s', (query, word, count) => {
    const hits = texts(query);
    expect(hits).toHaveLength(count);
    for (const hit of hits) expect(hit.toLowerCase()).toContain(word.toLowerCase());
  });

  test('compounds that contain the word rank below the word itself', () => {
    expect(texts('konsekvensanalys').at(-1)).toContain('barnkonsekvensanalyser');
  });

  test('every word must occur unless --any; stop words are left out and listed', () => {
    expect(texts('barnets bästa')).toHaveLength(2);
    expect(texts('klarspråk juni')).toHaveLength(1);
    expect(texts('klarspråk juni', { any: true })).toHaveLength(2);
    expect(search(idx, 'klarspråk och juni').query.ignored).toEqual(['och']);
  });

  test('a quoted phrase must occur as a phrase', () => {
    expect(texts('"barnets bästa"')).toEqual(['Miljönämnden har även tagit fram en rutin för prövning av barnets bästa.']);
  });

  test('a query of stop words only finds nothing', () => {
    expect(search(idx, 'och det är').hits).toEqual([]);
  });

  test('matched forms are highlighted in the snippet', () => {
    expect(highlighted('kulturnämnd').sort()).toEqual([['Kulturnämnden'], ['Kulturnämndens']]);
    expect(highlighted('"barnets bästa"')).toEqual([['barnets bästa']]);
  });

  test('--compound none keeps to whole words', () => {
    expect(texts('konsekvensanalys', { compound: 'none' })).toEqual(['Konsekvensanalyser', 'Nämnden har inte gjort någon konsekvensanalys av beslutet.']);
  });
});

describe('search: filters and fields', () => {
  test.each<[string, SearchOptions['filters'], number]>([
    ['klarspråk', { type: ['tjänsteskrivelse'] }, 1],
    ['klarspråk', { year: [2023] }, 1],
    ['klarspråk', { year: [2022] }, 0],
    ['nämnd', { tag: ['barnratt'] }, 1],
    ['nämnd', { tag: ['P4'] }, 0],
    ['barnkonsekvensanalyser', { tag: ['BARNRATT'] }, 1],
    ['rutin', { admin: ['miljonamnden'] }, 1],
    ['rutin', { admin: ['malmo/kulturnamnden'] }, 0],
    // The author counts too: both documents are written by Kommunstyrelsen.
    ['klarspråk', { admin: ['malmo/kommunstyrelsen'] }, 2],
  ])('%s with %o → %i', (query, filters, count) => {
    expect(search(idx, query, { filters }).hits).toHaveLength(count);
  });

  test('a hit names document, section, line, tags and administrations', () => {
    const [hit] = search(idx, 'rutin').hits;
    expect(hit).toEqual(
      expect.objectContaining({
        document: 'rapport.txt',
        passage: 'p0002',
        section: 'Konsekvensanalyser',
        page: null,
        line: 2,
        type: 'rapport',
        year: 2023,
        tags: ['P1', 'barnratt'],
        administrations: ['malmo/miljonamnden'],
      }),
    );
    expect(hit.score).toBeGreaterThan(0);
  });

  test('--limit cuts the list but total counts every hit', () => {
    const result = search(idx, 'nämnd', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBeGreaterThan(1);
  });
});

describe('the cached index', () => {
  test('a second call over the same documents loads the index instead of tagging again', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-search-'));
    try {
      const cache = new DiskCache(dir);
      let tagged = 0;
      const annotate = (docs: Document[]) => {
        tagged++;
        return { facets, authors: docs.map(() => null) };
      };
      const first = cachedSearchIndex([rapport, memo], null, annotate, cache);
      const second = cachedSearchIndex([rapport, memo], null, annotate, cache);
      expect(tagged).toBe(1);
      expect(cache.stats).toEqual({ hits: 1, misses: 1, rebuilt: 0 });
      expect(search(second, 'konsekvensanalys').hits).toEqual(search(first, 'konsekvensanalys').hits);
      cachedSearchIndex([memo], null, annotate, cache);
      expect(tagged).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the key follows the texts of the lexicons folder's language data, not the folder", () => {
    const lexicons = loadLexicons();
    const key = (dir: string) => searchIndexKey([rapport, memo], { ...lexicons, dir });
    const bundled = key(lexicons.dir);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-search-lexicons-'));
    try {
      expect(key(dir)).toBe(bundled);
      mkdirSync(path.join(dir, 'language'));
      writeFileSync(path.join(dir, 'language', 'swedish.yaml'), 'version: 1\n');
      expect(key(dir)).not.toBe(bundled);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
