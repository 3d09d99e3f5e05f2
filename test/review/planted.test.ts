// The memo STK-2023-138 with one planted defect of every kind (fixtures/utkast-med-fel.txt, made
// by fixtures/make_utkast_med_fel.py): each is reported by its rule at the right place, and the
// errors are exactly the planted ones. Lines and columns are the file's.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Finding } from '../../src/review/index.js';
import { PLANTED, readDocument, reviewer } from './helpers.js';

let findings: Finding[];
beforeAll(async () => {
  const review = await reviewer();
  findings = review.review(await readDocument(PLANTED));
});

const PLANTED_DEFECTS = [
  { defect: 'Ansvariga removed (reported at the end of the text)', ruleId: 'required-sections', line: 407, column: 40, excerpt: '' },
  { defect: 'two Beslutsplanering dates swapped', ruleId: 'decision-planning', line: 35, column: 17, excerpt: '2024-04-29' },
  { defect: 'a committee misspelt', ruleId: 'administration-spelling', line: 46, column: 1, excerpt: 'Kulturnämden' },
  { defect: 'an unknown body among the recipients', ruleId: 'recipient-registry', line: 48, column: 1, excerpt: 'Trafiknämnden' },
  { defect: 'a recipient listed twice', ruleId: 'recipient-duplicates', line: 53, column: 1, excerpt: 'Miljönämnden' },
  { defect: 'an unknown body in the running text', ruleId: 'unknown-body', line: 72, column: 46, excerpt: 'Integrationsnämnden' },
  { defect: 'one occurrence of the case number changed', ruleId: 'case-number-consistency', line: 32, column: 58, excerpt: 'STK-2023-183' },
  { defect: 'a malformed case number', ruleId: 'case-number-format', line: 248, column: 52, excerpt: 'STK 2024-286' },
  {
    defect: 'the policy title misquoted',
    ruleId: 'title-wording',
    line: 74,
    column: 76,
    excerpt: 'Policy för mänskliga rättigheter med särskilt fokus på barnets rättigheter, jämlikhet och jämställdhet',
  },
  { defect: 'a banned phrase', ruleId: 'formell-stil', line: 24, column: 32, excerpt: 'härmed' },
  { defect: 'an outdated disability term', ruleId: 'funktionsnedsattning-termer', line: 162, column: 67, excerpt: 'handikappade' },
  { defect: 'a 60-word sentence', ruleId: 'sentence-length', line: 274, column: 1, excerpt: /^Stadskontoret kommer under 2024 .* i hela staden\.$/ },
  { defect: 'a misspelling', ruleId: 'spelling', line: 235, column: 5, excerpt: 'afrofofi' },
  { defect: 'the text on children removed', ruleId: 'child-consequences', line: 1, column: 1, excerpt: '' },
];

describe('planted defects', () => {
  test.each(PLANTED_DEFECTS)('$defect → $ruleId at $line:$column', ({ ruleId, line, column, excerpt }) => {
    const hits = findings.filter((f) => f.ruleId === ruleId && f.line === line && f.column === column);
    expect(hits).toHaveLength(1);
    if (typeof excerpt === 'string') expect(hits[0].excerpt).toBe(excerpt);
    else expect(hits[0].excerpt).toMatch(excerpt);
  });

  test('the errors are exactly the planted ones', () => {
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.line}:${f.column}`);
    const planted = PLANTED_DEFECTS.map((d) => `${d.ruleId} ${d.line}:${d.column}`);
    expect(errors.every((e) => planted.includes(e))).toBe(true);
    expect(errors).toHaveLength(6);
  });

  test('messages name what is wrong and what is right', () => {
    const message = (ruleId: string) => findings.find((f) => f.ruleId === ruleId)?.message;
    expect(message('required-sections')).toContain('"Ansvariga"');
    expect(message('decision-planning')).toBe(
      'Kommunstyrelsen 2024-04-29 ligger före Kommunstyrelsens arbetsutskott 2024-05-07; datumen ska följa ordningen arbetsutskottet → kommunstyrelsen → kommunfullmäktige',
    );
    expect(message('case-number-consistency')).toBe('Ärendets diarienummer är STK-2023-138, men här står "STK-2023-183"');
    expect(findings.find((f) => f.excerpt === 'Kulturnämden')?.expected).toBe('Kulturnämnden');
    expect(message('spelling')).toBe('Okänt ord "afrofofi" (förslag: afrofobi)');
  });
});
