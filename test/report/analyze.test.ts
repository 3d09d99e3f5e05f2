import { describe, expect, it } from 'vitest';
import { GAP_KINDS } from '../../src/analyze/gap.js';
import { analyzeEvidenceToCsv, analyzeToCsv } from '../../src/report/analyze/csv.js';
import { analyzeToJson } from '../../src/report/analyze/json.js';
import { analyzeToMarkdown } from '../../src/report/analyze/markdown.js';
import { analyzeToText } from '../../src/report/analyze/text.js';
import { namesToCsv } from '../../src/report/names/csv.js';
import { namesToJson } from '../../src/report/names/json.js';
import { namesToMarkdown } from '../../src/report/names/markdown.js';
import { namesToText } from '../../src/report/names/text.js';
import { analysis, names } from './fixture.js';

describe('analyze JSON', () => {
  const json = analyzeToJson(analysis()) as any;

  it('keeps the documented contract', () => {
    expect(json.schemaVersion).toBe(2);
    expect(json.view).toBe('author');
    for (const a of json.administrations) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'name', 'registered', 'words', 'passages', 'cells']));
      for (const cell of Object.values(a.cells) as any[]) {
        expect(cell).toEqual(expect.objectContaining({ passages: expect.any(Number), share: expect.any(Number), evidence: expect.any(Array) }));
        for (const e of cell.evidence) expect(Object.keys(e)).toEqual(expect.arrayContaining(['document', 'page', 'quote']));
      }
    }
    expect(json.gaps.length).toBeGreaterThan(0);
    for (const g of json.gaps) {
      expect(GAP_KINDS).toContain(g.kind);
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['kind', 'administration', 'tag', 'message']));
      expect(typeof g.message).toBe('string');
    }
  });

  it('fills a cell with passages, share and evidence', () => {
    const kultur = json.administrations.find((a: any) => a.id === 'malmo/kulturnamnden');
    expect(kultur.cells.P4).toEqual({
      passages: 1,
      words: 8,
      share: expect.closeTo(8 / kultur.words, 3),
      evidence: [
        {
          document: 'korpus/kultur.txt',
          page: 4,
          line: null,
          paragraph: null,
          section: [],
          passage: 'p0002',
          quote: 'Information ges på klarspråk och resultatet har ökat.',
          offset: 0,
          match: [19, 28],
          terms: [{ term: 'klarspråk', text: 'klarspråk', start: 19, end: 28 }],
          attribution: { kind: 'author', text: 'Kulturnämnden', passage: null, start: null, end: null },
          note: null,
        },
      ],
      notCounted: [],
    });
    expect(kultur.cells.P3.passages).toBe(0);
    expect(kultur.cells.P3.notCounted[0].note).toBe('negated');
  });

  it('reports the skipped variants', () => {
    expect(json.corpus.skippedVariants).toEqual([{ path: 'korpus/fritid.pdf', variantOf: 'fritid.docx', by: 'manifest', similarity: null }]);
  });
});

describe('analyze CSV', () => {
  const csv = analyzeToCsv(analysis());
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  it('has one row per administration and two columns per category', () => {
    expect(header.startsWith('id,namn,registrerad,forvantad,ord,stycken,P1_stycken,P1_andel,P2_stycken')).toBe(true);
    const kultur = rows.find((r) => r.startsWith('malmo/kulturnamnden,'))!.split(',');
    const cols = header.split(',');
    expect(kultur[cols.indexOf('P4_stycken')]).toBe('1');
    expect(Number(kultur[cols.indexOf('P4_andel')])).toBeGreaterThan(0);
    expect(rows.some((r) => r.startsWith('malmo/malmo-leasing-ab,Malmö Leasing AB,true,true,0,0'))).toBe(true);
  });
});

describe('analyze CSV --evidence', () => {
  it('has one row per piece of evidence, with its place, terms and what attributes it', () => {
    const [header, ...rows] = analyzeEvidenceToCsv(analysis('mention')).trimEnd().split('\r\n');
    expect(header).toBe('id,namn,kategori,raknas,dokument,sida,rad,stycke,avsnitt,passage,citat,termer,knyts_genom,knyts_av,knyts_i_passage');
    expect(rows).toContain(
      'malmo/kulturnamnden,Kulturnämnden,barnratt,ja,korpus/kultur.txt,3,,,,p0001,"Kulturnämnden arbetar med barnets bästa, ""citat"" & <taggar>.",barnets bästa,explicit,Kulturnämnden,p0001',
    );
    expect(rows.filter((r) => r.includes(',nej: negerat,'))).toHaveLength(1);
  });
});

describe('analyze Markdown and terminal', () => {
  it('Markdown has the matrix, the gaps and the names', () => {
    const md = analyzeToMarkdown(analysis(), names());
    expect(md).toContain('# Mänskliga rättigheter: täckning och luckor');
    expect(md).toMatch(/\| Kulturnämnden \| \d+ \| 1 \(\d+\s%\) \|/);
    expect(md).toContain('## Luckor');
    expect(md).toContain('Överhoppade varianter: 1');
    expect(md).toContain('## Namn, begrepp och stavning');
    expect(md).toContain('MKB Fastighet AB');
  });

  it('the terminal summary has both tables, the ranking and the gaps', () => {
    const text = analyzeToText(analysis('mention'));
    expect(text).toContain('Täckning per förvaltning, efter omnämnande');
    expect(text).toContain('Principer: antal stycken (andel av förvaltningens text)');
    expect(text).toContain('Rättighetsområden: antal stycken');
    expect(text).toMatch(/Principer: +P\d \d+\/\d+/);
    expect(text).toContain('Frånvarande eller nästan tysta förvaltningar');
    expect(text).toContain('Malmö Leasing AB nämns inte vid namn');
  });
});

describe('names reports', () => {
  const report = names();
  it('JSON keeps the documented contract', () => {
    const json = namesToJson(report, { documents: [], skippedVariants: [], spelling: false, hiddenUncertain: 0 }) as any;
    expect(json.schemaVersion).toBe(1);
    const mkb = json.groups.find((g: any) => g.kind === 'administration' && g.canonical === 'MKB Fastighets AB');
    expect(mkb.variants[0]).toEqual(
      expect.objectContaining({ text: 'MKB Fastighet AB', count: 1, documents: ['korpus/kultur.txt'], administrations: ['malmo/kulturnamnden'] }),
    );
    const hbtq = json.groups.find((g: any) => g.kind === 'concept' && g.id === 'hbtqi');
    expect(hbtq.variants.map((v: any) => v.text)).toEqual(['HBTQ']);
  });

  it('text, Markdown and CSV list the variant with its status', () => {
    expect(namesToText(report)).toMatch(/✗ MKB Fastighet AB +1× +känd felstavning/);
    expect(namesToMarkdown(report)).toContain('| MKB Fastighet AB | 1 | känd felstavning |');
    expect(namesToCsv(report)).toContain(
      'administration,malmo/mkb-fastighets-ab,MKB Fastighets AB,true,MKB Fastighet AB,1,known-misspelling,korpus/kultur.txt,malmo/kulturnamnden',
    );
  });
});
