import { describe, expect, it } from 'vitest';
import { cleanCharacters } from '../../src/normalize/characters.js';
import { normalize } from '../../src/normalize/index.js';
import type { RawDocument } from '../../src/types.js';

const pdf = (...pages: string[]): RawDocument => ({ path: 'x.pdf', format: 'pdf', bytes: 0, sha256: '', warnings: [], pages });
const text = (...lines: string[]): RawDocument => ({ path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines });
const texts = (raw: RawDocument): string[] => normalize(raw).blocks.map((b) => b.text);

describe('characters', () => {
  it.each([
    ['soft hyphen inside a word', 'verksam\u00ADheten', 'verksamheten'],
    ['non-breaking space', 'STK-2023-138\u00A0Uppdrag', 'STK-2023-138 Uppdrag'],
    ['narrow no-break space in a number', '10\u202F000 invånare', '10 000 invånare'],
    ['ligatures', 'e\uFB00ekt och \uFB01nansiering', 'effekt och finansiering'],
    ['zero-width space and byte-order mark', '\uFEFFSamman\u200Bfattning', 'Sammanfattning'],
    ['tab between label and value', 'Sammanträdestid\t2024-04-29', 'Sammanträdestid 2024-04-29'],
    ['decomposed å, ä, ö (macOS, some PDFs)', 'Fo\u0308rvaltningen ma\u030Aste na\u0308mnden', 'Förvaltningen måste nämnden'],
  ])('%s', (_name, input, expected) => {
    expect(cleanCharacters(input)).toBe(expected);
  });
});

it('a decomposed text is read like a composed one', () => {
  const composed = 'Kulturnämnden ska säkerställa barnets bästa och Förvaltningen för äldre.';
  expect(texts(text(composed.normalize('NFD')))).toEqual(texts(text(composed)));
  expect(texts(text(composed.normalize('NFD')))[0]).toContain('Kulturnämnden');
});

describe('stray leading spaces', () => {
  it.each([
    {
      name: 'a page that starts with a stray space continues the paragraph (saved PDF text)',
      raw: text(
        'I de nämnder där mänskliga rättigheter är tydligt integrerade i grunduppdraget, genom bland annat den lagstiftning som ',
        ' styr nämnderna, behöver kopplingen mellan grunduppdraget och arbetet för att ',
        'främja principerna i policyn tydliggöras. ',
        '1 (2)',
      ),
      expected: [
        'I de nämnder där mänskliga rättigheter är tydligt integrerade i grunduppdraget, genom bland annat den lagstiftning som styr nämnderna, behöver kopplingen mellan grunduppdraget och arbetet för att främja principerna i policyn tydliggöras.',
      ],
    },
    {
      name: 'a stray space before a heading at a page start is dropped',
      raw: text(' Sammanfattning ', 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i uppdrag att, ', 'tillsammans med grundskolenämnden.', '1 (2)'),
      expected: ['Sammanfattning', 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i uppdrag att, tillsammans med grundskolenämnden.'],
    },
    {
      name: 'pdf-parse lines with leading spaces',
      raw: pdf('  Beslutsplanering\n Kommunstyrelsens arbetsutskott 2024-04-29'),
      expected: ['Beslutsplanering', 'Kommunstyrelsens arbetsutskott 2024-04-29'],
    },
  ])('$name', ({ raw, expected }) => {
    expect(texts(raw)).toEqual(expected);
  });
});
