// Wording and plain language. `inCase(text)` puts text first in the case section's paragraph,
// line 28 of CLEAN_MEMO, so its findings start at 28:1.
import { CLEAN_MEMO, memoWith } from './helpers.js';
import { ruleTable } from './table.js';

const CASE_START = 'Förskolenämnden har i dag';
const inCase = (text: string) => memoWith(CASE_START, `${text} ${CASE_START}`);
const POLICY = 'Policy för mänskliga rättigheter med fokus på barnets rättigheter, jämlikhet och jämställdhet';
// 10 clauses of five words joined by nine "och": 59 words, 60 with the first word.
const SIXTY = Array.from({ length: 10 }, () => 'nämnden ska följa upp planen').join(' och ');

ruleTable('title-wording', [
  { name: 'canonical title', text: inCase(`Arbetet utgår från ”${POLICY}”.`), expected: [] },
  {
    name: 'a known misquotation',
    text: inCase(`Arbetet utgår från ”${POLICY.replace('med fokus', 'med särskilt fokus')}”.`),
    expected: [`28:21 ${POLICY.replace('med fokus', 'med särskilt fokus')}`],
    messages: [`"${POLICY}"`],
  },
  {
    name: 'a quotation nearly like the title',
    text: inCase(`Arbetet utgår från ”${POLICY.replace('jämlikhet och', 'jämlikhet samt')}”.`),
    expected: [`28:21 ${POLICY.replace('jämlikhet och', 'jämlikhet samt')}`],
  },
  { name: 'an unrelated quotation', text: inCase('Projektet heter ”Trygg i förskolan för alla barn”.'), expected: [] },
]);

ruleTable('preferred-term', [
  { name: 'preferred forms', text: inCase('En konsekvensanalys för funktionsnedsättning görs.'), expected: [] },
  {
    name: 'variants',
    text: inCase('En konsekvensbedömning för funktionsvariationer görs.'),
    expected: ['28:4 konsekvensbedömning', '28:28 funktionsvariationer'],
  },
  {
    name: 'abbreviations: the longest variant at a place',
    text: inCase('Mot HBTQIA+-hat och HBTQIA-hat.'),
    expected: ['28:5 HBTQIA+', '28:21 HBTQIA'],
    messages: ['"hbtqi"'],
  },
]);

ruleTable('spelling', [
  {
    name: 'correct Swedish, compounds and names',
    text: inCase('Barnkonsekvensanalysen visar att Andersson och MKB:s HR-avdelning hjälper till.'),
    expected: [],
  },
  {
    name: 'the real misspellings of STK-2023-138',
    text: inCase('Åtterrapporeringen om afrofofi och ett nytt arbetsätt.'),
    expected: ['28:1 Åtterrapporeringen', '28:23 afrofofi', '28:45 arbetsätt'],
  },
  { name: 'recipient lists are not prose', text: memoWith('Servicenämnden\n', 'Servicenämden\n'), expected: [] },
]);

ruleTable('sentence-length', [
  { name: 'short sentences', text: CLEAN_MEMO, expected: [] },
  { name: 'a sentence of 60 words', text: inCase(`Sedan ${SIXTY}.`), expected: [`28:1 Sedan ${SIXTY}.`], messages: ['Meningen har 60 ord (gräns 35)'] },
]);

ruleTable('lix', [
  { name: 'plain text', text: CLEAN_MEMO.replace(/Förskolenämnden har i dag.*\n/, `${'Vi gör det här nu. '.repeat(30)}\n`), expected: [] },
  { name: 'long words throughout', text: inCase('Samordningsfunktionernas verksamhetsuppföljning.'.repeat(20)), expected: ['1:1', '27:1 Ärendet'] },
]);

ruleTable('passive-voice', [
  { name: 'active voice', text: inCase('Stadskontoret genomför planen och följer upp den.'), expected: [] },
  {
    name: 'three passives in a sentence',
    text: inCase('Planen genomförs, följs upp och redovisas.'),
    expected: ['1:1', '28:1 Planen genomförs, följs upp och redovisas.'],
    messages: ['Passiv:', 'genomförs, följs, redovisas'],
  },
]);

ruleTable('nominal-style', [
  { name: 'verbs', text: inCase('Vi samordnar och följer upp.'), expected: [] },
  {
    name: 'four nominalizations',
    text: inCase('Samordningen kräver förankring, uppföljning och implementeringen.'),
    expected: ['28:1 Samordningen kräver förankring, uppföljning och implementeringen.'],
  },
]);

ruleTable('rights-consequences', [
  { name: 'rights considered', text: CLEAN_MEMO, expected: [] },
  { name: 'not a word on rights', text: CLEAN_MEMO.replace(' och de mänskliga rättigheterna', ''), expected: ['1:1'] },
]);

ruleTable('child-consequences', [
  { name: 'barnets bästa', text: CLEAN_MEMO, expected: [] },
  { name: '"påverkar inte barn"', text: CLEAN_MEMO.replace(/Stadskontoret har prövat.*?förskolan\./, 'Förslaget påverkar inte barn.'), expected: [] },
  {
    name: 'only the policy title mentions children',
    text: CLEAN_MEMO.replace(/Stadskontoret har prövat.*?förskolan\./, `Se ”${POLICY}”.`).replace('barns rätt till utbildning och ', ''),
    expected: ['1:1'],
  },
]);

ruleTable('child-impact-assessment', [
  { name: 'barnets bästa', text: CLEAN_MEMO, expected: [] },
  { name: 'children’s rights named, not assessed', text: CLEAN_MEMO.replace('prövat barnets bästa', 'stärkt barnets rättigheter'), expected: ['1:1'] },
]);

ruleTable(
  'principles-summary',
  [
    { name: 'a summary of what the memo touches', text: CLEAN_MEMO, expected: ['1:1'], messages: ['rättighetsområden: Barnets rättigheter ('] },
    { name: 'and of what it does not touch', text: inCase('Planen följs upp i dialog med Malmöborna.'), expected: ['1:1'], messages: ['P3 ('] },
    {
      name: 'and of what it considers and dismisses',
      text: inCase('Beslutet bedöms inte påverka personer med funktionsnedsättning.'),
      expected: ['1:1'],
      messages: ['övervägda och avfärdade: Funktionsrätt; principer som inte berörs'],
    },
  ],
  { summary: true },
);
