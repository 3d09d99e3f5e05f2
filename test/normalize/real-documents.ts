// Loads the seeds and fixtures (corpora/, the same bytes as the shared material) as the
// RawDocuments the ingest stage would make, without depending on src/ingest: pdf-parse for PDF
// pages, mammoth for the text of the Word versions, a few lines of Markdown handling for the
// minutes seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import type { RawBlock, RawDocument } from '../../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The seeds and fixtures, as corpora/ carries them (see test/helpers/ingest.ts). */
export const SHARED = path.resolve(ROOT, 'corpora');
export const seedPath = (name: string): string => path.join(SHARED, 'seeds', name);
export const fixturePath = (name: string): string => path.join(SHARED, 'fixtures', name);

export const TEXT_SEEDS = [
  'malmo-tjansteskrivelse-stk-2023-138-a.txt',
  'malmo-tjansteskrivelse-stk-2023-138-b.txt',
  'malmo-rapport-systematiskt-arbete-mr-2023.txt',
  'stockholm-remissvar-servicenamnden-2025.txt',
];
export const MARKDOWN_SEED = 'malmo-protokollsutdrag-ksau-2024-04-29.md';
export const FIXTURES = ['tjansteskrivelse-stk-2023-138', 'protokollsutdrag-ksau-2024-04-29', 'remissvar-servicenamnden-sthlm-2025'];

const base = (file: string, format: RawDocument['format']): RawDocument => ({
  path: file,
  format,
  bytes: 0,
  sha256: '',
  warnings: [],
});

export function textRaw(file: string): RawDocument {
  return { ...base(file, 'txt'), lines: readFileSync(file, 'utf8').split(/\r?\n/u) };
}

/** The pages of a PDF straight from pdf-parse, as src/ingest hands them on. */
export async function pdfRaw(file: string): Promise<RawDocument> {
  const data = readFileSync(file);
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    return { ...base(file, 'pdf'), bytes: data.length, pages: result.pages.map((page) => page.text) };
  } finally {
    await parser.destroy();
  }
}

/** The Word file's text, one paragraph per line with blank lines between: mammoth's raw text. */
export async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ path: file })).value;
}

export async function docxAsTextRaw(file: string): Promise<RawDocument> {
  return { ...base(file, 'txt'), lines: (await docxText(file)).split('\n') };
}

/** Just enough Markdown for the minutes seed: #-headings, list items, paragraphs, bold and tags dropped. */
export function markdownRaw(file: string): RawDocument {
  const blocks: RawBlock[] = [];
  const plain = (text: string) => text.replace(/<[^>]+>|\*\*/gu, '').trim();
  readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .forEach((source, i) => {
      const line = i + 1;
      if (source.trim() === '') return;
      const heading = /^(#{1,6})\s+(.*)$/u.exec(source);
      const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/u.exec(source);
      if (heading) blocks.push({ kind: 'heading', level: heading[1].length, text: plain(heading[2]), line });
      else if (item) blocks.push({ kind: 'list-item', depth: 0, text: plain(source.startsWith('-') ? item[1] : source), line });
      else blocks.push({ kind: 'paragraph', text: plain(source), line });
    });
  return { ...base(file, 'md'), blocks };
}
