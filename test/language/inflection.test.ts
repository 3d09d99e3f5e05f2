// Phrase inflection: the words of a multi-word term in the forms Swedish gives adjectives and
// nouns, without a term per form; and nothing more when the option is off (names stand as written).
import { describe, expect, it } from 'vitest';
import { irregularForms, phraseWordForms } from '../../src/language/inflection.js';
import { compileMatcher } from '../../src/language/matcher.js';
import { languageData } from '../../src/language/data.js';

const irregular = irregularForms(languageData().inflection?.irregular ?? []);

describe('phraseWordForms', () => {
  it.each([
    ['särskilt', ['särskild', 'särskilda', 'särskilde']],
    ['särskild', ['särskilt', 'särskilda']],
    ['psykisk', ['psykiska', 'psykiskt']],
    ['nationella', ['nationell', 'nationellt']],
    ['god', ['gott', 'goda']],
    ['gott', ['god', 'goda']],
    ['öppen', ['öppet', 'öppna']],
    ['enkla', ['enkel', 'enkelt']],
    ['hedersrelaterat', ['hedersrelaterad', 'hedersrelaterade']],
    ['eget', ['egen', 'egna']],
    ['liten', ['litet', 'lilla', 'små']],
    ['bostad', ['bostäder']],
  ])('%s has the forms %j', (word, forms) => {
    expect(phraseWordForms(word, irregular)).toEqual(expect.arrayContaining(forms));
  });

  it('leaves function words and short words alone', () => {
    expect(phraseWordForms('mot', irregular)).toEqual(['mot']);
    expect(phraseWordForms('för', irregular)).toEqual(['för']);
    expect(phraseWordForms('i', irregular)).toEqual(['i']);
  });
});

describe('matching multi-word terms across inflection', () => {
  const terms = ['särskilt boende', 'psykisk ohälsa', 'bostad med särskild service', 'hedersrelaterat våld', 'nationella minoriteter', 'eget val', 'god hälsa'];
  const entries = terms.map((text) => ({ key: 'k', term: { text, compound: 'none' as const, caseSensitive: false } }));
  const inflecting = compileMatcher(entries, { inflectPhrases: true });
  const plain = compileMatcher(entries);

  it.each([
    ['Antalet platser på kommunens särskilda boenden ökade.', 'särskilda boenden'],
    ['Det särskilda boendet i Östra Torn har fått ny chef.', 'särskilda boendet'],
    ['Den psykiska ohälsan bland unga har ökat.', 'psykiska ohälsan'],
    ['Kön till bostäder med särskild service har vuxit.', 'bostäder med särskild service'],
    ['Stödet till utsatta för hedersrelaterade våldet samordnas.', 'hedersrelaterade våldet'],
    ['Sverigefinnarna är en nationell minoritet.', 'nationell minoritet'],
    ['Brukarna gör egna val.', 'egna val'],
    ['Alla ska ha samma möjlighet till goda hälsan.', 'goda hälsan'],
  ])('finds %s', (text, found) => {
    expect(inflecting.match(text).map((m) => m.text)).toEqual([found]);
  });

  it('without the option, the forms the stemmer does not join are missed', () => {
    expect(plain.match('Antalet platser på kommunens särskilda boenden ökade.')).toEqual([]);
    expect(plain.match('Kön till bostäder med särskild service har vuxit.')).toEqual([]);
  });

  it('still needs every word, in order', () => {
    expect(inflecting.match('Boendet är särskilt stort.')).toEqual([]);
    expect(inflecting.match('Det finns gott om hälsa.')).toEqual([]);
  });
});

describe('a verb particle after adverbs', () => {
  const entries = [{ key: 'P1', term: { text: 'följa upp', compound: 'none' as const, caseSensitive: false } }];
  const inflecting = compileMatcher(entries, { inflectPhrases: true });

  it.each([
    ['Nämnden följer upp arbetet varje år.', 'följer upp'],
    ['Nämnden följer varje termin upp skillnaderna.', 'följer varje termin upp'],
    ['Förvaltningen ska följa det noga upp.', 'följa det noga upp'],
  ])('finds %s', (text, found) => {
    expect(inflecting.match(text).map((m) => m.text)).toEqual([found]);
  });

  it('not further away, nor across punctuation', () => {
    expect(inflecting.match('Nämnden följer arbetet i alla skolor upp.')).toEqual([]);
    expect(inflecting.match('Nämnden följer, varje termin, upp skillnaderna.')).toEqual([]);
  });
});
