// The ingest stage: a file on disk → RawDocument. The extension says which format is expected, the
// first bytes must agree, and every way a file can be unusable ends in one InputError whose reason
// is one line of Swedish. The input file is only ever read.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RawDocument, SourceFormat } from '../types.js';
import { InputError, UnreadableContent, firstLine } from './errors.js';
import { DEFAULT_LIMITS, formatBytes, type IngestLimits } from './limits.js';
import { pdfToPages } from './pdf.js';
import { readInput, statInput } from './read-file.js';
import { SIGNATURE_NAMES, hasPdfSignature, sniffSignature } from './sniff.js';
import { decodeTextFile, splitLines } from './text.js';

export { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
export { InputError } from './errors.js';

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(FORMAT_BY_EXTENSION));

type Content = Pick<RawDocument, 'encoding' | 'pages' | 'lines' | 'blocks' | 'warnings'>;

/** Reads `file` into a RawDocument; throws InputError (and only InputError) when it cannot. */
export async function ingestFile(file: string, limits: IngestLimits = DEFAULT_LIMITS): Promise<RawDocument> {
  const stats = await statInput(file);
  const format = formatOf(file);
  if (stats.size > limits.maxFileBytes) {
    throw new InputError(file, `filen är för stor: ${formatBytes(stats.size)}, gränsen är ${formatBytes(limits.maxFileBytes)} (ändra med --max-file-size)`);
  }
  const bytes = await readInput(file);
  if (bytes.length === 0) throw new InputError(file, 'filen är tom (0 byte)');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let content: Content;
  try {
    content = await readContent(format, bytes, limits);
  } catch (error) {
    if (error instanceof UnreadableContent) throw new InputError(file, error.reason);
    throw new InputError(file, `${format.toUpperCase()}-filen går inte att läsa (${firstLine(error)})`);
  }
  return { path: file, format, bytes: bytes.length, sha256, ...content };
}

function formatOf(file: string): SourceFormat {
  const extension = path.extname(file).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  const supported = SUPPORTED_EXTENSIONS.join(', ');
  throw new InputError(file, extension ? `okänd filtyp "${extension}" (stöds: ${supported})` : `filnamnet saknar filändelse (stöds: ${supported})`);
}

// The DOCX, Markdown and HTML readers are imported when a file of theirs comes: their libraries
// (mammoth, micromark, htmlparser2) take a fifth of a second to load, which a run over text and
// PDF files, or `mrkoll review` of one memo, need not pay.
async function readContent(format: SourceFormat, bytes: Buffer, limits: IngestLimits): Promise<Content> {
  switch (format) {
    case 'pdf': {
      if (!hasPdfSignature(bytes)) throw new UnreadableContent(`inte en PDF (saknar %PDF-signatur${contentNote(bytes)})`);
      return pdfToPages(bytes, limits.timeoutMs);
    }
    case 'docx': {
      const signature = sniffSignature(bytes);
      if (signature === 'ole') {
        throw new UnreadableContent('inte en DOCX: Word-dokument i äldre format (.doc) eller lösenordsskyddat');
      }
      if (signature !== 'zip') throw new UnreadableContent(`inte en DOCX (inte en ZIP-fil${contentNote(bytes)})`);
      const { docxToBlocks } = await import('./docx.js');
      return withEmptyWarning(await docxToBlocks(bytes, limits));
    }
    case 'txt': {
      const { text, encoding, warnings } = decodeTextFile(bytes);
      const lines = splitLines(text);
      if (text.trim() === '') warnings.push(NO_TEXT);
      return { encoding, lines, warnings };
    }
    case 'md':
    case 'html': {
      const { text, encoding, warnings } = decodeTextFile(bytes);
      const blocks = format === 'md' ? (await import('./markdown.js')).markdownToBlocks(text) : (await import('./html.js')).htmlToBlocks(text);
      return withEmptyWarning({ encoding, blocks, warnings });
    }
  }
}

const NO_TEXT = 'dokumentet innehåller ingen text';

function withEmptyWarning<T extends Content>(content: T): T {
  if (content.blocks?.length === 0) content.warnings.push(NO_TEXT);
  return content;
}

/** "; innehållet är en ZIP-fil" when the bytes are recognisably something else, else "". */
function contentNote(bytes: Buffer): string {
  const signature = sniffSignature(bytes);
  return signature ? `; innehållet är ${SIGNATURE_NAMES[signature]}` : '';
}
