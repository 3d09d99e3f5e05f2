// End to end: a Word memo and the PDF made from it, in a folder without a manifest, are one
// document in `mrkoll analyze`: counted once, the other listed with the text it repeats.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SHARED } from '../helpers/ingest.js';
import { makeTempDir } from '../helpers/temp.js';

describe('the same text in two formats (built binary)', () => {
  const dir = makeTempDir('mrkoll-variants-e2e-');
  for (const ext of ['docx', 'pdf']) copyFileSync(path.join(SHARED, `fixtures/tjansteskrivelse-stk-2023-138.${ext}`), path.join(dir, `memo.${ext}`));

  test('analyze counts it once and names the other rendering; --include-variants counts both', () => {
    const once = JSON.parse(runCli(['analyze', dir, '--format', 'json', '--no-cache']).stdout);
    expect(once.corpus.documents.map((d: { path: string }) => path.basename(d.path))).toEqual(['memo.docx']);
    expect(once.corpus.skippedVariants).toEqual([
      { path: path.join(dir, 'memo.pdf'), variantOf: path.join(dir, 'memo.docx'), by: 'content', similarity: expect.any(Number) },
    ]);
    expect(once.corpus.skippedVariants[0].similarity).toBeGreaterThanOrEqual(0.9);
    const text = runCli(['analyze', dir, '--no-cache']).stdout;
    expect(text).toMatch(/Överhoppade varianter: 1: memo\.pdf \(samma text som memo\.docx, \d+\s%\slika\)/u);
    const both = JSON.parse(runCli(['analyze', dir, '--format', 'json', '--no-cache', '--include-variants']).stdout);
    expect(both.corpus.documents).toHaveLength(2);
  });
});
