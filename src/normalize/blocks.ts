// Blocks from DOCX, Markdown and HTML already have their structure; they only get the character
// cleanup and lose bullet glyphs a writer typed by hand.
import type { RawBlock } from '../types.js';
import { cleanCharacters, squeezeSpaces } from './characters.js';
import { parseListMarker } from './bullets.js';

/** Light cleanup of structured blocks: characters, spaces, typed bullet glyphs; empty blocks dropped. */
export function cleanBlocks(blocks: RawBlock[]): RawBlock[] {
  const cleaned: RawBlock[] = [];
  for (const block of blocks) {
    let text = squeezeSpaces(cleanCharacters(block.text).replace(/\s*\n\s*/gu, ' '));
    const out: RawBlock = { ...block };
    const marker = block.kind === 'paragraph' || block.kind === 'list-item' ? parseListMarker(text) : null;
    // Only glyphs: a paragraph that starts with `1.` or `-` in a Word file is not a list item.
    if (marker?.certain) {
      text = marker.text;
      if (block.kind === 'paragraph') {
        out.kind = 'list-item';
        out.depth = marker.depth;
      }
    }
    if (text === '') continue;
    out.text = text;
    cleaned.push(out);
  }
  return cleaned;
}
