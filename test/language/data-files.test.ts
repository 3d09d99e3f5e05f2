// The language data comes from the run's lexicons folder, file by file: a folder's own
// language/<file> is read, a file it lacks is the bundled one, and a folder without language/
// reads documents exactly as the bundled data does.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/corpus/extract.js';
import { LanguageDataError, languageFile, languageFingerprint, LANGUAGE_FILES } from '../../src/language/data-files.js';
import { languageData } from '../../src/language/data.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { BUNDLED_LEXICONS_DIR, languageDir } from '../../src/paths.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import type { Document } from '../../src/types.js';
import { makeDocument } from '../helpers/documents.js';
import { makeTempDir } from '../helpers/temp.js';

/** A lexicons folder holding only the given language files (name → YAML text). */
function lexiconsWith(files: Record<string, string> = {}): string {
  const dir = makeTempDir('mrkoll-lexicons-');
  if (Object.keys(files).length > 0) mkdirSync(languageDir(dir));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(languageDir(dir), name), text);
  return dir;
}

/** A text file with the given content, in a folder of its own. */
function textFile(content: string): string {
  const file = path.join(makeTempDir('mrkoll-doc-'), 'dokument.txt');
  writeFileSync(file, content);
  return file;
}

async function extractOne(file: string, lexiconsDir?: string): Promise<Document> {
  const { documents, failures } = await extractDocuments([file], { cache: false, lexiconsDir });
  expect(failures).toEqual([]);
  return documents[0];
}

const TITLES = textFile('Sammanfattning\n\nSe bilaga.\n\nKalasplanering\n\nSe bilaga.\n');
const ABBREVIATION = textFile('Vi hade kalas. Sedan gick vi hem.\n');
const SEED = path.resolve('corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt');

describe('languageFile', () => {
  it("is the folder's own file when it has one, else the bundled one", () => {
    const dir = lexiconsWith({ 'abbreviations.yaml': 'abbreviations: [kalas.]\nsentenceFinal: [m.m.]\n' });
    expect(languageFile('abbreviations.yaml', dir)).toBe(path.join(dir, 'language', 'abbreviations.yaml'));
    expect(languageFile('section-headings.yaml', dir)).toBe(path.join(BUNDLED_LEXICONS_DIR, 'language', 'section-headings.yaml'));
    expect(languageFile('swedish.yaml', lexiconsWith())).toBe(path.join(BUNDLED_LEXICONS_DIR, 'language', 'swedish.yaml'));
  });

  it('refuses a lexicons folder that does not exist', () => {
    const missing = path.join(makeTempDir('mrkoll-lexicons-'), 'finns-inte');
    expect(() => languageFile('swedish.yaml', missing)).toThrow(LanguageDataError);
    expect(() => languageFile('swedish.yaml', missing)).toThrow(/finns-inte:1:1: lexikonkatalogen finns inte/u);
  });
});

describe('languageFingerprint', () => {
  it('follows the texts of the files used, not the folder they are in', () => {
    const bundled = languageFingerprint(LANGUAGE_FILES);
    const copy = makeTempDir('mrkoll-lexicons-');
    cpSync(languageDir(), languageDir(copy), { recursive: true });
    expect(languageFingerprint(LANGUAGE_FILES, copy)).toBe(bundled);
    expect(languageFingerprint(LANGUAGE_FILES, lexiconsWith())).toBe(bundled);
    const own = lexiconsWith({ 'section-headings.yaml': '- Kalasplanering\n' });
    expect(languageFingerprint(LANGUAGE_FILES, own)).not.toBe(bundled);
    // Only the files named count: the abbreviations are the bundled ones there too.
    expect(languageFingerprint(['abbreviations.yaml'], own)).toBe(languageFingerprint(['abbreviations.yaml']));
  });
});

describe('extraction with a lexicons folder', () => {
  it("reads headings with the folder's own section-headings.yaml", async () => {
    const kinds = (doc: Document) => doc.passages.map((p) => [p.text, p.kind]);
    expect(kinds(await extractOne(TITLES))).toEqual([
      ['Sammanfattning', 'heading'],
      ['Se bilaga.', 'paragraph'],
      ['Kalasplanering', 'paragraph'],
      ['Se bilaga.', 'paragraph'],
    ]);
    const own = lexiconsWith({ 'section-headings.yaml': '- Kalasplanering\n' });
    expect(kinds(await extractOne(TITLES, own))).toEqual([
      ['Sammanfattning', 'paragraph'],
      ['Se bilaga.', 'paragraph'],
      ['Kalasplanering', 'heading'],
      ['Se bilaga.', 'paragraph'],
    ]);
  });

  it("splits sentences with the folder's own abbreviations.yaml, and takes the rest from the bundled files", async () => {
    const sentences = (doc: Document) => doc.passages[0].sentences.length;
    expect(sentences(await extractOne(ABBREVIATION))).toBe(2);
    const own = lexiconsWith({ 'abbreviations.yaml': 'abbreviations: [kalas.]\nsentenceFinal: [m.m.]\n' });
    expect(sentences(await extractOne(ABBREVIATION, own))).toBe(1);
    // The section headings are still the bundled ones.
    expect((await extractOne(TITLES, own)).passages[0].kind).toBe('heading');
  });

  it('reads a document exactly as the bundled data does when the folder has no language/', async () => {
    expect(await extractOne(SEED, lexiconsWith())).toEqual(await extractOne(SEED));
  });

  it("reports a bad file of the folder's at its line and column before any document is read", async () => {
    const own = lexiconsWith({ 'document-types.yaml': '- type: brev\n  title: [Brev]\n' });
    const run = extractDocuments([SEED], { cache: false, lexiconsDir: own });
    await expect(run).rejects.toThrow(LanguageDataError);
    await expect(extractDocuments([SEED], { cache: false, lexiconsDir: own })).rejects.toThrow(
      /document-types\.yaml:1:9: \[0\]\.type: ska vara ett av: tjänsteskrivelse/u,
    );
  });
});

describe('tagging with a lexicons folder', () => {
  it("negates with the folder's own swedish.yaml", () => {
    const text = 'Nämnden arbetar knappast med barnkonsekvensanalyser.';
    const negated = (lexiconsDir: string) => {
      const context = buildContext({ ...loadLexicons(), dir: lexiconsDir });
      const [passage] = tagDocument(makeDocument([text], { city: 'malmo' }), context).passages;
      return passage.tags.find((t) => t.id === 'P1')?.negated;
    };
    expect(negated(BUNDLED_LEXICONS_DIR)).toBe(false);
    const bundledText = JSON.stringify(languageData());
    const own = JSON.parse(bundledText) as ReturnType<typeof languageData>;
    own.negation.cues.push('knappast');
    expect(negated(lexiconsWith({ 'swedish.yaml': JSON.stringify(own) }))).toBe(true);
    // And nothing else changed: without language/, the bundled swedish.yaml.
    expect(negated(lexiconsWith())).toBe(false);
  });
});
