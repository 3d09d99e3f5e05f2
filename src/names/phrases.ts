// Finds the forms of a concept or a title in running text: any case, any whitespace between
// words, an inflected or compounded last word (barnrättspåret, konsekvensanalyserna), and a
// long lower-case single word also at the end of a compound (barnkonsekvensanalys). Where forms
// overlap (HBTQ, HBTQI, HBTQIA+) the longest wins.
import { escapeRegExp } from '../util/regexp.js';

export interface PhraseHit {
  /** Index of the phrase in the list given to `compilePhrases`. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Lower-case single words of at least six letters also match as the head of a compound. */
function compoundable(phrase: string): boolean {
  return /^\p{Ll}{6,}$/u.test(phrase);
}

function pattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp);
  const left = compoundable(phrase) ? '' : '(?<![\\p{L}\\p{N}])';
  // An abbreviation (HBTQ) takes no letters after it: HBTQI is another form, not an inflection.
  const inflects = /\p{L}$/u.test(phrase) && !/\p{Lu}{2}/u.test(phrase);
  return `${left}${words.join('\\s+')}${inflects ? '[\\p{L}\\p{M}]*' : ''}(?![\\p{L}\\p{N}])`;
}

export function compilePhrases(phrases: readonly string[]): (text: string) => PhraseHit[] {
  const order = phrases.map((p, i) => ({ p, i })).sort((a, b) => b.p.length - a.p.length);
  if (order.length === 0) return () => [];
  const re = new RegExp(order.map(({ p, i }) => `(?<p${i}>${pattern(p)})`).join('|'), 'giu');
  // Forms that differ only in case (hbtqi, HBTQI) are told apart by how the text writes them.
  const twins = phrases.map((p, i) => phrases.map((q, j) => ({ q, j })).filter(({ q }) => q.toLowerCase() === p.toLowerCase() && q !== phrases[i]));
  const pick = (index: number, written: string): number => {
    if (twins[index].length === 0 || written.startsWith(phrases[index])) return index;
    return twins[index].find(({ q }) => written.startsWith(q))?.j ?? index;
  };
  // Every match opens with a phrase's first word, so the alternation is tried (sticky, same flags)
  // only where one of those words starts, found by a search for them alone: run over the whole
  // text, the alternation's look-behinds are tried at every position, and in a run that tags as it
  // goes its compiled code is made again and again (docs/performance.md, seventh round).
  const firstWords = new RegExp([...new Set(order.map(({ p }) => escapeRegExp(p.trim().split(/\s+/)[0])))].join('|'), 'giu');
  const at = new RegExp(re.source, 'yiu');
  return (text) => {
    const hits: PhraseHit[] = [];
    firstWords.lastIndex = 0;
    for (let start = firstWords.exec(text); start !== null; start = firstWords.exec(text)) {
      at.lastIndex = start.index;
      const m = at.exec(text);
      // After a miss the next candidate may begin inside this first word ("hbtq" in "hbtqi"): one
      // character (code point) on, as after an empty match.
      const next = start.index + ((text.codePointAt(start.index) ?? 0) > 0xffff ? 2 : 1);
      if (m === null) {
        firstWords.lastIndex = next;
        continue;
      }
      const name = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)![0];
      hits.push({ index: pick(Number(name.slice(1)), m[0]), start: m.index, end: m.index + m[0].length, text: m[0] });
      firstWords.lastIndex = m[0].length > 0 ? m.index + m[0].length : next;
    }
    return hits;
  };
}
