// Language data (negation cues, hedges, clause boundaries, coordination conjunctions, compound
// rules) lives in lexicons/language/swedish.yaml; this module loads and validates it once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { parse } from 'yaml';

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

/** lexicons/language/swedish.yaml, found from src/language or dist/language alike. */
export const DEFAULT_LANGUAGE_FILE = fileURLToPath(new URL('../../lexicons/language/swedish.yaml', import.meta.url));

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

// ajv is CommonJS: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv = AjvModule.default;
const validate = new Ajv({ allErrors: true }).compile<LanguageData>(schema);

/** Parses and validates language data; errors name the file and the offending path. */
export function parseLanguageData(source: string, file: string): LanguageData {
  let value: unknown;
  try {
    value = parse(source);
  } catch (error) {
    throw new Error(`${file}: ogiltig YAML: ${(error as Error).message}`);
  }
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    throw new Error(`${file}: ogiltiga språkdata: ${problems.join('; ')}`);
  }
  return value;
}

/** Reads and validates a language data file. */
export function loadLanguageData(file: string = DEFAULT_LANGUAGE_FILE): LanguageData {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: kan inte läsas: ${(error as Error).message}`);
  }
  return parseLanguageData(source, file);
}

let defaultData: LanguageData | undefined;

/** The default language data, loaded on first use and shared. */
export function languageData(): LanguageData {
  defaultData ??= loadLanguageData();
  return defaultData;
}
