// Malmö's memos are held to Malmö's template (the `malmo` review profile) exactly as before
// profiles existed: the snapshot was written by the code before them (commit 59f20d4) and must
// not change. Every finding of every rule, on the PDF text, the Word text and the DOCX.
import path from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURE_DOCX, readDocument, reviewer, SEED_A, SEED_B } from './helpers.js';

test.each([SEED_A, SEED_B, FIXTURE_DOCX].map((file) => [path.basename(file), file]))('%s: the findings as before profiles', async (_name, file) => {
  const findings = (await reviewer()).review(await readDocument(file));
  expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message} | ${f.excerpt}`)).toMatchSnapshot();
});
