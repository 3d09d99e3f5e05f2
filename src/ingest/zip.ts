// A DOCX is a ZIP archive, and mammoth unpacks its parts into memory. Before it may, the archive's
// central directory is read with yauzl and refused when it is not a Word document or when it would
// unpack to far more than it weighs (a zip bomb). The XML parts mammoth reads are then inflated
// once into nothing, so an archive that lies about its sizes is caught too.
import { finished } from 'node:stream/promises';
import type { Entry, ZipFile } from 'yauzl';
import { UnreadableContent } from './errors.js';
import { formatBytes } from './limits.js';

/** Compression ratios above this are absurd for Office XML (real documents stay well under 50:1)… */
const MAX_RATIO = 200;
/** …once the unpacked size is more than a few MB; tiny files of repeated text may compress better. */
const RATIO_CHECK_FROM_BYTES = 5_000_000;
/** Word writes a few dozen parts; tens of thousands are an attack on the reader, not a document. */
const MAX_ENTRIES = 10_000;
const MAIN_PART = 'word/document.xml';

export interface ZipSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** Throws UnreadableContent unless `bytes` is a ZIP holding a Word document that is safe to unpack. */
export async function assertSafeDocx(bytes: Buffer, maxUnpackedBytes: number): Promise<ZipSummary> {
  const zip = await openZip(bytes);
  try {
    const entries = await readDirectory(zip);
    const summary = checkDeclaredSizes(entries, maxUnpackedBytes);
    if (!entries.some((entry) => entry.fileName === MAIN_PART)) {
      throw new UnreadableContent('ZIP-fil men inte ett Word-dokument (saknar word/document.xml)');
    }
    for (const entry of entries) {
      if (entry.isEncrypted()) throw new UnreadableContent('krypterad ZIP-fil (lösenordsskyddad)');
      if (/\.(xml|rels)$/i.test(entry.fileName)) await inflateToNothing(zip, entry);
    }
    return summary;
  } finally {
    zip.close();
  }
}

async function openZip(bytes: Buffer): Promise<ZipFile> {
  const { default: yauzl } = await import('yauzl'); // loaded only for a DOCX file
  try {
    return await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new UnreadableContent('trasig DOCX (ZIP-arkivet är skadat eller ofullständigt)');
  }
}

async function readDirectory(zip: ZipFile): Promise<Entry[]> {
  if (zip.entryCount > MAX_ENTRIES) {
    throw new UnreadableContent(`misstänkt zip-bomb: ${zip.entryCount} filer i ZIP-arkivet (högst ${MAX_ENTRIES})`);
  }
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch {
    throw new UnreadableContent('trasig DOCX (ZIP-arkivets innehållsförteckning är skadad)');
  }
  return entries;
}

/** The sizes the archive declares, against the limit and against common sense. */
function checkDeclaredSizes(entries: Entry[], maxUnpackedBytes: number): ZipSummary {
  const compressedBytes = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  const uncompressedBytes = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (uncompressedBytes > maxUnpackedBytes) {
    throw new UnreadableContent(
      `DOCX-filen packas upp till ${formatBytes(uncompressedBytes)}, mer än gränsen ${formatBytes(maxUnpackedBytes)} (möjlig zip-bomb)`,
    );
  }
  // One part can be a bomb inside an archive whose other parts (images) compress hardly at all.
  const bomb = entries.find((entry) => isAbsurdRatio(entry.uncompressedSize, entry.compressedSize));
  if (bomb) throw new UnreadableContent(bombReason(bomb.fileName, bomb.compressedSize, bomb.uncompressedSize));
  if (isAbsurdRatio(uncompressedBytes, compressedBytes)) {
    throw new UnreadableContent(bombReason('ZIP-arkivet', compressedBytes, uncompressedBytes));
  }
  return { entries: entries.length, compressedBytes, uncompressedBytes };
}

function isAbsurdRatio(uncompressed: number, compressed: number): boolean {
  return uncompressed > RATIO_CHECK_FROM_BYTES && uncompressed / Math.max(compressed, 1) > MAX_RATIO;
}

function bombReason(what: string, compressed: number, uncompressed: number): string {
  const ratio = Math.round(uncompressed / Math.max(compressed, 1));
  return `misstänkt zip-bomb: ${what} packas upp ${ratio}:1 (${formatBytes(compressed)} blir ${formatBytes(uncompressed)})`;
}

/** Word's running headers and footers: word/header1.xml, word/footer2.xml … */
const FURNITURE_PART = /^word\/(?:header|footer)\d*\.xml$/;

/**
 * The text of a DOCX's running headers and footers, one line per paragraph, in part order: mammoth
 * leaves them out, but they say whose document it is ("Växjö kommun", "Tjänsteskrivelse"). Only for
 * an archive `assertSafeDocx` has passed; a part that cannot be read gives nothing.
 */
export async function docxFurniture(bytes: Buffer): Promise<string[]> {
  const zip = await openZip(bytes);
  try {
    const parts = (await readDirectory(zip)).filter((entry) => FURNITURE_PART.test(entry.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName));
    const lines: string[] = [];
    for (const entry of parts) {
      try {
        lines.push(...paragraphTexts(await inflate(zip, entry)));
      } catch {
        // A header is a hint, not the document: the body was read without it.
      }
    }
    return [...new Set(lines)];
  } finally {
    zip.close();
  }
}

async function inflate(zip: ZipFile, entry: Entry): Promise<string> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text runs (`<w:t>`) of each paragraph (`<w:p>`), tabs as spaces; empty paragraphs left out. */
export function paragraphTexts(xml: string): string[] {
  const texts: string[] = [];
  for (const paragraph of xml.split(/<w:p[\s>]/u).slice(1)) {
    const runs = paragraph.replace(/<w:tab\/>/gu, '<w:t> </w:t>').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu);
    const text = [...runs]
      .map((m) => m[1])
      .join('')
      .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu, (all, hex: string, dec: string, name: string) =>
        hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (XML_ENTITIES[name] ?? all),
      )
      .replace(/\s+/gu, ' ')
      .trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** Inflates one entry without keeping it; yauzl fails the stream as soon as it outgrows its declared size. */
async function inflateToNothing(zip: ZipFile, entry: Entry): Promise<void> {
  try {
    const stream = await zip.openReadStreamPromise(entry);
    stream.resume();
    await finished(stream);
  } catch (error) {
    if (/too many bytes/.test((error as Error)?.message ?? '')) {
      throw new UnreadableContent(`misstänkt zip-bomb: ${entry.fileName} innehåller mer data än ZIP-arkivet anger`);
    }
    throw new UnreadableContent(`trasig DOCX (${entry.fileName} går inte att packa upp)`);
  }
}

/**
 * The unpacked bytes of the entry `name` of an archive that `assertSafeDocx` has passed, or null
 * when there is none. Used for the parts mammoth does not read for us (word/document.xml's page
 * breaks): at most the archive's checked unpacked size is held.
 */
export async function readZipEntry(bytes: Buffer, name: string): Promise<Buffer | null> {
  const zip = await openZip(bytes);
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return null;
  } finally {
    zip.close();
  }
}
