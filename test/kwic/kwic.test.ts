// Keyword in context: found like the tagger finds terms (inflections, compounds, coordinated
// compounds), with context on both sides, sortable by left or right context.
import { describe, expect, test } from 'vitest';
import { kwic, sortLines, type KwicLine } from '../../src/kwic/index.js';
import { makeDoc } from '../helpers/documents.js';

const doc = makeDoc('rapport.txt', [
  { heading: 'Barnrätt' },
  'Kultur- och fritidsnämnderna har lagt grunden genom barnrättsspår.',
  'Arbetet med barnrätts-, jämställdhets-, minoritets- och HBTQIA+-perspektiven fortsätter.',
  'Barnrättsarbetet leds av stadskontoret.',
  'Kulturnämnden har tagit fram en plan. Kulturnämndens plan följs upp av kulturnämnderna.',
  'Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser.',
  'Miljönämnden har även tagit fram en rutin för prövning av barnets bästa.',
]);

const keywords = (term: string, options = {}) => kwic([doc], term, options).map((l) => l.keyword);

describe('kwic finds inflected and compound forms', () => {
  test.each([
    ['barnrätt', ['Barnrätt', 'barnrättsspår', 'barnrätts-', 'Barnrättsarbetet']],
    // "Kultur- och fritidsnämnderna" is two committees: the conjunct "Kultur-" is kulturnämnderna.
    ['kulturnämnd', ['Kultur-', 'Kulturnämnden', 'Kulturnämndens', 'kulturnämnderna']],
    ['barnets bästa', ['barnets bästa']],
    ['upphandlingsprocess', ['upphandlingsprocesser']],
  ])('%s', (term, expected) => {
    expect(keywords(term)).toEqual(expected);
  });

  test('--compound none keeps to the word and its inflections', () => {
    expect(keywords('barnrätt', { compound: 'none' })).toEqual(['Barnrätt']);
  });

  test('each line knows its place, how it matched and whether it is negated', () => {
    const [coordination] = kwic([doc], 'barnrätt').filter((l) => l.via === 'coordination');
    expect(coordination).toEqual(expect.objectContaining({ document: 'rapport.txt', passage: 'p0003', section: 'Barnrätt', line: 3, negated: false }));
    const [negated] = kwic([doc], 'upphandlingsprocess');
    expect(negated.negated).toBe(true);
  });
});

describe('context', () => {
  test('is cut to the width on each side, whitespace collapsed', () => {
    const [line] = kwic([doc], 'barnets bästa', { width: 12 });
    expect(line.left).toBe('prövning av');
    expect(line.right).toBe('.');
    const wide = kwic([doc], 'kulturnämnderna', { width: 200 }).find((l) => l.keyword === 'kulturnämnderna')!;
    expect(wide.left).toBe('Kulturnämnden har tagit fram en plan. Kulturnämndens plan följs upp av');
  });
});

describe('sorting', () => {
  const line = (left: string, keyword: string, right: string): KwicLine => ({
    document: 'd',
    passage: 'p',
    section: null,
    sectionPath: [],
    page: null,
    line: null,
    paragraph: null,
    left,
    keyword,
    right,
    via: 'word',
    negated: false,
  });
  const lines = [line('arbetet med', 'klarspråk', 'i fokus'), line('lyfter att', 'klarspråk', 'är viktigt'), line('stöd för', 'klarspråk', 'och')];

  test('left: by the nearest word before, then the next', () => {
    expect(sortLines(lines, 'left').map((l) => l.left)).toEqual(['lyfter att', 'stöd för', 'arbetet med']);
  });
  test('right: by the words after', () => {
    expect(sortLines(lines, 'right').map((l) => l.right)).toEqual(['i fokus', 'och', 'är viktigt']);
  });
  test('doc: reading order', () => {
    expect(sortLines(lines, 'doc')).toEqual(lines);
  });
});
