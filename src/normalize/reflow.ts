// Re-flowing lines of PDF text into the blocks a reader sees: paragraphs, list items and the short
// lines (headings, names, dates) that stand alone.
import type { RawBlock } from '../types.js';
import { parseListMarker } from './bullets.js';
import { JoinedLines } from './hyphenation.js';
import { endsBlock, firstWordLength, parenthesisBalance, type BlockSoFar, type BreakContext } from './line-breaks.js';
import { squeezeSpaces } from './characters.js';
import { isBlank, type SourceLine } from './source-line.js';

function startBlock(line: SourceLine): RawBlock {
  const marker = parseListMarker(line.text);
  const block: RawBlock = marker ? { kind: 'list-item', text: marker.text, depth: marker.depth } : { kind: 'paragraph', text: line.text };
  // A number kept as the item's text and no glyph before it (`• 1. Mål` is a bullet's item).
  if (marker && !marker.certain && marker.text === line.text) block.numbered = true;
  if (line.page !== undefined) block.page = line.page;
  if (line.line !== undefined) block.line = line.line;
  addSpan(block, line);
  return block;
}

/** Records where `line` came from in the block's source spans. */
function addSpan(block: RawBlock, line: SourceLine): void {
  if (line.from === undefined || line.to === undefined) return;
  (block.spans ??= []).push(line.from, line.to, line.page ?? 0);
}

/**
 * Joins `lines` (blank lines included, as '') into blocks; each block keeps its first line's page and line.
 * `joinedVerbatim` is given each block whose text is its lines as the source holds them
 * (`SourceLine.verbatim`), joined by single spaces: alignment places those without comparing.
 */
export function reflow(lines: SourceLine[], breaks: BreakContext, joinedVerbatim?: Set<RawBlock>): RawBlock[] {
  // `endsBlock` asks whether each of its two lines is a section title, so every line is asked
  // twice, as the line after one break and as the line before the next: the last answer is kept.
  let lastTitle: string | null = null;
  let lastAnswer = false;
  const isSectionTitle = (text: string) => (text === lastTitle ? lastAnswer : ((lastTitle = text), (lastAnswer = breaks.isSectionTitle(text))));
  const context: BreakContext = { ...breaks, isSectionTitle };
  const blocks: RawBlock[] = [];
  // The lines with text, and where each stands among all lines (blank lines between two are a gap).
  const content: SourceLine[] = [];
  const places: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    content.push(lines[i]);
    places.push(i);
  }
  let current: RawBlock | null = null;
  // The current block's text, joined line by line; `current.text` is set from it when the block ends.
  let joined: JoinedLines | null = null;
  // Every line of the current block so far is the source's verbatim, joined by a single space.
  let verbatim = false;
  const close = () => {
    if (!current || !joined) return;
    current.text = joined.text();
    blocks.push(current);
    if (verbatim && joinedVerbatim) joinedVerbatim.add(current);
  };
  // How wide the current block's lines run: list items are indented, so their lines wrap well short
  // of the body's width, and a sentence ending mid-item would otherwise look like the item's end.
  // The width is at least the longest line, and below any wrapped line plus the next first word.
  let longest = 0;
  let wrapsBelow = Number.POSITIVE_INFINITY;
  // Kept as lines join, so that the block's text is not read again for every line.
  let parentheses = 0;
  // What `endsBlock` is told of the block so far (it only reads it): one object, kept up to date.
  const block: BlockSoFar = { length: 0, parentheses: 0 };
  for (let k = 0; k < content.length; k++) {
    const line = content[k];
    const previous = k > 0 ? content[k - 1] : undefined;
    const gap = k > 0 && places[k] - places[k - 1] > 1;
    const width = Math.max(longest, wrapsBelow);
    const within = current?.kind === 'list-item' && Number.isFinite(width) ? { ...context, lineWidth: Math.min(context.lineWidth, width) } : context;
    block.length = joined?.length ?? 0;
    block.parentheses = parentheses;
    if (current && joined && previous && !endsBlock(previous, line, gap, k + 1 < content.length ? content[k + 1] : undefined, block, within)) {
      verbatim = joined.add(line.text) && verbatim && line.verbatim === true;
      addSpan(current, line);
      parentheses += parenthesisBalance(line.text);
      const nextWord = firstWordLength(line.text);
      if (!gap) wrapsBelow = Math.min(wrapsBelow, previous.text.length + 1 + nextWord);
      longest = Math.max(longest, line.text.length);
      continue;
    }
    close();
    current = startBlock(line);
    joined = new JoinedLines(current.text, context.known);
    verbatim = line.verbatim === true && current.text === line.text && line.from !== undefined;
    parentheses = parenthesisBalance(current.text);
    longest = line.text.length;
    wrapsBelow = Number.POSITIVE_INFINITY;
  }
  close();
  for (const block of blocks) {
    const squeezed = squeezeSpaces(block.text);
    if (squeezed !== block.text) {
      block.text = squeezed;
      joinedVerbatim?.delete(block);
    }
  }
  return blocks.filter((block) => block.text !== '');
}
