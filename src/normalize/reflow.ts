// Re-flowing lines of PDF text into the blocks a reader sees: paragraphs, list items and the short
// lines (headings, names, dates) that stand alone.
import type { RawBlock } from '../types.js';
import { parseListMarker } from './bullets.js';
import { joinLines } from './hyphenation.js';
import { endsBlock, type BreakContext } from './line-breaks.js';
import { squeezeSpaces } from './characters.js';
import { isBlank, type SourceLine } from './source-line.js';

function startBlock(line: SourceLine): RawBlock {
  const marker = parseListMarker(line.text);
  const block: RawBlock = marker
    ? { kind: 'list-item', text: marker.text, depth: marker.depth }
    : { kind: 'paragraph', text: line.text };
  if (line.page !== undefined) block.page = line.page;
  if (line.line !== undefined) block.line = line.line;
  return block;
}

/** Joins `lines` (blank lines included, as '') into blocks; each block keeps its first line's page and line. */
export function reflow(lines: SourceLine[], context: BreakContext): RawBlock[] {
  const blocks: RawBlock[] = [];
  const content = lines.map((line, i) => ({ line, i })).filter(({ line }) => !isBlank(line));
  let current: RawBlock | null = null;
  for (let k = 0; k < content.length; k++) {
    const { line, i } = content[k];
    const previous = content[k - 1];
    const gap = previous !== undefined && i - previous.i > 1;
    if (current && previous && !endsBlock(previous.line, line, gap, content[k + 1]?.line, current.text, context)) {
      current.text = joinLines(current.text, line.text, context.known);
      continue;
    }
    if (current) blocks.push(current);
    current = startBlock(line);
  }
  if (current) blocks.push(current);
  for (const block of blocks) block.text = squeezeSpaces(block.text);
  return blocks.filter((block) => block.text !== '');
}
