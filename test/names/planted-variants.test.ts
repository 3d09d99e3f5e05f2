// Issue 15's measure: eight naming slips planted in a copy of the seed report (in a temporary
// directory; the seed itself is never written), each of a different kind, and `names` must report
// all eight, each under the right name; the spelling groups it shows by default stay ones an editor
// would accept.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/corpus/extract.js';
import { createSpellChecker } from '../../src/language/hunspell.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { actionable, analyzeNames, spellingKnownWords, type NamesReport } from '../../src/names/index.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { rules } from '../helpers/seed-corpus.js';
import { ROOT } from '../helpers/seed-corpus.js';

const SEED = path.join(ROOT, 'corpora/seeds/malmo-rapport-systematiskt-arbete-mr-2023.txt');

// [kind, as the seed writes it, as planted (its first occurrence), the name it must be reported under]
const PLANTED: Array<[string, string, string, string]> = [
  ['a dropped letter inside a committee’s name', 'Grundskolenämnden', 'Grundsklenämnden', 'Grundskolenämnden'],
  ['a dropped linking -s', 'Stadsbyggnadsnämnden', 'Stadsbyggnadnämnden', 'Stadsbyggnadsnämnden'],
  [
    'a missing hyphen in a coordinated name',
    'Gymnasie- och vuxenutbildningsnämnden',
    'Gymnasie och vuxenutbildningsnämnden',
    'Gymnasie- och vuxenutbildningsnämnden',
  ],
  ['a misspelt long compound concept (inflected)', 'barnkonsekvensanalyser', 'barnkonsekvensanlyser', 'barnkonsekvensanalys'],
  ['a misspelt head noun', 'Servicenämnden', 'Servicenämden', 'Servicenämnden'],
  ['an office called by a wrong name (word order)', 'Fastighets- och gatukontoret', 'Gatu- och fastighetskontoret', 'Fastighets- och gatukontoret'],
  ['a capital inside the name', 'Tekniska nämnden', 'Tekniska Nämnden', 'Tekniska nämnden'],
  ['"&" for "och"', 'Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- & socialnämnden', 'Arbetsmarknads- och socialnämnden'],
];

const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-planted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let report: NamesReport & { hidden: number };
let original: NamesReport & { hidden: number };

async function namesOf(file: string): Promise<NamesReport & { hidden: number }> {
  const lexicons = loadLexicons();
  const context = buildContext(lexicons);
  const { documents } = await extractDocuments([file], { cache: false });
  const docs = documents.map((d) => tagDocument({ ...d, metadata: { ...d.metadata, city: 'malmo' } }, context));
  const checker = await createSpellChecker(spellingKnownWords(lexicons));
  try {
    return actionable(analyzeNames(docs, lexicons, { rules: rules(), checker }));
  } finally {
    checker.dispose();
  }
}

beforeAll(async () => {
  let text = readFileSync(SEED, 'utf8');
  for (const [, from, to] of PLANTED) {
    if (!text.includes(from)) throw new Error(`"${from}" finns inte i rapporten`);
    text = text.replace(from, to);
  }
  const copy = path.join(dir, 'rapport.txt');
  writeFileSync(copy, text);
  [report, original] = await Promise.all([namesOf(copy), namesOf(SEED)]);
}, 120_000);

/** Every form reported as one to act on or consider, with the name it is reported under. */
const reported = (r: NamesReport) =>
  r.groups.flatMap((g) => g.variants.filter((v) => !['canonical', 'preferred', 'alias'].includes(v.status)).map((v) => [v.text, g.canonical]));

describe('eight slips planted in a copy of the seed report', () => {
  it.each(PLANTED)('%s: %s written %s', (_kind, _from, to, canonical) => {
    expect(reported(report)).toContainEqual([to, canonical]);
  });

  it('are all found (8 of 8), and nothing else is new in the report', () => {
    const before = new Set(reported(original).map((p) => p.join('\u0000')));
    const added = reported(report).filter((p) => !before.has(p.join('\u0000')));
    expect(added.map(([text]) => text).sort()).toEqual(PLANTED.map(([, , to]) => to).sort());
  });

  it('shows by default only spelling groups an editor would accept', () => {
    const spelling = report.groups
      .filter((g) => g.kind === 'spelling')
      .map((g) => [g.canonical, g.variants.filter((v) => v.status === 'misspelling').map((v) => v.text)]);
    expect(spelling).toEqual([
      ['barnkonsekvensanalys', ['barnkonsekvensanlyser']],
      ['tillgänglighetsanpassning', ['tillgänglighetsanspassning']],
    ]);
  });
});
