// Administrations the registry does not know, found by the shape of their names ("Region Skåne",
// "Göteborgs stads kulturnämnd", "Trafiknämnden"), and registry names qualified by another city.
import { tokenize, type LanguageData, type Token } from '../language/index.js';
import type { AdministrationKind, Span } from '../types.js';
import type { NameEnding, UnregisteredCues } from './cues.js';
// An unregistered administration's ID is slugged as a registered one's must be: one rule for both.
import { slugify } from '../lexicon/crosscheck.js';
import { adjacent, insideAny, isCapitalized, sentenceInitial, wordSpans, type WordSpan } from './words.js';
import { BoundedMap } from '../util/bounded-map.js';

export interface UnregisteredName extends Span {
  /** "unregistered/<slug>". */
  id: string;
  name: string;
  /** What the name's shape says it is; null for "Region Skåne". */
  kind: AdministrationKind | null;
}

/** Longest name extension to the left: "Malmö Live Konserthus AB" has three words before AB. */
const MAX_NAME_WORDS = 4;

/**
 * Every administration-shaped name in `text` that does not overlap `taken` (registered names and
 * generic phrases found before). `city` is the document's city slug: "Malmö stads kulturnämnd"
 * is not foreign in a Malmö text. `words` are `wordSpans(tokenize(text))`.
 */
export function findUnregistered(
  text: string,
  cues: UnregisteredCues,
  city: string | null,
  taken: readonly Span[],
  words: readonly WordSpan[],
): UnregisteredName[] {
  const found: UnregisteredName[] = [];
  const claim = (first: number, last: number, kind: AdministrationKind | null) => {
    const span = { start: words[first].start, end: words[last].end };
    if (insideAny(span, taken) || insideAny(span, found)) return;
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    found.push({ ...span, name, id: unregisteredId(name, cues), kind });
  };
  words.forEach((word, i) => {
    if (insideAny(word, taken)) return;
    const ending = endingOf(word.norm, cues.endings);
    if (ending) {
      const first = ending.compound ? qualifiedStart(text, words, i, cues) : nameStart(text, words, i, cues);
      if (first === null) return;
      const qualified = first < i && cues.cityQualifiers.includes(words[i - 1].norm);
      if (ending.compound) {
        if (isCapitalized(word.text) || ending.lowercase || qualified) claim(first, i, ending.kind);
        return;
      }
      // A bare "nämnd" after a sentence-initial word is a common noun ("Varje nämnd ansvarar"):
      // only a definite form makes "<Adjektiv> nämnden" a name there.
      if (first < i && (ending.definite || !sentenceInitial(text, words[first].start))) claim(first, i, ending.kind);
      return;
    }
    if (cues.nameWords.includes(word.text)) {
      const first = nameStart(text, words, i, cues);
      if (first !== null && first < i) claim(first, i, 'bolag');
      return;
    }
    const next = words[i + 1];
    if (cues.prefixes.includes(word.text) && next && adjacent(text, word, next) && isCapitalized(next.text)) claim(i, i + 1, null);
  });
  return found;
}

/**
 * False when no word of `tokens` can end or begin an unregistered name (no name ending, name
 * word or prefix): `findUnregistered` then finds nothing, and most passages need not be looked at.
 */
export function mayNameUnregistered(tokens: readonly Token[], cues: UnregisteredCues): boolean {
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    const norm = t.trailingHyphen ? t.norm.slice(0, -1) : t.norm;
    const text = t.trailingHyphen ? t.text.slice(0, -1) : t.text;
    if (endingOf(norm, cues.endings) !== null || cues.nameWords.includes(text) || cues.prefixes.includes(text)) return true;
  }
  return false;
}

/**
 * When a registry name at `span` is qualified by another city ("Göteborgs stads kulturnämnd"),
 * the start of the whole foreign name; otherwise null. `words` are `wordSpans(tokenize(text, language))`,
 * made once by the caller: this runs for every name found.
 */
export function foreignQualifierStart(
  text: string,
  span: Span,
  cues: UnregisteredCues,
  city: string | null,
  words: readonly WordSpan[],
  language: LanguageData,
): number | null {
  const before = lastWordsBefore(text, words, span.start, language);
  const qualifier = before.at(-1);
  const place = before.at(-2);
  if (!qualifier || !place || !cues.cityQualifiers.includes(qualifier.norm)) return null;
  if (!adjacent(text, qualifier, span) || !adjacent(text, place, qualifier) || !isCapitalized(place.text)) return null;
  const placeSlug = slugify(place.text.replace(/s$/, ''));
  return placeSlug === city ? null : place.start;
}

/**
 * The last two words of the text before `cut`, from the whole text's `words` without
 * slicing: the words before `cut` are the same, except that one running past `cut` is cut short.
 */
function lastWordsBefore(text: string, words: readonly WordSpan[], cut: number, language: LanguageData): WordSpan[] {
  let count = 0; // words starting before `cut`, by binary search: they are in text order
  for (let hi = words.length; count < hi;) {
    const mid = (count + hi) >> 1;
    if (words[mid].start < cut) count = mid + 1;
    else hi = mid;
  }
  const before = words.slice(Math.max(0, count - 2), count);
  const last = before.at(-1);
  if (last && last.end > cut) {
    const cutShort = wordSpans(tokenize(text.slice(last.start, cut), language)).map((w) => ({ ...w, start: w.start + last.start, end: w.end + last.start }));
    before.splice(-1, 1, ...cutShort);
  }
  return before.slice(-2);
}

export function unregisteredId(name: string, cues: UnregisteredCues): string {
  return `unregistered/${slugify(baseForm(name, cues))}`;
}

interface EndingMatch {
  compound: boolean;
  definite: boolean;
  lowercase: boolean;
  kind: AdministrationKind;
}

/** The name ending `lower` (a lower-case word) has, remembered per word: words repeat. */
function endingOf(lower: string, endings: readonly NameEnding[]): EndingMatch | null {
  let known = endingCache.get(endings);
  if (!known) endingCache.set(endings, (known = new BoundedMap(ENDING_CACHE_LIMIT)));
  let ending = known.get(lower);
  if (ending === undefined) {
    ending = findEnding(lower, endings);
    known.set(lower, ending);
  }
  return ending;
}

const endingCache = new WeakMap<readonly NameEnding[], Map<string, EndingMatch | null>>();
const ENDING_CACHE_LIMIT = 100_000;

function findEnding(lower: string, endings: readonly NameEnding[]): EndingMatch | null {
  // Runs for every word of every passage, and almost no word ends like a name.
  const tails = endingTails(endings);
  if (!tails.set.has(lower.slice(-tails.length))) return null;
  for (const ending of endings) {
    const form = ending.forms.filter((f) => lower.endsWith(f)).sort((a, b) => b.length - a.length)[0];
    if (form === undefined) continue;
    const prefix = lower.slice(0, lower.length - form.length);
    // "bolagsstyrelse" is a compound; "HR-förvaltningen" too, but "-nämnden" alone is not a name.
    if (prefix !== '' && !/\p{L}{2}-?$/u.test(prefix)) continue;
    return { compound: prefix !== '', definite: form !== ending.forms[0], lowercase: ending.lowercase, kind: ending.kind };
  }
  return null;
}

/**
 * The last few characters of every form (as many as the shortest form has, at most three): a
 * word ending with a form ends with one of these, so a word that does not needs no closer look.
 */
function endingTails(endings: readonly NameEnding[]): { length: number; set: Set<string> } {
  let tails = tailsCache.get(endings);
  if (!tails) {
    const forms = endings.flatMap((e) => e.forms);
    const length = Math.min(3, ...forms.map((f) => f.length));
    tails = { length, set: new Set(forms.map((f) => f.slice(-length))) };
    tailsCache.set(endings, tails);
  }
  return tails;
}

const tailsCache = new WeakMap<readonly NameEnding[], { length: number; set: Set<string> }>();

/** Leftmost word of a capitalized name ending at word `i`, or null when word i-1 is not one. */
function nameStart(text: string, words: readonly WordSpan[], i: number, cues: UnregisteredCues): number | null {
  let first: number | null = null;
  for (let j = i - 1; j >= Math.max(0, i - MAX_NAME_WORDS); j--) {
    const word = words[j];
    if (!adjacent(text, word, words[j + 1]) || cues.stopwords.has(word.norm)) break;
    if (isCapitalized(word.text)) first = j;
    else if (j === i - 1 && !cues.cityQualifiers.includes(word.norm)) break;
  }
  return first;
}

/** A compound's own start, extended over a city qualifier before it ("Lunds kommuns gatukontor"). */
function qualifiedStart(text: string, words: readonly WordSpan[], i: number, cues: UnregisteredCues): number {
  const qualifier = words[i - 1];
  const place = words[i - 2];
  if (qualifier && place && cues.cityQualifiers.includes(qualifier.norm) && isCapitalized(place.text)) {
    if (adjacent(text, qualifier, words[i]) && adjacent(text, place, qualifier)) return i - 2;
  }
  return i;
}

/** The name without genitive inflection, so "Trafiknämndens" and "Trafiknämnden" share an ID. */
function baseForm(name: string, cues: UnregisteredCues): string {
  const stripped = name.replace(/:s$/, '');
  if (stripped !== name) return stripped;
  const lower = name.toLowerCase();
  for (const ending of cues.endings) {
    for (const form of ending.forms) {
      if (form.endsWith('s') && lower.endsWith(form) && ending.forms.includes(form.slice(0, -1))) return name.slice(0, -1);
    }
  }
  return name;
}
