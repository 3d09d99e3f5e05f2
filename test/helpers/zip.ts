// A minimal ZIP writer for tests: enough to build DOCX files, ZIPs that are not DOCX, and zip bombs.
// node:zlib has crc32 only from Node 22, so CRC-32 is computed here.
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8). */
  compressed: Buffer;
  crc: number;
  /** Uncompressed size written into the headers; a bomb test may make it lie. */
  size: number;
}

/** Deflates `data` into an entry with honest headers. */
export function entry(name: string, data: string | Buffer): ZipEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, compressed: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** Lays out local headers, data, central directory and end record (no ZIP64: sizes below 4 GiB). */
export function buildZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 file names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // version made by
    record.writeUInt16LE(20, 6);
    local.copy(record, 8, 6, 30); // flags … extra length are the same fields
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    parts.push(local, name, e.compressed);
    offset += local.length + name.length + e.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** An entry holding `size` zero bytes, deflated in chunks so memory stays small even for gigabytes. */
export async function zerosEntry(name: string, size: number): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { name, compressed: Buffer.concat(out), crc: crc32OfZeros(size), size };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * CRC-32 of `length` zero bytes without looping over them: feeding one zero byte is a linear map
 * on the 32-bit register, so `length` of them is that map raised to a power, by repeated squaring.
 */
export function crc32OfZeros(length: number): number {
  const zeroByte = (register: number) => (CRC_TABLE[register & 0xff] ^ (register >>> 8)) >>> 0;
  const apply = (map: number[], v: number) => {
    let out = 0;
    for (let bit = 0; bit < 32; bit++) if ((v >>> bit) & 1) out ^= map[bit];
    return out >>> 0;
  };
  let map = Array.from({ length: 32 }, (_, bit) => zeroByte((1 << bit) >>> 0));
  let register = 0xffffffff;
  for (let n = length; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) register = apply(map, register);
    const current = map;
    map = current.map((column) => apply(current, column));
  }
  return (register ^ 0xffffffff) >>> 0;
}
