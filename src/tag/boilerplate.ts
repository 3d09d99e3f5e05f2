// Stock text that looks like coverage but is not ("Ärendet bedöms inte påverka barn"): phrases
// from lexicons/boilerplate.yaml, found literally (case, spacing and punctuation aside), since
// stock text is copied, not paraphrased.
import type { BoilerplatePhrase, Passage } from '../types.js';

export interface BoilerplateMatcher {
  /** ID of the first phrase `text` contains, or null. */
  find(text: string): string | null;
}

/** Lower case, every run of non-letters and non-digits one space, padded so words stay whole. */
function normalize(text: string): string {
  return normalizeLowered(text.toLowerCase());
}

function normalizeLowered(lower: string): string {
  return ` ${lower
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export function compileBoilerplate(phrases: readonly BoilerplatePhrase[]): BoilerplateMatcher {
  const normalized = phrases
    .map((p) => ({ id: p.id, text: normalize(p.text) }))
    .filter((p) => p.text.trim() !== '')
    .map((p) => ({ ...p, keys: asciiRuns(p.text) }));
  // Each phrase's longest key (letters a-z only, nothing to escape), all in one pattern: one scan
  // rejects most passages. A phrase without keys makes it match everything, as it must.
  if (normalized.length === 0) return { find: () => null };
  const firstKeys = normalized.map((p) => p.keys[0] ?? '');
  const anyFirstKey = new RegExp(firstKeys.map(caseless).join('|'), 'i');
  const firstKeysIn = keyFinder(firstKeys);
  return {
    find(text) {
      // Most passages lack some word of every phrase: they skip the lower-case copy, NFC and the
      // Unicode regex, the costly part. (One word per phrase is not enough: "verksamhet" is in
      // every other passage.)
      if (!anyFirstKey.test(text)) return null;
      const lower = text.toLowerCase();
      // One scan for the first keys the text has, instead of a search per phrase.
      const present = firstKeysIn(lower);
      let haystack: string | null = null;
      for (let i = 0; i < normalized.length; i++) {
        const phrase = normalized[i];
        if (!present.has(firstKeys[i]) || !phrase.keys.every((key) => lower.includes(key))) continue;
        haystack ??= normalizeLowered(lower);
        if (haystack.includes(phrase.text)) return phrase.id;
      }
      return null;
    },
  };
}

/**
 * A function giving the keys a lower-cased text contains, overlaps included, in one scan: keys
 * tried longest first, the scan resumed one character after each match, and a match also finding
 * the keys inside it (a shorter key starting where a longer one matched is its prefix).
 */
function keyFinder(keys: readonly string[]): (lower: string) => Set<string> {
  const distinct = [...new Set(keys)].sort((a, b) => b.length - a.length);
  const inside = new Map(distinct.map((key) => [key, distinct.filter((other) => key.includes(other))]));
  const anyKey = new RegExp(distinct.join('|'), 'g');
  return (lower) => {
    const found = new Set<string>();
    anyKey.lastIndex = 0;
    for (let m = anyKey.exec(lower); m !== null; m = anyKey.exec(lower)) {
      for (const key of inside.get(m[0])!) found.add(key);
      anyKey.lastIndex = m.index + 1;
    }
    return found;
  };
}

/**
 * The runs of ASCII letters in a normalized phrase, longest (likeliest to be missing) first. A
 * text whose normal form contains the phrase has each run in its lower case already: NFC makes
 * no ASCII letter out of another character (the Kelvin sign, the one that would, is lowered to
 * "k" before) and puts nothing between two, and the collapsing regex keeps letters. So a text
 * without one of the runs cannot contain the phrase, and need not be normalized.
 */
function asciiRuns(phrase: string): string[] {
  return (phrase.match(/[a-z]+/g) ?? []).sort((a, b) => b.length - a.length);
}

/**
 * A key as a pattern that, with the `i` flag and without `u`, finds it in a text exactly where the
 * text's `toLowerCase()` has it: such a pattern letter matches only its two ASCII cases, so the two
 * characters outside ASCII that lower-case to an ASCII letter are added: the Kelvin sign (to "k")
 * and "İ" (to "i" and a combining dot, so only as a key's last letter).
 */
function caseless(key: string): string {
  const source = key.replaceAll('k', '[k\\u212a]');
  return source.endsWith('i') ? `${source.slice(0, -1)}[i\\u0130]` : source;
}

/** ID given to a heading with nothing at all under it (see `findBoilerplate`). */
export const EMPTY_HEADING = 'tom-rubrik';
/** ID given to a heading whose section only dismisses ("Barnkonsekvensanalys" / "Beslutet bedöms inte påverka barn"). */
export const DISMISSED_HEADING = 'avfardad-rubrik';

/**
 * The boilerplate ID of every passage: a passage containing a phrase; and an empty consequence
 * heading, i.e. a heading whose section (up to the next heading of its level or higher) holds
 * only boilerplate ("Barnkonsekvensanalys" answered "Ej aktuellt": the body's ID) or nothing at
 * all (`tom-rubrik`), or only boilerplate and dismissals (`avfardad-rubrik`: the template's heading
 * is no coverage, and the dismissal below it keeps its own negated tags). Only headings with tags
 * are marked, as only they could pass for coverage.
 */
export function findBoilerplate(
  passages: readonly Passage[],
  matcher: BoilerplateMatcher,
  tagged: (i: number) => boolean,
  dismissed: (i: number) => boolean = () => false,
): (string | null)[] {
  const result = passages.map((p) => matcher.find(p.text));
  passages.forEach((p, i) => {
    if (p.kind !== 'heading' || result[i] !== null || !tagged(i)) return;
    const body: number[] = [];
    for (let j = i + 1; j < passages.length; j++) {
      const next = passages[j];
      if (next.kind === 'heading' && (next.level ?? 1) <= (p.level ?? 1)) break;
      // A subsection under it: the heading has more than boilerplate below. (Stopping here, not at
      // the section's end, keeps a long run of nested headings from being read once per heading.)
      if (next.kind === 'heading') return;
      body.push(j);
    }
    if (body.length === 0) result[i] = EMPTY_HEADING;
    else if (body.every((k) => result[k] !== null)) result[i] = result[body[0]];
    else if (body.every((k) => result[k] !== null || dismissed(k))) result[i] = DISMISSED_HEADING;
  });
  return result;
}
