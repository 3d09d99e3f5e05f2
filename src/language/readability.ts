// Plain-language (klarspråk) measures for Swedish: LIX, sentence length, passive -s forms and
// nominal style. Heuristics over word forms; no tagger, so counts are estimates, good enough to
// point a writer at the heaviest sentences.

/** A word with offsets into the text it was read from. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

export interface ReadabilityStats {
  words: number;
  sentences: number;
  /** Words of more than six letters. */
  longWords: number;
  /** words/sentences + 100·longWords/words; 0 for an empty text. */
  lix: number;
}

// Anything with a letter or a digit counts as a word for LIX, as in Björnsson's definition.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐:'’/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*-?/gu;

export function words(text: string, offset = 0): WordToken[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

export function isLongWord(word: string): boolean {
  return letterCount(word) > 6;
}

/** LIX (läsbarhetsindex, Björnsson 1968): under 30 very easy, 40 normal prose, over 50 difficult (official texts), over 60 very difficult. */
export function lix(wordCount: number, sentenceCount: number, longWordCount: number): number {
  if (wordCount === 0) return 0;
  return wordCount / Math.max(1, sentenceCount) + (100 * longWordCount) / wordCount;
}

/** Readability of a text made of the given sentences (each a string). */
export function readability(sentences: string[]): ReadabilityStats {
  let wordCount = 0;
  let longWords = 0;
  let sentenceCount = 0;
  for (const sentence of sentences) {
    const tokens = words(sentence);
    if (tokens.length === 0) continue;
    sentenceCount++;
    wordCount += tokens.length;
    longWords += tokens.filter((t) => isLongWord(t.text)).length;
  }
  return { words: wordCount, sentences: sentenceCount, longWords, lix: lix(wordCount, sentenceCount, longWords) };
}

// Deponent verbs end in -s but are not passive: "det finns", "vi hoppas", "de möts".
const DEPONENTS = new Set(
  (
    'finns fanns funnits finnas hoppas hoppades lyckas lyckades lyckats minns mindes minnas trivs trivdes ' +
    'andas låtsas synas syns syntes verkar kännas känns kändes samsas brottas åldras svettas umgås umgicks ' +
    'slåss vistas vistades töras fattas fattades träffas träffades möts mötas möttes ses sågs enas enades ' +
    'skämmas skäms kivas väsnas envisas hämnas'
  ).split(' '),
);

// Endings of passive verb forms: -as (infinitive and present, "utvecklas", "tas"), -ades/-des/-tes
// (past, "genomfördes", "sattes"), -ats/-its/-tts (supine, "samordnats"), and -s after the stem of
// second-conjugation verbs (present, "bedöms", "krävs", "ställs", "följs", "redogörs", "lyfts", "läggs").
// Genitives ("stadens", "nämnds", "bolags", "projekts") end differently and are left out.
const PASSIVE = /(?:as|ades|des|tes|ats|its|tts|ms|vs|ls|js|ggs|fts|pts|örs|mns|ges)$/u;
// Nouns and adverbs with the same endings.
const NOT_PASSIVE = /(?:plats|glas|gas|klass|ss|els|ols|uls|ges|[eao]rnas|enas)$|^(?:alls|dels|annars|tvärs|gratis|deras|vilkas|dras)$/u;

/**
 * True when `word` looks like a passive -s form. Deponents ("finns", "hoppas") and genitives
 * ("stadens", "nämndernas") are not passive; capitalized words are taken as names (Andreas) and
 * skipped, so a passive verb first in a sentence is missed, which is rare in Swedish.
 */
export function isPassive(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || word !== lower || /[^\p{L}]/u.test(word)) return false;
  if (DEPONENTS.has(lower)) return false;
  if (lower === 'ges' || lower === 'tas' || lower === 'fås' || lower === 'dras') return true;
  return PASSIVE.test(lower) && !NOT_PASSIVE.test(lower);
}

// Nominalizations: -ing/-ning, -het, -else, -tion and their inflections (samordningen, förankring,
// tillgängligheten, förutsättningar). Four letters before the suffix keep out short words (ting,
// ring); "kring" and "omkring" are prepositions.
const NOMINAL =
  /^\p{L}{4,}(?:ing|ingen|ingens|ingar|ingarna|ingarnas|het|heten|hetens|heter|heterna|else|elsen|elser|elserna|tion|tionen|tionens|tioner|tionerna)$/u;
// Organ names built on -styrelse are names, not style: kommunstyrelsen, bolagsstyrelser.
const NOT_NOMINAL = /styrelse|^(?:runt)?omkring$/u;

/** True for a lower-case word with a nominal suffix; capitalized words are names or headings. */
export function isNominal(word: string): boolean {
  if (/\p{Lu}/u.test(word.slice(1)) || /^\p{Lu}/u.test(word)) return false;
  return NOMINAL.test(word) && !NOT_NOMINAL.test(word);
}

/** Per-sentence measures used by the sentence-level klarspråk checks. */
export interface SentenceStyle {
  words: WordToken[];
  passives: WordToken[];
  nominals: WordToken[];
}

/** Counts for one sentence; its first word is read in lower case (a capital there is no name). */
export function sentenceStyle(text: string, offset = 0): SentenceStyle {
  const tokens = words(text, offset);
  const form = (t: WordToken, i: number) => (i === 0 ? t.text.charAt(0).toLowerCase() + t.text.slice(1) : t.text);
  return {
    words: tokens,
    passives: tokens.filter((t, i) => isPassive(form(t, i))),
    nominals: tokens.filter((t, i) => isNominal(form(t, i))),
  };
}
