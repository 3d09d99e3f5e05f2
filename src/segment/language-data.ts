// Reads the small YAML data files in lexicons/language/ that the segment stage needs, at module
// load, and fails with the file's name and what was wrong when one is malformed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** lexicons/language/ relative to this module, from src/segment and from dist/segment alike. */
const LANGUAGE_DIR = new URL('../../lexicons/language/', import.meta.url);

export class LanguageDataError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'LanguageDataError';
  }
}

/** Parses lexicons/language/<name>; throws LanguageDataError when it cannot be read or parsed. */
export function readLanguageData(name: string): { file: string; data: unknown } {
  const file = fileURLToPath(new URL(name, LANGUAGE_DIR));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LanguageDataError(file, `kan inte läsas (${(error as Error).message})`);
  }
  try {
    return { file, data: parse(text) as unknown };
  } catch (error) {
    throw new LanguageDataError(file, `är inte giltig YAML (${(error as Error).message})`);
  }
}

/** Checks that `value` is a non-empty list of non-empty strings; `where` names it in the error. */
export function expectStringList(value: unknown, file: string, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new LanguageDataError(file, `${where} ska vara en lista med text`);
  }
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new LanguageDataError(file, `${where}[${i}] ska vara en icke-tom text, inte ${JSON.stringify(item)}`);
    }
    return item.trim();
  });
}
