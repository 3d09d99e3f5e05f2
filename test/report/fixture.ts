// A small analysis and names report from hand-built documents, for the report tests.
import { analyzeCorpus } from '../../src/analyze/index.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { analyzeNames } from '../../src/names/index.js';
import { doc, lexicons, rules } from '../helpers/tagged.js';

export const lex = lexicons();

export const docs = [
  doc({
    path: 'korpus/kultur.txt',
    author: 'malmo/kulturnamnden',
    passages: [
      {
        text: 'Kulturnämnden arbetar med barnets bästa, "citat" & <taggar>. En utmaning är resurser.',
        tags: [{ id: 'barnratt', term: 'barnets bästa' }, 'P1'],
        mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }],
        page: 3,
      },
      { text: 'Information ges på klarspråk och resultatet har ökat.', tags: [{ id: 'P4', term: 'klarspråk' }], page: 4 },
      {
        text: 'Nämnden har inte lyft fram samråd, och inte heller MKB Fastighet AB.',
        tags: [{ id: 'P3', term: 'samråd', negated: true }],
        mentions: [{ id: 'malmo/mkb-fastighets-ab', name: 'MKB Fastighet AB' }],
        page: 4,
      },
    ],
  }),
  doc({
    path: 'korpus/fritid.txt',
    author: 'malmo/fritidsnamnden',
    passages: [
      {
        text: 'Fritidsnämnden sätter Malmöbon i centrum, med fokus på HBTQ-frågor.',
        tags: ['P1'],
        mentions: [{ id: 'malmo/fritidsnamnden', name: 'Fritidsnämnden' }],
      },
      { text: 'Unga har inflytande genom samråd; uppföljningen visar att deltagandet ökat.', tags: [{ id: 'P3', term: 'samråd' }] },
    ],
  }),
];

export function analysis(view: 'mention' | 'author' = 'author', bothViews = false) {
  return analyzeCorpus(docs, lex, {
    view,
    expected: expectedFromRegistry(lex, 'malmo', ['nämnd', 'bolag']),
    rules: rules(),
    bothViews,
    skippedVariants: [{ path: 'korpus/fritid.pdf', variantOf: 'fritid.docx', by: 'manifest', similarity: null }],
  });
}

export const names = () => analyzeNames(docs, lex, { rules: rules() });

/** By mention, a passage whose committee is named two sentences before the term: the evidence must say why it counts. */
export function farAttribution() {
  const far = doc({
    path: 'korpus/kultur.txt',
    author: 'malmo/kulturnamnden',
    passages: [
      {
        text: 'Kulturnämnden redovisar sitt arbete under året. Många aktiviteter har genomförts i stadsdelarna. Arbetet med barnets bästa har fördjupats.',
        tags: [{ id: 'barnratt', term: 'barnets bästa' }],
        mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }],
      },
    ],
  });
  return analyzeCorpus([far], lex, { view: 'mention', rules: rules(), expected: expectedFromRegistry(lex, 'malmo', ['nämnd']) });
}
