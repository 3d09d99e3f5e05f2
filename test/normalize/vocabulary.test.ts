import { describe, expect, it } from 'vitest';
import { buildSourceVocabulary, buildVocabulary } from '../../src/normalize/vocabulary.js';
import type { SourceLine } from '../../src/normalize/source-line.js';

describe('buildVocabulary', () => {
  const known = buildVocabulary([
    'Arbetet med Unesco-samverkan och HR-avdelningen, 2024-04-29.',
    'Under året har kultur- och fritidsnämnden 𝒜bc-𝒟ef',
    'ett ord som delas vid rad-',
    'slutet av raden fortsätter x--y -a- ª²',
    'Ett 𝒳 delat ord 2024-𝒳yz-  ',
    'en följd av bara tecken -- ',
  ]);

  it.each([
    ['Unesco-samverkan', true],
    ['HR-avdelningen', true],
    ['2024-04-29', true],
    ['Under', true],
    ['under', false],
    ['kultur', true],
    ['kultur-', false],
    ['𝒜bc-𝒟ef', true],
    ['rad', false],
    ['rad-', false],
    ['x', true],
    ['y', true],
    ['x--y', false],
    ['a', true],
    ['ª²', true],
    ['samverkan', false],
    ['𝒳', true],
    ['𝒳yz', false],
    ['2024', true],
    ['tecken', true],
  ])('%s → %s', (word, expected) => {
    expect(known(word)).toBe(expected);
  });
});

describe('buildVocabulary on a long document', () => {
  // Enough distinct words to outgrow the table several times: each is found, and no word it is not.
  const words = Array.from({ length: 20000 }, (_, i) => `ord${i.toString(36)}å`);
  const lines = [];
  for (let i = 0; i < words.length; i += 10) lines.push(words.slice(i, i + 10).join(' '));
  const known = buildVocabulary(lines);

  it('finds every word it was given', () => {
    expect(words.filter((word) => !known(word))).toEqual([]);
  });

  it('finds no word it was not given', () => {
    const others = words.flatMap((word) => [`${word}x`, word.slice(0, -1), word.toUpperCase()]);
    expect(others.filter((word) => known(word))).toEqual([]);
  });
});

describe('buildVocabulary searching the text, then with the set of its words', () => {
  // A few look-ups are searches in the text; many misses use up the search budget and the set is
  // made. Both must give the same answers, at a line's start and end, by a hyphen and by a digit.
  const lines = ['Nämnden-2024 har ett -mål- och x--y', 'Under året ökade 𝒜bc och e-tjänsterna; HR-', 'avdelningen ökade'];
  const asked: [string, boolean][] = [
    ['Nämnden-2024', true],
    ['Nämnden', false],
    ['2024', false],
    ['mål', true],
    ['y', true],
    ['x', true],
    ['𝒜bc', true],
    ['e-tjänsterna', true],
    ['tjänsterna', false],
    ['HR', false],
    ['avdelningen', true],
    ['ökade', true],
    ['ökad', false],
    ['året', true],
    ['har ett', false],
    ['', false],
  ];

  it('answers each word alike before and after the set is made', () => {
    const known = buildVocabulary(lines);
    const searched = asked.map(([word]) => known(word));
    for (let i = 0; i < 2000; i++) known(`saknas${i}`);
    const fromSet = asked.map(([word]) => known(word));
    expect(searched).toEqual(asked.map(([, expected]) => expected));
    expect(fromSet).toEqual(searched);
  });
});

describe('buildVocabulary on a hostile line', () => {
  // A long run of letters on a line ending in a hyphen: the pattern that once cut the line's last
  // word was tried from every position of the run (quadratic: minutes at this length).
  it('cuts the last word of a line of 200,000 letters at once', () => {
    const run = 'a'.repeat(200_000);
    const known = buildVocabulary([`${run}.b-`]);
    expect(known('b')).toBe(false);
    expect(known(run)).toBe(true);
  }, 2000);
});

describe('buildSourceVocabulary', () => {
  // Lines as normalize makes them: offsets into the source, `verbatim` where no character was
  // cleaned. Finds in the source outside the lines (a dropped header), inside a word cut at a
  // line end, or across a line break do not count; a cleaned line is searched on its own.
  const raws = [
    '  Sida 3 arbetsmarknads-',
    'Nämnden-2024 har ett -mål- och x--y  ',
    'och e\u00a0tjänsterna; HR-',
    'avdelningen ökade arbets-',
    'marknads-',
    'ﬁnns kvar',
  ];
  const source = raws.join('\n');
  const lines: SourceLine[] = [];
  let offset = 0;
  raws.forEach((raw, i) => {
    const cleaned = raw.replace(/\u00a0/gu, ' ').replace(/ﬁ/gu, 'fi');
    const lead = raw.length - raw.trimStart().length;
    // The first line is dropped (running header): its words are in the source but not in the lines.
    if (i > 0) lines.push({ text: cleaned.trim(), indented: false, from: offset + lead, to: offset + raw.trimEnd().length, verbatim: cleaned === raw });
    offset += raw.length + 1;
  });
  const words = ['Sida', 'arbetsmarknads', 'arbets', 'marknads', 'Nämnden-2024', 'Nämnden', '2024', 'mål', 'x', 'y', 'e', 'tjänsterna', 'HR', 'avdelningen'];
  const more = ['ökade', 'finns', 'ﬁnns', 'kvar', 'och', 'y och', 'x--y', 'ökad', '', 'HR-avdelningen', 'marknads-', '3'];

  it('answers as buildVocabulary over the lines, searching and with the set of words', () => {
    const expected = buildVocabulary(lines.map((line) => line.text));
    const known = buildSourceVocabulary(source, lines);
    const asked = [...words, ...more];
    expect(asked.map((word) => known(word))).toEqual(asked.map((word) => expected(word)));
    // Enough misses to use up the search budget: the set of words answers the same.
    const misses = Array.from({ length: 200 }, (_, i) => `saknas${i}`);
    expect(misses.some((word) => known(word))).toBe(false);
    expect(asked.map((word) => known(word))).toEqual(asked.map((word) => expected(word)));
  });

  it('finds the words of verbatim lines through the source, and of cleaned lines in them', () => {
    const known = buildSourceVocabulary(source, lines);
    expect(['Nämnden-2024', 'mål', 'avdelningen', 'finns', 'tjänsterna'].map(known)).toEqual([true, true, true, true, true]);
    expect(['Sida', 'arbetsmarknads', 'arbets', 'marknads', 'Nämnden', 'ökad'].map(known)).toEqual([false, false, false, false, false, false]);
  });
});
