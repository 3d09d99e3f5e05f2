// A minimal DOCX writer for the benchmark corpus: the parts mammoth reads (document, styles,
// numbering for bulleted lists) and a running header that must not show up in the text, zipped
// with node:zlib. Headings use the Swedish template's style names ("Rubrik 1").
import { crc32, deflateRawSync } from 'node:zlib';

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
  return buildZip([
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
  ]);
}

/** Local headers, deflated data, central directory and end record; no ZIP64 (entries below 4 GiB). */
function buildZip(files: [name: string, content: string][]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [fileName, content] of files) {
    const data = Buffer.from(content, 'utf8');
    const compressed = deflateRawSync(data);
    const name = Buffer.from(fileName, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // version made by
    local.copy(record, 6, 4, 30); // version needed … extra length: same fields as the local header
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    parts.push(local, name, compressed);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
