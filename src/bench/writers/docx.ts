// A minimal DOCX writer for the benchmark corpus: the parts mammoth reads (document, styles,
// numbering for bulleted lists) and a running header that must not show up in the text, zipped
// with node:zlib. Headings use the Swedish template's style names ("Rubrik 1").
import { buildZip, entry } from './zip.js';

export interface DocxBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
  /** Heading level, 1 = top. */
  level?: number;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphXml(block: DocxBlock): string {
  let props = '';
  if (block.kind === 'heading') props = `<w:pStyle w:val="Rubrik${Math.min(block.level ?? 1, 3)}"/>`;
  else if (block.kind === 'list-item') props = '<w:pStyle w:val="Liststycke"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
  return `<w:p><w:pPr>${props}</w:pPr><w:r><w:t xml:space="preserve">${escapeXml(block.text)}</w:t></w:r></w:p>`;
}

const STYLES =
  `${XML}<w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  [1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="Rubrik${n}"><w:name w:val="Rubrik ${n}"/></w:style>`).join('') +
  '<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="Liststycke"/></w:style></w:styles>';

const NUMBERING =
  `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>` +
  '<w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

/** The DOCX bytes of `blocks`, with `header` as the running page header. */
export function buildDocx(blocks: DocxBlock[], header: string): Buffer {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const files: [name: string, content: string][] = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/>` +
        `<Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/>` +
        `<Override PartName="/word/header1.xml" ContentType="${main}.header+xml"/></Types>`,
    ],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG}/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`],
    [
      'word/_rels/document.xml.rels',
      `${XML}<Relationships xmlns="${PKG}/relationships">${rel('rId1', 'styles', 'styles.xml')}` +
        `${rel('rId2', 'numbering', 'numbering.xml')}${rel('rId3', 'header', 'header1.xml')}</Relationships>`,
    ],
    ['word/styles.xml', STYLES],
    ['word/numbering.xml', NUMBERING],
    ['word/header1.xml', `${XML}<w:hdr xmlns:w="${W}">${paragraphXml({ kind: 'paragraph', text: header })}</w:hdr>`],
    [
      'word/document.xml',
      `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${blocks.map(paragraphXml).join('')}` +
        '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    ],
  ];
  return buildZip(files.map(([name, content]) => entry(name, content)));
}
