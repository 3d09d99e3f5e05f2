// Cue words from rules/analysis.yaml, compiled to one matcher: "utmaning" matches "utmaningar",
// "har lett till" matches those words in order, "hinder=" only the word as written.
export interface CueMatch {
  cue: string;
  start: number;
  end: number;
  text: string;
}

export type CueMatcher = (text: string) => CueMatch[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cuePattern(cue: string): string {
  const exact = cue.endsWith('=');
  const words = (exact ? cue.slice(0, -1) : cue).trim().split(/\s+/).map(escape);
  // Only the last word inflects: "uppföljningen visar" is as good as "uppföljning visar" only if
  // both are listed, but "har lett till" must not match "har letts tillbaka".
  return `${words.join('\\s+')}${exact ? '' : '[\\p{L}\\p{M}]*'}`;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the character before `index` is a letter or digit (a whole code point, astral too). */
function followsWordCharacter(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at) ?? low));
}

/**
 * One matcher for a list of cues; longer cues win where two start at the same place. The start
 * of a word is checked here rather than by a look-behind in the pattern, and a match that does not
 * start one is tried again one character on: the same matches, but the look-behind made V8 try
 * every alternative at every position (four times slower over the benchmark's passages).
 */
export function compileCues(cues: readonly string[]): CueMatcher {
  if (cues.length === 0) return () => [];
  const ordered = [...cues].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:${ordered.map((cue) => `(${cuePattern(cue)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const found: CueMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (followsWordCharacter(text, m.index)) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      let group = 1;
      while (m[group] === undefined) group++;
      found.push({ cue: ordered[group - 1], start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found;
  };
}
