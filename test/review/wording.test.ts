// Rules made of data only (existence, substitution, consistency): officialese, outdated terms for
// groups of people, and one form per document.
import { memoWith } from './helpers.js';
import { ruleTable } from './table.js';

const CASE_START = 'Förskolenämnden har i dag';
const inCase = (text: string) => memoWith(CASE_START, `${text} ${CASE_START}`);

ruleTable('formell-stil', [
  { name: 'plain wording', text: inCase('Kommunfullmäktige godkänner avtalet.'), expected: [] },
  { name: '"härmed"', text: inCase('Kommunfullmäktige godkänner härmed avtalet.'), expected: ['28:29 härmed'] },
  { name: 'inflected "dylikt"', text: inCase('Lokaler och dylikt hyrs in.'), expected: ['28:13 dylikt'] },
  { name: 'not inside other words', text: inCase('Härmedföljande avtal.'), expected: [] },
]);

ruleTable('krangelord', [
  { name: 'plain wording', text: inCase('Stadskontoret ser till att avtalet följs enligt policyn.'), expected: [] },
  {
    name: '"tillse" and "i enlighet med"',
    text: inCase('Stadskontoret ska tillse att avtalet följs i enlighet med policyn.'),
    expected: ['28:19 tillse', '28:44 i enlighet med'],
    messages: ['"se till"', '"enligt"'],
  },
  { name: 'a phrase across a line break', text: inCase('Avtalet följs i\nenlighet med policyn.'), expected: ['28:15 i enlighet med'] },
]);

ruleTable('funktionsnedsattning-termer', [
  { name: 'person first', text: inCase('Lokalen anpassas för personer med funktionsnedsättning.'), expected: [] },
  {
    name: 'handikappade, funktionshindrade, rörelsehindrade',
    text: inCase('Lokalen anpassas för handikappade, funktionshindrade och rörelsehindrade.'),
    expected: ['28:22 handikappade', '28:36 funktionshindrade', '28:58 rörelsehindrade'],
    messages: ['"personer med funktionsnedsättning"', '"personer med funktionsnedsättning"', '"personer med rörelsenedsättning"'],
  },
  { name: 'compounds are left alone', text: inCase('Handikappolitiken har en lång historia.'), expected: [] },
]);

ruleTable('gruppbeteckningar', [
  { name: 'a precise group', text: inCase('Insatsen riktar sig till utrikes födda kvinnor.'), expected: [] },
  { name: '"invandrare"', text: inCase('Insatsen riktar sig till invandrare.'), expected: ['28:26 invandrare'] },
]);

ruleTable('hbt-forkortning', [
  { name: 'current forms', text: inCase('Arbetet för hbtqi-personers rättigheter och HBTQIA+-perspektivet.'), expected: [] },
  { name: '"HBT"', text: inCase('Arbetet för HBT-personers rättigheter.'), expected: ['28:13 HBT'] },
]);

ruleTable('hbtqi-form', [
  { name: 'one form throughout', text: inCase('Insatser mot HBTQIA-hat och för HBTQIA-personer.'), expected: [] },
  {
    name: 'two forms: the rarer one is reported',
    text: inCase('Insatser mot HBTQIA-hat, för HBTQIA-personer och för HBTQ-personer.'),
    expected: ['28:54 HBTQ'],
    messages: ['annars HBTQIA (2 gånger)'],
  },
  { name: 'HBTQIA+ is its own form; on a tie the first wins', text: inCase('HBTQIA+-personer och HBTQIA-personer.'), expected: ['28:22 HBTQIA'] },
]);

ruleTable('konsekvensanalys-form', [
  { name: 'one word', text: inCase('En konsekvensanalys görs; konsekvensanalysen redovisas.'), expected: [] },
  { name: 'barnkonsekvensanalys is another concept', text: inCase('En konsekvensanalys och en barnkonsekvensanalys görs.'), expected: [] },
  { name: 'two words', text: inCase('En konsekvensanalys görs; konsekvensbedömningen redovisas.'), expected: ['28:27 konsekvensbedömningen'] },
]);
