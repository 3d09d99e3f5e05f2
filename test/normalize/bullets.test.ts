import { describe, expect, it } from 'vitest';
import { parseListMarker } from '../../src/normalize/bullets.js';
import { normalize } from '../../src/normalize/index.js';
import type { RawDocument } from '../../src/types.js';

describe('list markers', () => {
  it.each([
    ['\uF0B7 Öka kunskapen om rasism och diskriminering', 0, 'Öka kunskapen om rasism och diskriminering'],
    ['\uF0A7 Tredje nivån', 2, 'Tredje nivån'],
    ['\uF076 Diamant', 0, 'Diamant'],
    ['\uF0D8 Pil', 0, 'Pil'],
    ['\uF0FC Bock', 0, 'Bock'],
    ['\uF020Privat glyf utan mellanslag', 0, 'Privat glyf utan mellanslag'],
    ['• Malmö stad sätter Malmöbon i centrum och säkerställer individens', 0, 'Malmö stad sätter Malmöbon i centrum och säkerställer individens'],
    ['o Malmö stad deltar sedan 2006 i ECCAR (European Coalition of Cities', 1, 'Malmö stad deltar sedan 2006 i ECCAR (European Coalition of Cities'],
    ['◦ Underpunkt', 1, 'Underpunkt'],
    ['– Tankstreck som punkt', 0, 'Tankstreck som punkt'],
    ['- G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023', 0, 'G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023'],
    ['1. Kommunfullmäktige godkänner återrapporteringen.', 0, '1. Kommunfullmäktige godkänner återrapporteringen.'],
    ['2) Andra punkten', 0, '2) Andra punkten'],
  ])('%j → depth %i', (line, depth, text) => {
    expect(parseListMarker(line)).toMatchObject({ depth, text });
  });

  it.each([
    ['och socialnämnden och kulturnämnden'],
    ['o och ö är bokstäver'],
    ['2.1 Rubrik på andra nivån'],
    ['2023. Uppföljningen resulterade i en rapport'],
    ['§ 202 Uppdrag budget 2023'],
  ])('%j is no list item', (line) => {
    expect(parseListMarker(line)).toBeNull();
  });

  it('bullets and `o` sub-bullets become list items with depth', () => {
    const raw: RawDocument = {
      path: 'x.pdf',
      format: 'pdf',
      bytes: 0,
      sha256: '',
      warnings: [],
      pages: [
        [
          '\uF0B7 Inom ramen för arbetet mot rasism deltar Malmö stad i internationell och',
          'nationell samverkan:',
          'o Malmö stad deltar sedan 2006 i ECCAR (European Coalition of Cities',
          'Against Racism), en sammanslutning av städer.',
          'o Malmö stad är även medgrundare till och medlem i Unesco LUCS.',
        ].join('\n'),
      ],
    };
    const blocks = normalize(raw).blocks.map(({ kind, depth, text }) => ({ kind, depth, text }));
    expect(blocks).toEqual([
      { kind: 'list-item', depth: 0, text: 'Inom ramen för arbetet mot rasism deltar Malmö stad i internationell och nationell samverkan:' },
      { kind: 'list-item', depth: 1, text: 'Malmö stad deltar sedan 2006 i ECCAR (European Coalition of Cities Against Racism), en sammanslutning av städer.' },
      { kind: 'list-item', depth: 1, text: 'Malmö stad är även medgrundare till och medlem i Unesco LUCS.' },
    ]);
  });
});
