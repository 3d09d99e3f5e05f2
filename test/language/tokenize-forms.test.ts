// The tokenizer keeps each surface form once (its text, norm and word number) and hands them to
// every later token of the form. These tests hold it to the tokenizer it replaced (kept in
// test/helpers/reference-tokenize.ts), token for token, and check that a form's word number never
// outlives the numbering it came from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageData, type LanguageData } from '../../src/language/data.js';
import { collideForTests, countWordTokens, tokenize as tokenizeColumns, tokenizeEach, type Token } from '../../src/language/tokenize.js';
import { NUMBERING_LIMIT, numberedWords, numberingStart, wordId } from '../../src/language/word-ids.js';
import { referenceCountWordTokens, referenceTokenize } from '../helpers/reference-tokenize.js';

/** The tokens as objects, read from the columns one by one (`Tokens.at`): each field of each token is compared. */
const tokenize = (text: string, language?: LanguageData): Token[] => tokenizeColumns(text, language).toArray();

describe('surface forms', () => {
  it('give every token of a form the same text, norm and word number, and upper- and lower-case forms the same norm and number', () => {
    const text = 'Nämnden och nämnden. NÄMNDEN, nämnden och Nämnden; HR-nämnden';
    const first = tokenize(text);
    const again = tokenize(text);
    expect(again).toEqual(first);
    const rows = first.filter((t) => t.kind === 'word').map((t) => [t.text, t.norm, t.word === wordId(t.norm)]);
    expect(rows).toEqual([
      ['Nämnden', 'nämnden', true],
      ['och', 'och', true],
      ['nämnden', 'nämnden', true],
      ['NÄMNDEN', 'nämnden', true],
      ['nämnden', 'nämnden', true],
      ['och', 'och', true],
      ['Nämnden', 'nämnden', true],
      ['HR-nämnden', 'hr-nämnden', true],
    ]);
    const numbers = new Set(first.filter((t) => t.norm === 'nämnden').map((t) => t.word));
    expect(numbers.size).toBe(1);
    expect(first.find((t) => t.norm === 'hr-nämnden')?.word).not.toBe([...numbers][0]);
  });

  it('keep the kind apart: the same characters as a word and as a case number are two forms', () => {
    const caseNumber = tokenize('KS 2024/1035')[0];
    expect(caseNumber).toMatchObject({ kind: 'case-number', norm: 'ks 2024/1035' });
    // "KS" alone is a word; the case number's norm is not handed to it.
    expect(tokenize('KS')[0]).toMatchObject({ kind: 'word', text: 'KS', norm: 'ks' });
    expect(tokenize('(')[0]).toMatchObject({ kind: 'punct', norm: '(' });
  });

  it('keep apart two forms of one length whose first hashes (FNV-1a) agree', () => {
    const fnv1a = (text: string) => {
      let hash = 0x811c9dc5;
      for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
      return hash;
    };
    // Found by a birthday search: the table finds them in one slot, and only the second hash tells them apart.
    expect(fnv1a('ufjflds')).toBe(fnv1a('epoiöbå'));
    const tokens = tokenize('ufjflds epoiöbå ufjflds epoiöbå');
    expect(tokens.map((t) => t.text)).toEqual(['ufjflds', 'epoiöbå', 'ufjflds', 'epoiöbå']);
    expect(tokens.map((t) => t.word)).toEqual(['ufjflds', 'epoiöbå', 'ufjflds', 'epoiöbå'].map(wordId));
    expect(tokenize('epoiöbå')[0].norm).toBe('epoiöbå');
  });

  it('compare a form with its first token in each call, so that a planted collision cannot reach a later document', () => {
    // Every string hashed alike: 'hund' is made a form first, then 'katt' (same length and kind)
    // finds it in the table. Without the comparison 'katt' would take its text and number.
    collideForTests(true);
    try {
      expect(tokenize('hund')[0].text).toBe('hund');
      const later = tokenize('katt och katt');
      expect(later.map((t) => [t.text, t.norm, t.word])).toEqual(['katt', 'och', 'katt'].map((w) => [w, w, wordId(w)]));
      const each = tokenizeEach(['katt', 'i katt']);
      expect([each[0].at(0), each[1].at(1)]).toMatchObject([
        { text: 'katt', word: wordId('katt') },
        { text: 'katt', word: wordId('katt') },
      ]);
    } finally {
      collideForTests(false);
    }
  });

  it('hand out no word number from before the numbering started over, between calls', () => {
    const before = tokenize('omstartsprovet före')[0];
    const start = numberingStart();
    for (let k = 0; numberingStart() === start; k++) wordId(`utfyllnad-mellan-${k}`);
    const after = tokenize('omstartsprovet efter')[0];
    expect(after.text).toBe(before.text);
    expect(after.word).toBeGreaterThanOrEqual(numberingStart());
    expect(after.word).toBe(wordId('omstartsprovet'));
  });

  it('hand out no word number from before the numbering started over, within one passage', () => {
    const text = 'mittiprovet omstartsord-ett omstartsord-två mittiprovet';
    tokenize('mittiprovet');
    for (let k = 0; numberedWords() < NUMBERING_LIMIT - 1; k++) wordId(`utfyllnad-mitti-${k}`);
    const start = numberingStart();
    // The first new word fills the numbering, the second starts it over: the last token is the
    // first's form again, and must be numbered anew.
    const tokens = tokenize(text);
    expect(numberingStart()).toBeGreaterThan(start);
    expect(tokens[0].word).toBeLessThan(numberingStart());
    expect(tokens[3].word).toBeGreaterThanOrEqual(numberingStart());
    expect(tokens[3].word).toBe(wordId('mittiprovet'));
    expect(tokenize('mittiprovet')[0].word).toBe(tokens[3].word);
  });

  it('give each text of tokenizeEach its own tokens, numbered as tokenize numbers them, across a restart between texts', () => {
    const texts = ['Kulturnämnden beslutar.', '', 'sista-provet-ett och Kulturnämnden', 'sista-provet-två, kulturnämnden!'];
    for (let k = 0; numberedWords() < NUMBERING_LIMIT - 1; k++) wordId(`utfyllnad-mängd-${k}`);
    const start = numberingStart();
    // The third text's first word fills the numbering, the fourth's starts it over.
    const each = tokenizeEach(texts).map((tokens) => tokens.toArray());
    expect(numberingStart()).toBeGreaterThan(start);
    const expected = texts.map((text) => tokenize(text));
    const withoutNumbers = (tokens: Token[]) => tokens.map(({ word: _, ...rest }) => rest);
    expect(each.map(withoutNumbers)).toEqual(expected.map(withoutNumbers));
    expect(each[0][0].word).toBeLessThan(numberingStart());
    expect(each[3].map((t) => t.word === wordId(t.norm))).toEqual(each[3].map(() => true));
    expect(each[3][0].word).toBeGreaterThanOrEqual(numberingStart());
  });

  it('give the same tokens from tokenizeEach as from tokenize, after a text larger than the scratch it keeps', () => {
    const large = 'Nämnden beslutar, och förvaltningen verkställer. '.repeat(12_000);
    const texts = [large, 'Kulturnämnden (KN) beslutar.', large.slice(0, 5_000)];
    const each = tokenizeEach(texts).map((tokens) => tokens.toArray());
    expect(each[0].length).toBeGreaterThan(1 << 16);
    expect(each).toEqual(texts.map((text) => tokenize(text)));
    expect(tokenizeEach(['ett', 'två'])[1].toArray()).toEqual(tokenize('två'));
  });
});

// Pieces of Swedish-ish text, glued together at random: letters in both cases, hyphens of three
// kinds, soft hyphens, combining marks, digits, case numbers, abbreviations, astral characters
// (a letter and an emoji), lone surrogates, and characters whose lower case is longer than they are.
const PIECES = [
  ...['nämnden', 'Nämnden', 'NÄMNDEN', 'kulturnämnden', 'Kulturnämnden', 'och', 'Åtgärder', 'åtgärder', 'ÖVRIGA', 'övriga', 'Ängelholm'],
  ...['HR', 'MR', 'FN', 'PI', 'KS', 'STK', 'SF', 'covid', 'Agenda', 'grupper', 'barnrätts', 'HBTQIA+', 't', 'ex', 'bl', 'a', 'dvs', 'fr', 'o', 'm'],
  ...['ª', 'µ', 'º', 'organi\u00adsation', 'Malmo\u0308', 'Malmö', '\u01c5', '\u0130', '\u1e9e', 'ΣΑΣ', 'ς', 'ﬁ'],
  ...['\u{1d400}', '\u{1f600}', '\ud800', '\udc00', '\uf0b7'],
  ...['2', '19', '2024', '1035', '138', '3,5', '15:05'],
  ...['-', '-', '\u2010', '\u2011', '–', '.', '.', ',', ':', '/', '!', '?', '(', ')', '§', '+', '\u00ad', '\u0308'],
  ...[' ', ' ', ' ', '\n', '\u00a0', '\t', '\u2028'],
  ...['STK-2023-138', 'KS 2024/1035', 'KS\u00a02024/1035', 't.ex.', 'bl.a.', 'dvs.', 'PI:s', 'FN:S', 'ab1:S', 'grupper2', 'Lägenh', 'lägenheter'],
];
/** The bundled language data, and one whose abbreviations are longer than the bundled ones. */
const LANGUAGES = [languageData(), { ...languageData(), tokenizer: { abbreviations: ['lägenh', 'kulturnämnden', 'ca'] } }];
const swedishish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('the tokenizer against the one it replaced', () => {
  it('gives a point to an abbreviation longer than the bundled ones', () => {
    expect(tokenize('Lägenh. 3', LANGUAGES[1]).map((t) => t.text)).toEqual(['Lägenh.', '3']);
    expect(tokenize('Lägenh. 3', LANGUAGES[0]).map((t) => t.text)).toEqual(['Lägenh', '.', '3']);
  });

  it('gives the same tokens, field for field, word numbers included', () => {
    fc.assert(
      fc.property(swedishish, fc.constantFrom(...LANGUAGES), (text, language) => {
        const tokens = tokenize(text, language);
        expect(tokens).toEqual(referenceTokenize(text, language));
        expect(countWordTokens(text, language)).toBe(referenceCountWordTokens(text, language));
      }),
      { seed: 18, numRuns: 3000 },
    );
  });

  it('reads the same fields from the columns one at a time as from the tokens as objects', () => {
    fc.assert(
      fc.property(swedishish, (text) => {
        const columns = tokenizeColumns(text);
        const reference = referenceTokenize(text);
        expect(columns.length).toBe(reference.length);
        reference.forEach((t, i) => {
          const read = {
            text: columns.text(i),
            norm: columns.norm(i),
            start: columns.start(i),
            end: columns.end(i),
            kind: columns.kind(i),
            word: columns.word(i),
          };
          expect(read).toEqual({ text: t.text, norm: t.norm, start: t.start, end: t.end, kind: t.kind, word: t.word });
          expect([columns.sentenceInitial(i), columns.trailingHyphen(i), columns.isWord(i), columns.isPunct(i)]).toEqual([
            t.sentenceInitial,
            t.trailingHyphen === true,
            t.kind === 'word',
            t.kind === 'punct',
          ]);
        });
        expect(columns.at(reference.length)).toBeUndefined();
        expect(columns.at(-1)).toBeUndefined();
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});
