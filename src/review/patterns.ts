// Rule files give words and phrases as regular-expression fragments, in the spirit of Vale's
// tokens. Here they become expressions that match whole words only (a Swedish word boundary:
// no letter or digit on either side) and let a space stand for any run of white space, so a
// phrase still matches where the extracted text broke its line.
import { wholeWordMatches } from '../util/whole-words.js';
import type { RuleDataProblem } from './types.js';

const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * One expression matching any of `tokens` as whole words; case-insensitive unless told otherwise.
 * Its matches are read with `allMatches`, which checks that each starts a word (see
 * src/util/whole-words.ts for why that is not a look-behind in the expression).
 */
export function wordPattern(tokens: string[], ignoreCase = true): RegExp {
  const alternatives = tokens.map((t) => t.replace(/ +/g, '\\s+')).join('|');
  return new RegExp(`(?:${alternatives})${AFTER}`, ignoreCase ? 'giu' : 'gu');
}

/** Every match of a `wordPattern` in `text` that starts a word, as [start, end, matched text]. */
export function allMatches(pattern: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  return wholeWordMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Problems for fragments that do not compile, at `path` + index in the rule file. */
export function checkFragments(fragments: readonly string[] | undefined, path: Array<string | number>): RuleDataProblem[] {
  const problems: RuleDataProblem[] = [];
  (fragments ?? []).forEach((fragment, i) => {
    try {
      wordPattern([fragment]);
    } catch (error) {
      problems.push({ path: [...path, i], message: `ogiltigt reguljärt uttryck: ${(error as Error).message}` });
    }
  });
  return problems;
}

/** Spans of `text` not to search, e.g. quoted titles: true when [start, end) lies inside one. */
export function inside(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
