// Language data (negation cues, hedges, clause boundaries, coordination conjunctions, compound
// rules) lives in lexicons/language/swedish.yaml; this module loads and validates it once.
import path from 'node:path';
import { compileSchema, parseValidatedYaml, readValidatedYaml } from '../data-files/validate.js';
import { languageDir } from '../paths.js';

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

const schema = section({
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
});

const validate = compileSchema<LanguageData>(schema);

/** Parses and validates language data; throws `DataFileError` listing every problem at file:line:col. */
export function parseLanguageData(source: string, file: string): LanguageData {
  return parseValidatedYaml(source, file, validate);
}

/** Reads and validates a language data file. */
export function loadLanguageData(file: string = DEFAULT_LANGUAGE_FILE): LanguageData {
  return readValidatedYaml(file, validate);
}

let defaultData: LanguageData | undefined;

/** The default language data, loaded on first use and shared. */
export function languageData(): LanguageData {
  defaultData ??= loadLanguageData();
  return defaultData;
}
