// The ingest stage: a file on disk → RawDocument. The extension says which format is expected, the
// first bytes must agree, and every way a file can be unusable ends in one InputError whose reason
// is one line of Swedish. The input file is only ever read.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RawDocument, SourceFormat } from '../types.js';
import { InputError, UnreadableContent } from './errors.js';
import { parseContent, type Content, type DocumentFormat } from './content.js';
import { canParseOnThread, parseOnThread } from './document-thread.js';
import { DEFAULT_LIMITS, IN_THREAD_MAX_BYTES, formatBytes, type IngestLimits } from './limits.js';
import { pdfToPages } from './pdf.js';
import { readInput, statInput } from './read-file.js';
import { SIGNATURE_NAMES, hasPdfSignature, sniffSignature } from './sniff.js';
import { threadFailure, unexpectedFailure } from './thread-failure.js';
import { assertSafeDocx } from './zip.js';

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
    throw new InputError(file, unexpectedFailure(format, error));
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

async function readContent(format: SourceFormat, bytes: Buffer, limits: IngestLimits): Promise<Content> {
  switch (format) {
    case 'pdf': {
      if (!hasPdfSignature(bytes)) throw new UnreadableContent(`inte en PDF (saknar %PDF-signatur${contentNote(bytes)})`);
      return pdfToPages(bytes, limits);
    }
    case 'docx': {
      const signature = sniffSignature(bytes);
      if (signature === 'ole') {
        throw new UnreadableContent('inte en DOCX: Word-dokument i äldre format (.doc) eller lösenordsskyddat');
      }
      if (signature !== 'zip') throw new UnreadableContent(`inte en DOCX (inte en ZIP-fil${contentNote(bytes)})`);
      // The archive is checked here, streaming, before anything is unpacked into memory.
      const { uncompressedBytes } = await assertSafeDocx(bytes, limits.maxUnpackedBytes);
      return parseWithinLimits(format, bytes, uncompressedBytes, limits);
    }
    default:
      return parseWithinLimits(format, bytes, bytes.length, limits);
  }
}

/**
 * Parses here when the file is small (`size`: what it unpacks to), else on the parse thread with
 * its heap and time limits (document-thread.ts). A failure there becomes one Swedish line.
 */
async function parseWithinLimits(format: DocumentFormat, bytes: Buffer, size: number, limits: IngestLimits): Promise<Content> {
  const small = format !== 'md' && size <= IN_THREAD_MAX_BYTES;
  if (small || !canParseOnThread()) return parseContent(format, bytes, limits);
  try {
    return await parseOnThread(format, bytes, limits);
  } catch (error) {
    throw threadFailure(format, error, limits);
  }
}

/** "; innehållet är en ZIP-fil" when the bytes are recognisably something else, else "". */
function contentNote(bytes: Buffer): string {
  const signature = sniffSignature(bytes);
  return signature ? `; innehållet är ${SIGNATURE_NAMES[signature]}` : '';
}
