// segment: NormalizedDocument → Document, the shape the rest of the pipeline reads: passages with
// section paths, sentences and offsets into one text, and the document's metadata. Pure, given
// the language data it reads with (extraction-data.ts).
import type { Document, NormalizedDocument } from '../types.js';
import { extractionData, type ExtractionData } from './extraction-data.js';
import { markHeadings, nestUnderParagraphs } from './headings.js';
import { detectMetadata } from './metadata.js';
import { buildPassages, type PassageText } from './passages.js';
import { MAX_PASSAGE_CHARS } from '../ingest/limits.js';
import { num, plural } from '../util/swedish.js';

export { detectMetadata } from './metadata.js';
export { splitSentences } from './sentences.js';
export { isSectionTitle } from '../language/section-titles.js';
export { extractionData, type ExtractionData } from './extraction-data.js';
export { PASSAGE_SEPARATOR } from './passages.js';

/** Splits a normalized document into passages and reads its metadata; without `data`, with the bundled language data. */
export function segment(doc: NormalizedDocument, data: ExtractionData = extractionData()): Document {
  // PDF and plain text need headings guessed; the other formats say which blocks are headings,
  // unless a writer made none with a heading style.
  const unstyled = doc.format === 'pdf' || doc.format === 'txt' || !doc.blocks.some((b) => b.kind === 'heading');
  const blocks = nestUnderParagraphs(unstyled ? markHeadings(doc.blocks, data.sectionTitles) : doc.blocks);
  const { passages, text, cut } = buildPassages(blocks, data.abbreviations);
  const warnings = cut.blocks === 0 ? doc.warnings : [...doc.warnings, cutWarning(cut)];
  const document: Document = {
    path: doc.path,
    format: doc.format,
    sha256: doc.sha256,
    bytes: doc.bytes,
    pageCount: doc.pageCount,
    metadata: detectMetadata(passages, text, data, doc.furniture, !unstyled),
    text,
    passages,
    footnotes: doc.footnotes,
    furniture: doc.furniture,
    warnings,
  };
  if (doc.encoding !== undefined) document.encoding = doc.encoding;
  return document;
}

/** "ett stycke på 1 000 000 tecken delades i 100 (högst 10 000 tecken per stycke)". */
function cutWarning(cut: PassageText['cut']): string {
  const what =
    cut.blocks === 1 ? `ett stycke på ${num(cut.longest)} tecken` : `${plural(cut.blocks, 'stycke', 'stycken')} (det längsta ${num(cut.longest)} tecken)`;
  return `${what} delades i ${num(cut.passages)} (högst ${num(MAX_PASSAGE_CHARS)} tecken per stycke)`;
}
