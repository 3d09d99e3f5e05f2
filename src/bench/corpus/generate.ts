// The scale corpus: annual-analysis answers (årsanalys, särskild fråga om mänskliga rättigheter)
// from many administrations, composed of runs of seed passages with the administrations' names
// substituted. Deterministic: the same seed number gives the same corpus, so runs compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Administration } from '../../types.js';
import { buildDocx } from '../writers/docx.js';
import { buildPdf, layOut, type PdfBlock } from '../writers/pdf.js';
import { substituteNames, type Material } from './material.js';

export type CorpusFormat = 'txt' | 'pdf' | 'docx';

export interface GeneratedDocument {
  /** File name without extension: "0007-kulturnamnden-2024". */
  name: string;
  author: Administration;
  year: number;
  header: string;
  blocks: (PdfBlock & { level?: number })[];
  /** UTF-8 bytes of the blocks' text. */
  textBytes: number;
}

export interface WrittenCorpus {
  dir: string;
  files: string[];
  /** UTF-8 bytes of text per file, in the order of `files`. */
  textBytes: number[];
  /** PDF pages per file (PDF only). */
  pages: number[];
}

/** mulberry32: a tiny seeded PRNG, enough for varied but reproducible documents. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Document `index` of a corpus: about `bytes` of text from the author `index` points at. */
export function composeDocument(material: Material, index: number, bytes: number, seed: number): GeneratedDocument {
  const next = random(seed * 1_000_003 + index);
  const pickFrom = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const author = material.authors[index % material.authors.length];
  const year = 2023 + (index % 3);
  // Mostly the author's own name, sometimes another administration (cooperation, comparisons).
  const pickName = () => (next() < 0.6 ? author : pickFrom(material.authors));
  const blocks: GeneratedDocument['blocks'] = [
    { kind: 'heading', level: 1, text: `Årsanalys ${year} – ${author.name}` },
    { kind: 'heading', level: 2, text: 'Särskild fråga om mänskliga rättigheter' },
  ];
  let size = 0;
  while (size < bytes) {
    const source = pickFrom(material.documents);
    const start = Math.floor(next() * source.length);
    const run = source.slice(start, start + 3 + Math.floor(next() * 8));
    for (const passage of run) {
      const text = substituteNames(passage.text, material, pickName);
      blocks.push(passage.kind === 'heading' ? { kind: 'heading', level: 2, text } : { kind: passage.kind, text });
      size += Buffer.byteLength(text, 'utf8');
    }
  }
  const slug = author.id.split('/')[1];
  return {
    name: `${String(index + 1).padStart(4, '0')}-${slug}-${year}`,
    author,
    year,
    header: `Malmö stad, ${author.name} | Årsanalys ${year}`,
    blocks,
    textBytes: size,
  };
}

/**
 * Saved PDF text, as the seeds are: wrapped lines, the running header and `N (M)` on every page,
 * a stray space at some page starts; src/normalize undoes it all as it does for the seeds.
 */
export function toSavedPdfText(doc: GeneratedDocument): string {
  const pages = layOut(doc.blocks);
  const out: string[] = [];
  pages.forEach((lines, i) => {
    out.push(doc.header);
    lines.forEach((line, k) => {
      if (line.gap > 0) out.push('');
      out.push(`${k === 0 && i > 0 ? ' ' : ''}${line.text} `);
    });
    out.push(`${i + 1} (${pages.length}) `);
  });
  return `${out.join('\n')}\n`;
}

/** Writes `count` documents of about `bytesPerDocument` each as `format` files, with a manifest. */
export function writeCorpus(material: Material, dir: string, format: CorpusFormat, count: number, bytesPerDocument: number, seed: number): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const corpus: WrittenCorpus = { dir, files: [], textBytes: [], pages: [] };
  const manifest: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const doc = composeDocument(material, i, bytesPerDocument, seed);
    const file = path.join(dir, `${doc.name}.${format}`);
    if (format === 'pdf') {
      const { bytes, pages } = buildPdf(doc.blocks, doc.header);
      writeFileSync(file, bytes);
      corpus.pages.push(pages);
    } else if (format === 'docx') {
      writeFileSync(file, buildDocx(doc.blocks, doc.header));
    } else {
      writeFileSync(file, toSavedPdfText(doc));
    }
    corpus.files.push(file);
    corpus.textBytes.push(doc.textBytes);
    manifest.push({ file: path.basename(file), city: 'malmo', year: doc.year, type: 'årsanalys', author: doc.author.id });
  }
  writeFileSync(path.join(dir, 'manifest.yaml'), stringify({ corpus: `bench-${format}`, documents: manifest }));
  return corpus;
}
