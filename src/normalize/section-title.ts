// Known section titles (`isSectionTitle`) are asked of every line and every paragraph. No title
// has more than a couple of dozen Latin letters, and `isSectionTitle` counts all of a text's
// before anything else: counted here only until there are too many, most texts are turned away
// after their first few words instead of after reading all of them.
import { isSectionTitle, type SectionTitles } from '../language/section-titles.js';
import { isLatinLetter } from './bullets.js';
import { detached } from '../util/detached.js';

/**
 * `isSectionTitle(text, titles)`: the same answer, sooner for a text with more Latin letters than
 * any title, and remembered for a text that gets past that count: such short lines and paragraphs
 * repeat (headers, names, dates; over c17 normalize asks 19,440 of 4,304 texts a document, segment
 * 19,564 of 3,686), and `isSectionTitle` makes a key of each with four patterns.
 */
export function isKnownTitle(text: string, titles: SectionTitles): boolean {
  if (!mayBeTitle(text, titles)) return false;
  let answers = knownAnswers.get(titles);
  if (!answers) knownAnswers.set(titles, (answers = new Map()));
  let answer = answers.get(text);
  if (answer === undefined) {
    answer = isSectionTitle(text, titles);
    // Kept past the document, so a copy: a slice would keep the document's whole text alive. (A
    // lone surrogate does not survive the copy: such a text is not remembered.)
    const key = detached(text);
    if (answers.size >= MOST_ANSWERS) answers.clear();
    if (key === text) answers.set(key, answer);
  }
  return answer;
}

/** The answers `isKnownTitle` remembers, per set of titles: short texts, at most MOST_ANSWERS of them. */
const knownAnswers = new WeakMap<SectionTitles, Map<string, boolean>>();
const MOST_ANSWERS = 8192;

/** False when `text` cannot be one of `titles`, by its first character and its Latin letters. */
function mayBeTitle(text: string, titles: SectionTitles): boolean {
  // A title starts with a capital, after any numbering: a text starting with a small Latin letter
  // (most wrapped lines) is none, and is not counted.
  if (isSmallLatinLetter(text.charCodeAt(0))) return false;
  const most = titles.mostLetters;
  let letters = 0;
  for (let i = 0; i < text.length; i++) if (isLatinLetter(text.charCodeAt(i)) && ++letters > most) return false;
  return true;
}

/** a–z and the small letters of Latin-1 (ß–ÿ but ÷). */
const isSmallLatinLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
