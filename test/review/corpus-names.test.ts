// corpus-names: a draft held to how its corpus (review --corpus) writes names. The corpus texts
// are Växjö's (no registry: the organ names come from the corpus alone) unless a row says Malmö.
import { ruleTable } from './table.js';

const VAXJO = { city: 'vaxjo' };
const CORPUS = [
  'Nämnden för Arbete & Välfärd beslutade att godkänna planen. Kultur- och fritidsnämnden yttrade sig.',
  'Protokollet justerades av Nämnden för Arbete & Välfärd. Kultur- och fritidsnämnden har också beslutat.',
  'Nämnden för Arbete & Välfärd ger uppdraget vidare till förvaltningen, och Kultur- och fritidsnämnden informeras.',
  'Uppdraget var att utreda formerna för stadens arbete. Det var att utreda formerna för samverkan. Nämnden ska utreda formerna för stöd.',
  'Ärendet har beretts av Förvaltningen för Barn & Utbildning (BoU) i samråd med skolorna. BoU redovisar i maj.',
];
const draft = (sentence: string) => `Tjänsteskrivelse\n\nSammanfattning\n${sentence}\n`;

ruleTable('corpus-names', [
  { name: 'without --corpus nothing is compared', text: draft('Nämnden för arbete och välfärd beslutar.'), metadata: VAXJO, expected: [] },
  { name: 'the corpus’s own form', text: draft('Nämnden för Arbete & Välfärd beslutar.'), metadata: VAXJO, corpus: CORPUS, expected: [] },
  {
    name: '"och" where the corpus writes "&", at its line and column',
    text: draft('Ärendet har beretts av Nämnden för arbete och välfärd i maj.'),
    metadata: VAXJO,
    corpus: CORPUS,
    expected: ['4:24 Nämnden för arbete och välfärd'],
    messages: ['skrivs "Nämnden för Arbete & Välfärd" i korpusen (3 gånger'],
  },
  {
    name: 'a misspelt head noun in an organ the registry lacks',
    text: draft('Yttrandet från Kultur- och fritidsnämdens ordförande bifogas.'),
    metadata: VAXJO,
    corpus: CORPUS,
    expected: ['4:16 Kultur- och fritidsnämdens'],
  },
  {
    name: 'a wrong name: the words of a coordination in another order',
    text: draft('Yttrandet från Fritids- och kulturnämnden bifogas.'),
    metadata: VAXJO,
    corpus: CORPUS,
    expected: ['4:16 Fritids- och kulturnämnden'],
    messages: ['är inget namn i korpusen eller registret men liknar "Kultur- och fritidsnämnden" och inget annat organ'],
  },
  {
    name: 'an abbreviation the draft does not introduce, which the corpus does',
    text: draft('Underlaget har tagits fram av BoU under våren.'),
    metadata: VAXJO,
    corpus: CORPUS,
    expected: ['4:31 BoU'],
    messages: ['"BoU" förklaras inte i skrivelsen; korpusen skriver ut det som "Förvaltningen för Barn & Utbildning"'],
  },
  {
    name: 'an abbreviation the draft introduces',
    text: draft('Förvaltningen för Barn & Utbildning (BoU) har tagit fram underlaget. BoU svarar.'),
    metadata: VAXJO,
    corpus: CORPUS,
    expected: [],
  },
  {
    name: 'a word the corpus spells otherwise ("Utredda formerna")',
    text: draft('Uppdraget var att Utredda formerna för stadens arbete.'),
    metadata: VAXJO,
    corpus: CORPUS,
    expected: ['4:19 Utredda'],
  },
]);
