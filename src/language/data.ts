// Language data (negation cues, hedges, clause boundaries, coordination conjunctions, compound
// rules) lives in language/swedish.yaml of the lexicons folder; this module loads and validates
// it on first use, once per file.
import path from 'node:path';
import { readDataFile } from '../data-files/validate.js';
import { languageDir } from '../paths.js';
import { languageLoader, LanguageDataError } from './data-files.js';

export interface LanguageData {
  version: 1;
  tokenizer: { abbreviations: string[] };
  compound: {
    minTermLength: number;
    minPartLength: number;
    linkingMorphemes: string[];
    droppableFinalVowels: string[];
    replacementVowels: string[];
    particles: string[];
    particleMaxHeadLength: number;
  };
  coordination: { conjunctions: string[]; punctuation: string[] };
  negation: {
    cues: string[];
    window: number;
    postCues: string[];
    postWindow: number;
    exceptions: string[];
    hedges: string[];
    contrastive: string[];
    clauseBoundaries: { punctuation: string[]; words: string[] };
  };
  /** Optional: when negation is a dismissal of a whole sentence, or no denial at all (src/tag/polarity.ts). */
  polarity?: {
    /** Words a negation bears on when it dismisses: påverka, konsekvens, betydelse, brister … */
    impacts: string[];
    /** Words after a cue within which an impact word makes the sentence a dismissal. */
    window: number;
    /** Cues that describe a lack, not a denial: saknar, saknas, utan. */
    lacks: string[];
    /** Cues that state a goal when one of `goals` follows: "ingen elev ska". */
    goalCues: string[];
    goals: string[];
    /** Words right before a cue that make it part of a relative clause describing someone: "barn som inte har svenska som modersmål". */
    relatives?: string[];
  };
  /** Optional, so a swedish.yaml written before it still loads. */
  inflection?: {
    /** Each list one word's forms that the adjective rules of inflection.ts do not derive: liten, litet, lilla, små. */
    irregular: string[][];
    /** Verb particles that may stand a few words after their verb in a term ("följer varje termin upp"). */
    particleGap?: { particles: string[]; maxWords: number };
  };
}

/** The bundled lexicons/language/swedish.yaml. */
export const DEFAULT_LANGUAGE_FILE = path.join(languageDir(), 'swedish.yaml');

const words = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const count = { type: 'integer', minimum: 0 } as const;
const section = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

/** A section whose `names` may be left out: added after files were written without them. */
function optional(names: string[], properties: Record<string, unknown>) {
  return { ...section(properties), required: Object.keys(properties).filter((key) => !names.includes(key)) };
}

const schema = optional(['inflection', 'polarity'], {
  version: { const: 1 },
  tokenizer: section({ abbreviations: words }),
  compound: section({
    minTermLength: count,
    minPartLength: count,
    linkingMorphemes: words,
    droppableFinalVowels: words,
    replacementVowels: words,
    particles: words,
    particleMaxHeadLength: count,
  }),
  coordination: section({ conjunctions: words, punctuation: words }),
  negation: section({
    cues: words,
    window: count,
    postCues: words,
    postWindow: count,
    exceptions: words,
    hedges: words,
    contrastive: words,
    clauseBoundaries: section({ punctuation: words, words }),
  }),
  polarity: optional(['relatives'], { impacts: words, window: count, lacks: words, goalCues: words, goals: words, relatives: words }),
  inflection: optional(['particleGap'], {
    irregular: { type: 'array', items: { ...words, minItems: 2 } },
    particleGap: section({ particles: words, maxWords: count }),
  }),
});

const loader = languageLoader<LanguageData, LanguageData>('swedish.yaml', schema, (data) => data);

/** Parses and validates language data; throws `LanguageDataError` listing every problem at file:line:col. */
export function parseLanguageData(source: string, file: string): LanguageData {
  return loader.parse(source, file);
}

/** Reads and validates the language data file `file`, whatever its name; read again at each call. */
export function loadLanguageData(file: string = DEFAULT_LANGUAGE_FILE): LanguageData {
  return loader.parse(readDataFile(file, LanguageDataError), file);
}

/**
 * The swedish.yaml of the lexicons folder `lexiconsDir` (its own, else the bundled one), loaded
 * on first use and shared; without `lexiconsDir`, the bundled one.
 */
export function languageData(lexiconsDir?: string): LanguageData {
  return loader.load(lexiconsDir);
}
