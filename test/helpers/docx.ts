// A minimal DOCX for tests: just the parts mammoth reads, with the styles a Swedish municipal
// template uses ("Rubrik 1"…) or Word's English ones, numbered lists, a table and a footnote.
import { buildZip, entry } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Paragraph-style IDs and the names Word shows for them. */
const STYLES: Record<string, string> = {
  Rubrik: 'Rubrik',
  Title: 'Title',
  Rubrik1: 'Rubrik 1',
  Rubrik2: 'Rubrik 2',
  Rubrik3: 'Rubrik 3',
  Rubrik4: 'Rubrik 4',
  Heading1: 'Heading 1',
  Heading3: 'Heading 3',
  Brodtext: 'Brödtext',
  Liststycke: 'Liststycke',
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A run of text; "\t" becomes a Word tab. */
export function run(text: string): string {
  return text
    .split('\t')
    .map((part) => `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('<w:r><w:tab/></w:r>');
}

export function paragraph(text: string, style?: string, list?: { numId: number; level: number }): string {
  const styleXml = style ? `<w:pStyle w:val="${style}"/>` : '';
  const listXml = list ? `<w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.numId}"/></w:numPr>` : '';
  return `<w:p><w:pPr>${styleXml}${listXml}</w:pPr>${run(text)}</w:p>`;
}

export function table(rows: string[][]): string {
  const cell = (text: string) =>
    `<w:tc>${text
      .split('\n')
      .map((line) => paragraph(line))
      .join('')}</w:tc>`;
  return `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A footnote reference run pointing at footnote `id` (given to buildDocx in `footnotes`). */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** numId 1 is a bulleted list, numId 2 a numbered one; both nest to level 2. */
const NUMBERING = `<w:numbering xmlns:w="${W}">${[
  [0, 'bullet'],
  [1, 'decimal'],
]
  .map(
    ([id, format]) =>
      `<w:abstractNum w:abstractNumId="${id}">${[0, 1, 2]
        .map((level) => `<w:lvl w:ilvl="${level}"><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl>`)
        .join('')}</w:abstractNum>`,
  )
  .join('')}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/** Zips `bodyXml` (paragraphs and tables) into a DOCX, with a running header that must not show up. */
export function buildDocx(bodyXml: string, footnotes: Record<number, string> = {}): Buffer {
  const styles = Object.entries(STYLES)
    .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
    .join('');
  const notes = Object.entries(footnotes)
    .map(([id, text]) => `<w:footnote w:id="${id}">${paragraph(text)}</w:footnote>`)
    .join('');
  return buildZip([
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    entry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    entry(
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/>` +
        `<Relationship Id="rId4" Type="${REL}/header" Target="header1.xml"/></Relationships>`,
    ),
    entry('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>`),
    entry('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?>${NUMBERING}`),
    entry('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}">${notes}</w:footnotes>`),
    entry('word/header1.xml', `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}">${paragraph('Malmö stad, sidhuvud')}</w:hdr>`),
    entry(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}` +
        `<w:sectPr><w:headerReference w:type="default" r:id="rId4"/></w:sectPr></w:body></w:document>`,
    ),
  ]);
}
