// PDFs that hold no readable text must say so, not give 0 passages in silence: a scanner's text
// layer of page numbers only, pages that are all alike (which looked like nothing but running
// headers), and a page tree that loops or leads nowhere (a broken PDF, not an empty one).
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/corpus/extract.js';
import { ingestFile } from '../../src/ingest/index.js';
import { expectInputError, tempDir, writeTemp } from '../helpers/ingest.js';
import { buildPdf } from '../helpers/pdf.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('a PDF without usable text', () => {
  it.each([
    ['bare numbers', ['1', '2', '3', '4']],
    ['"Sida n av m"', ['Sida 1 av 3', 'Sida 2 av 3', 'Sida 3 av 3']],
    ['"n (m)" with blank lines', ['\n1 (2)\n', '\n2 (2)\n']],
  ])('a text layer of page numbers only (%s) fails as a scan', async (name, pages) => {
    const target = await writeTemp(dir, `skannad-${name.length}.pdf`, buildPdf(pages));
    await expectInputError(ingestFile(target), target, 'PDF utan text: skannad bild? (textlagret har bara sidnummer)');
  });

  it('pages that are all alike keep their text, with a warning', async () => {
    const page = 'Kulturnämnden\nBarnets bästa ska beaktas.';
    const target = await writeTemp(dir, 'lika.pdf', buildPdf([page, page, page, page]));
    const doc = await extractDocument(target);
    expect(doc.passages.length).toBeGreaterThan(0);
    expect(doc.text).toContain('Barnets bästa ska beaktas.');
    expect(doc.warnings).toContain('sidorna har samma text: den behölls, fast den ser ut som sidhuvud eller sidfot');
  });

  it('pages with a real running header still lose it', async () => {
    const pages = ['Malmö stad\nFörsta sidans text om barn.', 'Malmö stad\nAndra sidans text om äldre.', 'Malmö stad\nTredje sidan.'];
    const doc = await extractDocument(await writeTemp(dir, 'sidhuvud.pdf', buildPdf(pages)));
    expect(doc.text).not.toContain('Malmö stad');
    expect(doc.warnings).not.toContain('sidorna har samma text: den behölls, fast den ser ut som sidhuvud eller sidfot');
  });

  it('a page tree that lists itself is a broken PDF, not one without text', async () => {
    const target = await writeTemp(dir, 'slinga.pdf', buildPdf(['Hej', 'Då'], { pageTreeLoop: true }));
    await expectInputError(ingestFile(target), target, 'trasig PDF (sidträdet går runt i en slinga)');
  });

  it('a page tree of no pages is a broken PDF', async () => {
    const pdf = Buffer.from(
      buildPdf(['Hej'])
        .toString('latin1')
        .replace(/\/Count \d+/, '/Count 0'),
      'latin1',
    );
    const target = await writeTemp(dir, 'inga-sidor.pdf', pdf);
    await expectInputError(ingestFile(target), target, 'trasig PDF (sidträdet leder inte till några sidor)');
  });
});
