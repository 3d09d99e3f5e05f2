// The real memo STK-2023-138 as PDF text (seed -a), as Word text with its spelling variants
// (seed -b) and as the DOCX fixture: no errors. The warnings are true ones: the registry's known
// misspellings in the recipient list, the real misspellings of the Word version, hard text.
import { describe, expect, test } from 'vitest';
import { docFrom, FIXTURE_DOCX, readDocument, reviewer, SEED_A, SEED_B } from './helpers.js';

const REAL_MISSPELLINGS = ['Åtterrapporeringen', 'åtterrapporeringen', 'åtterrapporeringen', 'åtterrapporeringen', 'arbetsätt', 'afrofofi', 'afrofofi'];

describe.each([
  { name: 'seed -a (PDF text)', file: SEED_A, misspellings: [] as string[] },
  { name: 'seed -b (Word text)', file: SEED_B, misspellings: REAL_MISSPELLINGS },
  { name: 'DOCX fixture', file: FIXTURE_DOCX, misspellings: REAL_MISSPELLINGS },
])('$name', ({ file, misspellings }) => {
  test('no errors', async () => {
    const findings = (await reviewer()).review(await readDocument(file));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test('spelling reports exactly the real misspellings', async () => {
    const findings = (await reviewer()).review(await readDocument(file), 'spelling');
    expect(findings.map((f) => f.excerpt)).toEqual(misspellings);
  });
  test('the recipient list: two known misspellings from the registry, nothing unknown or doubled', async () => {
    const review = await reviewer();
    const doc = await readDocument(file);
    expect(review.review(doc, 'administration-spelling').map((f) => f.excerpt)).toEqual(['Hälsa-, vård och omsorgsnämnden', 'Malmö Kommuns parkering AB']);
    expect(review.review(doc, 'recipient-registry')).toEqual([]);
    expect(review.review(doc, 'recipient-duplicates')).toEqual([]);
    expect(review.review(doc, 'unknown-body')).toEqual([]);
  });
  test('the memo touches every principle', async () => {
    const [summary] = (await reviewer()).review(await readDocument(file), 'principles-summary');
    expect(summary.message).toMatch(/principer som inte berörs: inga$/);
  });
});

test('the labels of case numbers are no misspellings, in any case, and a slip in one still is', async () => {
  const review = await reviewer();
  const text = 'Tjänsteskrivelse\n\nDnr BUN 2026/045\nDiarienr KS 2026/1\nÄrendenr 12\n\nUnder dnr 2026/3 och löpnr 7 finns ärendet. Se dnrr 4.';
  expect(review.review(docFrom(text), 'spelling').map((f) => f.excerpt)).toEqual(['dnrr']);
});
