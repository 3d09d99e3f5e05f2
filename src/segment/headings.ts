// Headings in PDF and plain text, where no style says what a heading is: known section titles,
// numbered titles (`2.1 Rubrik`), minutes paragraphs (`§ 202 Uppdrag …`), and short lines without
// a final period that stand over body text.
import type { RawBlock } from '../types.js';
import { isSectionTitle, sectionTitles, type SectionTitles } from '../language/section-titles.js';

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u;
const MINUTES_PARAGRAPH = /^§\s?\d+[a-z]?\s+\p{Lu}/u;
const MAX_WORDS = 12;
const MAX_MINUTES_WORDS = 40;

/**
 * The words of `text` (runs of non-space), counted up to `limit`: every paragraph is asked whether
 * it is short, and splitting a long one into all of its words only to compare with 12 was a tenth
 * of segmentation.
 */
function wordsUpTo(text: string, limit: number): number {
  const word = /\S+/gu;
  let count = 0;
  while (count < limit && word.exec(text) !== null) count++;
  return count;
}

/** Body text: a paragraph of some length with at least one sentence end. */
function isBody(block: RawBlock | undefined): boolean {
  if (!block || block.kind !== 'paragraph') return false;
  return wordsUpTo(block.text, 8) >= 8 && /[.!?:]/u.test(block.text);
}

/** Looks like a heading by form alone: short, capitalized, no final punctuation, no form furniture. */
function headingShaped(text: string): boolean {
  if (text.length > 120 || wordsUpTo(text, MAX_WORDS + 1) > MAX_WORDS) return false;
  if (!/^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}/u.test(text)) return false;
  if (/[.,;:!?]$/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  // Dates, e-mail addresses and dotted leaders belong to letterheads and forms.
  return !/\d{4}-\d{2}-\d{2}|@|\.{3,}/u.test(text);
}

/** Heading level from numbering (`2.1` → 2), else 1. */
export function headingLevel(text: string): number {
  const numbered = NUMBERED.exec(text);
  return numbered ? numbered[1].split('.').length : 1;
}

/** Whether paragraph `i` of `blocks` is a heading; `titles` are the known section titles. */
export function isHeading(blocks: RawBlock[], i: number, titles: SectionTitles): boolean {
  const block = blocks[i];
  if (block.kind !== 'paragraph') return false;
  const text = block.text;
  if (isSectionTitle(text, titles)) return true;
  if (MINUTES_PARAGRAPH.test(text)) return wordsUpTo(text, MAX_MINUTES_WORDS + 1) <= MAX_MINUTES_WORDS;
  return headingShaped(text) && isBody(blocks[i + 1]);
}

/**
 * Marks the headings among blocks of PDF or plain text; blocks that already are headings stay.
 * Without `titles`, the bundled section titles.
 */
export function markHeadings(blocks: RawBlock[], titles: SectionTitles = sectionTitles()): RawBlock[] {
  return blocks.map((block, i) => (isHeading(blocks, i, titles) ? { ...block, kind: 'heading', level: headingLevel(block.text) } : block));
}
