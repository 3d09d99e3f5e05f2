// Issue 15, item 4: a table of naming variants an editor would catch, and pairs they would not
// call variants, with organ names from several municipalities (Växjö, Lund, Umeå, Uppsala,
// Linköping, Örebro, Malmö, Stockholm, Göteborg). Written for this test; the organs are real,
// the sentences are not. Kinds not handled yet are `it.todo`.
import { afterAll, describe, expect, it } from 'vitest';
import { createSpellChecker } from '../../src/language/hunspell.js';
import { compareOrganNames, type OrganMatch } from '../../src/names/organ-forms.js';
import { spellingGroups } from '../../src/names/spelling-variants.js';
import { doc, rules } from '../helpers/tagged.js';

// Organ names: [written, other written form, expected].
const ORGANS: Array<[string, string, OrganMatch]> = [
  // "&" / "och" (Växjö's "Nämnden för X & Y")
  ['Nämnden för Vård & Omsorg', 'Nämnden för vård och omsorg', 'same'],
  ['Nämnden för Arbete & Välfärd', 'nämnden för arbete och välfärd', 'same'],
  ['Förvaltningen för Utbildning & Barnomsorg', 'förvaltningen för utbildning och barnomsorg', 'same'],
  ['Nämnden för Samhällsbyggnad', 'nämnden för samhällsbyggnad', 'same'],
  // case inside the name
  ['Nämnden för Vård & Omsorg', 'Nämnden för Vård & omsorg', 'same'],
  ['Miljö- och Byggnämnden', 'miljö- och byggnämnden', 'same'],
  ['Tekniska Nämnden', 'tekniska nämnden', 'same'],
  // genitive at the end of the phrase
  ['Förvaltningen för Vård & Omsorgs', 'Förvaltningen för Vård & Omsorg', 'same'],
  ['Nämnden för Tekniks', 'Nämnden för Teknik', 'same'],
  ['Socialnämndens', 'Socialnämnden', 'same'],
  // "Nämnden för X" / "nämnden X" / "X-nämnden" / "Xnämnden"
  ['Nämnden för Kultur', 'Kulturnämnden', 'same'],
  ['Nämnden för kultur', 'nämnden kultur', 'same'],
  ['Nämnden för Teknik', 'Tekniknämnden', 'same'],
  ['Nämnden för Teknik', 'Teknik-nämnden', 'same'],
  ['Nämnden för vård och omsorg', 'Vård- och omsorgsnämnden', 'same'], // Lund
  ['Nämnden för miljö och bygg', 'Miljö- och byggnämnden', 'same'],
  ['Förvaltningen för Kultur', 'Kulturförvaltningen', 'same'],
  ['Förvaltningen för Vård & Omsorg', 'Vård- och omsorgsförvaltningen', 'same'],
  ['Kontoret för Samhällsbyggnad', 'Samhällsbyggnadskontoret', 'same'],
  // dropped or added hyphen
  ['Vård- och omsorgsnämnden', 'Vård och omsorgsnämnden', 'same'],
  ['Hälsa-, vård- och omsorgsnämnden', 'Hälsa-, vård och omsorgsnämnden', 'same'], // Malmö seed
  ['Miljö- och hälsoskyddsnämnden', 'Miljö och hälsoskyddsnämnden', 'same'], // Umeå
  ['Barn- och ungdomsnämnden', 'Barn och ungdomsnämnden', 'same'],
  ['Äldrenämnden', 'Äldre-nämnden', 'same'],
  // linking -s dropped or added
  ['Vård- och omsorgsnämnden', 'Vård- och omsorgnämnden', 'same'],
  ['Samhällsbyggnadsnämnden', 'Samhällsbyggnadnämnden', 'same'],
  ['Utbildningsnämnden', 'Utbildningnämnden', 'same'],
  ['Stadsbyggnadskontoret', 'Stadsbyggnadkontoret', 'same'],
  ['Arbetsmarknadsnämnden', 'Arbetsmarknadnämnden', 'same'],
  // a dropped, doubled or swapped letter
  // the head noun itself misspelt
  ['Vård- och omsorgsnämnden', 'Vård- och omsorgsnämden', 'near'], // Lund
  ['Kulturnämnden', 'Kulturnämd', 'near'],
  ['Kommunstyrelsen', 'Kommunstyrelssen', 'near'],
  ['Byggnadsnämnden', 'byggnadsnämdens', 'near'], // Linköping
  ['Nämnden för Kultur', 'Nämden för Kultur', 'near'],
  ['Utbildningsförvaltningen', 'Utbildningsförvaltnigen', 'near'], // Uppsala
  ['Kulturnämnden', 'Kulturnämnder', 'different'], // a plural: no organ's name
  ['Kommunstyrelsen', 'Kommunstyrelser', 'different'],
  ['Samhällsbyggnadsnämnden', 'Samhällsbygnadsnämnden', 'near'],
  ['Nämnden för Arbetsmarknad', 'Nämnden för Arbetsmarkad', 'near'],
  ['Utbildningsförvaltningen', 'Utbilningsförvaltningen', 'near'],
  ['Gymnasienämnden', 'Gymansienämnden', 'near'], // Örebro: swapped letters
  ['Fritidsnämnden', 'Fritdsnämnden', 'near'],
  ['Kulturnämnden', 'Kultrunämnden', 'near'],
  ['Nämnden för Vård & Omsorg', 'Nämnden för Vård & Omorg', 'near'],
  ['Förskolenämnden', 'Förskollenämnden', 'near'], // Uppsala
  ['Socialnämnden', 'Socilanämnden', 'near'],
  ['Byggnadsnämnden', 'Bygnadsnämnden', 'near'], // Linköping
  // different organs, however alike
  ['Kulturnämnden', 'Fritidsnämnden', 'different'],
  ['Miljönämnden', 'Miljö- och byggnämnden', 'different'],
  ['Grundskolenämnden', 'Gymnasienämnden', 'different'],
  ['Förskolenämnden', 'Grundskolenämnden', 'different'],
  ['Valnämnden', 'Vårdnämnden', 'different'],
  ['Nämnden för Vård & Omsorg', 'Förvaltningen för Vård & Omsorg', 'different'], // committee and office
  ['Kulturnämnden', 'Kulturförvaltningen', 'different'],
  ['Kommunstyrelsen', 'Kommunstyrelsens arbetsutskott', 'different'],
  ['Socialnämnden', 'Sociala resursnämnden', 'different'], // Malmö / Göteborg
  ['Nämnden för Arbete & Välfärd', 'Nämnden för Arbete & Lärande', 'different'],
  ['Tekniska nämnden', 'Tekniska förvaltningen', 'different'],
  ['Byggnadsnämnden', 'Bildningsnämnden', 'different'],
  ['Äldrenämnden', 'Ängelholms nämnd', 'different'],
  ['Stadsbyggnadskontoret', 'Stadsledningskontoret', 'different'], // Malmö
  ['Servicenämnden', 'Stadsservicenämnden', 'different'],
  ['Malmö Stadsteater AB', 'Malmö stadsteater AB', 'different'], // not an organ form: the registry's variants decide
];

describe('organ names', () => {
  it.each(ORGANS)('%s ~ %s: %s', (a, b, want) => {
    expect(compareOrganNames(a, b)).toBe(want);
    expect(compareOrganNames(b, a)).toBe(want);
  });
  // An abbreviation the document introduces (BoU, KSAU) gets its organ's ID when tagged: names-vaxjo.test.ts.
  it.todo('Individ- och familjeomsorgen (IFO) ~ IFO: an abbreviation introduced in the text, compared by name alone');
  it.todo('Nämnden för Barn & Utbildning (BoU) ~ BoU-nämnden: an abbreviation the registry lists');
  it.todo(
    'Kulturförvaltningen written in Nämnden för Teknik’s minutes as "Kultur- och fritidsförvaltningen": a wrong name close to exactly one organ, reported as "möjligen"',
  );
});

// Single words: [frequent word, rare form, grouped?]. The frequent word is written three times and
// the rare one once, in unrelated sentences unless the row says otherwise.
const checker = await createSpellChecker([]);
afterAll(() => checker.dispose());

const WORDS: Array<[string, string, boolean]> = [
  ['afrofobi', 'afrofofi', true],
  ['arbetssätt', 'arbetsätt', true],
  ['återrapporteringen', 'åtterrapporeringen', true],
  ['verksamheten', 'verksamehten', true],
  ['kommunfullmäktige', 'kommunfullmätige', true],
  ['förvaltningen', 'förvaltnngen', true],
  ['delar', 'delår', false], // a compound Hunspell lacks
  ['budget', 'ombudget', false],
  ['löper', 'löpnr', false], // an abbreviation
  ['beslut', 'beslnr', false],
  ['Erik', 'Eirik', false], // names
  ['Anna', 'Anne', false],
];

describe('spelling of single words', () => {
  it.each(WORDS)('%s / %s: %s', (frequent, rare, grouped) => {
    const d = doc({
      path: 'w.txt',
      passages: [`${frequent} nämns först. Sedan ${frequent} igen.`, `Här står ${frequent} också.`, `${rare} står här en gång.`],
    });
    const groups = spellingGroups([d], { checker, rules: rules().spelling, terms: [], phrases: [], skip: new Set() });
    const pairs = groups
      .filter((g) => g.confidence !== 'low')
      .flatMap((g) => g.variants.filter((v) => v.status === 'misspelling').map((v) => [v.text, g.canonical]));
    if (grouped) expect(pairs).toContainEqual([rare, frequent]);
    else expect(pairs).not.toContainEqual([rare, frequent]);
  });
});
