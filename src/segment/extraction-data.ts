// The language data extraction reads (normalize and segment) from one lexicons folder: section
// titles, the abbreviations that do not end a sentence, and the document-type cues, with a
// fingerprint of the texts they came from for the extraction cache's key.
import { languageFingerprint, type LanguageFileName } from '../language/data-files.js';
import { sectionTitles, type SectionTitles } from '../language/section-titles.js';
import { BUNDLED_LEXICONS_DIR } from '../paths.js';
import { typeCues, type TypeCues } from './document-type.js';
import { abbreviations, type Abbreviations } from './sentences.js';

export interface ExtractionData {
  sectionTitles: SectionTitles;
  abbreviations: Abbreviations;
  typeCues: readonly TypeCues[];
  /** SHA-256 over the texts of the files these came from (`languageFingerprint`). */
  fingerprint: string;
}

/** The language files a `Document` depends on: the files these come from, no more. */
export const EXTRACTION_LANGUAGE_FILES: readonly LanguageFileName[] = ['section-headings.yaml', 'abbreviations.yaml', 'document-types.yaml'];

const known = new Map<string, ExtractionData>();

/**
 * The extraction data of the lexicons folder `lexiconsDir` (default the bundled one), each file
 * the folder's own or else the bundled one; read on first use and kept. Throws
 * `LanguageDataError` at `file:line:col` for a bad file.
 */
export function extractionData(lexiconsDir: string = BUNDLED_LEXICONS_DIR): ExtractionData {
  let data = known.get(lexiconsDir);
  if (data === undefined) {
    data = {
      sectionTitles: sectionTitles(lexiconsDir),
      abbreviations: abbreviations(lexiconsDir),
      typeCues: typeCues(lexiconsDir),
      fingerprint: languageFingerprint(EXTRACTION_LANGUAGE_FILES, lexiconsDir),
    };
    known.set(lexiconsDir, data);
  }
  return data;
}
