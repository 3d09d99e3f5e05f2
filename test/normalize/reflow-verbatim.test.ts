import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/normalize/reflow.js';
import type { SourceLine } from '../../src/normalize/source-line.js';
import type { RawBlock } from '../../src/types.js';

/** Source lines of `source` split at "\n", trimmed; `cleaned` lines stand as cleaned (not the source's verbatim). */
function sourceLines(source: string, cleaned: Record<number, string> = {}): SourceLine[] {
  let offset = 0;
  return source.split('\n').map((raw, i) => {
    const from = offset + (raw.length - raw.trimStart().length);
    const to = offset + raw.trimEnd().length;
    offset += raw.length + 1;
    const text = cleaned[i] ?? raw.trim();
    return { text, indented: false, small: undefined, page: 1, line: i + 1, from, to, verbatim: cleaned[i] === undefined };
  });
}

function joinedVerbatimTexts(lines: SourceLine[]): string[] {
  const joined = new Set<RawBlock>();
  const context = { lineWidth: 40, known: () => false, isSectionTitle: () => false, joinAcrossGaps: false };
  const blocks = reflow(lines, context, joined);
  return blocks.filter((block) => joined.has(block)).map((block) => block.text);
}

describe('reflow: blocks that are their source lines joined by single spaces', () => {
  it('names a paragraph of verbatim lines, and not one whose join dropped a hyphen', () => {
    const source = [
      'Nämnden har under året arbetat med',
      'frågor om mänskliga rättigheter.',
      '',
      'Arbetet med verksam-',
      'heten fortsätter under nästa år.',
    ].join('\n');
    expect(joinedVerbatimTexts(sourceLines(source))).toEqual(['Nämnden har under året arbetat med frågor om mänskliga rättigheter.']);
  });

  it('leaves out a block with a cleaned line, a list item without its bullet, and one squeezed of double spaces', () => {
    const source = [
      'Nämnden har under året arbetat med',
      'frågor\u00a0om rättigheter.',
      '',
      '• Arbetet fortsätter under året',
      'med fler frågor.',
      '',
      'Arbetet  fortsätter under året med',
      'fler frågor.',
      '',
      'Det sista stycket.',
    ].join('\n');
    const lines = sourceLines(source, { 1: 'frågor om rättigheter.' });
    expect(joinedVerbatimTexts(lines)).toEqual(['Det sista stycket.']);
  });
});
