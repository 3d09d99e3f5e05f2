// Loads rules/analysis.yaml: the thresholds and cue words behind `mrkoll analyze`'s gaps and
// `mrkoll names`' spelling check, validated with a JSON Schema so a typo stops the run with the
// file, the field and what was expected.
import { existsSync } from 'node:fs';
import { compileSchema, DataFileError, parseValidatedYaml, readDataFile } from '../data-files/validate.js';
import { ADMINISTRATION_KINDS, DOCUMENT_TYPES, type AdministrationKind, type DocumentType } from '../types.js';
import { BUNDLED_ANALYSIS_RULES_FILE } from '../paths.js';
import { SAME_TEXT } from '../corpus/same-text.js';

/** An administration with fewer words has shares on a small base, when the rules file does not say (added later). */
const SMALL_BASE_WORDS = 300;
/** Quotes a cell keeps, when the rules file does not say (added later): as many as the HTML report shows. */
const EVIDENCE_PER_CELL = 30;

export interface AnalysisRules {
  expected: { kinds: AdministrationKind[] };
  answerTypes: DocumentType[];
  ignoreSections: string[];
  thresholds: {
    silentPassages: number;
    silentWords: number;
    groupMaxMembers: number;
    rareShare: number;
    rareRelative: number;
    rareLowest: number;
    missingMajority: number;
    missingKinds: Array<'principle' | 'area'>;
    scopeRatio: number;
    scopeLowFactor: number;
    evidencePerGap: number;
    /** Quotes each cell keeps, counted and not counted each, the best ranked (src/analyze/evidence-pool.ts); the counts are all. */
    evidencePerCell: number;
    quoteMaxChars: number;
    /** Texts at least this alike (Jaccard of word 5-shingles) are one document counted once; optional, default 0.9. */
    sameText: number;
    /** Below this many words, an administration's shares rest on a small base (one passage can be 90 %). */
    smallBaseWords: number;
  };
  question: { q1: string[]; q2: string[] };
  depth: { process: string[]; action: string[]; result: string[] };
  spelling: {
    rareMaxCount: number;
    rareMaxDocuments: number;
    frequentMinCount: number;
    maxDistance: number;
    longWord: number;
    minLength: number;
    knownPhrases: string[];
  };
  /** File the rules were read from, for messages. */
  file: string;
}

const cues = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true };
const count = { type: 'integer', minimum: 0 };
const share = { type: 'number', minimum: 0, maximum: 1 };
const strict = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

/** `strict`, but the listed properties may be left out (added after rule files were written). */
const withOptional = (properties: Record<string, unknown>, optional: string[]) => ({
  ...strict(properties),
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
});

const schema = strict({
  version: { const: 1 },
  expected: strict({ kinds: { type: 'array', items: { enum: ADMINISTRATION_KINDS }, minItems: 1, uniqueItems: true } }),
  answerTypes: { type: 'array', items: { enum: DOCUMENT_TYPES }, uniqueItems: true },
  ignoreSections: { type: 'array', items: { type: 'string', minLength: 1 } },
  thresholds: withOptional(
    {
      silentPassages: count,
      silentWords: count,
      groupMaxMembers: { type: 'integer', minimum: 1 },
      rareShare: share,
      rareRelative: share,
      rareLowest: count,
      missingMajority: share,
      missingKinds: { type: 'array', items: { enum: ['principle', 'area'] }, uniqueItems: true },
      scopeRatio: { type: 'number', minimum: 1 },
      scopeLowFactor: share,
      evidencePerGap: { type: 'integer', minimum: 1 },
      evidencePerCell: { type: 'integer', minimum: 1 },
      quoteMaxChars: { type: 'integer', minimum: 40 },
      sameText: share,
      smallBaseWords: count,
    },
    ['sameText', 'smallBaseWords', 'evidencePerCell'],
  ),
  question: strict({ q1: cues, q2: cues }),
  depth: strict({ process: cues, action: cues, result: cues }),
  spelling: strict({
    rareMaxCount: count,
    rareMaxDocuments: count,
    frequentMinCount: count,
    maxDistance: { type: 'integer', minimum: 1, maximum: 3 },
    longWord: { type: 'integer', minimum: 1 },
    minLength: { type: 'integer', minimum: 1 },
    knownPhrases: { type: 'array', items: { type: 'string', minLength: 1 } },
  }),
});

type RulesFile = Omit<AnalysisRules, 'file'> & { version: 1 };

const validate = compileSchema<RulesFile>(schema);

/** Every problem in a rules file, one per line as `file:line:col: message`. */
export class RulesError extends DataFileError {}

/** The package's own rules file: `rules/analysis.yaml`. */
export function defaultRulesFile(): string {
  return BUNDLED_ANALYSIS_RULES_FILE;
}

/** Reads and validates a rules file; throws `RulesError` with every problem on one line each. */
export function loadAnalysisRules(file: string = defaultRulesFile()): AnalysisRules {
  if (!existsSync(file)) throw new RulesError([{ file, line: 1, col: 1, message: 'regelfilen finns inte' }]);
  return parseAnalysisRules(readDataFile(file, RulesError), file);
}

/** Parses and validates the text of a rules file; `file` is where the problems say they are. */
export function parseAnalysisRules(text: string, file: string): AnalysisRules {
  const { version: _version, ...rules } = parseValidatedYaml(text, file, validate, RulesError);
  return {
    ...rules,
    thresholds: {
      ...rules.thresholds,
      sameText: rules.thresholds.sameText ?? SAME_TEXT,
      smallBaseWords: rules.thresholds.smallBaseWords ?? SMALL_BASE_WORDS,
      evidencePerCell: rules.thresholds.evidencePerCell ?? EVIDENCE_PER_CELL,
    },
    file,
  };
}
