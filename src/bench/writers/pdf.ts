// A minimal PDF writer for the benchmark corpus: text pages set in Helvetica with WinAnsiEncoding
// (so å, ä, ö, é and the bullet • survive), a running header on every page and an `N (M)` page
// number at the foot, the furniture municipal PDFs carry and src/normalize must remove. No
// LibreOffice on a fresh CI machine, so the corpus cannot be rendered any other way.

export interface PdfBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
}

export interface PdfLayout {
  /** Characters per line before wrapping (Helvetica 11 pt on A4 with 2.5 cm margins: about 90). */
  lineChars: number;
  /** Body lines per page, header and page number not counted. */
  linesPerPage: number;
}

export const DEFAULT_LAYOUT: PdfLayout = { lineChars: 88, linesPerPage: 46 };

/** Windows-1252 bytes 0x80–0x9F; every other WinAnsi byte is the Latin-1 code point itself. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const TO_CP1252 = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/** A line of text as a PDF string literal in WinAnsi: bytes escaped, unknown characters as `?`. */
function pdfString(text: string): string {
  let out = '(';
  for (const c of text.normalize('NFC')) {
    const code = c.codePointAt(0) ?? 0x3f;
    let byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (TO_CP1252.get(c) ?? 0x3f);
    // Private-use bullets (U+F0B7) as PDFs from Word carry them become the WinAnsi bullet.
    if (code === 0xf0b7) byte = 0x95;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += '\\';
    out += byte < 0x20 ? ' ' : String.fromCharCode(byte);
  }
  return `${out})`;
}

/** Greedy word wrap; a word longer than a line is put on a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (word === '') continue;
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Line {
  text: string;
  bold: boolean;
  /** Space before the line, in lines (paragraph gap). */
  gap: number;
  indent: number;
}

/** Blocks wrapped into lines and the lines into pages; a page never starts with a paragraph gap. */
export function layOut(blocks: PdfBlock[], layout: PdfLayout = DEFAULT_LAYOUT): Line[][] {
  const lines: Line[] = [];
  for (const block of blocks) {
    const heading = block.kind === 'heading';
    const bullet = block.kind === 'list-item';
    const wrapped = wrap(block.text, layout.lineChars - (bullet ? 4 : 0));
    wrapped.forEach((text, i) => {
      lines.push({
        text: bullet && i === 0 ? `• ${text}` : text,
        bold: heading,
        gap: i === 0 ? 1 : 0,
        indent: bullet ? (i === 0 ? 0 : 12) : 0,
      });
    });
  }
  const pages: Line[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const cost = line.gap + 1;
    if (used + cost > layout.linesPerPage && pages[pages.length - 1].length > 0) {
      pages.push([]);
      used = 0;
    }
    const page = pages[pages.length - 1];
    page.push(page.length === 0 ? { ...line, gap: 0 } : line);
    used += page.length === 1 ? 1 : cost;
  }
  return pages;
}

const LEADING = 14;
const TOP = 780;
const LEFT = 72;

function contentStream(lines: Line[], header: string, page: number, pages: number): string {
  const parts = [`BT /F1 9 Tf ${LEFT} 806 Td ${pdfString(header)} Tj ET`];
  let y = TOP;
  for (const line of lines) {
    y -= LEADING * (line.gap + 1);
    parts.push(`BT /${line.bold ? 'F2' : 'F1'} 11 Tf ${LEFT + line.indent} ${y} Td ${pdfString(line.text)} Tj ET`);
  }
  parts.push(`BT /F1 9 Tf 500 40 Td ${pdfString(`${page} (${pages})`)} Tj ET`);
  return parts.join('\n');
}

/** The PDF bytes of `blocks` laid out on A4 pages, and the number of pages. */
export function buildPdf(blocks: PdfBlock[], header: string, layout: PdfLayout = DEFAULT_LAYOUT): { bytes: Buffer; pages: number } {
  const pages = layOut(blocks, layout);
  // Objects 1–4: catalog, page tree, regular and bold font; then per page its dictionary and content.
  const objects: string[] = [];
  const kids: number[] = [];
  pages.forEach((lines, i) => {
    const pageNumber = 5 + 2 * i;
    kids.push(pageNumber);
    const stream = contentStream(lines, header, i + 1, pages.length);
    objects[pageNumber] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`;
    objects[pageNumber + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  return { bytes: serialize(objects), pages: pages.length };
}

function serialize(objects: string[]): Buffer {
  const chunks: string[] = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  let length = Buffer.byteLength(chunks[0], 'latin1');
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = length;
    const chunk = `${n} 0 obj\n${objects[n]}\nendobj\n`;
    chunks.push(chunk);
    length += Buffer.byteLength(chunk, 'latin1');
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`];
  for (let n = 1; n < objects.length; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(chunks.join('') + xref.join(''), 'latin1');
}
