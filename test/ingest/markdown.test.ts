import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToBlocks as readMarkdown } from '../../src/ingest/markdown.js';
import { SHARED, withoutSpans } from '../helpers/ingest.js';

const markdownToBlocks = (markdown: string) => withoutSpans(readMarkdown(markdown));

const SEED = path.join(SHARED, 'seeds/malmo-protokollsutdrag-ksau-2024-04-29.md');

describe('markdownToBlocks on the protokollsutdrag seed', () => {
  const blocks = markdownToBlocks(readFileSync(SEED, 'utf8'));

  it('finds every block', () => {
    expect(blocks).toHaveLength(27);
    expect(blocks.map((b) => b.kind).join(' ')).toBe(
      [...Array(16).fill('paragraph'), 'heading heading heading paragraph paragraph heading paragraph list-item list-item heading list-item'].join(' '),
    );
  });

  it('keeps hard breaks and tab-separated lines, and strips inline HTML such as <b>', () => {
    expect(blocks.slice(0, 4)).toEqual([
      { kind: 'paragraph', text: 'Malmö stad\nKommunstyrelsens arbetsutskott', line: 5 },
      { kind: 'paragraph', text: 'Protokollsutdrag', line: 8 },
      {
        kind: 'paragraph',
        text: 'Sammanträdestid\t2024-04-29 kl 15:05-15:15\nPlats\tDigitalt via Teams\nUtses att justera\tHelena Nanne § 193-215 Håkan Fäldt § 192\nProtokollet omfattar\t§202',
        line: 10,
      },
      {
        kind: 'paragraph',
        text: 'Underskrifter\tSekreterare\t..... Agnes Wemme\nOrdförande\t..... Katrín Stjernfeldt Jammeh § 193-215\t..... Stefana Hoti § 192\nJusterande\t..... Helena Nanne § 193- 215\t..... Håkan Fäldt § 192',
        line: 15,
      },
    ]);
  });

  it('strips emphasis from headings and keeps their levels', () => {
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([
      {
        kind: 'heading',
        level: 2,
        text: '§ 202 Uppdrag budget 2023 - Utredda formerna för stadens arbete mot rasism och för mänskliga rättigheter för att ytterligare kraftsamla och förbättra samordningen på området',
        line: 43,
      },
      { kind: 'heading', level: 3, text: 'STK-2023-138', line: 45 },
      { kind: 'heading', level: 4, text: 'Sammanfattning', line: 47 },
      { kind: 'heading', level: 4, text: 'Beslut', line: 53 },
      { kind: 'heading', level: 4, text: 'Beslutsunderlag', line: 60 },
    ]);
  });

  it('reads numbered and bulleted list items with their lines', () => {
    expect(blocks.filter((b) => b.kind === 'list-item')).toEqual([
      { kind: 'list-item', depth: 0, text: 'Kommunfullmäktige godkänner åtterrapporeringen.', line: 57 },
      {
        kind: 'list-item',
        depth: 0,
        text: 'Kommunfullmäktige skickar åtterrapporeringen till stadens nämnder och helägda bolag för beaktande i det fortsatta utvecklingsarbetet.',
        line: 58,
      },
      {
        kind: 'list-item',
        depth: 0,
        text: 'G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023 - Utredda formerna för stadens arbete mot rasism och för mänskliga rättigheter',
        line: 62,
      },
    ]);
  });
});

describe('markdownToBlocks', () => {
  it('handles nesting, GFM tables, inline markup, HTML blocks, quotes, footnotes and code', () => {
    const md = [
      '# Rubrik *ett*',
      '',
      'Stycke med **fet** och `kod` och [länk](https://malmo.se) och <span class="x">html</span>',
      'andra raden.\\',
      'hård brytning',
      '',
      '- punkt ett',
      '  - nästlad **två**',
      '',
      '    andra stycket',
      '- punkt tre',
      '',
      '| Nämnd | Princip |',
      '|---|---|',
      '| Kulturnämnden | P3 |',
      '',
      '> Citat',
      '',
      '<div>',
      '<p>HTML-block</p>',
      '</div>',
      '',
      'Fotnot[^1].',
      '',
      '[^1]: Fotnotens text.',
      '',
      '---',
      '',
      '    kodblock',
      '',
    ].join('\n');
    expect(markdownToBlocks(md)).toEqual([
      { kind: 'heading', level: 1, text: 'Rubrik ett', line: 1 },
      { kind: 'paragraph', text: 'Stycke med fet och kod och länk och html\nandra raden.\nhård brytning', line: 3 },
      { kind: 'list-item', depth: 0, text: 'punkt ett', line: 7 },
      { kind: 'list-item', depth: 1, text: 'nästlad två\nandra stycket', line: 8 },
      { kind: 'list-item', depth: 0, text: 'punkt tre', line: 11 },
      { kind: 'table-row', text: 'Nämnd\tPrincip', line: 13 },
      { kind: 'table-row', text: 'Kulturnämnden\tP3', line: 15 },
      { kind: 'paragraph', text: 'Citat', line: 17 },
      { kind: 'paragraph', text: 'HTML-block', line: 20 },
      { kind: 'paragraph', text: 'Fotnot[1].', line: 23 },
      { kind: 'paragraph', text: '[1] Fotnotens text.', line: 25 },
      { kind: 'paragraph', text: 'kodblock', line: 29 },
    ]);
  });

  it('turns <br> in a paragraph into a line break', () => {
    expect(markdownToBlocks('Malmö stad<br>Kommunstyrelsen')).toEqual([{ kind: 'paragraph', text: 'Malmö stad\nKommunstyrelsen', line: 1 }]);
  });

  it('gives nothing for a document without text', () => {
    expect(markdownToBlocks('\n\n---\n\n<!-- kommentar -->\n')).toEqual([]);
  });
});
