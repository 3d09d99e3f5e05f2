// Property-based fuzzing of every reader (fast-check): random bytes, and real files of each format
// with bytes flipped, cut short, repeated or spliced in. Whatever the bytes, reading a file ends in
// a Document (normalized, segmented and tagged without a throw, no passage over the limit) or in
// an InputError with one line of reason, in bounded time. Seeded, so a failure is reproducible;
// about 15 s in all.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/corpus/extract.js';
import { InputError } from '../../src/ingest/errors.js';
import { DEFAULT_LIMITS, MAX_PASSAGE_CHARS } from '../../src/ingest/limits.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { normalize } from '../../src/normalize/index.js';
import { extractionData, segment } from '../../src/segment/index.js';
import { buildContext, tagDocument, type TaggingContext } from '../../src/tag/index.js';
import type { RawDocument } from '../../src/types.js';
import { tempDir } from '../helpers/ingest.js';

/** Short enough that a parser stuck on one input fails the property instead of the test's timeout. */
const LIMITS = { ...DEFAULT_LIMITS, timeoutMs: 5000 };
const SEED = 17;

const REAL: Record<string, string> = {
  pdf: 'corpora/fixtures/tjansteskrivelse-stk-2023-138.pdf',
  docx: 'corpora/fixtures/remissvar-servicenamnden-sthlm-2025.docx',
  txt: 'corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-b.txt',
  md: 'corpora/seeds/malmo-protokollsutdrag-ksau-2024-04-29.md',
};
/** No HTML file is bundled: one made from the plain-text seed, with a heading, a list and a table. */
const htmlFrom = (text: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body><h1>Rubrik</h1>${text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n')}<ul><li>ett<ul><li>två</li></ul></li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>`;

let dir: string;
let context: TaggingContext;
let counter = 0;
beforeAll(async () => {
  dir = await tempDir('mrkoll-fuzz-');
  context = buildContext(loadLexicons());
});

/** Reads `bytes` as a file of `extension`; the property every reader must have. */
async function readsOrRefuses(bytes: Uint8Array, extension: string): Promise<void> {
  const file = path.join(dir, `f${++counter}.${extension}`);
  writeFileSync(file, bytes);
  const started = Date.now();
  try {
    const doc = await extractDocument(file, LIMITS);
    for (const p of doc.passages) expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    tagDocument(doc, context);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.reason).toMatch(/^[^\n\r]+$/);
    expect(error.reason).not.toMatch(/oväntat fel/);
  }
  // The time limit plus the rest of the pipeline on at most a few kB.
  expect(Date.now() - started).toBeLessThan(LIMITS.timeoutMs + 3000);
}

/** A real file of the format with a few of its bytes changed, cut or repeated. */
function mutated(original: Buffer): fc.Arbitrary<Uint8Array> {
  const at = fc.nat({ max: original.length - 1 });
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at }),
    fc.record({ kind: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 4096 }), times: fc.integer({ min: 2, max: 20 }) }),
    fc.record({ kind: fc.constant('splice' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    let bytes = Buffer.from(original);
    for (const m of mutations) {
      const i = Math.min(m.at, Math.max(0, bytes.length - 1));
      if (m.kind === 'flip') bytes[i] = m.byte;
      else if (m.kind === 'cut') bytes = bytes.subarray(0, i);
      else if (m.kind === 'repeat')
        bytes = Buffer.concat([bytes.subarray(0, i), ...Array<Buffer>(m.times).fill(bytes.subarray(i, i + m.length)), bytes.subarray(i)]);
      else bytes = Buffer.concat([bytes.subarray(0, i), m.bytes, bytes.subarray(i)]);
    }
    return bytes;
  });
}

/** Text that looks like a document, in the syntax of each text format, with control characters and odd Unicode mixed in. */
const documentText = fc
  .array(
    fc.oneof(
      fc.constantFrom('Kulturnämnden', 'barnets bästa', 'diskriminering', 'nämnden', 'HBTQI-', 't.ex.', '1.', '§ 202', '[1]', '...', '\f', '\u00ad', '\u202e'),
      fc.constantFrom('# ', '> ', '- ', '| a | b |', '<p>', '</p>', '<br>', '<table><tr><td>', '<li>', '&amp;', '<!--', '*', '`', '[a](', '\n', '\n\n', '\t'),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 400 },
  )
  .map((parts) => Buffer.from(parts.join(' '), 'utf8'));

describe.each([...Object.keys(REAL), 'html'])('%s reader', (extension) => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (bytes) => readsOrRefuses(bytes, extension)),
      { numRuns: 25, seed: SEED },
    );
  });

  it('a real file, mutated', async () => {
    const original = extension === 'html' ? Buffer.from(htmlFrom(readFileSync(REAL.txt, 'utf8'))) : readFileSync(REAL[extension]);
    await fc.assert(
      fc.asyncProperty(mutated(original), (bytes) => readsOrRefuses(bytes, extension)),
      { numRuns: 25, seed: SEED },
    );
  });

  it.runIf(['txt', 'md', 'html'].includes(extension))('document-like text with markup and control characters', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, (bytes) => readsOrRefuses(bytes, extension)),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe('normalize, segment and tag on pages of PDF text', () => {
  it('never throw, and keep every passage within the limit', () => {
    const page = documentText.map((bytes) => bytes.toString('utf8'));
    fc.assert(
      fc.property(fc.array(page, { maxLength: 12 }), (pages) => {
        const raw: RawDocument = { path: 'x.pdf', format: 'pdf', bytes: 0, sha256: '', pages, warnings: [] };
        const data = extractionData();
        const doc = segment(normalize(raw, data.sectionTitles), data);
        for (const p of doc.passages) expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
        tagDocument(doc, context);
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});
