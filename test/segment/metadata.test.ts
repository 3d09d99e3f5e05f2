import { beforeAll, describe, expect, it } from 'vitest';
import { detectMetadata } from '../../src/segment/metadata.js';
import { findDates } from '../../src/segment/metadata-patterns.js';
import { caseNumberSearch } from '../../src/language/case-numbers.js';
import { buildLocator, locateDataFor, locateDocument } from '../../src/locate/index.js';
import { extractionData } from '../../src/segment/index.js';
import type { Document, DocumentMetadata } from '../../src/types.js';
import { loadAllDocuments } from './documents.js';

const MEMO_TITLE =
  'Uppdrag budget 2023 - Utredda formerna för stadens arbete mot rasism och för mänskliga rättigheter för att ytterligare kraftsamla och förbättra samordningen på området';
const MEMO_CASES = ['STK-2023-138', 'STK-2022-950', 'STK-2024-613', 'STK-2024-286', 'STK-2022-1455', 'STK-2022-1456'];
const MEMO: DocumentMetadata = {
  type: 'tjänsteskrivelse',
  title: MEMO_TITLE,
  date: '2024-04-23',
  caseNumbers: MEMO_CASES,
  city: 'malmo',
  year: 2024,
  author: 'Kommunstyrelsen',
};
const MINUTES: DocumentMetadata = {
  type: 'protokollsutdrag',
  title: MEMO_TITLE,
  date: '2024-04-29',
  caseNumbers: ['STK-2023-138'],
  city: 'malmo',
  year: 2024,
  author: 'Kommunstyrelsens arbetsutskott',
};
const RESPONSE: DocumentMetadata = {
  type: 'remissvar',
  title: 'Remiss av handlingsplan för arbete mot rasism',
  // The only date the response gives is the day answers were due ("senast den 13 februari 2025").
  date: '2025-02-13',
  caseNumbers: ['KS 2024/1035', 'SF 2024/444'],
  city: 'stockholm',
  year: 2025,
  author: 'Servicenämnden',
};

const EXPECTED: Record<string, DocumentMetadata> = {
  // The -a extraction starts at Sammanfattning: no letterhead, no title, no date, not its own case
  // number. The year comes from the decision planning (Kommunstyrelsens arbetsutskott 2024-04-29).
  'malmo-tjansteskrivelse-stk-2023-138-a.txt': {
    ...MEMO,
    title: null,
    date: null,
    caseNumbers: MEMO_CASES.slice(1),
  },
  'malmo-tjansteskrivelse-stk-2023-138-b.txt': MEMO,
  'tjansteskrivelse-stk-2023-138.pdf': MEMO,
  'tjansteskrivelse-stk-2023-138.docx': MEMO,
  'malmo-protokollsutdrag-ksau-2024-04-29.md': MINUTES,
  'protokollsutdrag-ksau-2024-04-29.pdf': MINUTES,
  'protokollsutdrag-ksau-2024-04-29.docx': MINUTES,
  'stockholm-remissvar-servicenamnden-2025.txt': RESPONSE,
  'remissvar-servicenamnden-sthlm-2025.pdf': RESPONSE,
  'remissvar-servicenamnden-sthlm-2025.docx': RESPONSE,
  // The seed is the report without its cover: no title, and no author named in the text. Its
  // only full date is in the text ("tom den 31 december 2023").
  'malmo-rapport-systematiskt-arbete-mr-2023.txt': {
    type: 'rapport',
    title: null,
    date: '2023-12-31',
    caseNumbers: ['STK-2022-950', 'STK-2023-831', 'STK-2023-155', 'STK-2024-187', 'STK-2023-138'],
    city: 'malmo',
    year: 2023,
    author: null,
  },
};

// City and case numbers come from src/locate, after extraction: here without a manifest, so the
// city is what each document says about itself.
describe('metadata of every seed and fixture', () => {
  let documents: Map<string, Document>;
  const locator = buildLocator(locateDataFor());
  beforeAll(async () => {
    documents = await loadAllDocuments();
  });

  it.each(Object.keys(EXPECTED))('%s', (name) => {
    const doc = documents.get(name)!;
    expect(detectMetadata(doc.passages, doc.text)).toEqual(doc.metadata);
    expect(doc.metadata).toEqual({ ...EXPECTED[name], city: null, caseNumbers: [] });
    expect(locateDocument(doc, locator, extractionData().sectionTitles).metadata).toEqual(EXPECTED[name]);
  });
});

describe('metadata patterns', () => {
  it.each([
    ['Datum 2024-04-23', ['2024-04-23']],
    ['Sammanträdestid 2024-04-29 kl 15:05-15:15', ['2024-04-29']],
    ['senast den 13 februari 2025. Handlingsplanen bifogas.', ['2025-02-13']],
    ['den 1 Maj 2024 och 2024-13-01 och 2024-02-30', ['2024-05-01']],
    ['Under perioden 2023–2026 pågår ett projekt', []],
  ])('dates in %j', (text, expected) => {
    expect(findDates(text).map((d) => d.iso)).toEqual(expected);
  });

  it.each([
    ['omrdet STK-2023-138', ['STK-2023-138']],
    ['Svar på remiss från Kommunstyrelsen, KS 2024/1035', ['KS 2024/1035']],
    ['remitterats nämnden för besvarande, dnr SF 2024/444.', ['SF 2024/444']],
    ['Dnr 2024/123', ['2024/123']],
    ['(se STK-2022-1455 Handlingsplan', ['STK-2022-1455']],
    ['G-Tjänsteskrivelse KSAU 240429 och SFS 2008:567', []],
  ])("case numbers in %j (Malmö's and Stockholm's formats)", (text, expected) => {
    const find = caseNumberSearch([String.raw`\p{Lu}{2,6}-(?:19|20)\d{2}-\d{1,6}`, String.raw`\p{Lu}{2,6} (?:19|20)\d{2}/\d{1,6}`]);
    expect(find(text).map((c) => c.value)).toEqual(expected);
  });
});
