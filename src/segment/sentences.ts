// Sentence splitting for Swedish: a sentence ends at . ! ? … before a capital or a digit, except
// after an abbreviation (t.ex., bl.a., s.), an initial (A. Norbrant) or a list number (1.).
import type { Span } from '../types.js';
import { languageSchema, parseLanguageData, readLanguageData, TEXT_LIST } from '../language/segment-data.js';

export interface Abbreviations {
  /** Never end a sentence: `t.ex.`, `bl.a.`, `s.`, `kap.` (lower case). */
  inner: Set<string>;
  /** Usually close a list and may close the sentence: `m.m.`, `o.s.v.` (lower case). */
  final: Set<string>;
}

interface AbbreviationsFile {
  abbreviations: string[];
  sentenceFinal: string[];
}

const validate = languageSchema<AbbreviationsFile>({
  type: 'object',
  required: ['abbreviations', 'sentenceFinal'],
  properties: { abbreviations: TEXT_LIST, sentenceFinal: TEXT_LIST },
});

/** Parses abbreviations.yaml: `abbreviations` and `sentenceFinal`, lists of text. */
export function parseAbbreviations(text: string, file: string): Abbreviations {
  return toAbbreviations(parseLanguageData(text, file, validate));
}

function toAbbreviations(data: AbbreviationsFile): Abbreviations {
  const lower = (list: string[]) => new Set(list.map((item) => item.trim().toLowerCase()));
  return { inner: lower(data.abbreviations), final: lower(data.sentenceFinal) };
}

const ABBREVIATIONS = toAbbreviations(readLanguageData('abbreviations.yaml', validate));

/** End punctuation, closing quotes and brackets, then the space before the next sentence. */
const CANDIDATE = /[.!?…]+[)\]”"’»]*(?=\s)/gu;
/** What a new sentence may start with: a capital, a digit, an opening quote or bracket, § or a dash. */
const SENTENCE_START = /^[\p{Lu}\d"”“'‘«(§–-]/u;

function endsSentence(text: string, punctEnd: number, end: number, nextStart: number): boolean {
  const next = text.slice(nextStart);
  if (!SENTENCE_START.test(next)) return false;
  const punctuation = text.slice(punctEnd, end);
  if (!punctuation.startsWith('.') || punctuation.startsWith('...')) return true;
  const tokenStart = text.lastIndexOf(' ', punctEnd - 1) + 1;
  const token = text.slice(tokenStart, punctEnd + 1).replace(/^[("“”'‘«[]+/u, '');
  const word = token.toLowerCase();
  if (ABBREVIATIONS.inner.has(word) || ABBREVIATIONS.inner.has(word.slice(0, -1))) return false;
  if (ABBREVIATIONS.final.has(word)) return /^\p{Lu}/u.test(next);
  // An initial: `A. Norbrant`, `P.-E. Ebbeståhl`.
  if (/^(?:\p{Lu}\.-?)+$/u.test(token)) return false;
  // A list number or letter at the very start: `1. Kommunfullmäktige godkänner…`.
  if (/^(?:\d{1,3}|\p{L})\.$/u.test(token) && text.slice(0, tokenStart).trim() === '') return false;
  return true;
}

/** Splits `text` into sentences; spans are offsets into `text` shifted by `offset`, trimmed of spaces. */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = text.search(/\S/u);
  if (start < 0) return spans;
  for (const match of text.matchAll(CANDIDATE)) {
    const punctEnd = match.index;
    const end = punctEnd + match[0].length;
    const nextStart = end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0);
    if (nextStart >= text.length || punctEnd < start) continue;
    if (!endsSentence(text, punctEnd, end, nextStart)) continue;
    spans.push({ start: offset + start, end: offset + end });
    start = nextStart;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start: offset + start, end: offset + last });
  return spans;
}
