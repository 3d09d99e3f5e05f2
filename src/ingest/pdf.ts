// PDF → one string per page, exactly as pdf-parse (pdf.js) extracts it: page furniture, hyphens and
// line breaks are normalize's business. Encrypted, broken and text-less PDFs are refused here.
import { findPageNumberLines } from '../normalize/page-numbers.js';
import { UnreadableContent } from './errors.js';
import type { IngestLimits } from './limits.js';
import { extractPageTexts } from './pdf-worker.js';
import { threadFailure } from './thread-failure.js';
import { isWhiteSpace } from '../util/white-space.js';

export interface PdfContent {
  pages: string[];
  /** Per page, the lines (0-based, of the page's text split at line breaks) set mostly in small print. */
  smallPrint: number[][];
  warnings: string[];
}

/** The size marks pdf-worker.ts puts before each text item: main text, small print. */
const MAIN = 0xe000;
const SMALL = 0xe001;
const MARK = /[\uE000\uE001]/gu;

/**
 * A page's text without its size marks, and which of its lines (split at \n; a \r before it is
 * white space) are mostly small print: more of their non-space characters follow a small mark than
 * a main one (a line starts as main text). One pass over the UTF-16 code units, counting a
 * surrogate pair as one character, as a per-character loop with /\s/u did at a fifth of the cost.
 */
export function readSizeMarks(marked: string): { text: string; small: number[] } {
  const small: number[] = [];
  let line = 0;
  let main = 0;
  let tiny = 0;
  let inSmall = false;
  for (let i = 0; i < marked.length; i++) {
    const c = marked.charCodeAt(i);
    if (c === 0x0a) {
      if (tiny > main) small.push(line);
      line++;
      main = tiny = 0;
      inSmall = false;
    } else if (c === MAIN || c === SMALL) {
      inSmall = c === SMALL;
    } else if (!isWhiteSpace(c)) {
      if (inSmall) tiny++;
      else main++;
      // The low half of a surrogate pair belongs to the character just counted.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < marked.length && (marked.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
  }
  if (tiny > main) small.push(line);
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
