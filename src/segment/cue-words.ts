// A document-type cue ("Förslag till beslut") compared with a text where it may stand, as the
// pattern `cue(?![\p{L}\p{N}])` with flags i and u would, but by code: each cue's pattern cost
// about a millisecond to compile (a hundred cues, once per process) and a call per passage.
import { escapeRegExp } from '../util/regexp.js';
import { codePointWidth, followsLetterOrDigit, isLetterOrDigit } from '../util/word-characters.js';

/** Lower case of a code below U+0100, which is exactly what the flags i and u compare there (checked for every pair). */
const lowerLatin1 = (c: number): number => ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c);

/** The characters above U+00FF that i and u match with one below it (ſ, Ÿ, ẞ, Greek mu, Kelvin and Ångström signs): the pattern decides there. */
const FOLDS_TO_LATIN1 = new Set([0x178, 0x17f, 0x39c, 0x3bc, 0x1e9e, 0x212a, 0x212b]);

export interface CueWords {
  /** Whether the cue stands at `at` in `text`, not followed by a letter or digit. */
  at(text: string, at: number): boolean;
  /** Whether the cue starts `text`. */
  starts(text: string): boolean;
  /** Whether the cue starts a word anywhere in `text` (as `searchWholeWord` of its pattern). */
  within(text: string): boolean;
}

const made = new Map<string, CueWords>();

/** The comparison for `cue`, made once per cue. */
export function cueWords(cue: string): CueWords {
  let words = made.get(cue);
  if (!words) made.set(cue, (words = makeCueWords(cue)));
  return words;
}

function makeCueWords(cue: string): CueWords {
  let sticky: RegExp | null = null;
  // Compiled only if a text has a character that needs it: most never do.
  const byPattern = (text: string, at: number): boolean => {
    sticky ??= new RegExp(`${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, 'iuy');
    sticky.lastIndex = at;
    return sticky.test(text);
  };
  const lower: number[] = [];
  let byCode = true;
  for (let k = 0; k < cue.length; k++) {
    const c = cue.charCodeAt(k);
    if (c > 0xff) byCode = false;
    lower.push(lowerLatin1(c));
  }
  const at = (text: string, start: number): boolean => {
    if (!byCode) return byPattern(text, start);
    const end = start + lower.length;
    if (end > text.length) return false;
    for (let k = 0; k < lower.length; k++) {
      const c = text.charCodeAt(start + k);
      if (c > 0xff) {
        if (FOLDS_TO_LATIN1.has(c)) return byPattern(text, start);
        return false;
      }
      if (lowerLatin1(c) !== lower[k]) return false;
    }
    return end === text.length || !isLetterOrDigit(text, end);
  };
  return {
    at,
    starts: (text) => at(text, 0),
    within: (text) => {
      // Each place a match could start, code point by code point, as a global pattern is tried.
      for (let i = 0; i < text.length; i += codePointWidth(text, i)) if (at(text, i) && !followsLetterOrDigit(text, i)) return true;
      return false;
    },
  };
}

/**
 * For each of `cues`, the first of `passages` whose text starts with it (absent: none). A passage
 * is compared only with the cues its first character may begin (with all of them when that
 * character is above U+00FF): most passages begin none.
 */
export function firstStarts(passages: readonly { text: string }[], cues: readonly string[]): Map<string, number> {
  // The cues by the lower case of their first character (a table over U+0000–U+00FF), and those starting above it.
  const byFirst: CueWords[][] = Array.from({ length: 0x100 }, () => []);
  const always: CueWords[] = [];
  const names = new Map<CueWords, string>();
  for (const cue of new Set(cues)) {
    const words = cueWords(cue);
    names.set(words, cue);
    const c = cue.charCodeAt(0);
    if (c > 0xff) always.push(words);
    else byFirst[lowerLatin1(c)].push(words);
  }
  const all = [...names.keys()];
  const found = new Map<string, number>();
  const tryAll = (list: CueWords[], text: string, i: number) => {
    for (const words of list) if (words.starts(text) && !found.has(names.get(words)!)) found.set(names.get(words)!, i);
  };
  for (let i = 0; i < passages.length && found.size < all.length; i++) {
    const text = passages[i].text;
    const c = text.charCodeAt(0);
    if (c > 0xff) tryAll(all, text, i);
    else if (c >= 0) {
      tryAll(byFirst[lowerLatin1(c)], text, i);
      tryAll(always, text, i);
    }
  }
  return found;
}
