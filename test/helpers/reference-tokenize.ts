// The tokenizer as it was before it kept each surface form once (src/language/tokenize.ts at
// daba6a7, unchanged but for the names): a slice, a norm and a `wordId` look-up for every token.
// The tests hold the interning tokenizer to it, token for token.
import { languageData, type LanguageData } from '../../src/language/data.js';
import type { Token } from '../../src/language/tokenize.js';
import { wordId } from '../../src/language/word-ids.js';

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
const isUpperStart = (c: number, text: string, i: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c < 0x250 && UPPER.test(text[i]));

/** The tokenizer's abbreviations of each language data, as a set made once. */
const abbreviationSets = new WeakMap<LanguageData, ReadonlySet<string>>();

function abbreviationsOf(language: LanguageData): ReadonlySet<string> {
  let set = abbreviationSets.get(language);
  if (set === undefined) abbreviationSets.set(language, (set = new Set(language.tokenizer.abbreviations)));
  return set;
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
export function referenceTokenize(text: string, language: LanguageData = languageData()): Token[] {
  const tokens: Token[] = [];
  scan(
    text,
    (start, end, kind, sentenceInitial, trailingHyphen) => {
      tokens.push(token(text, start, end, kind, sentenceInitial, trailingHyphen));
    },
    abbreviationsOf(language),
  );
  return tokens;
}

/**
 * How many of `tokenize(text)`'s tokens are not punctuation, without building them: a word
 * count runs over every passage, and the tokens' strings would only be garbage.
 */
export function referenceCountWordTokens(text: string, language: LanguageData = languageData()): number {
  let count = 0;
  scan(
    text,
    (_start, _end, kind) => {
      if (kind !== 'punct') count++;
    },
    abbreviationsOf(language),
  );
  return count;
}

type Emit = (start: number, end: number, kind: Token['kind'], sentenceInitial: boolean, trailingHyphen: boolean) => void;

/** The tokenizer's scanner: calls `emit` for each token, in text order; `abbreviations` take their point. */
function scan(text: string, emit: Emit, abbreviations: ReadonlySet<string>): void {
  const n = text.length;
  let atSentenceStart = true;
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
      emit(start, i, 'number', false, false);
      atSentenceStart = false;
      continue;
    }
    if (c < 0x250 ? (CHAR_CLASS[c] & WORD_CHAR) === 0 || c === 0x2b || c === 0xad : !isLetter(c, text, i)) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      i += width;
      emit(start, i, 'punct', false, false);
      if (c === 0x2e || c === 0x21 || c === 0x3f) atSentenceStart = true;
      continue;
    }
    if ((c <= 0x5a || (c >= 0xc0 && c <= 0xde)) && i + 1 < n && isUpperStart(text.charCodeAt(i + 1), text, i + 1)) {
      CASE_NUMBER.lastIndex = i;
      if (CASE_NUMBER.test(text)) {
        i = CASE_NUMBER.lastIndex;
        emit(start, i, 'case-number', false, false);
        atSentenceStart = false;
        continue;
      }
    }
    i = scanWordParts(text, i);
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
    emit(start, i, 'word', atSentenceStart, trailingHyphen);
    atSentenceStart = false;
  }
}

function token(text: string, start: number, end: number, kind: Token['kind'], sentenceInitial: boolean, trailingHyphen: boolean): Token {
  const raw = text.slice(start, end);
  const norm = kind === 'word' ? normalizeWord(raw, seen) : kind === 'case-number' ? raw.toLowerCase().replace('\u00a0', ' ') : raw;
  return { text: raw, norm, start, end, kind, sentenceInitial, trailingHyphen, word: wordId(norm) };
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
 */
function scanWordParts(text: string, i: number): number {
  const n = text.length;
  seen = 0;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x250) {
        const k = CHAR_CLASS[c];
        if (k === 0) break;
        seen |= k;
        i++;
      } else if (isLetter(c, text, i)) {
        seen |= LOWER_IT | COMPOSE_IT;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      } else break;
    }
    if (i + 1 < n && isHyphen(text.charCodeAt(i))) {
      const next = text.charCodeAt(i + 1);
      if (isLetter(next, text, i + 1) || isDigit(next)) {
        i++;
        continue;
      }
    }
    return i;
  }
}

/**
 * What may follow a word without a space: abbreviation inflection after a colon (`PI:s`, `FN:s`,
 * only after a capital or digit, so "följande:alla" stays apart) and abbreviation points (`t.ex.`,
 * `bl.a.`, `dvs.`), so that the point does not end a sentence.
 */
function scanSuffix(text: string, start: number, i: number, abbreviations: ReadonlySet<string>): number {
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
  if (abbreviations.has(text.slice(start, i).toLowerCase())) return i + 1;
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
