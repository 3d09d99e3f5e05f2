// Tokenizer for Swedish municipal prose: one pass over the characters, no backtracking.
// A hand-written scanner rather than a regex alternation because it runs over every byte the tool
// reads; letters are recognised by Unicode category, since JS `\b` and `\w` do not see å, ä, ö.
import { languageData, type LanguageData } from './data.js';
import { numberingStart, wordId } from './word-ids.js';

import { CASE_NUMBER_KIND, CELLS, FORM_SHIFT, NUMBER, PUNCT, SENTENCE_INITIAL, Tokens, TRAILING_HYPHEN, WORD, type Form } from './tokens.js';

export { Tokens, type Token, type TokenKind } from './tokens.js';

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
/** Case numbers: STK-2023-138, STK-2022-1455, KS 2024/1035, SF 2024/444. */
const CASE_NUMBER = /(?:\p{Lu}{2,6}-\d{4}-\d{1,6}|\p{Lu}{2,6}[ \u00a0]\d{4}\/\d{1,6})(?![\p{L}\p{N}])/uy;

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  return LETTER.test(text[i]);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** '-', U+2010 hyphen, U+2011 non-breaking hyphen; dashes (– —) are punctuation. */
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
const isSpace = (c: number) =>
  c <= 0x20 || c === 0xa0 || c === 0x85 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || c === 0xfeff;
/** An upper-case letter; Latin-1 by range (À–Þ but ×), since most capitals are followed by å, ä or ö or a lower-case letter. */
const isUpperStart = (c: number, text: string, i: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c < 0x250 && UPPER.test(text[i]));

/** The words that take an abbreviation point, and the length of the longest. */
interface Abbreviations {
  words: ReadonlySet<string>;
  /** A longer word is no abbreviation: most words before a point are not looked up (lower case is never shorter). */
  longest: number;
}

/** The tokenizer's abbreviations of each language data, made once. */
const abbreviationSets = new WeakMap<LanguageData, Abbreviations>();

/** The last language data asked for, and its abbreviations: every passage asks, nearly always for the same. */
let lastLanguage: LanguageData | undefined;
let lastAbbreviations: Abbreviations | undefined;

function abbreviationsOf(language: LanguageData): Abbreviations {
  if (language === lastLanguage && lastAbbreviations !== undefined) return lastAbbreviations;
  let set = abbreviationSets.get(language);
  if (set === undefined) {
    const words = language.tokenizer.abbreviations;
    abbreviationSets.set(language, (set = { words: new Set(words), longest: words.reduce((most, w) => Math.max(most, w.length), 0) }));
  }
  lastLanguage = language;
  return (lastAbbreviations = set);
}

// Characters below U+0250 (Basic Latin to Latin Extended-B) by table: one load per character.
const WORD_CHAR = 1; // letter, digit or '+' (HBTQIA+)
const LOWER_IT = 2; // upper case, or may be: the norm needs toLowerCase
const SOFT_HYPHEN = 4; // U+00AD, dropped from the norm
const COMPOSE_IT = 8; // beyond Latin Extended-B: the norm needs NFC
const CHAR_CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
  const upper = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c >= 0x100;
  if (lower || (c >= 0x30 && c <= 0x39) || c === 0x2b) CHAR_CLASS[c] = WORD_CHAR;
  else if (upper) CHAR_CLASS[c] = WORD_CHAR | LOWER_IT;
}
CHAR_CLASS[0xad] = WORD_CHAR | SOFT_HYPHEN;

/** What scanWordParts saw in the last word: the bits above, or-ed together. */
let seen = 0;
/** The hash (`formHash`) of the characters scanWordParts passed in the last word. */
let scannedHash = 0;
/** Its second hash (`formHash`'s `hash2`). */
let scannedHash2 = 0;

/**
 * Lower-cases and composes, but only what needs it: most words are already lower-case Latin-1,
 * and are returned as they are (toLowerCase and NFC allocate, and this runs for every word).
 */
function normalizeWord(text: string, flags: number): string {
  // A soft hyphen (U+00AD) left by PDF extraction is invisible: "organi\u00adsation" is one word.
  const visible = (flags & SOFT_HYPHEN) !== 0 ? text.replaceAll('\u00ad', '') : text;
  if ((flags & COMPOSE_IT) !== 0) return visible.toLowerCase().normalize('NFC');
  return (flags & LOWER_IT) !== 0 ? visible.toLowerCase() : visible;
}

/**
 * Splits `text` into word, number, case-number and punctuation tokens; whitespace is dropped.
 * `language` says which words take an abbreviation point; without it, the bundled swedish.yaml.
 */
export function tokenize(text: string, language: LanguageData = languageData()): Tokens {
  return tokenizeEach([text], language)[0];
}

/** `tokenize` of each of `texts` (a document's passages), their cells in one array. */
export function tokenizeEach(texts: readonly string[], language: LanguageData = languageData()): Tokens[] {
  count = 0;
  call++;
  if (formsStart !== numberingStart()) clearForms();
  const abbreviations = abbreviationsOf(language);
  const ends = new Int32Array(texts.length);
  for (let k = 0; k < texts.length; k++) {
    scan(texts[k], abbreviations, true);
    ends[k] = count;
  }
  const all = cells.slice(0, CELLS * count);
  // The scratch of a very large document is not kept for the rest of the run.
  if (cells.length > SCRATCH_KEPT) cells = new Int32Array(CELLS * 1024);
  const tokens: Tokens[] = [];
  for (let k = 0, from = 0; k < texts.length; from = ends[k++]) tokens.push(new Tokens(ends[k] - from, all, CELLS * from, forms));
  return tokens;
}

/**
 * How many of `tokenize(text)`'s tokens are not punctuation, without building them: a word
 * count runs over every passage, and the tokens' strings would only be garbage.
 */
export function countWordTokens(text: string, language: LanguageData = languageData()): number {
  return scan(text, abbreviationsOf(language), false);
}

// The cells of the texts being scanned (`Tokens`), grown as needed, and how many tokens they hold.
let cells = new Int32Array(CELLS * 1024);
let count = 0;
/** The most cells kept between calls (a megabyte). */
const SCRATCH_KEPT = CELLS * (1 << 16);

/**
 * The tokenizer's scanner: writes each token's cells (when `build`), in text order, and returns
 * how many are not punctuation; `abbreviations` take their point.
 */
function scan(text: string, abbreviations: Abbreviations, build: boolean): number {
  const n = text.length;
  let atSentenceStart = true;
  let words = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || isSpace(c)) {
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) atSentenceStart = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      // Numbers, dates and ranges stay whole: 2024-04-29, 2011–2020, 0-18, 15:05, 2024/1035, 3,5.
      i = scanDigits(text, i);
      while (i + 1 < n && isNumberJoiner(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) i = scanDigits(text, i + 1);
      if (build) interned(text, start, i, NUMBER, 0, formHash(text, start, i), hash2);
      words++;
      atSentenceStart = false;
      continue;
    }
    if (c < 0x250 ? (CHAR_CLASS[c] & WORD_CHAR) === 0 || c === 0x2b || c === 0xad : !isLetter(c, text, i)) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      i += width;
      if (build) interned(text, start, i, PUNCT, 0, formHash(text, start, i), hash2);
      if (c === 0x2e || c === 0x21 || c === 0x3f) atSentenceStart = true;
      continue;
    }
    if ((c <= 0x5a || (c >= 0xc0 && c <= 0xde)) && i + 1 < n && isUpperStart(text.charCodeAt(i + 1), text, i + 1)) {
      CASE_NUMBER.lastIndex = i;
      if (CASE_NUMBER.test(text)) {
        i = CASE_NUMBER.lastIndex;
        if (build) interned(text, start, i, CASE_NUMBER_KIND, 0, formHash(text, start, i), hash2);
        words++;
        atSentenceStart = false;
        continue;
      }
    }
    const scanned = (i = scanWordParts(text, i));
    let hash = scannedHash;
    let second = scannedHash2;
    if (isDigit(text.charCodeAt(i - 1))) i = footnoteStart(text, start, i);
    let trailingHyphen = false;
    const next = i < n ? text.charCodeAt(i) : 0;
    if (isDigit(next)) {
      // A footnote number glued to the word ("grupper2"): the number becomes a token of its own.
    } else if (isHyphen(next)) {
      // "barnrätts-," or "kultur- och": the hyphen belongs to the word and marks a conjunct.
      trailingHyphen = true;
      i++;
    } else if (next === 0x3a || next === 0x2e) {
      i = scanSuffix(text, start, i, abbreviations);
    }
    // A footnote number cut off, a hyphen or a suffix taken on: the scan's hash is not the token's.
    if (i !== scanned) {
      hash = formHash(text, start, i);
      second = hash2;
    }
    if (build) interned(text, start, i, WORD, (atSentenceStart ? SENTENCE_INITIAL : 0) | (trailingHyphen ? TRAILING_HYPHEN : 0), hash, second);
    words++;
    atSentenceStart = false;
  }
  return words;
}

// Surface forms, interned. Most tokens are words met before (2.4 million tokens of 17 MB of annual
// analyses are 3,200 distinct forms), so each form's `text`, `norm` and word number are made once and
// shared by every later token: a token then costs a hash of its characters, computed in place, and a
// comparison with the form found, where it cost a slice, a fresh string hashed again by `wordId`'s
// Map and, for capitals, a lower-cased copy. Open addressing; a slot holds two 32-bit hashes of the
// characters (different seeds and multipliers), their length and kind, and the form's index, and the
// form's word number stands in a typed array: a token of a known form is recognised from the slot
// alone, with no form object read and its characters not compared again (that comparison was a
// third of the look-up). Only a form's first token in each call (a document's passages) is compared
// with it: the hashes are not secret, and a hostile document could otherwise plant a string that
// agrees with a common word in both, so that the word in every later document took its text and
// number. A document can then at most confuse its own words, which it could write as it pleased.
// Bounded like the numbering (word-ids.ts), and emptied when the numbering starts over, so that no
// token gets a word number from before a new start.

const FORM_LIMIT = 500_000;
const FIRST_SLOTS = 1 << 12;
/** Cells per slot: the hash, the second hash, length << 2 | kind, and the index in `forms` + 1 (0: an empty slot). */
const SLOT = 4;
/** A power of two of slots, at most half full. */
let slots = new Int32Array(SLOT * FIRST_SLOTS);
let forms: Form[] = [];
/** Each form's word number, by its index in `forms`. */
let formWords = new Int32Array(FIRST_SLOTS);
/** The call (`call`) in which each form, by its index, was last compared with a token's characters. */
let formChecked = new Int32Array(FIRST_SLOTS);
/** Counts `tokenizeEach` calls: a form's first token in a call is compared with it. */
let call = 1;
/** Tests only: every token hashed alike, as a planted collision would be (`collideForTests`). */
let collideAll = false;
/** The numbering (`numberingStart`) the forms' word numbers are from. */
let formsStart = numberingStart();

/**
 * Starts a new table (a new array: the `Tokens` made before keep the old one). The tokens already
 * scanned of the texts at hand take their forms along, unfindable, so that all their cells point
 * into one table and keep the word numbers they were given.
 */
function clearForms(): void {
  const old = forms;
  slots = new Int32Array(SLOT * FIRST_SLOTS);
  forms = [];
  formsStart = numberingStart();
  for (let k = 0; k < count; k++) {
    const bits = cells[CELLS * k + 3];
    pushForm(old[bits >>> FORM_SHIFT]);
    cells[CELLS * k + 3] = ((forms.length - 1) << FORM_SHIFT) | (bits & ((1 << FORM_SHIFT) - 1));
  }
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

// The second hash: the same steps with another seed and multiplier (murmur's), so that strings whose
// FNV-1a hashes agree do not agree in it as well.
const HASH2_SEED = 0x2f8a4b1d;
const HASH2_PRIME = 0x5bd1e995;

/** `formHash`'s second hash, left here beside the first it returns. */
let hash2 = 0;

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`; the second hash in `hash2`. */
function formHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  let second = HASH2_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    hash = Math.imul(hash ^ c, HASH_PRIME);
    second = Math.imul(second ^ c, HASH2_PRIME);
  }
  hash2 = second;
  return hash;
}

/**
 * Writes the token of `text` from `start` to `end` (its `kind`, `flags` the token's bits), whose
 * characters hash (`formHash`) to `hash` and `second`, into `cells`.
 */
function interned(text: string, start: number, end: number, kind: number, flags: number, hash: number, second: number): void {
  // Mixed, since the slot is taken from the low bits.
  hash ^= hash >>> 15;
  if (collideAll) hash = second = 0;
  const shape = ((end - start) << 2) | kind;
  const mask = (slots.length >> 2) - 1;
  for (let at = SLOT * (hash & mask), entry = slots[at + 3]; entry !== 0; at = (at + SLOT) & (slots.length - 1), entry = slots[at + 3]) {
    if (slots[at] !== hash || slots[at + 1] !== second || slots[at + 2] !== shape) continue;
    const form = entry - 1;
    if (formChecked[form] !== call) {
      if (!sameText(forms[form].text, text, start, end)) continue;
      formChecked[form] = call;
    }
    emit(start, end, formWords[form], form, kind | flags);
    return;
  }
  const raw = ownCopy(text.slice(start, end));
  const norm = kind === WORD ? normalizeWord(raw, seen) : kind === CASE_NUMBER_KIND ? raw.toLowerCase().replace('\u00a0', ' ') : raw;
  const word = wordId(norm);
  if (formsStart !== numberingStart() || forms.length >= FORM_LIMIT) clearForms();
  addForm(hash, second, shape, { text: raw, norm, kind, word });
  emit(start, end, word, forms.length - 1, kind | flags);
}

function emit(start: number, end: number, word: number, form: number, bits: number): void {
  if (cells.length < CELLS * (count + 1)) {
    const old = cells;
    cells = new Int32Array(2 * old.length);
    cells.set(old);
  }
  const at = CELLS * count++;
  cells[at] = start;
  cells[at + 1] = end;
  cells[at + 2] = word;
  cells[at + 3] = (form << FORM_SHIFT) | bits;
}

/** Whether `form` is `text` from `start` to `end`. */
function sameText(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Tests only: from now on every token hashes alike (`on`), as if each string had been planted to
 * collide with the forms before it, so that a test can show the table still tells them apart.
 */
export function collideForTests(on: boolean): void {
  collideAll = on;
}

/** Appends `form` to `forms`, its word number to `formWords`. */
function pushForm(form: Form): void {
  forms.push(form);
  if (formWords.length < forms.length) {
    const old = formWords;
    formWords = new Int32Array(2 * old.length);
    formWords.set(old);
    const checked = formChecked;
    formChecked = new Int32Array(formWords.length);
    formChecked.set(checked);
  }
  formWords[forms.length - 1] = form.word;
  // Made from this call's token: compared already.
  formChecked[forms.length - 1] = call;
}

function addForm(hash: number, second: number, shape: number, form: Form): void {
  pushForm(form);
  if (forms.length * 2 > slots.length / SLOT) {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += SLOT) if (old[k + 3] !== 0) place(old[k], old[k + 1], old[k + 2], old[k + 3]);
  }
  place(hash, second, shape, forms.length);
}

function place(hash: number, second: number, shape: number, entry: number): void {
  let at = SLOT * (hash & ((slots.length >> 2) - 1));
  while (slots[at + 3] !== 0) at = (at + SLOT) & (slots.length - 1);
  slots[at] = hash;
  slots[at + 1] = second;
  slots[at + 2] = shape;
  slots[at + 3] = entry;
}

/**
 * `slice` as a string of its own: V8 cuts 13 characters or more as a view into the whole text,
 * which a kept form (and `wordId`'s key) would keep alive long after its document.
 */
function ownCopy(slice: string): string {
  return slice.length < 13 ? slice : slice.split('').join('');
}

function scanDigits(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a footnote number glued to a word starts (`minoriteterna3`, `grupper2`): one to three
 * digits after at least three lower-case letters. Names with digits (Agenda2030, covid-19, B2B) keep them.
 */
function footnoteStart(text: string, start: number, end: number): number {
  let d = end;
  while (d > start && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === end || end - d > 3 || d - start < 3) return end;
  for (let k = d - 3; k < d; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7))) return end;
  }
  return d;
}

const isNumberJoiner = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2f || c === 0x2e || c === 0x2c || c === 0x3a;

/**
 * Letters, digits and '+' (HBTQIA+), then more parts joined by inner hyphens: `HR-funktionerna`,
 * `MR-programmet`, `HBTQIA+-perspektiven` and `covid-19` are one word each, because the parts do
 * not stand alone. A slash is not joined: `islamofobi/antimuslimsk` are alternatives.
 * Leaves in `seen` what it saw and in `scannedHash` and `scannedHash2` the hashes (`formHash`) of the characters it passed,
 * computed on the way, so that a token's characters are read once more only to compare them with a known form.
 */
function scanWordParts(text: string, i: number): number {
  const n = text.length;
  let flags = 0;
  let hash = HASH_SEED;
  let second = HASH2_SEED;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x250) {
        const k = CHAR_CLASS[c];
        if (k === 0) break;
        flags |= k;
        hash = Math.imul(hash ^ c, HASH_PRIME);
        second = Math.imul(second ^ c, HASH2_PRIME);
        i++;
      } else if (isLetter(c, text, i)) {
        flags |= LOWER_IT | COMPOSE_IT;
        hash = Math.imul(hash ^ c, HASH_PRIME);
        second = Math.imul(second ^ c, HASH2_PRIME);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          hash = Math.imul(hash ^ text.charCodeAt(i + 1), HASH_PRIME);
          second = Math.imul(second ^ text.charCodeAt(i + 1), HASH2_PRIME);
        }
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      } else break;
    }
    if (i + 1 < n && isHyphen(text.charCodeAt(i))) {
      const next = text.charCodeAt(i + 1);
      if (isLetter(next, text, i + 1) || isDigit(next)) {
        hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
        second = Math.imul(second ^ text.charCodeAt(i), HASH2_PRIME);
        i++;
        continue;
      }
    }
    seen = flags;
    scannedHash = hash;
    scannedHash2 = second;
    return i;
  }
}

/**
 * What may follow a word without a space: abbreviation inflection after a colon (`PI:s`, `FN:s`,
 * only after a capital or digit, so "följande:alla" stays apart) and abbreviation points (`t.ex.`,
 * `bl.a.`, `dvs.`), so that the point does not end a sentence.
 */
function scanSuffix(text: string, start: number, i: number, abbreviations: Abbreviations): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (c === 0x3a && i + 1 < n) {
    const prev = text.charCodeAt(i - 1);
    if (isDigit(prev) || UPPER.test(text[i - 1])) {
      let j = i + 1;
      while (j < n && j - i <= 4 && isLetter(text.charCodeAt(j), text, j)) j++;
      if (j > i + 1 && j - i <= 4 && (j === n || !isLetter(text.charCodeAt(j), text, j))) return j;
    }
    return i;
  }
  if (c !== 0x2e) return i;
  if (i - start <= abbreviations.longest && abbreviations.words.has(text.slice(start, i).toLowerCase())) return i + 1;
  if (i - start > 3) return i;
  // t.ex. / bl.a. / fr.o.m.: groups of 1–3 letters, each closed by a point.
  let j = i;
  let groups = 1;
  while (j < n && text.charCodeAt(j) === 0x2e) {
    let k = j + 1;
    while (k < n && k - j <= 4 && isLetter(text.charCodeAt(k), text, k)) k++;
    const length = k - j - 1;
    if (length === 0) return groups > 1 ? j + 1 : i;
    if (length > 3 || k >= n || text.charCodeAt(k) !== 0x2e) return groups > 1 ? j + 1 : i;
    groups++;
    j = k;
  }
  return groups > 1 ? j : i;
}
