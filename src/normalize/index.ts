// normalize: a RawDocument as read from disk → NormalizedDocument, page furniture removed, words
// re-joined, lines re-flowed into blocks. Pure: the same input and section titles always give the
// same output.
import type { Footnote, NormalizedDocument, RawBlock, RawDocument } from '../types.js';
import { sectionTitles, type SectionTitles } from '../language/section-titles.js';
import { isKnownTitle } from './section-title.js';
import { cleanBlocks } from './blocks.js';
import { cleanCharacters, sourceCharacters } from './characters.js';
import { extractFootnotes } from './footnotes.js';
import { estimateLineWidth } from './line-breaks.js';
import { findPageNumberLines } from './page-numbers.js';
import { splitAtPageMarkers } from './page-markers.js';
import { reflow } from './reflow.js';
import { detectRunningLines, findRunningLines, FurnitureLines, removeRunningBlocks, sparingTitles } from './running-furniture.js';
import { findTrailingOutline, looksLikePdfExtraction, splitIntoPages } from './saved-pdf-text.js';
import { isBlank, type SourceLine } from './source-line.js';
import { buildSourceVocabulary } from './vocabulary.js';
import { leadingSpace, trimmedEnd } from '../util/white-space.js';
import { alignText, isPlainSource } from './align.js';
import { LineStarts, OriginBuilder } from './source-map.js';
import { linesText } from './lines-text.js';

export { decideLineEndHyphen, joinLines, type HyphenDecision, type HyphenJoin } from './hyphenation.js';
export { parsePageNumber } from './page-numbers.js';
export { parseListMarker } from './bullets.js';

interface Body {
  blocks: RawBlock[];
  footnotes: Footnote[];
  /** The running header and footer lines removed, each once, in reading order. */
  furniture: string[];
  /** Blocks that are their source lines verbatim joined by single spaces (see `reflow`). */
  joinedVerbatim?: Set<RawBlock>;
}

interface PageRules {
  /** Whether a blank line can sit inside a paragraph (PDF text with page breaks as blank lines). */
  joinAcrossGaps: boolean;
  /**
   * Blank lines at the top and bottom of each page go, once its furniture is gone: where a
   * converter marks page breaks, a paragraph running over one is joined like lines within a page.
   */
  trimPageEdges: boolean;
}

/**
 * `clean`: the whole source is `isClean`, and so is each of its lines: asked once of the text, not
 * of each line (c17's 318,000 lines have no character to clean).
 */
function toSourceLine(
  raw: string,
  page: number | undefined,
  line: number | undefined,
  fromPdf: boolean,
  offset: number | undefined,
  clean: boolean,
): SourceLine {
  const cleaned = clean ? raw : cleanCharacters(raw);
  // Trimmed by index: `trim`, `trimStart` and `trimEnd` each made a copy of every line.
  const start = leadingSpace(cleaned);
  const rawStart = offset === undefined || cleaned === raw ? start : leadingSpace(raw);
  // Made whole, every field present (if undefined): one shape for every line, no shape change per field.
  return {
    text: cleaned.slice(start, Math.max(start, trimmedEnd(cleaned))),
    // Only saved text marks page starts by indentation; a real PDF page says where it starts.
    indented: !fromPdf && start > 0,
    small: undefined,
    page,
    line,
    from: offset === undefined ? undefined : offset + rawStart,
    to: offset === undefined ? undefined : offset + trimmedEnd(raw),
    verbatim: offset !== undefined && cleaned === raw,
  };
}

const PDF_RULES: PageRules = { joinAcrossGaps: true, trimPageEdges: false };

/** The text positions point into, and how to find lines in it (none for a PDF: pages only). */
interface Source {
  text: string;
  lines: LineStarts | null;
  /** `isPlainSource(text)`, when known. */
  plain?: boolean;
}

/** Each block's `origin` from its `spans`, found in the source text; the spans are dropped. */
function attachOrigins(blocks: RawBlock[], source: Source, joinedVerbatim?: Set<RawBlock>): void {
  const plain = source.plain ?? isPlainSource(source.text);
  for (const block of blocks) {
    if (!block.spans) continue;
    const origin = new OriginBuilder(source.lines);
    // Every block's text has been through `squeezeSpaces` (reflow, cleanBlocks): no double space.
    alignText(block.text, source.text, block.spans, origin, plain, true, joinedVerbatim?.has(block));
    // The spans go before the origin comes: deleting the property added last keeps V8's fast
    // shape for the block, any other leaves it a dictionary, slow to read for segmentation.
    delete block.spans;
    block.origin = origin.points;
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
function normalizePages(pages: SourceLine[][], source: string, rules: PageRules, isTitle: (text: string) => boolean, warnings: string[]): Body {
  const texts = (lines: SourceLine[]) => lines.map((l) => l.text);
  const withoutNumbers = pages.map((lines) => {
    const drop = findPageNumberLines(texts(lines));
    return drop.size === 0 ? lines : lines.filter((_, i) => !drop.has(i));
  });
  // Each page's texts made once, for finding the running lines and then dropping them.
  const pageTexts = withoutNumbers.map(texts);
  const running = detectRunningLines(pageTexts);
  const removed = new FurnitureLines();
  let withoutFurniture = withoutNumbers.map((lines, p) => {
    const drop = sparingTitles(pageTexts[p], findRunningLines(pageTexts[p], running), isTitle);
    if (drop.size === 0) return lines;
    for (const i of [...drop].sort((a, b) => a - b)) removed.add(lines[i].text, running.keyOf(lines[i].text));
    return lines.filter((_, i) => !drop.has(i));
  });
  // Pages that are all alike (the same short text on each) look like nothing but furniture; the
  // text is what the document says, so it stays.
  if (!withoutFurniture.some((lines) => lines.some((l) => !isBlank(l))) && withoutNumbers.some((lines) => lines.some((l) => !isBlank(l)))) {
    warnings.push('sidorna har samma text: den behölls, fast den ser ut som sidhuvud eller sidfot');
    withoutFurniture = withoutNumbers;
    removed.clear();
  }
  if (rules.trimPageEdges) withoutFurniture = withoutFurniture.map(trimBlankEdges);
  const known = buildSourceVocabulary(source, linesOf(withoutFurniture));
  const { pages: bodyPages, footnotes } = extractFootnotes(withoutFurniture, known);
  const lines = linesOf(bodyPages);
  const joinedVerbatim = new Set<RawBlock>();
  const blocks = reflow(
    lines,
    {
      lineWidth: estimateLineWidth(lines),
      known,
      isSectionTitle: isTitle,
      joinAcrossGaps: rules.joinAcrossGaps,
    },
    joinedVerbatim,
  );
  return { blocks, footnotes, furniture: removed.lines(), joinedVerbatim };
}

/** `pages.flat()`: `flat` takes V8's generic path, and the two calls above were 4 % of normalize + segment over c17. */
function linesOf(pages: SourceLine[][]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const page of pages) for (const line of page) out.push(line);
  return out;
}

function trimBlankEdges(lines: SourceLine[]): SourceLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end);
}

function normalizeText(
  lines: string[],
  text: string,
  starts: LineStarts,
  clean: boolean,
  warnings: string[],
  isTitle: (text: string) => boolean,
): { body: Body; pageCount: number | null } {
  // Page breaks a converter marked are the surest pages there are: the PDF rules run on them.
  const marked = splitAtPageMarkers(lines);
  if (marked) {
    const sourcePages = marked.map((page) =>
      page.lines.map((l) => toSourceLine(l.text, page.page, l.line, false, starts.startOf(l.line - 1) + l.column, clean)),
    );
    const body = normalizePages(sourcePages, text, { joinAcrossGaps: false, trimPageEdges: true }, isTitle, warnings);
    return { body, pageCount: Math.max(...marked.map((page) => page.page)) };
  }
  if (!looksLikePdfExtraction(lines)) {
    const source = lines.map((text, i) => toSourceLine(text, undefined, i + 1, false, starts.startOf(i), clean));
    const known = buildSourceVocabulary(text, source);
    const joinedVerbatim = new Set<RawBlock>();
    const blocks = reflow(source, { lineWidth: estimateLineWidth(source), known, isSectionTitle: isTitle, joinAcrossGaps: false }, joinedVerbatim);
    return { body: { blocks, footnotes: [], furniture: [], joinedVerbatim }, pageCount: null };
  }
  const outline = findTrailingOutline(lines);
  if (outline < lines.length) warnings.push('bokmärkeslistan i slutet av texten togs bort');
  const { pages, pageCount } = splitIntoPages(lines.slice(0, outline));
  const sourcePages = pages.map((page) =>
    page.lines.map((text, i) => toSourceLine(text, page.page, page.from + i + 1, false, starts.startOf(page.from + i), clean)),
  );
  return { body: normalizePages(sourcePages, text, PDF_RULES, isTitle, warnings), pageCount };
}

/** The last page a block is on, or null when no block has a page. */
function pagesOf(blocks: RawBlock[]): number | null {
  let last: number | null = null;
  for (const block of blocks) if (block.page !== undefined) last = Math.max(last ?? 0, block.page);
  return last;
}

/**
 * Cleans a RawDocument into blocks with page furniture removed and paragraphs re-flowed; a line
 * that is one of `titles` is a heading, never part of a paragraph. Without `titles`, the bundled ones.
 */
export function normalize(raw: RawDocument, titles: SectionTitles = sectionTitles()): NormalizedDocument {
  const isTitle = (text: string) => isKnownTitle(text, titles);
  const warnings = [...raw.warnings];
  let body: Body = { blocks: [], footnotes: [], furniture: [] };
  let pageCount: number | null = null;
  if (raw.pages) {
    const source = pdfSource(raw.pages);
    const pages: SourceLine[][] = raw.pages.map(() => []);
    const small = raw.smallPrint?.map((lines) => new Set(lines));
    const characters = sourceCharacters(source.text);
    for (const line of source.lines) {
      const sourceLine = toSourceLine(line.text, line.page, undefined, true, line.offset, characters.clean);
      if (small) sourceLine.small = small[line.page - 1]?.has(line.index) ?? false;
      pages[line.page - 1].push(sourceLine);
    }
    body = normalizePages(pages, source.text, PDF_RULES, isTitle, warnings);
    attachOrigins(body.blocks, { text: source.text, lines: null, plain: characters.plain }, body.joinedVerbatim);
    pageCount = raw.pages.length;
  } else if (raw.lines) {
    // The source text and its line starts made once, for the vocabulary, the source lines' offsets and the origins.
    const starts = LineStarts.ofLines(raw.lines);
    const text = linesText(raw.lines);
    const characters = sourceCharacters(text);
    ({ body, pageCount } = normalizeText(raw.lines, text, starts, characters.clean, warnings, isTitle));
    attachOrigins(body.blocks, { text, lines: starts, plain: characters.plain }, body.joinedVerbatim);
  } else if (raw.blocks) {
    // Blocks with pages come from Markdown with a converter's page markers: its running headers
    // and footers go as a PDF's do.
    const { blocks, furniture } = removeRunningBlocks(cleanBlocks(raw.blocks), isTitle);
    // A DOCX's Word headers and footers come apart from its body (ingest/docx.ts).
    body = { blocks, footnotes: [], furniture: [...new Set([...(raw.furniture ?? []), ...furniture])] };
    pageCount = pagesOf(blocks);
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
    furniture: body.furniture,
    warnings,
  };
  if (raw.encoding !== undefined) doc.encoding = raw.encoding;
  return doc;
}
