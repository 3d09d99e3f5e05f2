// A minimal valid lexicon directory in a temporary folder, to break one file at a time. It layers
// over the bundled lexicons: its framework is new, its registry replaces Malmö's, its concept group
// and phrase replace the bundled ones with the same IDs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLexicons } from '../../src/lexicon/load.js';
import { formatProblem } from '../../src/data-files/problems.js';

export const FRAMEWORK = `id: test
city: null
title: Test
kind: areas
categories:
  - id: testomrade
    label: Testområdet
    terms: [barnrätt, barnets bästa]
    examples:
      match: [Arbetet med barnrätt fortsätter.]
      nomatch: [Barnen lekte.]
`;

export const REGISTRY = `city: malmo
name: Malmö stad
administrations:
  - id: malmo/kulturnamnden
    name: Kulturnämnden
    kind: nämnd
    examples: { match: [Kulturnämnden beslutar.], nomatch: [] }
  - id: malmo/kulturforvaltningen
    name: Kulturförvaltningen
    kind: förvaltning
    serves: malmo/kulturnamnden
    examples: { match: [Kulturförvaltningen föreslår.], nomatch: [] }
groups:
  - name: kulturnämnderna
    members: [malmo/kulturnamnden, malmo/kulturforvaltningen]
`;

export const CONCEPTS = `concepts:
  - id: hbtqi
    kind: concept
    preferred: hbtqi
    variants: [HBTQ, HBTQI]
`;

export const BOILERPLATE = `phrases:
  - id: barn-paverkas-inte
    text: Ärendet bedöms inte påverka barn
`;

export type Files = Record<string, string>;

export const VALID: Files = {
  'frameworks/test.yaml': FRAMEWORK,
  'registries/malmo.yaml': REGISTRY,
  'concepts.yaml': CONCEPTS,
  'boilerplate.yaml': BOILERPLATE,
  'known-words.txt': '# kända ord\nMalmöbon\nklarspråk\n',
};

/** Writes `files` (VALID with `changes`; a null change removes the file) into a fresh directory. */
export function writeLexicons(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-lexicon-'));
  const files: Record<string, string | null> = { ...VALID, ...changes };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The problems of VALID with `changes`, formatted relative to the directory. */
export function problemsWith(changes: Record<string, string | null>): string[] {
  const dir = writeLexicons(changes);
  try {
    return checkLexicons(dir).map((p) => formatProblem(p, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
