// normalize: a RawDocument as read from disk → NormalizedDocument, page furniture removed, words
// re-joined, lines re-flowed into blocks. Pure: the same input and section titles always give the
// same output.
import type { Footnote, NormalizedDocument, RawBlock, RawDocument } from '../types.js';
import { isSectionTitle, sectionTitles, type SectionTitles } from '../language/section-titles.js';
import { cleanBlocks } from './blocks.js';
import { cleanCharacters } from './characters.js';
import { extractFootnotes, stripFootnoteReferences } from './footnotes.js';
import { estimateLineWidth } from './line-breaks.js';
import { findPageNumberLines } from './page-numbers.js';
import { reflow } from './reflow.js';
import { detectRunningLines, findRunningLines } from './running-furniture.js';
import { findTrailingOutline, looksLikePdfExtraction, splitIntoPages } from './saved-pdf-text.js';
import { isBlank, type SourceLine } from './source-line.js';
import { buildVocabulary } from './vocabulary.js';
import { alignText } from './align.js';
import { buildOrigin, LineStarts } from './source-map.js';

export { decideLineEndHyphen, joinLines, type HyphenDecision, type HyphenJoin } from './hyphenation.js';
export { parsePageNumber } from './page-numbers.js';
export { parseListMarker } from './bullets.js';

interface Body {
  blocks: RawBlock[];
  footnotes: Footnote[];
}

function toSourceLine(raw: string, page: number | undefined, line: number | undefined, fromPdf = false, offset?: number): SourceLine {
  const cleaned = cleanCharacters(raw);
  // Only saved text marks page starts by indentation; a real PDF page says where it starts.
  const source: SourceLine = { text: cleaned.trim(), indented: !fromPdf && /^\s/u.test(cleaned) };
  if (page !== undefined) source.page = page;
  if (line !== undefined) source.line = line;
  if (offset !== undefined) {
    source.from = offset + (raw.length - raw.trimStart().length);
    source.to = offset + raw.trimEnd().length;
  }
  return source;
}

/** The text positions point into, and how to find lines in it (none for a PDF: pages only). */
interface Source {
  text: string;
  lines: LineStarts | null;
}

/** Each block's `origin` from its `spans`, found in the source text; the spans are dropped. */
function attachOrigins(blocks: RawBlock[], source: Source): void {
  for (const block of blocks) {
    if (!block.spans) continue;
    const { sources, pages } = alignText(block.text, source.text, block.spans);
    block.origin = buildOrigin(sources, pages, source.lines);
    delete block.spans;
  }
}

/** A PDF's pages joined by "\n" (the text its lines' offsets point into) and their lines, each with its offset. */
function pdfSource(pages: string[]): { text: string; lines: { text: string; page: number; index: number; offset: number }[] } {
  const lines: { text: string; page: number; index: number; offset: number }[] = [];
  let offset = 0;
  pages.forEach((page, p) => {
    const pattern = /\r?\n/gu;
    let start = 0;
    let index = 0;
    for (let m = pattern.exec(page); ; m = pattern.exec(page)) {
      const end = m ? m.index : page.length;
      lines.push({ text: page.slice(start, end), page: p + 1, index: index++, offset: offset + start });
      if (!m) break;
      start = m.index + m[0].length;
    }
    offset += page.length + 1;
  });
  return { text: pages.join('\n'), lines };
}

/**
 * The PDF rules, for pages of lines (from a PDF, or from PDF text saved as .txt): page numbers,
 * running headers and footers, footnotes, glued footnote numbers, then re-flow.
 */
function normalizePages(pages: SourceLine[][], joinAcrossGaps: boolean, isTitle: (text: string) => boolean, warnings: string[]): Body {
  const texts = (lines: SourceLine[]) => lines.map((l) => l.text);
  const withoutNumbers = pages.map((lines) => {
    const drop = findPageNumberLines(texts(lines));
    return lines.filter((_, i) => !drop.has(i));
  });
  const running = detectRunningLines(withoutNumbers.map(texts));
  let withoutFurniture = withoutNumbers.map((lines) => {
    const drop = findRunningLines(texts(lines), running);
    return lines.filter((_, i) => !drop.has(i));
  });
  // Pages that are all alike (the same short text on each) look like nothing but furniture; the
  // text is what the document says, so it stays.
  if (!withoutFurniture.some((lines) => lines.some((l) => !isBlank(l))) && withoutNumbers.some((lines) => lines.some((l) => !isBlank(l)))) {
    warnings.push('sidorna har samma text: den behölls, fast den ser ut som sidhuvud eller sidfot');
    withoutFurniture = withoutNumbers;
  }
  const known = buildVocabulary(withoutFurniture.flat().map((l) => l.text));
  const { pages: bodyPages, footnotes } = extractFootnotes(withoutFurniture, known);
  const lines = bodyPages.flat().map((line) => ({ ...line, text: stripFootnoteReferences(line.text) }));
  const blocks = reflow(lines, {
    lineWidth: estimateLineWidth(lines),
    known,
    isSectionTitle: isTitle,
    joinAcrossGaps,
  });
  return { blocks, footnotes };
}

function normalizeText(lines: string[], warnings: string[], isTitle: (text: string) => boolean): { body: Body; pageCount: number | null } {
  const starts = LineStarts.ofLines(lines);
  if (!looksLikePdfExtraction(lines)) {
    const source = lines.map((text, i) => toSourceLine(text, undefined, i + 1, false, starts.startOf(i)));
    const known = buildVocabulary(source.map((l) => l.text));
    const blocks = reflow(source, { lineWidth: estimateLineWidth(source), known, isSectionTitle: isTitle, joinAcrossGaps: false });
    return { body: { blocks, footnotes: [] }, pageCount: null };
  }
  const outline = findTrailingOutline(lines);
  if (outline < lines.length) warnings.push('bokmärkeslistan i slutet av texten togs bort');
  const { pages, pageCount } = splitIntoPages(lines.slice(0, outline));
  const sourcePages = pages.map((page) => page.lines.map((text, i) => toSourceLine(text, page.page, page.from + i + 1, false, starts.startOf(page.from + i))));
  return { body: normalizePages(sourcePages, true, isTitle, warnings), pageCount };
}

/**
 * Cleans a RawDocument into blocks with page furniture removed and paragraphs re-flowed; a line
 * that is one of `titles` is a heading, never part of a paragraph. Without `titles`, the bundled ones.
 */
export function normalize(raw: RawDocument, titles: SectionTitles = sectionTitles()): NormalizedDocument {
  const isTitle = (text: string) => isSectionTitle(text, titles);
  const warnings = [...raw.warnings];
  let body: Body = { blocks: [], footnotes: [] };
  let pageCount: number | null = null;
  if (raw.pages) {
    const source = pdfSource(raw.pages);
    const pages: SourceLine[][] = raw.pages.map(() => []);
    const small = raw.smallPrint?.map((lines) => new Set(lines));
    for (const line of source.lines) {
      const sourceLine = toSourceLine(line.text, line.page, undefined, true, line.offset);
      if (small) sourceLine.small = small[line.page - 1]?.has(line.index) ?? false;
      pages[line.page - 1].push(sourceLine);
    }
    body = normalizePages(pages, true, isTitle, warnings);
    attachOrigins(body.blocks, { text: source.text, lines: null });
    pageCount = raw.pages.length;
  } else if (raw.lines) {
    ({ body, pageCount } = normalizeText(raw.lines, warnings, isTitle));
    attachOrigins(body.blocks, { text: raw.lines.join('\n'), lines: LineStarts.ofLines(raw.lines) });
  } else if (raw.blocks) {
    body = { blocks: cleanBlocks(raw.blocks), footnotes: [] };
    if (raw.source !== undefined) attachOrigins(body.blocks, { text: raw.source, lines: LineStarts.of(raw.source) });
  } else {
    warnings.push('dokumentet innehåller ingen text');
  }
  const doc: NormalizedDocument = {
    path: raw.path,
    format: raw.format,
    bytes: raw.bytes,
    sha256: raw.sha256,
    pageCount,
    blocks: body.blocks,
    footnotes: body.footnotes,
    warnings,
  };
  if (raw.encoding !== undefined) doc.encoding = raw.encoding;
  return doc;
}
