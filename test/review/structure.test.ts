// The memo's structure: sections, decision planning, recipients and names, case numbers.
// Line numbers refer to the extracted text of CLEAN_MEMO (one blank line between passages):
// 21 Beslutsplanering, 23–27 its entries, 29 Beslutet skickas till, 31–35 recipients, 41 Ansvariga.
import { CLEAN_MEMO, memoWith } from './helpers.js';
import { ruleTable } from './table.js';

ruleTable('required-sections', [
  { name: 'all sections', text: CLEAN_MEMO, expected: [] },
  {
    name: 'heading variants: numbered, colon, other case, Uppdraget for Ärendet',
    text: CLEAN_MEMO.replace('Sammanfattning\n', '1. SAMMANFATTNING:\n').replace('Ärendet\n', 'Uppdraget\n'),
    expected: [],
  },
  { name: 'Ansvariga missing: reported at the end', text: CLEAN_MEMO.replace(/Ansvariga\n.*\n$/, ''), expected: ['28:257'] },
  {
    name: 'Beslutsplanering missing: reported at the next section present',
    text: memoWith('Beslutsplanering\n', 'Tidplan\n'),
    expected: ['22:1'],
    messages: ['Avsnittet "Beslutsplanering" saknas'],
  },
  { name: 'a heading with nothing after it is no section', text: CLEAN_MEMO.replace(/Anna Andersson Avdelningschef\n$/, ''), expected: ['30:10'] },
]);

ruleTable('decision-planning', [
  { name: 'dates in order', text: CLEAN_MEMO, expected: [] },
  {
    name: 'two dates swapped',
    text: memoWith('arbetsutskott 2024-04-29\nKommunstyrelsen 2024-05-07', 'arbetsutskott 2024-05-07\nKommunstyrelsen 2024-04-29'),
    expected: ['19:17 2024-04-29'],
    messages: ['Kommunstyrelsen 2024-04-29 ligger före Kommunstyrelsens arbetsutskott 2024-05-07'],
  },
  { name: 'not a calendar date', text: memoWith('Kommunfullmäktige 2024-05-23', 'Kommunfullmäktige 2024-02-30'), expected: ['20:19 2024-02-30'] },
  { name: 'before the memo is dated', text: memoWith('arbetsutskott 2024-04-29', 'arbetsutskott 2024-04-02'), expected: ['18:32 2024-04-02'] },
  {
    name: 'bodies out of order',
    text: memoWith('Kommunstyrelsen 2024-05-07\nKommunfullmäktige 2024-05-23', 'Kommunfullmäktige 2024-05-07\nKommunstyrelsen 2024-05-23'),
    expected: ['20:1 Kommunstyrelsen'],
  },
]);

ruleTable('recipient-registry', [
  { name: 'registered recipients and an office’s handläggare', text: CLEAN_MEMO, expected: [] },
  { name: 'aliases and near misses are known bodies', text: memoWith('Servicenämnden\n', 'MKB\nKulturnämden\n'), expected: [] },
  {
    name: 'a body Malmö does not have',
    text: memoWith('Servicenämnden\n', 'Trafiknämnden\n'),
    expected: ['24:1 Trafiknämnden'],
    messages: ['finns inte i registret över Malmö stads'],
  },
]);

ruleTable('recipient-duplicates', [
  { name: 'each once', text: CLEAN_MEMO, expected: [] },
  { name: 'the same body twice', text: memoWith('Servicenämnden\n', 'Servicenämnden\nServicenämnden\n'), expected: ['25:1 Servicenämnden'] },
  { name: 'one body written two ways', text: memoWith('Servicenämnden\n', 'MKB Fastighets AB\nMKB\n'), expected: ['25:1 MKB'] },
]);

ruleTable('administration-spelling', [
  { name: 'canonical names', text: CLEAN_MEMO, expected: [] },
  {
    name: 'a known misspelling in the recipient list',
    text: memoWith('Servicenämnden\n', 'Hälsa-, vård och omsorgsnämnden\n'),
    expected: ['24:1 Hälsa-, vård och omsorgsnämnden'],
    messages: ['ska stavas "Hälsa-, vård- och omsorgsnämnden"'],
  },
  { name: 'a near miss', text: memoWith('Servicenämnden\n', 'Servicenämden\n'), expected: ['24:1 Servicenämden'] },
  { name: 'capitals', text: memoWith('Servicenämnden\n', 'Malmö live konserthus AB\n'), expected: ['24:1 Malmö live konserthus AB'] },
  {
    name: 'a known misspelling in the running text',
    text: memoWith('Förskolenämnden har i dag', 'MKB Fastighet AB:s och Förskolenämnden har i dag'),
    expected: ['28:1 MKB Fastighet AB:s'],
  },
  { name: 'a body in the planning', text: memoWith('Kommunstyrelsen 2024-05-07', 'Kommunstyrlsen 2024-05-07'), expected: ['19:1 Kommunstyrlsen'] },
  {
    name: 'an organ name near exactly one of the registry’s, in the running text',
    text: memoWith('Förskolenämnden har i dag', 'Förskollenämnden har i dag'),
    expected: ['28:1 Förskollenämnden'],
    messages: ['ska stavas "Förskolenämnden" (möjligen stavfel)'],
  },
  {
    name: 'the same organ written otherwise is not a misspelling',
    text: memoWith('Förskolenämnden har i dag', 'Nämnden för Service och Förskolenämnden har i dag'),
    expected: [],
  },
  {
    name: 'a head noun one letter off',
    text: memoWith('Förskolenämnden har i dag', 'Kommunstyrelssen och Förskolenämnden har i dag'),
    expected: ['28:1 Kommunstyrelssen'],
    messages: ['ska stavas "Kommunstyrelsen" (möjligen stavfel)'],
  },
  {
    name: 'a wrong name for exactly one organ: a coordination in another order',
    text: memoWith('Förskolenämnden har i dag', 'Gatu- och fastighetskontoret och Förskolenämnden har i dag'),
    expected: ['28:1 Gatu- och fastighetskontoret'],
    messages: ['ska stavas "Fastighets- och gatukontoret" (möjligen fel namn: samma ord i en annan ordning)'],
  },
  {
    name: 'a wrong name close to two organs is left alone',
    text: memoWith('Förskolenämnden har i dag', 'Fritids- och kulturnämnden och Förskolenämnden har i dag'),
    expected: [],
  },
]);

ruleTable('unknown-body', [
  { name: 'registered bodies only', text: CLEAN_MEMO, expected: [] },
  {
    name: 'an unregistered committee in the running text',
    text: memoWith('Förskolenämnden har i dag', 'Integrationsnämnden och förskolenämnden har i dag'),
    expected: ['28:1 Integrationsnämnden'],
  },
]);

ruleTable('case-number-format', [
  { name: 'well-formed', text: CLEAN_MEMO, expected: [] },
  { name: 'Stockholm form in a Stockholm memo', text: memoWith('STK-2024-55', 'KS 2024/1035'), metadata: { city: 'stockholm' }, expected: [] },
  { name: "Stockholm's form is not Malmö's", text: memoWith('STK-2024-55', 'KS 2024/1035'), expected: ['4:35 KS 2024/1035'] },
  { name: 'a city without a format here is not held to another’s', text: memoWith('STK-2024-55', 'BUN 24-55'), metadata: { city: 'vaxjo' }, expected: [] },
  { name: 'nor is a memo of unknown city', text: memoWith('STK-2024-55', 'BUN 24-55'), metadata: { city: null }, expected: [] },
  { name: 'space instead of hyphen', text: memoWith('STK-2024-55', 'STK 2024-55'), expected: ['4:35 STK 2024-55'] },
  { name: 'two-digit year', text: memoWith('STK-2024-55', 'STK-24-55'), expected: ['4:35 STK-24-55'] },
  { name: 'en dashes', text: memoWith('STK-2024-55', 'STK–2024–55'), expected: ['4:35 STK–2024–55'] },
]);

ruleTable('case-number-consistency', [
  { name: 'own number only in the header', text: CLEAN_MEMO, expected: [] },
  { name: 'other cases referred to', text: memoWith('hyresavtalet.', 'hyresavtalet (jfr STK-2023-1455 och STK-2023-1456).'), expected: [] },
  {
    name: 'own number with two digits swapped',
    text: memoWith('G-Tjänsteskrivelse KSAU 240429', 'G-Tjänsteskrivelse STK-2024-55 KSAU 240429').replace(
      'hyresavtalet.',
      'hyresavtalet i ärende STK-2024-5.',
    ),
    expected: ['12:54 STK-2024-5'],
    messages: ['Ärendets diarienummer är STK-2024-55'],
  },
  { name: 'own number with the wrong year', text: memoWith('hyresavtalet.', 'hyresavtalet, STK-2023-55.'), expected: ['12:46 STK-2023-55'] },
]);
