// The running headers and footers normalize removes from the body are kept apart, once each, as
// the document's furniture: they say whose document it is. A DOCX's Word headers and footers,
// which mammoth leaves out, are read from the archive.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { pdfRaw } from '../helpers/ingest.js';
import { paragraphTexts } from '../../src/ingest/zip.js';

const pdf = pdfRaw;

describe('furniture', () => {
  it('keeps the header and footer lines, once each, out of the body', () => {
    const doc = normalize(
      pdf(
        ['Lunds kommun', 'Kommunstyrelsen fick i uppdrag att utreda frågan om nya lokaler.', 'www.lund.se'],
        ['Lunds kommun', 'Förvaltningen föreslår att nämnden godkänner förslaget i sin helhet.', 'www.lund.se'],
        ['Lunds kommun', 'Beslutet ska följas upp under nästa år av förvaltningen.', 'www.lund.se'],
      ),
    );
    expect(doc.furniture).toEqual(['Lunds kommun', 'www.lund.se']);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/Lunds kommun|lund\.se/);
  });

  it('has none when nothing repeats, and none when every page is alike (the text stays)', () => {
    expect(normalize(pdf(['Ett.', 'Två.'], ['Tre.', 'Fyra.'])).furniture).toEqual([]);
    const alike = normalize(pdf(['Växjö kommun'], ['Växjö kommun']));
    expect(alike.furniture).toEqual([]);
    expect(alike.blocks.map((b) => b.text)).toContain('Växjö kommun');
  });
});

describe('paragraphTexts (Word header and footer parts)', () => {
  it('reads each paragraph of text runs, tabs as spaces, entities decoded', () => {
    const xml =
      '<w:hdr><w:p><w:r><w:t>Växjö kommun</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">Tjänsteskrivelse, dnr </w:t></w:r>' +
      '<w:r><w:t>2025-00217</w:t></w:r></w:p><w:p></w:p><w:p><w:r><w:t>Förvaltningen för Teknik &amp; Miljö &#246;&#x41;</w:t></w:r></w:p></w:hdr>';
    expect(paragraphTexts(xml)).toEqual(['Växjö kommun Tjänsteskrivelse, dnr 2025-00217', 'Förvaltningen för Teknik & Miljö öA']);
  });
});
