// Cue words from rules/analysis.yaml, compiled to one matcher: "utmaning" matches "utmaningar",
// "har lett till" matches those words in order, "hinder=" only the word as written.
import { escapeRegExp } from '../util/regexp.js';
import { wholeWordMatches } from '../util/whole-words.js';

export interface CueMatch {
  cue: string;
  start: number;
  end: number;
  text: string;
}

export type CueMatcher = (text: string) => CueMatch[];

function cuePattern(cue: string): string {
  const exact = cue.endsWith('=');
  const words = (exact ? cue.slice(0, -1) : cue).trim().split(/\s+/).map(escapeRegExp);
  // Only the last word inflects: "uppföljningen visar" is as good as "uppföljning visar" only if
  // both are listed, but "har lett till" must not match "har letts tillbaka".
  return `${words.join('\\s+')}${exact ? '' : '[\\p{L}\\p{M}]*'}`;
}

/**
 * One matcher for a list of cues; longer cues win where two start at the same place. The word
 * start is checked by `wholeWordMatches`, not by a look-behind in the pattern (see there why).
 */
export function compileCues(cues: readonly string[]): CueMatcher {
  if (cues.length === 0) return () => [];
  const ordered = [...cues].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:${ordered.map((cue) => `(${cuePattern(cue)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    wholeWordMatches(pattern, text).map((m) => {
      let group = 1;
      while (m[group] === undefined) group++;
      return { cue: ordered[group - 1], start: m.index, end: m.index + m[0].length, text: m[0] };
    });
}
