// A municipality without a registry file (most of the 290): the report names it by its own name,
// says that nothing is expected and how to change that, and words a gap over one administration
// in the singular.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type Analysis } from '../../src/analyze/index.js';
import { expectedFromRegistry, mainCity } from '../../src/analyze/expected.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { renderHtml } from '../../src/report/analyze/html/page.js';
import { analyzeToText } from '../../src/report/analyze/text.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import { makeTempDir } from '../helpers/temp.js';

// Written for this test in the style of a committee's minutes.
const MINUTES = `PROTOKOLL
Socialnämnden i Piteå kommun
Sammanträdesdatum 2026-10-14

§ 113 Dnr SN 2026/198
Handlingsplan mot våld i nära relationer

Socialnämnden beslutar att anta handlingsplanen.

Ärendebeskrivning
Handlingsplanen beskriver hur nämnden ska stödja kvinnor som utsatts för våld i nära relationer och deras barn. Barnen ska få egna samtal med en socialsekreterare.
`;

let analysis: Analysis;
beforeAll(async () => {
  const dir = makeTempDir('mrkoll-no-registry-');
  const file = path.join(dir, 'sn-protokoll-2026-10-14.txt');
  writeFileSync(file, MINUTES);
  const lexicons = loadLexicons();
  const { documents } = await extractDocuments([file], { cache: false });
  const context = buildContext(lexicons);
  const tagged = documents.map((d) => tagDocument(d, context));
  const rules = loadAnalysisRules();
  const expected = expectedFromRegistry(lexicons, mainCity(tagged), rules.expected.kinds);
  analysis = analyzeCorpus(tagged, lexicons, { view: 'mention', expected, rules });
});

describe('a municipality without a registry', () => {
  it('is found, and named by its own name, never by its ID', () => {
    expect(analysis.expected).toMatchObject({ source: 'none', city: 'pitea', label: 'inget register för Piteå kommun', ids: [] });
    const text = analyzeToText(analysis);
    expect(text).toContain('Förväntade: inga, inget register för Piteå kommun (ett utkast ur dokumenten: mrkoll registry init');
    expect(text).not.toMatch(/\bpitea\b/);
    expect(text).not.toContain('Raderna före ”Övriga”');
    expect(renderHtml({ analysis })).toContain('inga förväntade förvaltningar och bolag: inget register för Piteå kommun');
  });

  it('words a gap over the one administration compared in the singular', () => {
    const rare = analysis.views.mention!.gaps.filter((g) => g.kind === 'rare-tag');
    expect(rare.length).toBeGreaterThan(0);
    for (const gap of rare) {
      expect(gap.message).not.toContain('de 1 ');
      if (gap.message.includes('tas inte upp')) expect(gap.message).toContain('den enda förvaltning eller det enda bolag som jämförs');
    }
  });
});
