// PDF → one string per page, exactly as pdf-parse (pdf.js) extracts it: page furniture, hyphens and
// line breaks are normalize's business. Encrypted, broken and text-less PDFs are refused here.
import { UnreadableContent, firstLine } from './errors.js';
import { formatDuration } from './limits.js';
import { extractPageTexts } from './pdf-worker.js';

export interface PdfContent {
  pages: string[];
  warnings: string[];
}

/** Extracts the text of every page, on a worker thread that is stopped after `timeoutMs`. */
export async function pdfToPages(bytes: Uint8Array, timeoutMs: number): Promise<PdfContent> {
  let texts: string[];
  try {
    texts = await extractPageTexts(bytes, timeoutMs);
  } catch (error) {
    throw pdfFailure(error, timeoutMs);
  }
  if (texts.every((text) => text.trim() === '')) throw new UnreadableContent('PDF utan text (tom eller skannad?)');
  const warnings = texts.flatMap((text, i) => (text.trim() === '' ? [`sida ${i + 1} saknar text`] : []));
  return { pages: texts, warnings };
}

/** pdf-parse re-throws pdf.js's exceptions under their pdf.js names; the worker adds its own. */
function pdfFailure(error: unknown, timeoutMs: number): UnreadableContent {
  switch ((error as Error)?.name) {
    case 'PasswordException':
      return new UnreadableContent('krypterad PDF (lösenordsskyddad)');
    case 'InvalidPDFException':
    case 'FormatError':
      return new UnreadableContent('trasig eller ofullständig PDF');
    case 'PdfTimeout':
      return new UnreadableContent(`tidsgränsen överskreds: PDF-filen tog mer än ${formatDuration(timeoutMs)} att läsa`);
    case 'PdfOutOfMemory':
      return new UnreadableContent('PDF-filen kräver för mycket minne för att läsas');
    default:
      return new UnreadableContent(`PDF-filen går inte att läsa (${firstLine(error)})`);
  }
}
