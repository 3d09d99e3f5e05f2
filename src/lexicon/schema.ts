// JSON Schemas for the four kinds of lexicon file, strict (no unknown keys); their errors become
// Swedish problems at file:line:col through validate.ts.
import type { ValidateFunction } from 'ajv';
import type { Problem, SourceFile } from '../data-files/problems.js';
import { compileSchema, schemaProblems } from '../data-files/validate.js';
import { ADMINISTRATION_KINDS } from '../types.js';

export type FileKind = 'framework' | 'registry' | 'concepts' | 'boilerplate';

/** `malmo`, `stockholm`, `goteborg`: ASCII, lower case. */
export const CITY_PATTERN = '^[a-z]+(?:-[a-z]+)*$';
/** `malmo-mr-policy`, `barnratt`, `nationella-minoriteter`. */
export const SLUG_PATTERN = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';
/** A rights-area slug, or a principle number such as `P1` or `S3`. */
export const CATEGORY_ID_PATTERN = '^(?:[A-Z][0-9]+|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$';
/** `<org>/<slug>`: `malmo/kulturnamnden`, `stockholm/servicenamnden`. */
export const ADMINISTRATION_ID_PATTERN = '^[a-z]+(?:-[a-z]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$';

const text = { type: 'string', minLength: 1 };
const texts = { type: 'array', items: text, uniqueItems: true };

/**
 * A term is either a string (compound "any" when it is one word of at least six letters, else
 * "none"; case-insensitive; strong) or `{ text, compound, caseSensitive, weak, facet }` to say
 * otherwise.
 */
const termObject = {
  additionalProperties: false,
  required: ['text'],
  properties: {
    text,
    compound: { enum: ['any', 'head', 'modifier', 'none'] },
    caseSensitive: { type: 'boolean' },
    weak: { type: 'boolean' },
    facet: text,
  },
};

const term = { type: ['string', 'object'], if: { type: 'string' }, then: { minLength: 1 }, else: termObject };

/** Terms that share a source (a law, an article) and, optionally, a strength and a facet. */
const termGroup = {
  additionalProperties: false,
  required: ['terms'],
  properties: {
    source: text,
    weak: { type: 'boolean' },
    facet: text,
    terms: { type: 'array', items: term, minItems: 1 },
  },
};

/** An entry of a category's `terms`: a term, or a group of terms (an object with `terms`). */
const termOrGroup = {
  type: ['string', 'object'],
  if: { type: 'string' },
  then: { minLength: 1 },
  else: { if: { properties: { terms: true }, required: ['terms'] }, then: termGroup, else: termObject },
};

const examples = {
  type: 'object',
  additionalProperties: false,
  required: ['match', 'nomatch'],
  properties: { match: { ...texts, minItems: 1 }, nomatch: texts },
};

const category = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'terms', 'examples'],
  properties: {
    id: { type: 'string', pattern: CATEGORY_ID_PATTERN },
    label: text,
    description: text,
    source: text,
    terms: { type: 'array', items: termOrGroup, minItems: 1 },
    exclude: { type: 'array', items: term },
    examples: { ...examples, properties: { match: { ...texts, minItems: 1 }, nomatch: { ...texts, minItems: 1 } } },
  },
};

const framework = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'city', 'title', 'kind', 'categories'],
  properties: {
    id: { type: 'string', pattern: SLUG_PATTERN },
    city: { type: ['string', 'null'], pattern: CITY_PATTERN },
    title: text,
    kind: { enum: ['principles', 'areas'] },
    // A national principles framework for every city without principles of its own (SKR's).
    default: { type: 'boolean' },
    categories: { type: 'array', items: category, minItems: 1 },
  },
  if: { required: ['default'], properties: { default: { const: true } } },
  then: { properties: { city: { type: 'null' }, kind: { const: 'principles' } } },
};

/** A case-number format: a regex fragment for the whole number, with an example for messages. */
const caseNumber = {
  type: ['string', 'object'],
  if: { type: 'string' },
  then: { minLength: 1 },
  else: {
    additionalProperties: false,
    required: ['pattern'],
    properties: { pattern: text, example: text },
  },
};

const administrationId = { type: 'string', pattern: ADMINISTRATION_ID_PATTERN };

const administration = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'kind', 'examples'],
  properties: {
    id: administrationId,
    name: text,
    kind: { enum: ADMINISTRATION_KINDS },
    aliases: texts,
    misspellings: texts,
    serves: administrationId,
    offices: { type: 'array', items: administrationId, uniqueItems: true, minItems: 1 },
    examples,
  },
};

const group = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'members'],
  properties: {
    name: text,
    aliases: texts,
    members: { type: 'array', items: administrationId, uniqueItems: true, minItems: 2 },
  },
};

const registry = {
  type: 'object',
  additionalProperties: false,
  required: ['city', 'name', 'administrations'],
  properties: {
    city: { type: 'string', pattern: CITY_PATTERN },
    name: text,
    // How documents name the city besides municipalities.yaml's names: letterhead words, a logo's text.
    cues: texts,
    // Web and e-mail domains besides municipalities.yaml's.
    domains: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$' }, uniqueItems: true },
    caseNumbers: { type: 'array', items: caseNumber, minItems: 1 },
    // The review profile for the city's memos.
    profile: { type: 'string', pattern: SLUG_PATTERN },
    administrations: { type: 'array', items: administration, minItems: 1 },
    groups: { type: 'array', items: group },
  },
};

const concepts = {
  type: 'object',
  additionalProperties: false,
  required: ['concepts'],
  properties: {
    concepts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'preferred', 'variants'],
        properties: {
          id: { type: 'string', pattern: SLUG_PATTERN },
          kind: { enum: ['concept', 'title'] },
          preferred: text,
          variants: { ...texts, minItems: 1 },
          source: text,
        },
      },
    },
  },
};

const boilerplate = {
  type: 'object',
  additionalProperties: false,
  required: ['phrases'],
  properties: {
    phrases: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: { id: { type: 'string', pattern: SLUG_PATTERN }, text, description: text },
      },
    },
    sentences: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string', pattern: SLUG_PATTERN },
          description: text,
          terms: { type: 'array', items: term, minItems: 1 },
          notWith: { type: 'array', items: term, minItems: 1 },
          withAmount: { type: 'array', items: term, minItems: 1 },
          amountUnits: { ...texts, minItems: 1 },
          survivesWith: { type: 'integer', minimum: 1, maximum: 10 },
        },
        // A kind is found by its terms, or by words beside an amount, which need the amount's units.
        if: { required: ['withAmount'], properties: { withAmount: true } },
        then: { required: ['amountUnits'], properties: { amountUnits: true } },
        else: { required: ['terms'], properties: { terms: true } },
      },
    },
    organs: {
      type: 'object',
      additionalProperties: false,
      required: ['heads', 'before'],
      properties: { heads: texts, before: texts },
    },
  },
};

export const SCHEMAS: Record<FileKind, object> = { framework, registry, concepts, boilerplate };

let compiled: Record<FileKind, ValidateFunction> | undefined;

function validators(): Record<FileKind, ValidateFunction> {
  if (!compiled) {
    compiled = {
      framework: compileSchema(framework),
      registry: compileSchema(registry),
      concepts: compileSchema(concepts),
      boilerplate: compileSchema(boilerplate),
    };
  }
  return compiled;
}

/** Schema problems of one parsed file, in document order, with Swedish messages. */
export function validateSchema(kind: FileKind, source: SourceFile): Problem[] {
  const validate = validators()[kind];
  return validate(source.data) ? [] : schemaProblems(source, validate.errors ?? []);
}
