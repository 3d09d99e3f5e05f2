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
import { detectRunningLines, findRunningLines, furnitureKey } from './running-furniture.js';
import { findTrailingOutline, looksLikePdfExtraction, splitIntoPages } from './saved-pdf-text.js';
import { isBlank, type SourceLine } from './source-line.js';
import { buildVocabulary } from './vocabulary.js';

export { decideLineEndHyphen, joinLines, type HyphenDecision, type HyphenJoin } from './hyphenation.js';
export { parsePageNumber } from './page-numbers.js';
export { parseListMarker } from './bullets.js';

interface Body {
  blocks: RawBlock[];
  footnotes: Footnote[];
  /** The running header and footer lines removed, each once. */
  furniture?: string[];
}

function toSourceLine(raw: string, page: number | undefined, line: number | undefined, fromPdf = false): SourceLine {
  const cleaned = cleanCharacters(raw);
  // Only saved text marks page starts by indentation; a real PDF page says where it starts.
  const source: SourceLine = { text: cleaned.trim(), indented: !fromPdf && /^\s/u.test(cleaned) };
  if (page !== undefined) source.page = page;
  if (line !== undefined) source.line = line;
  return source;
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
  // The furniture is kept apart, not thrown away: it says whose document it is.
  const furniture = new Map<string, string>();
  let withoutFurniture = withoutNumbers.map((lines) => {
    const drop = findRunningLines(texts(lines), running);
    for (const i of drop) if (!furniture.has(furnitureKey(lines[i].text))) furniture.set(furnitureKey(lines[i].text), lines[i].text);
    return lines.filter((_, i) => !drop.has(i));
  });
  // Pages that are all alike (the same short text on each) look like nothing but furniture; the
  // text is what the document says, so it stays.
  if (!withoutFurniture.some((lines) => lines.some((l) => !isBlank(l))) && withoutNumbers.some((lines) => lines.some((l) => !isBlank(l)))) {
    warnings.push('sidorna har samma text: den behölls, fast den ser ut som sidhuvud eller sidfot');
    withoutFurniture = withoutNumbers;
    furniture.clear();
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
  return { blocks, footnotes, furniture: [...furniture.values()] };
}

function normalizeText(lines: string[], warnings: string[], isTitle: (text: string) => boolean): { body: Body; pageCount: number | null } {
  if (!looksLikePdfExtraction(lines)) {
    const source = lines.map((text, i) => toSourceLine(text, undefined, i + 1));
    const known = buildVocabulary(source.map((l) => l.text));
    const blocks = reflow(source, { lineWidth: estimateLineWidth(source), known, isSectionTitle: isTitle, joinAcrossGaps: false });
    return { body: { blocks, footnotes: [] }, pageCount: null };
  }
  const outline = findTrailingOutline(lines);
  if (outline < lines.length) warnings.push('bokmärkeslistan i slutet av texten togs bort');
  const { pages, pageCount } = splitIntoPages(lines.slice(0, outline));
  const sourcePages = pages.map((page) => page.lines.map((text, i) => toSourceLine(text, page.page, page.from + i + 1)));
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
    const pages = raw.pages.map((page, p) => page.split(/\r?\n/u).map((text) => toSourceLine(text, p + 1, undefined, true)));
    body = normalizePages(pages, true, isTitle, warnings);
    pageCount = raw.pages.length;
  } else if (raw.lines) {
    ({ body, pageCount } = normalizeText(raw.lines, warnings, isTitle));
  } else if (raw.blocks) {
    body = { blocks: cleanBlocks(raw.blocks), footnotes: [], furniture: raw.furniture };
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
  if (body.furniture && body.furniture.length > 0) doc.furniture = body.furniture;
  if (raw.encoding !== undefined) doc.encoding = raw.encoding;
  return doc;
}
