// Table-driven: one broken lexicon file in, the exact problems out, with line and column.
import { describe, expect, it } from 'vitest';
import { FRAMEWORK, problemsWith, REGISTRY } from './fixture.js';

const F = 'frameworks/test.yaml';
const R = 'registries/malmo.yaml';

describe('a valid lexicon directory', () => {
  it('has no problems', () => {
    expect(problemsWith({})).toEqual([]);
  });
});

describe('framework schema', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'unknown field in a category',
      FRAMEWORK.replace('    label: Testområdet', '    compund: any\n    label: Testområdet'),
      [`${F}:7:5: categories[0]: okänt fält "compund"`],
    ],
    ['unknown field at the top', FRAMEWORK.replace('title: Test', 'title: Test\nversion: 2'), [`${F}:4:1: okänt fält "version"`]],
    ['missing examples', FRAMEWORK.replace(/    examples:[\s\S]*$/, ''), [`${F}:6:5: categories[0]: fältet "examples" saknas`]],
    [
      'unknown compound mode',
      FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms:\n      - barnrätt\n      - { text: barnets bästa, compound: all }'),
      [`${F}:10:42: categories[0].terms[1].compound: ska vara ett av: any, head, modifier, none`],
    ],
    [
      'a term that is a number',
      FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms: [barnrätt, 42]'),
      [`${F}:8:23: categories[0].terms[1]: ska vara en sträng eller en tabell (nyckel: värde)`],
    ],
    [
      'a term object without text',
      FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms: [barnrätt, { compound: none }]'),
      [`${F}:8:23: categories[0].terms[1]: fältet "text" saknas`],
    ],
    [
      'a category ID with spaces',
      FRAMEWORK.replace('id: testomrade', 'id: Barn Rätt'),
      [`${F}:6:9: categories[0].id: "Barn Rätt" har fel form (ska matcha ^(?:[A-Z][0-9]+|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$)`],
    ],
    [
      'a wrong framework kind and no categories',
      'id: test\ncity: null\ntitle: Test\nkind: principer\ncategories: []\n',
      [`${F}:4:7: kind: ska vara ett av: principles, areas`, `${F}:5:13: categories: ska ha minst 1 element`],
    ],
    [
      'a term written twice and one both term and exclusion',
      FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms: [barnrätt, Barnrätt, barnets bästa]\n    exclude: [barnets bästa]'),
      [`${F}:8:23: termen "Barnrätt" står redan som terms[0]`, `${F}:9:15: undantaget "barnets bästa" står redan som terms[2]`],
    ],
    [
      'an example written twice',
      FRAMEWORK.replace('match: [Arbetet med barnrätt fortsätter.]', 'match: [Barnrätt., Barnrätt.]'),
      [`${F}:10:26: categories[0].examples.match: "Barnrätt." står två gånger`],
    ],
    [
      'a weak term that is not a boolean',
      FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms: [barnrätt, { text: barn, weak: ja }]'),
      [`${F}:8:43: categories[0].terms[1].weak: ska vara true eller false`],
    ],
    [
      'a term group without terms',
      FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms: [barnrätt, { source: Barnkonventionen, terms: [] }]'),
      [`${F}:8:58: categories[0].terms[1].terms: ska ha minst 1 element`],
    ],
    [
      'a term in a group written twice, pointing into the group',
      FRAMEWORK.replace(
        'terms: [barnrätt, barnets bästa]',
        'terms:\n      - barnrätt\n      - source: Barnkonventionen art. 3\n        terms: [barnets bästa, Barnrätt]',
      ),
      [`${F}:11:32: termen "Barnrätt" står redan som terms[0]`],
    ],
    ['an ID that is not the file name', FRAMEWORK.replace('id: test', 'id: annat'), [`${F}:1:5: ID "annat" ska vara filens namn, "test"`]],
    ['a YAML syntax error', FRAMEWORK.replace('terms: [barnrätt, barnets bästa]', 'terms: [barnrätt, barnets bästa'), [`${F}:9:5: YAML-fel`]],
    ['a key written twice', FRAMEWORK.replace('title: Test', 'title: Test\ntitle: Igen'), [`${F}:4:1: YAML-fel: nyckeln står två gånger`]],
  ];
  it.each(cases)('%s', (_name, content, expected) => {
    const problems = problemsWith({ [F]: content });
    if (expected.length === 1 && expected[0].endsWith('YAML-fel')) {
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${expected[0]}: `));
      return;
    }
    expect(problems).toEqual(expected);
  });
});

describe('registry schema and references', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'unknown administration kind',
      REGISTRY.replace('kind: nämnd', 'kind: kommitté'),
      [`${R}:6:11: administrations[0].kind: ska vara ett av: nämnd, förvaltning, bolag, fullmäktige, styrelse, utskott, beredning, råd, revision, stad`],
    ],
    [
      'an ID with å',
      REGISTRY.replace('id: malmo/kulturnamnden', 'id: malmo/kulturnämnden'),
      [`${R}:4:9: administrations[0].id: "malmo/kulturnämnden" har fel form (ska matcha ^[a-z]+(?:-[a-z]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$)`],
    ],
    [
      'an ID from another city',
      REGISTRY.replace('id: malmo/kulturnamnden', 'id: lund/kulturnamnden'),
      [
        `${R}:4:9: ID "lund/kulturnamnden" ska börja med "malmo/"`,
        `${R}:11:13: "malmo/kulturnamnden" finns inte i något register`,
        `${R}:15:15: "malmo/kulturnamnden" finns inte i något register`,
      ],
    ],
    [
      'an ID that does not follow the name',
      REGISTRY.replace('name: Kulturnämnden', 'name: Kultur- och fritidsnämnden'),
      [`${R}:4:9: ID "malmo/kulturnamnden" ska vara "malmo/kultur-och-fritidsnamnden" efter namnet "Kultur- och fritidsnämnden"`],
    ],
    [
      'serves pointing nowhere',
      REGISTRY.replace('serves: malmo/kulturnamnden', 'serves: malmo/fritidsnamnden'),
      [`${R}:11:13: "malmo/fritidsnamnden" finns inte i något register`],
    ],
    [
      'a committee with serves',
      REGISTRY.replace('    kind: nämnd\n', '    kind: nämnd\n    serves: malmo/kulturnamnden\n'),
      [`${R}:7:13: bara en förvaltning kan ha "serves", inte en nämnd`],
    ],
    [
      'offices that disagree with serves',
      REGISTRY.replace('    kind: nämnd\n', '    kind: nämnd\n    offices: [malmo/kulturnamnden]\n'),
      [`${R}:7:15: "malmo/kulturnamnden" är en nämnd, inte en förvaltning`],
    ],
    [
      'a group member that does not exist',
      REGISTRY.replace('members: [malmo/kulturnamnden, malmo/kulturforvaltningen]', 'members: [malmo/kulturnamnden, malmo/fritidsnamnden]'),
      [`${R}:15:36: "malmo/fritidsnamnden" finns inte i något register`],
    ],
    [
      'a name used by two administrations',
      REGISTRY.replace('    kind: förvaltning\n', '    kind: förvaltning\n    aliases: [kulturnämnden]\n'),
      [`${R}:11:15: namnet "kulturnämnden" används redan av malmo/kulturnamnden`],
    ],
    [
      'administrations without examples',
      REGISTRY.replace('    examples: { match: [Kulturnämnden beslutar.], nomatch: [] }\n', ''),
      [`${R}:4:5: administrations[0]: fältet "examples" saknas`],
    ],
  ];
  it.each(cases)('%s', (_name, content, expected) => {
    expect(problemsWith({ [R]: content })).toEqual(expected);
  });

  it('finds a city and IDs registered twice, across files', () => {
    // malmo-kopia.yaml sorts before malmo.yaml, so it is the first and malmo.yaml the repetition.
    expect(problemsWith({ 'registries/malmo-kopia.yaml': REGISTRY })).toEqual([
      `${R}:1:7: staden "malmo" har redan ett register (malmo-kopia.yaml)`,
      `${R}:4:9: ID "malmo/kulturnamnden" finns redan (malmo-kopia.yaml administrations[0])`,
      `${R}:8:9: ID "malmo/kulturforvaltningen" finns redan (malmo-kopia.yaml administrations[1])`,
    ]);
  });
});

describe('concepts, boilerplate and known words', () => {
  it('reports a variant equal to the preferred form', () => {
    const concepts = 'concepts:\n  - id: hbtqi\n    kind: concept\n    preferred: hbtqi\n    variants: [HBTQ, hbtqi]\n';
    expect(problemsWith({ 'concepts.yaml': concepts })).toEqual(['concepts.yaml:5:22: "hbtqi" är redan den föredragna formen']);
  });
  it('reports a variant claimed by two concepts', () => {
    const concepts =
      'concepts:\n  - id: a\n    kind: concept\n    preferred: x\n    variants: [y]\n  - id: b\n    kind: title\n    preferred: z\n    variants: [y]\n';
    expect(problemsWith({ 'concepts.yaml': concepts })).toEqual(['concepts.yaml:9:16: "y" hör redan till begreppet a']);
  });
  it('reports a boilerplate ID used twice and a phrase written twice', () => {
    const phrases = 'phrases:\n  - id: a\n    text: Inget att rapportera\n  - id: a\n    text: inget att rapportera\n';
    expect(problemsWith({ 'boilerplate.yaml': phrases })).toEqual([
      'boilerplate.yaml:4:9: ID "a" finns redan (boilerplate.yaml phrases[0])',
      'boilerplate.yaml:5:11: frasen finns redan (boilerplate.yaml phrases[0])',
    ]);
  });
  const kind = (body: string) => `phrases: []\nsentences:\n  - id: ekonomi\n${body}`;
  it.each([
    [
      'a kind found only beside amounts needs their units',
      kind('    withAmount: [budgeten]\n'),
      ['boilerplate.yaml:3:5: sentences[0]: fältet "amountUnits" saknas'],
    ],
    ['a kind with neither terms nor amount words', kind('    description: Utfall.\n'), ['boilerplate.yaml:3:5: sentences[0]: fältet "terms" saknas']],
    ['survivesWith below one', kind('    terms: [underskott]\n    survivesWith: 0\n'), ['boilerplate.yaml:5:19: sentences[0].survivesWith: ska vara minst 1']],
    [
      'survivesWith not a whole number',
      kind('    terms: [underskott]\n    survivesWith: 1.5\n'),
      ['boilerplate.yaml:5:19: sentences[0].survivesWith: ska vara ett heltal'],
    ],
    ['an empty notWith', kind('    terms: [upphandling]\n    notWith: []\n'), ['boilerplate.yaml:5:14: sentences[0].notWith: ska ha minst 1 element']],
    [
      'a valid kind',
      kind('    terms: [underskott]\n    withAmount: [budgeten]\n    amountUnits: [kronor, mnkr]\n    notWith: [krav på]\n    survivesWith: 2\n'),
      [],
    ],
  ])('sentence kinds: %s', (_case, file, expected) => {
    expect(problemsWith({ 'boilerplate.yaml': file })).toEqual(expected);
  });
  it('reports a known-words line with two words', () => {
    expect(problemsWith({ 'known-words.txt': 'klarspråk\nbarnets bästa\n' })).toEqual(['known-words.txt:2:1: "barnets bästa": ett ord per rad']);
  });
  it('accepts a directory without concepts, boilerplate and known words', () => {
    expect(problemsWith({ 'concepts.yaml': null, 'boilerplate.yaml': null, 'known-words.txt': null })).toEqual([]);
  });
  it('accepts a directory without frameworks: the bundled ones are there', () => {
    expect(problemsWith({ [F]: null })).toEqual([]);
  });
});
