// Alignment places a stretch the text holds verbatim in one step; where the walk character by
// character would not pair a stretch's characters one for one (entities, other white space,
// combining marks, double spaces), it must not, and every character still points at itself.
import { describe, expect, it } from 'vitest';
import { alignText, isPlainSource } from '../../src/normalize/align.js';
import { normalize } from '../../src/normalize/index.js';
import { LineStarts, OriginBuilder, positionIn } from '../../src/normalize/source-map.js';
import { segment } from '../../src/segment/index.js';

/** The origin of `text` read from the whole lines of `lines`, with and without the plain-source hint. */
function origins(text: string, lines: string[]): { plain: number[]; walked: number[] } {
  const source = lines.join('\n');
  const spans: number[] = [];
  let offset = 0;
  for (const line of lines) {
    spans.push(offset, offset + line.length, 0);
    offset += line.length + 1;
  }
  const run = (plain: boolean) => {
    const origin = new OriginBuilder(LineStarts.of(source));
    alignText(text, source, spans, origin, plain);
    return origin.points;
  };
  return { plain: run(isPlainSource(source)), walked: run(false) };
}

describe('alignText', () => {
  it('places lines the text holds verbatim where they stand, each line one breakpoint', () => {
    const { plain, walked } = origins('Staden arbetar med frågan. Det gäller alla.', ['Staden arbetar med', 'frågan. Det gäller alla.']);
    expect(plain).toEqual([0, 0, 1, 1, 19, 0, 2, 1]);
    expect(walked).toEqual(plain);
  });

  it.each([
    ['an entity', ['Rubrik &amp; mer', 'och mer'], 'Rubrik & mer och mer'],
    ['an entity kept as written', ['Rubrik &amp; mer', 'och mer'], 'Rubrik &amp; mer och mer'],
    ['a no-break space', ['Sida\u00a03 av', 'fem'], 'Sida 3 av fem'],
    ['two spaces', ['två  mellanslag', 'här'], 'två mellanslag här'],
    ['a soft hyphen', ['verk\u00adsamheten', 'går'], 'verksamheten går'],
    ['a combining mark', ['na\u0308mnden', 'beslutar'], 'nämnden beslutar'],
    ['a tab', ['a\tb', 'c'], 'a b c'],
    ['a trailing space', ['slutet ', 'nästa'], 'slutet nästa'],
    ['a split word', ['verksam-', 'heten'], 'verksamheten'],
    ['a line that starts with a space', ['första raden', ' andra raden'], 'första raden andra raden'],
    ['an empty line between', ['första raden', '', 'andra raden'], 'första raden andra raden'],
    ['more text than the lines', ['första raden'], 'första raden och mer'],
    ['less text than the lines', ['första raden', 'andra raden'], 'första raden'],
  ])('points every character of a text with %s at itself', (_, lines, text) => {
    const { plain, walked } = origins(text, lines);
    expect(plain).toEqual(walked);
  });

  it.each([
    // The composed letter's two characters both point at its first: NFC leaves `q̈` as it is.
    ['a combining mark', 'q\u0308 x', [0, 0, 1, 1, 1, 0, 1, 1, 2, 0, 1, 3]],
    // The walk steps over both spaces at the first: the second space and `b` point at `b`.
    ['two spaces', 'a  b', [0, 0, 1, 1, 2, 0, 1, 4, 3, 0, 1, 4]],
  ])('walks a line with %s that the text holds verbatim, as it would not pair it one for one', (_, line, expected) => {
    const { plain, walked } = origins(line, [line]);
    expect(plain).toEqual(expected);
    expect(walked).toEqual(expected);
  });

  it('tells a source with entities, special spaces or combining marks from a plain one', () => {
    expect(isPlainSource('Staden – ”arbetar” med frågan.\nNästa rad')).toBe(true);
    for (const odd of ['&amp;', '\u00a0', '\t', '\r', '\u0308', '\u00ad', '\u2028', '\ufeff']) expect(isPlainSource(`a${odd}b`)).toBe(false);
  });

  it('maps every character of a normalized text file to the same character of the file', () => {
    const lines = [
      'Malmö stad',
      '',
      'Nämnden har arbetat med mänskliga rättigheter under året och fortsätter',
      'med arbetet &amp; uppföljningen  av målen.',
      '',
      '• Punkt ett',
      '• Punkt två',
    ];
    const doc = segment(normalize({ path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines }));
    for (const passage of doc.passages) {
      for (let o = 0; o < passage.text.length; o++) {
        if (passage.text[o] === ' ') continue;
        const at = positionIn(passage.origin, o)!;
        expect(lines[at.line! - 1][at.column! - 1], `${passage.text} @${o}`).toBe(passage.text[o]);
      }
    }
  });
});
