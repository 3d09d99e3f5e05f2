// What a file's first bytes say it is, whatever its name says.

export type Signature = 'pdf' | 'zip' | 'ole';

const ZIP_HEADERS = ['PK\x03\x04', 'PK\x05\x06', 'PK\x07\x08'];
/** OLE2 compound file: old .doc, and also what Word writes for a password-protected .docx. */
const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The container format the bytes start with, or null for anything else (text, unknown binary). */
export function sniffSignature(bytes: Uint8Array): Signature | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8));
  const ascii = head.toString('latin1');
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (ZIP_HEADERS.some((zip) => ascii.startsWith(zip))) return 'zip';
  if (head.equals(OLE_HEADER)) return 'ole';
  return null;
}

/** Readers (pdf.js among them) accept `%PDF-` anywhere in the first KiB, after junk such as a mail header. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

/** "en PDF", "en ZIP-fil", …: for messages such as "innehållet är en PDF". */
export const SIGNATURE_NAMES: Record<Signature, string> = {
  pdf: 'en PDF',
  zip: 'en ZIP-fil',
  ole: 'ett Office-dokument i äldre format',
};
