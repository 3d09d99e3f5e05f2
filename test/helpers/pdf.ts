// Hand-written PDFs for tests: text pages, blank pages, and an encrypted PDF (standard security
// handler, revision 2: 40-bit RC4) that opens only with its user password.
import { createHash } from 'node:crypto';

export interface PdfOptions {
  /** Encrypt with these passwords; the user password is what a reader must be given. */
  encrypt?: { userPassword: string; ownerPassword: string };
  /** A broken page tree: the tree lists itself among its kids, so a reader walking it loops. */
  pageTreeLoop?: boolean;
}

/** One page per string; lines of each string are set one under the other; "" makes a blank page. */
export function buildPdf(pages: string[], options: PdfOptions = {}): Buffer {
  const id = createHash('md5').update(pages.join('\f')).digest();
  const security = options.encrypt ? standardSecurity(options.encrypt, id) : null;
  // Objects 1–3: catalog, page tree, font; then per page: the page and, unless blank, its content.
  const objects: string[] = [];
  const kids: number[] = [];
  let next = 4;
  for (const text of pages) {
    const pageNumber = next++;
    kids.push(pageNumber);
    if (text === '') {
      objects[pageNumber] = pageDictionary('');
      continue;
    }
    const contentNumber = next++;
    objects[pageNumber] = pageDictionary(`/Contents ${contentNumber} 0 R`);
    let stream: Buffer = Buffer.from(contentStream(text), 'latin1');
    if (security) stream = rc4(security.objectKey(contentNumber), stream);
    objects[contentNumber] = `<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`;
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const tree = options.pageTreeLoop ? ['2 0 R', ...kids.map((k) => `${k} 0 R`)] : kids.map((k) => `${k} 0 R`);
  objects[2] = `<< /Type /Pages /Kids [${tree.join(' ')}] /Count ${kids.length + (options.pageTreeLoop ? 1 : 0)} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let trailerExtra = `/ID [<${id.toString('hex')}> <${id.toString('hex')}>]`;
  if (security) {
    const encryptNumber = next++;
    objects[encryptNumber] = security.dictionary;
    trailerExtra += ` /Encrypt ${encryptNumber} 0 R`;
  }
  return serialize(objects, trailerExtra);
}

function pageDictionary(contents: string): string {
  return `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> ${contents} >>`;
}

function contentStream(text: string): string {
  const escape = (line: string) => line.replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = text.split('\n').map((line) => `(${escape(line)}) Tj T*`);
  return `BT /F1 12 Tf 14 TL 72 770 Td ${lines.join(' ')} ET`;
}

function serialize(objects: string[], trailerExtra: string): Buffer {
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(body, 'latin1');
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) body += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** Permissions: print and copy denied, as municipal "protected" PDFs often have. */
const PERMISSIONS = -44;

/** PDF 1.7 spec, 7.6.3: algorithms 2 (file key), 3 (/O) and 4 (/U, revision 2). */
function standardSecurity(passwords: { userPassword: string; ownerPassword: string }, id: Buffer) {
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const owner = rc4(md5(pad(passwords.ownerPassword)).subarray(0, 5), pad(passwords.userPassword));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(PERMISSIONS);
  const fileKey = md5(pad(passwords.userPassword), owner, permissions, id).subarray(0, 5);
  const user = rc4(fileKey, PASSWORD_PADDING);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${PERMISSIONS} /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`,
    objectKey: (objectNumber: number) =>
      md5(fileKey, Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0])).subarray(0, 10),
  };
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}
