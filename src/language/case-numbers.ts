// Case numbers (diarienummer), one grammar for the tool: a series of 2–6 capitals, a year and a
// serial number. Well-formed ones are what the documents' metadata lists: STK-2023-138 (Malmö),
// KS 2024/1035 (Stockholm), a bare "Dnr 2024/123". Review also finds anything shaped like one
// (STK 2023-138, STK-23-138, STK–2023–138 from a word processor) to hold it to the city's format.
import { wholeWordMatches } from '../util/whole-words.js';

const SERIES = String.raw`\p{Lu}{2,6}`;
const SERIAL = String.raw`\d{1,6}`;
/** Not part of a longer word or number on either side. */
const BEFORE = String.raw`(?<![\p{L}\p{N}-])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** The well-formed forms, also after `dnr`; the bare form only after it. */
const WELL_FORMED = [
  String.raw`${BEFORE}${SERIES}-\d{4}-${SERIAL}${AFTER}`,
  String.raw`${BEFORE}${SERIES} \d{4}/${SERIAL}${AFTER}`,
  String.raw`(?<=\b[Dd]nr\.?:? ?)\d{4}[/-]${SERIAL}${AFTER}`,
];
// Every form starts with two capitals or four digits: the look-ahead changes nothing but speed,
// as the look-behinds are then tried there only, not at every position of the text. It lets
// through any two characters that may be capitals (below U+0100 only A-Z, À-Ö, Ø-Þ are): plain
// ranges, which are much cheaper to test at every position than \p{Lu}.
const MAYBE_CAPITAL = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE\u{100}-\u{10FFFF}]`;
const WELL_FORMED_PATTERN = new RegExp(String.raw`(?=${MAYBE_CAPITAL}{2}|\d{4})(?:${WELL_FORMED.join('|')})`, 'gu');

/** Well-formed case numbers in `text`, as written (without the `dnr`), in order of appearance. */
export function findCaseNumbers(text: string): { value: string; index: number }[] {
  return [...text.matchAll(WELL_FORMED_PATTERN)].map((m) => ({ value: m[0], index: m.index }));
}

/** Loose shape: series letters, a year of 2 or 4 digits and a serial, with some separator. */
export const CASE_NUMBER_SHAPE = String.raw`(?:[Dd]nr\.?\s*)?${SERIES}\s?[-–‐]?\s?(?:19|20)?\d{2}\s?[-–‐/]\s?${SERIAL}`;

/** A city's format, from a review rule file: "Malmö stad", `\p{Lu}{2,6}-(?:19|20)\d{2}-\d{1,6}`. */
export interface CaseNumberFormat {
  name: string;
  pattern: string;
}

export interface CaseNumberOccurrence {
  start: number;
  end: number;
  text: string;
  /** The format it follows, or null when it only looks like a case number. */
  format: string | null;
  /** Letters, year and serial, for comparing numbers written differently: "STK|2023|138". */
  key: string;
}

/**
 * Finds what `shape` matches (a whole-word pattern with flags g and u, such as CASE_NUMBER_SHAPE
 * compiled by review's wordPattern), each with the first of `formats` it follows. The formats
 * are compiled here, once: the finder is made once per rule and run on every document.
 */
export function caseNumberFinder(formats: CaseNumberFormat[], shape: RegExp): (text: string) => CaseNumberOccurrence[] {
  const wellFormed = formats.map((f) => ({ name: f.name, re: new RegExp(`^(?:${f.pattern})$`, 'u') }));
  return (text) =>
    wholeWordMatches(shape, text).map((m) => {
      const bare = m[0].replace(/^[Dd]nr\.?\s*/, '');
      const format = wellFormed.find((f) => f.re.test(bare))?.name ?? null;
      return { start: m.index, end: m.index + m[0].length, text: m[0], format, key: caseKey(bare) };
    });
}

/** "STK-2023-138", "STK 2023/138" and "stk–2023–0138" share the key "STK|2023|138". */
export function caseKey(text: string): string {
  const m = /^(\p{L}+)\D*(\d{2,4})\D+(\d+)$/u.exec(text.trim());
  if (!m) return text.trim().toUpperCase();
  const year = m[2].length === 2 ? `20${m[2]}` : m[2];
  return `${m[1].toUpperCase()}|${year}|${String(Number(m[3]))}`;
}
