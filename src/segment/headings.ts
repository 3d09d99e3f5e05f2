// Headings in PDF and plain text, where no style says what a heading is: known section titles,
// numbered titles (`2.1 Rubrik`), minutes paragraphs (`§ 202 Uppdrag …`, also with the number on
// a line of its own over the title), and short lines without a final period that stand over body text. In any
// format, the sections of a minutes paragraph (Beslut, Yrkanden, the memo it quotes) nest under it.
import { joinOrigins } from '../normalize/source-map.js';
import type { RawBlock } from '../types.js';
import { sectionTitles, type SectionTitles } from '../language/section-titles.js';
import { isKnownTitle } from '../normalize/section-title.js';
import { isWhiteSpace } from '../util/white-space.js';

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u;
/**
 * The organ's abbreviation some minutes put before the sign (`KS § 12`, `Ks § 12`, `BUN § 45`,
 * `Ksau § 123`), not a word that cites a paragraph (`Se § 12`, `Enligt § 5`).
 */
const ORGAN_PREFIX = String.raw`(?:(?!(?:Se|Jfr|Om|Av|Med|Mot|Och|Enl|Till|Vid|Från|Som|Den|Det|Där|När|Efter|Under|Enligt)\s)(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,4}) )?`;
/** `§ 202 Uppdrag …`, also after the organ's abbreviation. */
const MINUTES_PARAGRAPH = new RegExp(String.raw`^${ORGAN_PREFIX}§\s?\d+[a-z]?\s+\p{Lu}`, 'u');
/** `§ 41` alone: minutes laid out in two columns put the number on a line of its own. */
const MINUTES_NUMBER = new RegExp(String.raw`^${ORGAN_PREFIX}§\s?\d+[a-z]?$`, 'u');
const MAX_WORDS = 12;
const MAX_MINUTES_WORDS = 40;

/**
 * The sign can stand only after the organ's abbreviation and a space: within the first 13 code
 * units (six capitals, astral ones two units each). Asked of every passage, most with no sign near
 * their start: the patterns, with their look-ahead of twenty words, are tried only on the rest.
 */
const SIGN_REACH = 13;
function signNearStart(text: string): boolean {
  const end = Math.min(text.length, SIGN_REACH + 1);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 0xa7) return true;
  return false;
}

/** A minutes paragraph's heading, `§ 202 Uppdrag …`: each opens a section of its own. */
export function isMinutesParagraph(text: string): boolean {
  return signNearStart(text) && MINUTES_PARAGRAPH.test(text) && wordsUpTo(text, MAX_MINUTES_WORDS + 1) <= MAX_MINUTES_WORDS;
}

/**
 * The words of `text` (runs of non-space), counted up to `limit`: every paragraph is asked whether
 * it is short, and splitting a long one into all of its words only to compare with 12 was a tenth
 * of segmentation.
 */
function wordsUpTo(text: string, limit: number): number {
  // By code, no match object per word: asked of most blocks, some twice.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
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

/**
 * Whether paragraph `i` of `blocks` is a heading; `titles` are the known section titles. A numbered
 * list item is one only as the next in the document's numbered headings (`lastNumber`, the top
 * number of the last one, 0 before any): "1. Inledning", then "2. …".
 */
function isHeading(blocks: RawBlock[], i: number, titles: SectionTitles, lastNumber: number): boolean {
  const block = blocks[i];
  if (block.kind === 'list-item') return isNumberedHeading(blocks, i, lastNumber);
  if (block.kind !== 'paragraph') return false;
  const text = block.text;
  if (isKnownTitle(text, titles)) return true;
  if (isMinutesParagraph(text)) return true;
  return headingShaped(text) && isBody(blocks[i + 1]);
}

/**
 * `1. Inledning` over body text, read as a numbered list item: a heading when it is the next number
 * of the document's headings and stands alone, with no item before it and body text or its own
 * first subsection after it. A decision's numbered points end with a period or
 * come in a run, and stay items.
 */
function isNumberedHeading(blocks: RawBlock[], i: number, lastNumber: number): boolean {
  const block = blocks[i];
  // Shaped as a heading after its number: "1. Inledning" is no sentence end and a new sentence.
  const numbered = NUMBERED.exec(block.text);
  if (block.numbered !== true || !numbered || Number(numbered[1]) !== lastNumber + 1) return false;
  if (!headingShaped(block.text.slice(numbered[1].length).replace(/^\.?\s+/u, ''))) return false;
  if (blocks[i - 1]?.kind === 'list-item') return false;
  // Body text after it, or its own first subsection: "2. Mänskliga rättigheter" over "2.1 Barnets rättigheter".
  const next = blocks[i + 1];
  const sub = `${numbered[1]}.`;
  return isBody(next) || (next !== undefined && next.text.startsWith(sub) && /\d/u.test(next.text.charAt(sub.length)));
}

/**
 * A paragraph that can be the title after a bare `§ 41`: capitalized, not a sentence, not too
 * long, and no form field (a bare `§ 192` is also the end of a wrapped "Justerare … § 192").
 */
function isParagraphTitle(block: RawBlock | undefined, titles: SectionTitles): block is RawBlock {
  if (!block || block.kind !== 'paragraph' || isKnownTitle(block.text, titles)) return false;
  const text = block.text;
  if (!/^\p{Lu}/u.test(text) || /[.:;!]$/u.test(text) || /§|\.{3,}|…/u.test(text)) return false;
  return wordsUpTo(text, MAX_MINUTES_WORDS + 1) <= MAX_MINUTES_WORDS;
}

/**
 * Marks the headings among blocks of PDF or plain text; blocks that already are headings stay. A
 * bare `§ 41` and the title on the line after it become one heading, `§ 41 Val av justerare`.
 * Without `titles`, the bundled section titles.
 */
export function markHeadings(blocks: RawBlock[], titles: SectionTitles = sectionTitles()): RawBlock[] {
  const joined: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const title = blocks[i + 1];
    if (block.kind === 'paragraph' && signNearStart(block.text) && MINUTES_NUMBER.test(block.text) && isParagraphTitle(title, titles)) {
      const text = `${block.text} ${title.text}`;
      const origin = joinOrigins(block.origin, block.text.length, title.origin);
      const merged: RawBlock = { ...block, text, origin };
      if (!origin) delete merged.origin;
      joined.push(merged);
      i++;
    } else joined.push(block);
  }
  let lastNumber = 0;
  return joined.map((block, i) => {
    if (!isHeading(joined, i, titles, lastNumber)) return block;
    const numbered = NUMBERED.exec(block.text);
    if (numbered) lastNumber = Number(numbered[1].split('.')[0]);
    return { ...block, kind: 'heading', level: headingLevel(block.text) };
  });
}

/**
 * Minutes: every heading after a paragraph heading (`§ 12 …`) that stands at its level or above
 * moves one below it, so that Beslut, Yrkanden and the sections of a quoted memo are sections of
 * the paragraph, and each paragraph is a section of its own down to the next one. Headings before
 * the first paragraph (the front page) keep their levels.
 */
export function nestUnderParagraphs(blocks: RawBlock[]): RawBlock[] {
  let paragraphLevel: number | null = null;
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const level = block.level ?? 1;
    if (isMinutesParagraph(block.text)) {
      paragraphLevel = level;
      return block;
    }
    return paragraphLevel !== null && level <= paragraphLevel ? { ...block, level: paragraphLevel + 1 } : block;
  });
}
