// The bytes of a text, Markdown, HTML or DOCX file → what the rest of the pipeline reads (lines or
// blocks, with warnings). Runs on the thread that reads the file or on a parse thread
// (parse-worker.ts), with the same result: only where it runs depends on the file's size.
import type { RawDocument, SourceFormat } from '../types.js';
import type { IngestLimits } from './limits.js';
import { decodeTextFile, splitLines } from './text.js';
import { rememberLinesText } from '../normalize/lines-text.js';

export type Content = Pick<RawDocument, 'encoding' | 'pages' | 'smallPrint' | 'lines' | 'blocks' | 'source' | 'warnings' | 'furniture'>;

/** The formats parsed here; a PDF has its own thread (pdf-worker.ts). */
export type DocumentFormat = Exclude<SourceFormat, 'pdf'>;

const NO_TEXT = 'dokumentet innehåller ingen text';

/**
 * Parses a file whose bytes have passed the checks of its format (the signature; for a DOCX the
 * archive's, zip.ts). Throws UnreadableContent when they are not a usable document.
 */
export async function parseContent(format: DocumentFormat, bytes: Buffer, limits: IngestLimits): Promise<Content> {
  // The DOCX, Markdown and HTML readers are imported when a file of theirs comes: their libraries
  // (mammoth, micromark, htmlparser2) take a fifth of a second to load, which a run over text and
  // PDF files, or `mrkoll review` of one memo, need not pay.
  switch (format) {
    case 'docx': {
      const { docxToBlocks } = await import('./docx.js');
      return withEmptyWarning(await docxToBlocks(bytes, limits));
    }
    case 'txt': {
      const { text, encoding, warnings } = decodeTextFile(bytes);
      const lines = splitLines(text);
      // Without a "\r", the lines joined by "\n" are the text, less a final line break that ended the last line.
      if (!text.includes('\r')) rememberLinesText(lines, text.endsWith('\n') ? text.slice(0, -1) : text);
      if (text.trim() === '') warnings.push(NO_TEXT);
      return { encoding, lines, warnings };
    }
    case 'md':
    case 'html': {
      const { text, encoding, warnings } = decodeTextFile(bytes);
      const blocks = format === 'md' ? (await import('./markdown.js')).markdownToBlocks(text) : (await import('./html.js')).htmlToBlocks(text);
      return withEmptyWarning({ encoding, blocks, source: text, warnings });
    }
  }
}

function withEmptyWarning<T extends Content>(content: T): T {
  if (content.blocks?.length === 0) content.warnings.push(NO_TEXT);
  return content;
}
