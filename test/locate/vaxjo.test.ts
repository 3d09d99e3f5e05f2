// The Växjö corpus (corpora/vaxjo/, no manifest, no registry): every document's city is what
// test/fixtures/municipality/expected.yaml says, read from how the document names itself, and
// none of the other municipalities it mentions takes its place. The DOCX names Växjö only in its
// Word header and its signatures, the PDF in its running header.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocuments } from '../../src/corpus/extract.js';
import { buildLocator, cityOf, locateDataFor } from '../../src/locate/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { municipalities } from '../../src/lexicon/municipalities.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import type { Document } from '../../src/types.js';
import { ROOT } from '../helpers/seed-corpus.js';

interface Expected {
  documents: { file: string; city: string; otherCitiesMentioned?: string[] }[];
}

const CORPUS = path.join(ROOT, 'corpora/vaxjo');
const expected = parse(readFileSync(path.join(ROOT, 'test/fixtures/municipality/expected.yaml'), 'utf8')) as Expected;

let documents: Map<string, Document>;
beforeAll(async () => {
  const read = await extractDocuments([CORPUS], { cache: false });
  expect(read.failures).toEqual([]);
  documents = new Map(read.documents.map((d) => [path.basename(d.path), d]));
});

describe('the Växjö corpus', () => {
  it.each(expected.documents)('$file is from $city', ({ file, city, otherCitiesMentioned }) => {
    const doc = documents.get(file)!;
    expect(doc.metadata.city).toBe(city);
    // The cities it mentions are scored, and each far behind.
    const { scores } = cityOf(doc, buildLocator(locateDataFor()));
    for (const other of otherCitiesMentioned ?? []) {
      const score = scores.find((s) => s.id === other)?.score ?? 0;
      expect(score, other).toBeLessThan(scores[0].score / 2);
    }
  });

  it('finds the city for every document', () => {
    const found = expected.documents.filter((d) => documents.get(d.file)?.metadata.city === d.city);
    expect(found.length).toBe(expected.documents.length);
  });

  it('credits nothing to another city: no organ ID under another municipality, none of the city’s own principles', () => {
    const context = buildContext(loadLexicons());
    const others = new Set(
      municipalities()
        .all.map((m) => m.id)
        .filter((id) => id !== 'vaxjo'),
    );
    for (const doc of documents.values()) {
      const tagged = tagDocument(doc, context);
      expect(tagged.frameworks, doc.path).toEqual(['skr-principer', 'rattighetsomraden']);
      const ids = tagged.passages.flatMap((p) => p.mentions.map((m) => m.id));
      expect(
        ids.filter((id) => others.has(id.split('/')[0])),
        doc.path,
      ).toEqual([]);
      expect(
        tagged.passages.flatMap((p) => p.tags.map((t) => t.id)).filter((id) => /^[PS]\d$/.test(id)),
        doc.path,
      ).toEqual([]);
    }
  });

  it('keeps the running header and footer lines that name the city apart from the body', () => {
    expect(documents.get('protokoll-kommunfullmaktige-2025-04-29.pdf')!.furniture).toContainEqual(expect.stringMatching(/^Växjö kommun\b/));
    expect(documents.get('tjansteskrivelse-trygghetsbelysning-2025.docx')!.furniture).toContainEqual(expect.stringMatching(/^Växjö kommun\b/));
  });

  it('reads the case numbers after a label, in a city without formats of its own', () => {
    expect(documents.get('remissvar-regional-kulturplan-2025.txt')!.metadata.caseNumbers).toEqual(['2025-00039']);
    expect(documents.get('tjansteskrivelse-trygghetsbelysning-2025.docx')!.metadata.caseNumbers).toEqual(['2025-00217']);
  });
});
