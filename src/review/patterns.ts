// Rule files give words and phrases as regular-expression fragments, in the spirit of Vale's
// tokens. Here they become expressions that match whole words only (a Swedish word boundary:
// no letter or digit on either side) and let a space stand for any run of white space, so a
// phrase still matches where the extracted text broke its line.
import { wholeWordMatches } from '../util/whole-words.js';

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

/**
 * Limits on the fragments of one rule, against a rule file that would take minutes to compile and
 * gigabytes to run (200,000 tokens did): each fragment's length, their number and their total
 * length. The bundled rules have at most 20 fragments, of at most 34 characters.
 */
export const PATTERN_LIMITS = { maxLength: 500, maxCount: 1000, maxTotalLength: 20_000 } as const;

/** Why `fragment` cannot be a rule's word pattern (a Swedish phrase), or null. */
export function fragmentProblem(fragment: string): string | null {
  if (fragment.length > PATTERN_LIMITS.maxLength) return `mönstret är längre än ${PATTERN_LIMITS.maxLength} tecken (${fragment.length})`;
  try {
    // On its own too: `a)|(b` compiles inside wordPattern's group, and would change what the
    // rule's other fragments mean.
    new RegExp(fragment, 'u');
    wordPattern([fragment]);
    return null;
  } catch (error) {
    return `ogiltigt reguljärt uttryck: ${(error as Error).message}`;
  }
}

/** Spans of `text` not to search, e.g. quoted titles: true when [start, end) lies inside one. */
export function inside(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
