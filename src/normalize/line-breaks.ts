// Deciding, for two consecutive lines of PDF text, whether the break between them ends a block
// (paragraph, heading, list item) or is only where the line ran out of room.
import { parseListMarker } from './bullets.js';
import type { Vocabulary } from './hyphenation.js';
import type { SourceLine } from './source-line.js';
import { isWhiteSpace } from '../util/white-space.js';

/** Function words and the like that cannot end a sentence or a heading: the text goes on. */
const CONTINUES = new Set(
  (
    'och eller samt men att som i på av för med till från om mot inom genom utan under över efter vid hos ' +
    'mellan enligt kring utifrån bland den det de en ett dess deras sin sitt sina dels både än så hur när ' +
    'där vars vilken vilket vilka eftersom medan då ju the of and'
  ).split(' '),
);
const LONGEST_CONTINUES = Math.max(...[...CONTINUES].map((word) => word.length));

/** `/[.!?:;][)”"’»]*$/`, read from the end by code: a pattern anchored at the end is tried from every position. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isSentenceMark(text.charCodeAt(i));
}
/** `)”"’»` */
const isCloser = (c: number): boolean => c === 0x29 || c === 0x201d || c === 0x22 || c === 0x2019 || c === 0xbb;
/** `.!?:;` */
const isSentenceMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b;
/** Dotted leaders of a form (`Sekreterare ..... Agnes Wemme`): one field per line. */
const FORM_FIELD = /(?:\.\s?){4,}|…{2,}/u;
const PARAGRAPH_SIGN = /^§ ?\d+[a-z]? +\p{Lu}/u;

export interface BreakContext {
  /** How many characters a full line holds in this document (see `estimateLineWidth`). */
  lineWidth: number;
  known: Vocabulary;
  /** Known section titles ("Sammanfattning"): always a block of their own. */
  isSectionTitle: (text: string) => boolean;
  /** Whether a blank line can sit inside a paragraph (PDF text with page breaks as blank lines). */
  joinAcrossGaps: boolean;
}

/** `/^\S+/`'s length, by code. */
export function firstWordLength(text: string): number {
  let i = 0;
  while (i < text.length && !isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}
const firstWord = (text: string): string => text.slice(0, firstWordLength(text));
/** The length of `/\S+$/`'s match, read from the end (see `endsSentence`). */
function lastWordLength(text: string): number {
  let i = text.length;
  while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}
/** `/^\p{Ll}/`: ASCII by code, anything else by the pattern. */
function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return LOWER_START.test(text);
}
const LOWER_START = /^\p{Ll}/u;

/**
 * How many characters a full line holds: lines followed by a line that starts in lower case
 * certainly wrapped, and most of them come close to the margin. Infinite when too few lines wrap
 * (text with one paragraph per line), so that any line may be a whole block.
 */
export function estimateLineWidth(lines: SourceLine[]): number {
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].text && startsLower(lines[i + 1].text)) wrapped.push(lines[i].text.length);
  }
  if (wrapped.length < 3) return Number.POSITIVE_INFINITY;
  const width = wrapped.length < 8 ? Math.max(...wrapped) : smallest(wrapped, Math.floor(wrapped.length * 0.9));
  // A handful of short lines before lower-case ones (a title over an e-mail address) say nothing.
  return width < 40 ? Number.POSITIVE_INFINITY : width;
}

/** Widths up to this are counted, not sorted (a count per width: 16 kB). */
const COUNTED_WIDTHS = 4096;

/**
 * The `k`-th smallest (from 0) of `widths`, non-negative integers: a line width is a small number,
 * so they are counted per width, where sorting them (natively, as an `Int32Array`) was most of
 * `estimateLineWidth`'s time, ~0.6 ms a document. A width past COUNTED_WIDTHS (one long line) sorts.
 */
export function smallest(widths: readonly number[], k: number): number {
  let most = 0;
  for (const width of widths) if (width > most) most = width;
  if (most > COUNTED_WIDTHS) return Int32Array.from(widths).sort()[k];
  const counts = new Uint32Array(most + 1);
  for (const width of widths) counts[width]++;
  let seen = 0;
  for (let width = 0; ; width++) {
    seen += counts[width];
    if (seen > k) return width;
  }
}

/**
 * The first word of `next` would have fitted on `line` with room to spare (`share` of a full
 * line): the line ended on purpose. Proportional fonts make character counts vary, hence the slack.
 */
export function fitsNextWord(line: string, next: string, context: BreakContext, share = 0.9): boolean {
  return line.length + 1 + firstWordLength(next) < context.lineWidth * share;
}

/** Shorter than any line that wrapped normally: a heading, a name, an entry in a list. */
function isShort(line: string, context: BreakContext, share: number): boolean {
  return line.length < context.lineWidth * share;
}

/** A capitalized word whose lower-case form the document also uses: it starts a sentence. */
function startsSentence(next: string, known: Vocabulary): boolean {
  // An ASCII character other than a capital cannot start `\p{Lu}\p{Ll}*` (a lower-case word or a number).
  const c = next.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) return false;
  const word = firstWord(next).replace(/[^\p{L}]+$/u, '');
  if (!/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  return known(word.toLowerCase());
}

function mustContinue(line: string): boolean {
  if (line.endsWith(',') || line.endsWith('-') || line.endsWith('–')) return true;
  // Asked of most lines: a last word longer than any in CONTINUES is not looked up (no slice, no lower-case copy).
  // (Lower case keeps a word's length here: CONTINUES is Latin letters.)
  const n = lastWordLength(line);
  return n <= LONGEST_CONTINUES && CONTINUES.has(line.slice(line.length - n).toLowerCase());
}

/** A new list item starts at `next`; dashes and numbers only where a block can end anyway. */
export function startsListItem(line: string, next: string, gap: boolean, context: BreakContext): boolean {
  const marker = parseListMarker(next);
  if (!marker) return false;
  if (marker.certain || gap || line === '') return true;
  return endsSentence(line) || fitsNextWord(line, next, context);
}

/** A short line without final punctuation standing between two capitalized lines: a heading. */
function looksLikeHeading(text: string, after: string | undefined, context: BreakContext): boolean {
  if (after === undefined || endsSentence(text) || mustContinue(text)) return false;
  if (!/^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}\p{L}/u.test(text) || !/^[\p{Lu}\d§•\uF000-\uF0FF]/u.test(after)) return false;
  return fitsNextWord(text, after, context) || isShort(text, context, 0.6);
}

/**
 * A heading wrapped onto a short second line right after the full last line of a paragraph
 * (`Mänskliga rättigheter i upphandlings- och` / `investeringsprocesser`): the first line cannot
 * end a heading and the second starts in lower case, so `looksLikeHeading` misses it, but a
 * paragraph would not end on a few lower-case words without a final period.
 */
function looksLikeWrappedHeading(text: string, after: string | undefined, context: BreakContext): boolean {
  if (after === undefined || !/^\p{Lu}\p{Ll}/u.test(text) || endsSentence(text)) return false;
  if (!/(?:\s(?:och|samt|eller)|,)$/u.test(text)) return false;
  const words = after.split(/\s+/u).length;
  return startsLower(after) && !/[.!?:;,]$/u.test(after) && words <= 4 && isShort(after, context, 0.5);
}

/** `(` minus `)` in `text`: above 0 in a block so far, a parenthesis is open and no block ends inside it. */
export function parenthesisBalance(text: string): number {
  // Found by `indexOf`, a native scan: asked of every line, a loop over each of its characters
  // cost several times as much, and most lines have no parenthesis.
  let balance = 0;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) balance++;
  for (let i = text.indexOf(')'); i >= 0; i = text.indexOf(')', i + 1)) balance--;
  return balance;
}

/** The block a line would end, as far as `endsBlock` needs it: kept up to date by the caller as lines join. */
export interface BlockSoFar {
  /** Characters joined so far. */
  length: number;
  /** `parenthesisBalance` of the text joined so far. */
  parentheses: number;
}

/** A heading's number of two levels or more and a capital: `2.1 Barnets rättigheter` (a count is `3 fler`). */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;

/** An e-mail address or web address alone on a line (a signature, a contact line). */
const ADDRESS_LINE = /^(?:\S+@\S+\.\p{L}+|https?:\/\/\S+|www\.\S+)$/u;

/**
 * True when the break between `line` and `next` ends a block. `gap` says blank lines stood between
 * them; `afterNext` is the line after `next`, to recognize a heading that follows a full line;
 * `block` describes the block `line` ends, as joined so far (its text is not re-read per line:
 * that made reflowing quadratic in the length of a paragraph).
 */
export function endsBlock(
  line: SourceLine,
  next: SourceLine,
  gap: boolean,
  afterNext: SourceLine | undefined,
  block: BlockSoFar,
  context: BreakContext,
): boolean {
  const a = line.text;
  const b = next.text;
  if (startsListItem(a, b, gap, context)) return true;
  if (context.isSectionTitle(a) || context.isSectionTitle(b)) return true;
  if (!gap && !b.includes(' ') && ADDRESS_LINE.test(b)) return !/[,(]$/u.test(a);
  if (block.parentheses > 0 && !gap) return false;
  if (gap) {
    // A page break inside a paragraph leaves blank lines in saved PDF text.
    if (!context.joinAcrossGaps) return true;
    if (mustContinue(a)) return false;
    return !(startsLower(b) && !endsSentence(a));
  }
  const first = b.charCodeAt(0);
  if (startsLower(b) || first === 0x28 || first === 0x5b || mustContinue(a)) return false;
  // A number after a line without final punctuation goes on with the sentence (`i år` / `3 fler`),
  // unless it numbers a heading (`2. Mänskliga rättigheter` / `2.1 Barnets rättigheter` / `Förvaltningen …`).
  if (first >= 0x30 && first <= 0x39 && !endsSentence(a)) return NUMBERED_HEADING.test(b) && looksLikeHeading(b, afterNext?.text, context);
  // A long line with a sentence end inside it and none at its end (`… HBTQI-certifiering. Sedan`)
  // is prose running on into the next line, even when that line is short enough to pass for a heading.
  if (!endsSentence(a) && /\p{Ll}[.!?]\s+\p{Lu}/u.test(a) && !isShort(a, context, 0.5)) return false;
  // A minutes paragraph (`§ 202 Uppdrag …`) and a heading start a block whatever came before.
  if (PARAGRAPH_SIGN.test(b) || looksLikeHeading(b, afterNext?.text, context)) return true;
  if (endsSentence(a) && looksLikeWrappedHeading(b, afterNext?.text, context)) return true;
  if (endsSentence(a)) return fitsNextWord(a, b, context);
  if (FORM_FIELD.test(a)) return true;
  // No final punctuation and a capital next. Inside a paragraph of several lines that mostly means
  // the sentence runs on into a name (`med FN-organet` / `Unesco.`): only a short line ends it.
  // After a single line it is a heading, a name or a list entry when the line is short or the next
  // word starts a sentence (`Under 2023 har…` after a bullet without a final period).
  if (block.length > a.length) return isShort(a, context, 0.5);
  return isShort(a, context, 0.6) || fitsNextWord(a, b, context, 0.75) || startsSentence(b, context.known);
}
