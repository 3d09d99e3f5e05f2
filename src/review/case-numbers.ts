// Case numbers (diarienummer) as memos write them: well-formed ones by the city's format
// (STK-2023-138, KS 2024/1035) and anything shaped like one (STK 2023-138, STK-23-138).
import { allMatches, wordPattern } from './patterns.js';

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

/** Loose shape: series letters, a year of 2 or 4 digits and a serial, with some separator. */
export const CASE_NUMBER_SHAPE = '(?:[Dd]nr\\.?\\s*)?\\p{Lu}{2,6}\\s?[-–‐]?\\s?(?:19|20)?\\d{2}\\s?[-–‐/]\\s?\\d{1,6}';

export function findCaseNumbers(text: string, formats: CaseNumberFormat[], shape = CASE_NUMBER_SHAPE): CaseNumberOccurrence[] {
  const wellFormed = formats.map((f) => ({ name: f.name, re: new RegExp(`^(?:${f.pattern})$`, 'u') }));
  return allMatches(wordPattern([shape], false), text).map((m) => {
    const bare = m.text.replace(/^[Dd]nr\.?\s*/, '');
    const format = wellFormed.find((f) => f.re.test(bare))?.name ?? null;
    return { ...m, format, key: caseKey(bare) };
  });
}

/** "STK-2023-138", "STK 2023/138" and "stk–2023–0138" share the key "STK|2023|138". */
export function caseKey(text: string): string {
  const m = /^(\p{L}+)\D*(\d{2,4})\D+(\d+)$/u.exec(text.trim());
  if (!m) return text.trim().toUpperCase();
  const year = m[2].length === 2 ? `20${m[2]}` : m[2];
  return `${m[1].toUpperCase()}|${year}|${String(Number(m[3]))}`;
}
