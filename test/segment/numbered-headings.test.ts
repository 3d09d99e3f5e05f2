// Numbered headings in plain text: `1. Inledning` over body text is a heading, not a list item, and
// `2.1 Barnets rättigheter` right under `2. Mänskliga rättigheter` is a heading of its own, not the
// rest of a sentence; a decision's numbered points stay a list.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { RawDocument } from '../../src/types.js';

const BODY = 'Förskoleförvaltningen har genomfört barnkonsekvensanalyser inför alla större beslut under året.';
const BODY2 = 'Nämnden bedömer att arbetet behöver utvecklas i förskolor med många barn som har ett annat modersmål.';

const docOf = (lines: string[]) => {
  const raw: RawDocument = { path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines };
  return segment(normalize(raw));
};
const blocksOf = (lines: string[]) => docOf(lines).passages.map((p) => [p.kind, p.text]);

describe('numbered headings', () => {
  it('a report numbered 1., 2., 2.1: each number opens a section', () => {
    expect(blocksOf(['Årsrapport 2025', '', '1. Inledning', BODY, '', '2. Mänskliga rättigheter', '2.1 Barnets rättigheter', BODY2])).toEqual([
      ['paragraph', 'Årsrapport 2025'],
      ['heading', '1. Inledning'],
      ['paragraph', BODY],
      ['heading', '2. Mänskliga rättigheter'],
      ['heading', '2.1 Barnets rättigheter'],
      ['paragraph', BODY2],
    ]);
  });

  it('levels follow the numbering', () => {
    const doc = docOf(['1. Inledning', BODY, '', '2. Ärendet', '2.1 Bakgrund', BODY2]);
    expect(doc.passages.at(-1)!.sectionPath).toEqual(['2. Ärendet', '2.1 Bakgrund']);
  });

  it.each([
    [
      'a decision in numbered points',
      ['Förslag till beslut', '1. Nämnden antar planen.', '2. Nämnden ger förvaltningen i uppdrag att följa upp planen.', '', BODY],
    ],
    ['a run of points without periods', ['Förslag till beslut', '1. Anta planen', '2. Följa upp planen', '', BODY]],
    ['a list of components, the last over body text', ['Komponenter', BODY, '1. Mål och styrning', '2. Kunskap och statistik', '3. Uppföljning', '', BODY2]],
    ['a number out of sequence over body text', ['Komponenter', BODY, '', '7. Uppföljning och utvärdering', BODY2]],
    ['a bullet before the number', ['Komponenter', BODY, '', '• 1. Mål och styrning', '', BODY2]],
  ])('%s stays a list', (_name, lines) => {
    expect(
      blocksOf(lines)
        .filter(([kind]) => kind === 'heading')
        .map(([, text]) => text),
    ).toEqual([lines[0]]);
  });

  it('a count after a line without final punctuation still goes on with the sentence', () => {
    expect(blocksOf(['Antalet platser i gruppbostäderna ökade under året med', '3 fler än planerat och kön minskade.'])).toEqual([
      ['paragraph', 'Antalet platser i gruppbostäderna ökade under året med 3 fler än planerat och kön minskade.'],
    ]);
  });
});
