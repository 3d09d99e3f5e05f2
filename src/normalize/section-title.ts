// Known section titles (`isSectionTitle`) are asked of every line and every paragraph. No title
// has more than a couple of dozen Latin letters, and `isSectionTitle` counts all of a text's
// before anything else: counted here only until there are too many, most texts are turned away
// after their first few words instead of after reading all of them.
import { isSectionTitle, type SectionTitles } from '../language/section-titles.js';
import { isLatinLetter } from './bullets.js';

/** `isSectionTitle(text, titles)`: the same answer, sooner for a text with more Latin letters than any title. */
export function isKnownTitle(text: string, titles: SectionTitles): boolean {
  return mayBeTitle(text, titles) && isSectionTitle(text, titles);
}

/**
 * `isKnownTitle` for the lines of one document, each text that gets past the letter count answered
 * once: a document's short lines repeat (headers, names, dates; c17's 19,440 asked are 4,304
 * texts), and `isSectionTitle` makes a key of each with four patterns. Kept for one document only:
 * a text kept as a key keeps its document's text alive (it is a slice of it).
 */
export function knownTitleTest(titles: SectionTitles): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    if (!mayBeTitle(text, titles)) return false;
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = isSectionTitle(text, titles)));
    return answer;
  };
}

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
