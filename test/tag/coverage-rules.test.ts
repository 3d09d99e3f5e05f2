// The rules that tell coverage from words that only look like it, on a small framework written for
// the test: weak terms need a second cue in their sentence, names of organs are no coverage by
// themselves, budget and procedure sentences are none at all; and a sentence that dismisses an
// area has it negated, one that names a lack or a goal does not.
import { describe, expect, it } from 'vitest';
import { defaultLexiconDir } from '../../src/lexicon/load.js';
import { normalizeTerm, normalizeTermEntries } from '../../src/lexicon/terms.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import type { Framework, Lexicons } from '../../src/types.js';
import { makeDocument } from '../helpers/documents.js';

const examples = { match: [], nomatch: [] };
const framework: Framework = {
  id: 'test',
  city: null,
  title: 'Test',
  kind: 'areas',
  file: 'test.yaml',
  categories: [
    {
      id: 'utbildning',
      kind: 'area',
      label: 'Utbildning',
      terms: normalizeTermEntries(['undervisning', { weak: true, facet: 'skola', terms: ['skola', 'elev'] }, { text: 'frånvaro', weak: true }]),
      exclude: [],
      examples,
    },
    {
      id: 'jamstalldhet',
      kind: 'area',
      label: 'Jämställdhet',
      terms: normalizeTermEntries(['jämställdhet']),
      exclude: [],
      examples,
    },
    {
      id: 'funktionsratt',
      kind: 'area',
      label: 'Funktionsrätt',
      terms: normalizeTermEntries(['funktionshinder', { text: 'tillgänglighet', weak: true }]),
      exclude: [],
      examples,
    },
  ],
};
const lexicons: Lexicons = {
  frameworks: [framework],
  registries: [],
  concepts: [],
  boilerplate: [],
  boilerplateSentences: [{ id: 'ekonomi', terms: [normalizeTerm('underskott'), normalizeTerm('justering')] }],
  organNames: { heads: ['nämnd', 'förvaltning', 'utskott'], before: ['rådet', 'nämnden'] },
  knownWords: [],
  dir: defaultLexiconDir(),
};
const context = buildContext(lexicons);
const tagged = (text: string) => tagDocument(makeDocument([text], { city: 'lund' }), context).passages[0].tags;
const tagsOf = (text: string) => tagged(text).map((t) => t.id);

describe('weak terms', () => {
  it.each([
    ['alone, a weak term is no coverage', 'Skolan har fått nya fönster.', []],
    ['two weak terms of one facet do not confirm each other', 'Eleverna har flyttat till den nya skolan.', []],
    ['a weak term of another facet confirms it', 'Frånvaron bland eleverna har ökat.', ['utbildning']],
    ['a strong term confirms it', 'Skolan har utökat undervisningen i svenska.', ['utbildning']],
    ['the second cue must be in the same sentence', 'Skolan har fått nya fönster. Frånvaron i fabriken har ökat.', []],
  ])('%s', (_rule, text, expected) => {
    expect(tagsOf(text)).toEqual(expected);
  });
});

describe('names of organs', () => {
  it.each([
    ['a term inside an organ compound is no coverage', 'Jämställdhetsutskottet sammanträder nästa gång den 4 juni.', []],
    ['nor in a coordinated organ name', 'Jämställdhets- och folkhälsonämnden har sammanträtt.', []],
    ['nor in "Rådet för …"', 'Rådet för funktionshinderfrågor har informerats om ärendet.', []],
    ['nor as the second cue of a weak term', 'Rådet för funktionshinderfrågor vill att tillgängligheten i parken ses över.', []],
    ['and what the sentence says still counts', 'Jämställdhetsutskottet följer upp arbetet med jämställdhet i skolan.', ['jamstalldhet']],
    ['"nämnden för" before a clause is no name', 'Förslaget skickas till nämnden för att främja jämställdhet.', ['jamstalldhet']],
  ])('%s', (_rule, text, expected) => {
    expect(tagsOf(text)).toEqual(expected);
  });
});

describe('budget and procedure sentences', () => {
  it('are no coverage, whatever they name', () => {
    expect(tagsOf('Undervisningen i svenska redovisar ett underskott på 2 miljoner kronor.')).toEqual([]);
  });

  it('only in their own sentence', () => {
    expect(tagsOf('Justering sker på måndag. Undervisningen i svenska har utökats.')).toEqual(['utbildning']);
  });
});

describe('dismissals and lacks', () => {
  it.each([
    ['an impact word after the negation dismisses', 'Förslaget bedöms inte påverka undervisningen.', true],
    ['"inga brister" dismisses', 'Granskningen visade inga brister när det gäller undervisningen.', true],
    ['an impact word right before the negation dismisses, the subject too', 'Undervisningen i svenska berörs inte av förslaget.', true],
    ['"saknar" describing a lack is coverage', 'Förvaltningen saknar en plan för undervisningen i svenska.', false],
    ['a goal with "ingen … ska" is coverage', 'Ingen elev ska sakna undervisning i svenska.', false],
    ['a plain negation still negates', 'Nämnden har inte lyft fram undervisningen i år.', true],
  ])('%s', (_rule, text, negated) => {
    const tag = tagged(text).find((t) => t.id === 'utbildning');
    expect(tag?.negated).toBe(negated);
  });
});
