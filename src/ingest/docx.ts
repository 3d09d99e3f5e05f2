// DOCX → blocks: once the archive has passed its checks (zip.ts), mammoth turns Word's styles into
// HTML, which is read like any other (html.ts). Running headers and footers are furniture: mammoth leaves
// them out of the body, and their text is kept apart (zip.ts) for the city they name; footnotes come
// last as "[n] text" paragraphs, their references inline as "[n]".
import mammoth from 'mammoth';
import type { RawBlock } from '../types.js';
import { UnreadableContent } from './errors.js';
import { htmlToBlocks } from './html.js';
import { formatDuration, withTimeout, type IngestLimits } from './limits.js';
import { locateBlocks, readWordParagraphs, type WordText } from './docx-paragraphs.js';
import { docxFurniture, readZipEntry } from './zip.js';

/**
 * Word styles → HTML. Municipal templates use Swedish names ("Rubrik 1"), Word's built-ins English
 * ones ("Heading 1"); a document title ("Title"/"Rubrik") is a top heading. Body-text styles
 * ("Body Text", "Compact", "Liststycke") are deliberately left out: a rule for them would win over
 * mammoth's list rules, and list items in Word are body-styled paragraphs with numbering.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik'] => h1:fresh",
  ...[1, 2, 3, 4].flatMap((n) => [`p[style-name='Heading ${n}'] => h${n}:fresh`, `p[style-name='Rubrik ${n}'] => h${n}:fresh`, `p.Rubrik${n} => h${n}:fresh`]),
];

export interface DocxContent {
  blocks: RawBlock[];
  /** The paragraphs with text, one per line: what the blocks' spans point into. */
  source?: string;
  warnings: string[];
  /** The running headers' and footers' lines. */
  furniture: string[];
}

/** Reads a DOCX that `assertSafeDocx` (zip.ts) has passed: mammoth's HTML, then blocks. */
export async function docxToBlocks(bytes: Buffer, limits: IngestLimits): Promise<DocxContent> {
  const conversion = mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: [...DOCX_STYLE_MAP],
      // Images are not text: skip reading them rather than inline them as base64.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  const onTimeout = () => new UnreadableContent(`tidsgränsen överskreds: DOCX-filen tog mer än ${formatDuration(limits.timeoutMs)} att läsa`);
  let result: Awaited<typeof conversion>;
  try {
    result = await withTimeout(conversion, limits.timeoutMs, onTimeout);
  } catch (error) {
    if (error instanceof UnreadableContent) throw error;
    throw new UnreadableContent('trasig DOCX (Word-dokumentet går inte att tolka)');
  }
  const warnings = new Set(
    result.messages
      // Unknown styles are expected in every real template and change nothing: they read as paragraphs.
      .filter((message) => !/^Unrecognised .* style/.test(message.message))
      .map((message) => `DOCX: ${message.message}`),
  );
  const furniture = await docxFurniture(bytes);
  const blocks = htmlToBlocks(result.value, { lines: false, keepTabs: true });
  const word = await wordText(bytes);
  if (!word) return { blocks, warnings: [...warnings], furniture };
  locateBlocks(blocks, word);
  return { blocks, source: word.source, warnings: [...warnings], furniture };
}

/** The paragraphs of word/document.xml, or null when they cannot be read (mammoth's text is still good). */
async function wordText(bytes: Buffer): Promise<WordText | null> {
  try {
    const xml = await readZipEntry(bytes, 'word/document.xml');
    return xml ? readWordParagraphs(xml.toString('utf8')) : null;
  } catch {
    return null;
  }
}
