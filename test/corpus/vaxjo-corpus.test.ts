// The Växjö test corpus (corpora/vaxjo/) and its expectations (test/fixtures/municipality/expected.yaml)
// agree: the counts and quotes are what count.mjs recounts, every ID and area named is one that
// exists, and the DOCX and PDF hold the text of the sources their counts were made from. These
// tests guard the data other tests measure mrkoll against; they say nothing about mrkoll itself.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocuments } from '../../src/corpus/extract.js';
import { ROOT } from '../helpers/seed-corpus.js';

const CORPUS = path.join(ROOT, 'corpora/vaxjo');
const FIXTURE = path.join(ROOT, 'test/fixtures/municipality');

interface Variant {
  text: string;
  count: number;
}
interface Organ {
  id: string;
  name: string;
  kind: string;
  serves?: string;
  of?: string;
  variants: Variant[];
}
interface Expected {
  city: { id: string; variants: Variant[] };
  documents: { file: string; city: string; type: string; author: string; writtenBy?: string; otherCitiesMentioned?: string[] }[];
  organs: Organ[];
  external: { name: string; id?: string; ids?: string[]; kind: string; variants: Variant[] }[];
  anaphora: { document: string; quote: string; resolves: string | null }[];
  passages: { document: string; quote: string; areas: string[]; mayAlso?: string[]; dismissed?: string[] }[];
}

const expected = parse(readFileSync(path.join(FIXTURE, 'expected.yaml'), 'utf8')) as Expected;
const organIds = new Set(expected.organs.map((o) => o.id));

/** The slug rule of DOMAIN.md, with "&" as "och": the variants with "och" are the same organ. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, 'och')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('the Växjö corpus and expected.yaml', () => {
  it('agree on every count and quote (count.mjs finds no difference)', () => {
    const out = execFileSync(process.execPath, [path.join(FIXTURE, 'count.mjs')], { encoding: 'utf8' });
    expect(out).toMatch(/agrees with the corpus/);
  });

  it('list exactly the documents in the corpus folder', () => {
    const files = readdirSync(CORPUS).filter((f) => /\.(txt|md|docx|pdf)$/.test(f));
    expect(expected.documents.map((d) => d.file).sort()).toEqual(files.sort());
  });

  it('give organs IDs by the slug rule, and refer only to organs listed', () => {
    for (const o of expected.organs) expect(o.id).toBe(`vaxjo/${slug(o.name)}`);
    const refs = [
      ...expected.documents.flatMap((d) => [d.author, d.writtenBy]),
      ...expected.organs.flatMap((o) => [o.serves, o.of]),
      ...expected.anaphora.map((a) => a.resolves),
    ].filter((r): r is string => typeof r === 'string');
    expect(refs.filter((r) => !organIds.has(r))).toEqual([]);
  });

  it('name external kommuner and regioner by their IDs in lexicons/sweden', () => {
    const known = new Set(
      (parse(readFileSync(path.join(ROOT, 'lexicons/sweden/municipalities.yaml'), 'utf8')) as { municipalities: { id: string }[] }).municipalities.map(
        (m) => m.id,
      ),
    );
    const ids = [
      ...expected.external.flatMap((e) => [e.id, ...(e.ids ?? [])]),
      ...expected.documents.flatMap((d) => d.otherCitiesMentioned ?? []),
      expected.city.id,
    ];
    expect(ids.filter((id): id is string => id !== undefined && !known.has(id))).toEqual([]);
  });

  it('use only rights-area IDs that exist, each in one list per passage', () => {
    const areas = new Set(
      (parse(readFileSync(path.join(ROOT, 'lexicons/frameworks/rattighetsomraden.yaml'), 'utf8')) as { categories: { id: string }[] }).categories.map(
        (c) => c.id,
      ),
    );
    for (const p of expected.passages) {
      const all = [...p.areas, ...(p.mayAlso ?? []), ...(p.dismissed ?? [])];
      expect(
        all.filter((a) => !areas.has(a)),
        p.quote,
      ).toEqual([]);
      expect(new Set(all).size, p.quote).toBe(all.length);
    }
    expect(expected.passages.length).toBeGreaterThanOrEqual(30);
  });

  it('have DOCX and PDF documents that hold the text of their sources', { timeout: 60_000 }, async () => {
    const binaries = expected.documents.filter((d) => /\.(docx|pdf)$/.test(d.file)).map((d) => path.join(CORPUS, d.file));
    const { documents, failures } = await extractDocuments(binaries, { cache: false });
    expect(failures).toEqual([]);
    for (const doc of documents) {
      const text = doc.text.replace(/\s+/g, ' ');
      const quotes = expected.passages.filter((p) => p.document === path.basename(doc.path)).map((p) => p.quote);
      expect(quotes.length).toBeGreaterThan(0);
      expect(
        quotes.filter((q) => !text.includes(q)),
        doc.path,
      ).toEqual([]);
    }
  });
});
