// ZIPs for tests: the writer is the benchmark's (src/bench/writers/zip.ts); here are the zip-bomb
// pieces, and a table CRC-32 that `crc32OfZeros` raises to a power without touching the bytes.
import { createDeflateRaw } from 'node:zlib';
import type { ZipEntry } from '../../src/bench/writers/zip.js';

export { buildZip, entry, type ZipEntry } from '../../src/bench/writers/zip.js';

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
