import { describe, expect, it } from 'vitest';
import { findFootnoteReferences, stripFootnoteReferences } from '../../src/normalize/footnotes.js';
import { normalize } from '../../src/normalize/index.js';
import { pdfRaw } from '../helpers/ingest.js';
import type { RawDocument } from '../../src/types.js';

describe('footnote references glued to words', () => {
  it.each([
    ['Detta skapar en illusion av att det finns konsensus kring frågorna.1', 'Detta skapar en illusion av att det finns konsensus kring frågorna.', ['1']],
    ['Samordningen har också dels fokus på särskilda grupper2', 'Samordningen har också dels fokus på särskilda grupper', ['2']],
    ['som exempelvis de nationella minoriteterna3, har också', 'som exempelvis de nationella minoriteterna, har också', ['3']],
    ['för att förbättra villkoren.4 I de fall', 'för att förbättra villkoren. I de fall', ['4']],
    ['stöd för mänskliga rättigheter1 och', 'stöd för mänskliga rättigheter och', ['1']],
    ['som benämns tjänstedesign10 som', 'som benämns tjänstedesign som', ['10']],
  ])('%j', (input, expected, labels) => {
    expect(findFootnoteReferences(input)).toEqual(labels);
    expect(stripFootnoteReferences(input)).toBe(expected);
  });

  it.each([
    ['hållbarhetsmålen i Agenda 2030.'],
    ['Svensk diskrimineringslag (SFS 2008:567) anger'],
    ['G-Tjänsteskrivelse KSAU 240429'],
    ['ytan är 120 m2 stor'],
    ['se s.12 i rapporten'],
    ['Covid-19 och HBTQIA+'],
    ['(Institutet för mänskliga rättigheter, 2023b)'],
  ])('%j has no footnote reference', (input) => {
    expect(stripFootnoteReferences(input)).toBe(input);
  });
});

const saved = (...lines: string[]): RawDocument => ({ path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines });
const pdf = pdfRaw;

describe('footnote text at the foot of the page', () => {
  it.each([
    {
      name: 'saved PDF text: note after a blank line, then the next page starts indented (the note is on the page before, whose number is not known)',
      raw: saved(
        'området som ska integreras beskrivs abstrakt och genom innehållslösa mål. Detta skapar en ',
        'illusion av att det finns konsensus kring frågorna.1  ',
        '',
        ' ',
        '1 jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017; Callerstig & Lindholm ',
        '2011 ',
        ' • Det behöver finnas en växelverkan mellan pågående förändrings- och ',
        'utvecklingsarbete inom området och en kontinuerlig integrering. ',
        '8 (52) ',
      ),
      body: [
        'området som ska integreras beskrivs abstrakt och genom innehållslösa mål. Detta skapar en illusion av att det finns konsensus kring frågorna.',
        'Det behöver finnas en växelverkan mellan pågående förändrings- och utvecklingsarbete inom området och en kontinuerlig integrering.',
      ],
      footnotes: [{ label: '1', text: 'jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017; Callerstig & Lindholm 2011' }],
    },
    {
      name: 'saved PDF text: two notes in one block, a URL line after a blank',
      raw: saved(
        'principerna i policyn. Samordningen har också dels fokus på särskilda grupper2 ',
        'som kan ha svårt att få sina rättigheter tillgodosedda. Vissa grupper, som exempelvis de nationella ',
        'minoriteterna3, har också särskilda rättigheter. ',
        '',
        ' ',
        '2 Vissa av de internationella konventionerna ger särskilt skydd för dessa sårbara grupper. ',
        '3 De nationella minoriteterna är: judar, romer, samer, sverigefinnar och tornedalingar. ',
        '',
        'https://www.upphandlingsmyndigheten.se/om-hallbar-upphandling/',
        ' • Policyn lägger grunden till ett mer samlat arbete, men kräver ',
        'förankring och prioriteringar ',
        '9 (52) ',
      ),
      body: [
        'principerna i policyn. Samordningen har också dels fokus på särskilda grupper som kan ha svårt att få sina rättigheter tillgodosedda. Vissa grupper, som exempelvis de nationella minoriteterna, har också särskilda rättigheter.',
        'Policyn lägger grunden till ett mer samlat arbete, men kräver förankring och prioriteringar',
      ],
      footnotes: [
        { label: '2', text: 'Vissa av de internationella konventionerna ger särskilt skydd för dessa sårbara grupper.' },
        {
          label: '3',
          text: 'De nationella minoriteterna är: judar, romer, samer, sverigefinnar och tornedalingar. https://www.upphandlingsmyndigheten.se/om-hallbar-upphandling/',
        },
      ],
    },
    {
      name: 'PDF page: the note runs to the foot of the page, above the page number',
      raw: pdf(
        [
          'Malmö stad',
          'Detta skapar en illusion av att det finns konsensus kring frågorna.1',
          'Utifrån erfarenheten och utvärderingar av arbetet med de tidigare',
          '1 jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017;',
          'Callerstig & Lindholm 2011',
          '7 (52)',
        ],
        ['Malmö stad', 'utvecklingsplanerna, kan följande lärdomar dras.', '8 (52)'],
      ),
      body: [
        'Detta skapar en illusion av att det finns konsensus kring frågorna.',
        'Utifrån erfarenheten och utvärderingar av arbetet med de tidigare utvecklingsplanerna, kan följande lärdomar dras.',
      ],
      footnotes: [{ label: '1', text: 'jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017; Callerstig & Lindholm 2011', page: 1 }],
    },
    {
      name: 'a line starting with a number that no reference points to is body text',
      raw: pdf(['Antalet ärenden var i år', '3 fler än förra året, vilket är en ökning.', '1 (1)']),
      body: ['Antalet ärenden var i år 3 fler än förra året, vilket är en ökning.'],
      footnotes: [],
    },
  ])('$name', ({ raw, body, footnotes }) => {
    const doc = normalize(raw);
    expect(doc.blocks.map((b) => b.text)).toEqual(body);
    expect(doc.footnotes).toEqual(footnotes);
  });
});
