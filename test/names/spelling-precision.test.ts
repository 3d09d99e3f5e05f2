// Precision of spelling groups with the real Hunspell: two words of their own (compounds Hunspell
// does not know, abbreviations, names, dictionary words in a chance shared context) do not group;
// real misspellings still do, each with a confidence.
import { afterAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../src/language/hunspell.js';
import { actionable, type NameGroup } from '../../src/names/index.js';
import { spellingGroups } from '../../src/names/spelling-variants.js';
import { isAbbreviation, isCompoundOfWords, isName } from '../../src/names/word-kinds.js';
import { doc, rules } from '../helpers/tagged.js';

const checker: SpellChecker = await createSpellChecker([]);
afterAll(() => checker.dispose());

const groupsOf = (passages: string[], terms: string[] = []): NameGroup[] =>
  spellingGroups([doc({ path: 'a.txt', passages })], { checker, rules: rules().spelling, terms, phrases: [], skip: new Set() });
const pairs = (groups: NameGroup[]) => groups.flatMap((g) => g.variants.filter((v) => v.status === 'misspelling').map((v) => [v.text, g.canonical]));

describe('words of their own', () => {
  it.each(['delår', 'ombudget', 'vårdnämnd'])('%s is a compound of two words', (w) => expect(isCompoundOfWords(w, checker.correct)).toBe(true));
  it.each(['afrofofi', 'arbetsätt', 'omsorgsnämden'])('%s is not', (w) => expect(isCompoundOfWords(w, checker.correct)).toBe(false));
  it.each(['löpnr', 'dnr', 'ssk'])('%s is an abbreviation', (w) => expect(isAbbreviation(w, checker.correct)).toBe(true));
  it.each(['löper', 'afrofofi'])('%s is not an abbreviation', (w) => expect(isAbbreviation(w, checker.correct)).toBe(false));
  it('takes a word Hunspell knows only with a capital, or one always written so, for a name', () => {
    expect(isName(['Erik'], checker.correct)).toBe(true);
    expect(isName(['Eirik'], checker.correct)).toBe(true);
    expect(isName(['Utredda', 'utredda'], checker.correct)).toBe(false);
  });
});

describe('false pairs from issue 15 do not group', () => {
  const groups = groupsOf([
    'Nämnden delar ut medel. Förvaltningen delar ansvaret. Styrelsen delar uppfattningen. Rapport för delår ett lämnas i maj.',
    'Nämndens budget antas. Budget för året och budget för nästa år. En ombudget görs i juni.',
    'Arbetsutskottets förslag till beslut godkänns. Förslag om ändring och förslag om remiss. Ett förlag gav ut boken.',
    'Rätten att överklaga. Rätten prövar. Rätten beslutar. Hon bor i rötten.',
    'Erik Svensson deltog. Ordförande var Erik Svensson. Justerare Erik Svensson. Eirik Larsen anmäler jäv.',
    'Avtalet löper ut. Avtalet löper vidare. Det löper på. Ärendet har löpnr hundra.',
  ]);
  it.each([
    ['delår', 'delar'],
    ['ombudget', 'budget'],
    ['förlag', 'förslag'],
    ['Eirik', 'Erik'],
    ['löpnr', 'löper'],
  ])('%s / %s', (a, b) => {
    expect(pairs(groups)).not.toContainEqual([a, b]);
  });
  it('rätten / rötten: Hunspell suggests other words, so at most a low-confidence group, hidden by default', () => {
    const shown = actionable({ groups }).groups;
    expect(pairs(shown)).not.toContainEqual(['rötten', 'rätten']);
    for (const g of groups.filter((x) => x.canonical === 'rätten')) expect(g.confidence).toBe('low');
  });
});

describe('real misspellings still group, with a confidence', () => {
  it('afrofofi under the lexicon term, high', () => {
    const groups = groupsOf(['Handlingsplan mot afrofobi och islamofobi. Arbetet mot afrofofi fortsätter.'], ['afrofobi']);
    expect(pairs(groups)).toEqual([['afrofofi', 'afrofobi']]);
    expect(groups[0].confidence).toBe('high');
  });
  it('two dictionary words in the same context in three places', () => {
    const groups = groupsOf([
      'Uppdrag budget utreda formerna för arbetet. Uppdrag budget utreda formerna för staden. Vi ska utreda det.',
      'Uppdrag budget utredda formerna för arbetet.',
    ]);
    expect(pairs(groups)).toEqual([['utredda', 'utreda']]);
    expect(groups[0].confidence).toBe('medium');
  });
  it('not in one shared context only', () => {
    const groups = groupsOf([
      'Uppdrag budget utreda formerna för arbetet. Vi ska utreda det. Vi ska utreda mer.',
      'Uppdrag budget utredda formerna för arbetet.',
    ]);
    expect(pairs(groups)).toEqual([]);
  });
});
