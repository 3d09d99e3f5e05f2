// Every quote an analyst is shown can be found where the report says it is: the line of the quote
// itself in a text file (not its passage's first line), a DOCX's page or paragraph and heading path,
// and the words that make the passage count for the administration, in analyze, kwic and search.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type Analysis } from '../../src/analyze/index.js';
import { expectedFromRegistry, mainCity } from '../../src/analyze/expected.js';
import { extractDocument } from '../../src/corpus/extract.js';
import type { EvidenceRef } from '../../src/corpus/evidence.js';
import { kwic } from '../../src/kwic/index.js';
import { placeInSource } from '../../src/normalize/source-map.js';
import { buildSearchIndex, facetsOf, loadSearchIndex } from '../../src/search/index.js';
import { search } from '../../src/search/query.js';
import { buildDocx, run } from '../helpers/docx.js';
import { tempDir } from '../helpers/ingest.js';
import { ROOT, rules, seedCorpus, type SeedCorpus } from '../helpers/seed-corpus.js';

let corpus: SeedCorpus;
let analysis: Analysis;
const fileLines = new Map<string, string[]>();
const linesOf = (file: string) => {
  if (!fileLines.has(file)) fileLines.set(file, readFileSync(path.resolve(ROOT, file), 'utf8').split(/\r?\n/u));
  return fileLines.get(file)!;
};
/** The first word of `text`, as a file line would hold it. */
const firstWord = (text: string) => text.match(/[\p{L}\p{N}]+/u)![0];

beforeAll(async () => {
  corpus = await seedCorpus();
  const r = rules();
  const expected = expectedFromRegistry(corpus.lexicons, mainCity(corpus.counted), r.expected.kinds);
  analysis = analyzeCorpus(corpus.counted, corpus.lexicons, { view: 'mention', expected, rules: r, bothViews: true });
});

function allEvidence(view: 'mention' | 'author'): Array<{ id: string; e: EvidenceRef }> {
  const result = analysis.views[view]!;
  const out: Array<{ id: string; e: EvidenceRef }> = [];
  for (const row of result.coverage.rows)
    for (const cell of Object.values(row.cells)) for (const e of [...cell.evidence, ...cell.notCounted]) out.push({ id: row.id, e });
  for (const g of result.gaps) for (const e of g.evidence) out.push({ id: g.administration ?? '', e });
  return out;
}

describe('evidence on the seeds', () => {
  it('names the line of the quote itself, which is not always its passage’s first line', () => {
    const items = allEvidence('mention').filter(({ e }) => e.line !== null);
    expect(items.length).toBeGreaterThan(300);
    let later = 0;
    for (const { e } of items) {
      expect(linesOf(e.document)[e.line! - 1], `${e.document}:${e.line} ${e.quote}`).toContain(firstWord(e.quote));
      const passage = corpus.counted.find((d) => d.path === e.document)!.passages.find((p) => p.id === e.passage)!;
      expect(e.section).toEqual(passage.sectionPath);
      if (e.line! > passage.line!) later++;
    }
    expect(later).toBeGreaterThan(20);
  });

  it('names what makes each counted passage count: a span of the passage, or the heading above it', () => {
    const items = allEvidence('mention').filter(({ id }) => id !== '');
    for (const { id, e } of items) {
      const a = e.attribution!;
      expect(a, `${id} ${e.passage}`).not.toBeNull();
      expect(a.kind).not.toBe('author');
      if (a.passage === null) continue;
      const doc = corpus.counted.find((d) => d.path === e.document)!;
      const holder = doc.passages.find((p) => p.id === a.passage)!;
      expect(holder.text.slice(a.start!, a.end!)).toBe(a.text);
      expect(holder.mentions.some((m) => m.id === id && m.start === a.start && m.end === a.end)).toBe(true);
      if (a.passage !== e.passage) expect(a.kind).toBe('heading');
    }
    // The terms behind the tag are spans of the passage too.
    for (const { e } of items) {
      const text = corpus.counted.find((d) => d.path === e.document)!.passages.find((p) => p.id === e.passage)!.text;
      for (const t of e.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('shows the committee a cell is about in the quote when a sentence names it, else points to it', () => {
    const row = analysis.views.mention!.coverage.rows.find((r) => r.id === 'malmo/kulturnamnden')!;
    const evidence = Object.values(row.cells).flatMap((c) => c.evidence);
    expect(evidence.length).toBeGreaterThan(5);
    const inQuote = evidence.filter(
      (e) => e.attribution!.passage === e.passage && e.attribution!.start! >= e.offset && e.attribution!.end! <= e.offset + e.quote.length,
    );
    expect(inQuote.length / evidence.length).toBeGreaterThan(0.5);
  });

  it('by author, names the author', () => {
    for (const { e } of allEvidence('author').filter(({ id }) => id !== '')) expect(e.attribution?.kind).toBe('author');
  });
});

describe('DOCX evidence', () => {
  it('has the Word page where the file records page breaks, else paragraph and heading path', async () => {
    const dir = await tempDir();
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr>${run('Bakgrund')}</w:p>` +
      `<w:p>${run('Första sidans stycke om barnets bästa.')}</w:p>` +
      `<w:p>${run('Andra stycket börjar på sidan ett')}<w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> och slutar på sidan två.</w:t></w:r></w:p>` +
      `<w:p><w:r><w:br w:type="page"/></w:r>${run('Tredje stycket om diskriminering.')}</w:p>`;
    const paged = await extractDocument(await writeFileIn(dir, 'paged.docx', buildDocx(body)));
    const at = (doc: typeof paged, words: string) => {
      const p = doc.passages.find((x) => x.text.includes(words))!;
      return placeInSource('docx', p, p.text.indexOf(words));
    };
    expect(at(paged, 'Första sidans')).toEqual({ page: 1, line: null, paragraph: 2 });
    expect(at(paged, 'slutar på sidan två')).toEqual({ page: 2, line: null, paragraph: 3 });
    // Word records where it laid out pages; a hard break is not counted again beside them.
    expect(at(paged, 'Tredje stycket').page).toBe(2);

    const plain = await extractDocument(
      await writeFileIn(dir, 'plain.docx', buildDocx(body.replace(/<w:lastRenderedPageBreak\/>|<w:br w:type="page"\/>/gu, ''))),
    );
    const third = plain.passages.find((x) => x.text.includes('Tredje'))!;
    expect(placeInSource('docx', third, 0)).toEqual({ page: null, line: null, paragraph: 4 });
    expect(third.sectionPath).toEqual(['Bakgrund']);
  });
});

async function writeFileIn(dir: string, name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('kwic and search', () => {
  it('kwic gives the line of the keyword, not of its passage', () => {
    const lines = kwic(corpus.counted, 'diskriminering').filter((l) => l.line !== null);
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) expect(linesOf(l.document)[l.line! - 1].toLowerCase(), `${l.document}:${l.line}`).toContain(firstWord(l.keyword).toLowerCase());
    expect(
      lines.filter((l) => l.line !== corpus.counted.find((d) => d.path === l.document)!.passages.find((p) => p.id === l.passage)!.line).length,
    ).toBeGreaterThan(5);
    for (const l of lines) expect(l.sectionPath.at(-1) ?? null).toBe(l.section);
  });

  it('search gives the line of the first matched word', () => {
    const index = loadSearchIndex(buildSearchIndex(corpus.counted, corpus.counted.map(facetsOf)), corpus.counted);
    const hits = search(index, 'konsekvensanalys', { limit: 100 }).hits.filter((h) => h.line !== null);
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) {
      const [s, e] = h.snippet.highlights[0];
      const word = h.snippet.text.slice(s, e);
      const holds = linesOf(h.document)
        .slice(h.line! - 1, h.line!)
        .join(' ')
        .toLowerCase();
      expect(holds, `${h.document}:${h.line} ${word}`).toContain(firstWord(word).toLowerCase().slice(0, 6));
    }
  });
});
