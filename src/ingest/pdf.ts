// PDF → one string per page, exactly as pdf-parse (pdf.js) extracts it: page furniture, hyphens and
// line breaks are normalize's business. Encrypted, broken and text-less PDFs are refused here.
import { findPageNumberLines } from '../normalize/page-numbers.js';
import { UnreadableContent } from './errors.js';
import type { IngestLimits } from './limits.js';
import { extractPageTexts } from './pdf-worker.js';
import { threadFailure } from './thread-failure.js';

export interface PdfContent {
  pages: string[];
  /** Per page, the lines (0-based, of the page's text split at line breaks) set mostly in small print. */
  smallPrint: number[][];
  warnings: string[];
}

/** The size marks pdf-worker.ts puts before each text item: main text, small print. */
const MAIN = '\uE000';
const SMALL = '\uE001';
const MARK = /[\uE000\uE001]/gu;

/** A page's text without its size marks, and which of its lines are mostly small print. */
export function readSizeMarks(marked: string): { text: string; small: number[] } {
  const small: number[] = [];
  marked.split(/\r?\n/u).forEach((line, i) => {
    let main = 0;
    let tiny = 0;
    let current = MAIN;
    for (const c of line) {
      if (c === MAIN || c === SMALL) current = c;
      else if (!/\s/u.test(c)) current === SMALL ? tiny++ : main++;
    }
    if (tiny > main) small.push(i);
  });
  return { text: marked.replace(MARK, ''), small };
}

/** Extracts the text of every page, on a worker thread within the limits' time and heap. */
export async function pdfToPages(bytes: Uint8Array, limits: IngestLimits): Promise<PdfContent> {
  let marked: string[];
  try {
    marked = await extractPageTexts(bytes, limits);
  } catch (error) {
    throw pdfFailure(error, limits);
  }
  const read = marked.map(readSizeMarks);
  const texts = read.map((r) => r.text);
  // No pages at all is a page tree that leads nowhere (a /Count of 0, a loop pdf.js cut short).
  if (texts.length === 0) throw new UnreadableContent('trasig PDF (sidträdet leder inte till några sidor)');
  if (texts.every((text) => text.trim() === '')) throw new UnreadableContent('PDF utan text (tom eller skannad?)');
  // A scanner's text layer of only page numbers: nothing would be left once they are removed.
  if (texts.every(onlyPageNumbers)) throw new UnreadableContent('PDF utan text: skannad bild? (textlagret har bara sidnummer)');
  const warnings = texts.flatMap((text, i) => (text.trim() === '' ? [`sida ${i + 1} saknar text`] : []));
  return { pages: texts, smallPrint: read.map((r) => r.small), warnings };
}

/** pdf-parse re-throws pdf.js's exceptions under their pdf.js names; the thread adds its own. */
function pdfFailure(error: unknown, limits: IngestLimits): UnreadableContent {
  switch ((error as Error)?.name) {
    case 'PasswordException':
      return new UnreadableContent('krypterad PDF (lösenordsskyddad)');
    case 'InvalidPDFException':
    case 'FormatError':
      return new UnreadableContent('trasig eller ofullständig PDF');
    case 'UnknownErrorException':
      // pdf.js's words for a page tree that refers to itself.
      if (/circular reference/i.test((error as Error).message)) return new UnreadableContent('trasig PDF (sidträdet går runt i en slinga)');
      return new UnreadableContent('trasig eller ofullständig PDF');
    default:
      return threadFailure('pdf', error, limits);
  }
}

function onlyPageNumbers(text: string): boolean {
  const lines = text.split(/\r?\n/u);
  const numbers = findPageNumberLines(lines);
  return lines.every((line, i) => numbers.has(i) || line.trim() === '');
}
