// End to end: the built binary on real files, as a user runs it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const seeds = path.join(ROOT, 'corpora/seeds');
const fixtures = path.join(ROOT, 'test/fixtures');

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

describe('mrkoll extract', () => {
  it('prints the JSON contract for a seed', () => {
    const result = runCli(['extract', '--format', 'json', path.join(seeds, 'stockholm-remissvar-servicenamnden-2025.txt')]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.schemaVersion).toBe(1);
    const [doc] = json.documents;
    expect(doc.metadata).toMatchObject({
      type: 'remissvar',
      caseNumbers: expect.arrayContaining(['KS 2024/1035']),
      city: 'stockholm',
      year: 2025,
      author: 'Servicenämnden',
      authorId: 'stockholm/servicenamnden',
    });
    for (const p of doc.passages) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'section', 'page', 'line', 'start', 'end', 'kind', 'text']));
      expect(['paragraph', 'heading', 'list-item', 'table-row']).toContain(p.kind);
    }
  });

  it('takes --city for a document that names no city, and refuses an unknown one', () => {
    const dir = makeTempDir('mrkoll-extract-city-');
    const file = path.join(dir, 'protokoll.txt');
    writeFileSync(file, 'Protokoll\n\n§ 12 Val av justerare\n\nNämnden utser Anna Berg att justera protokollet.\n');
    const city = (args: string[]) => JSON.parse(runCli(['extract', '--format', 'json', ...args, file]).stdout).documents[0].metadata.city;
    expect(city([])).toBeNull();
    expect(city(['--city', 'ostersund'])).toBe('ostersund');
    const bad = runCli(['extract', '--city', 'xx', file]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('okänd kommun "xx"');
  });

  it('reproduces the words of a 42-page hyphenated PDF in order, without page furniture', () => {
    const result = runCli(['extract', '--format', 'json', path.join(fixtures, 'pdf/rapport-hyphenated.pdf')]);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout).documents[0];
    const extracted = doc.passages.map((p: { text: string }) => p.text).join('\n');
    expect(extracted).not.toMatch(/^\s*\d+ \(42\)\s*$/m);
    expect(extracted).not.toMatch(/Systematiskt arbete med mänskliga rättigheter 2023\s*$/m);
    const source = readFileSync(path.join(fixtures, 'pdf/rapport-hyphenated.source.txt'), 'utf8');
    expect(words(extracted)).toEqual(words(source));
  });

  it('reports every bad file on one line each, goes on with the rest, and exits 1', () => {
    const result = runCli([
      'extract',
      path.join(fixtures, 'pdf/encrypted.pdf'),
      path.join(fixtures, 'pdf/blank.pdf'),
      'finns-inte.pdf',
      path.join(seeds, 'malmo-protokollsutdrag-ksau-2024-04-29.md'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `mrkoll: ${path.join(fixtures, 'pdf/encrypted.pdf')}: krypterad PDF (lösenordsskyddad)`,
      `mrkoll: ${path.join(fixtures, 'pdf/blank.pdf')}: PDF utan text (tom eller skannad?)`,
      'mrkoll: finns-inte.pdf: filen finns inte',
    ]);
    expect(result.stdout).toContain('Protokollsutdrag');
  });

  it('reports a broken manifest with line and column, and reads the files without it', () => {
    const dir = makeTempDir('mrkoll-extract-');
    copyFileSync(path.join(seeds, 'malmo-protokollsutdrag-ksau-2024-04-29.md'), path.join(dir, 'protokoll.md'));
    writeFileSync(path.join(dir, 'manifest.yaml'), 'corpus: trasig\ndocuments:\n  - file: protokoll.md\n    year: nittonhundra\n');
    const result = runCli(['extract', '--format', 'json', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`mrkoll: ${path.join(dir, 'manifest.yaml')}: rad 4, kolumn 11: documents[0].year: ska vara ett heltal`);
    expect(JSON.parse(result.stdout).documents[0].metadata.year).toBe(2024);
  });

  it('exits 2 when nothing could be read', () => {
    const result = runCli(['extract', 'finns-inte.pdf']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('inga dokument kunde läsas');
  });

  it('writes --out atomically and infers the format from the extension', () => {
    const out = path.join(makeTempDir('mrkoll-extract-out-'), 'test-extract.md');
    const result = runCli(['extract', path.join(seeds, 'malmo-protokollsutdrag-ksau-2024-04-29.md'), '--out', out]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# .*protokollsutdrag/m);
  });
});

describe('mrkoll extract --lexicons', () => {
  /** A lexicons folder holding only the given language files (name → YAML text). */
  const lexiconsWith = (files: Record<string, string>): string => {
    const dir = makeTempDir('mrkoll-lexicons-');
    mkdirSync(path.join(dir, 'language'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'language', name), text);
    return dir;
  };
  const document = path.join(makeTempDir('mrkoll-doc-'), 'dokument.txt');
  writeFileSync(document, 'Sammanfattning\n\nSe bilaga.\n\nKalasplanering\n\nSe bilaga.\n');
  const headings = (result: { stdout: string }) =>
    JSON.parse(result.stdout)
      .documents[0].passages.filter((p: { kind: string }) => p.kind === 'heading')
      .map((p: { text: string }) => p.text);

  it("reads with the folder's own language files, through the cache, and with the bundled ones for the rest", () => {
    // With the cache on: the bundled run's document must not be served to the other folder's run.
    const bundled = runCli(['extract', '--format', 'json', document]);
    expect(bundled.status).toBe(0);
    expect(headings(bundled)).toEqual(['Sammanfattning']);
    const own = runCli(['extract', '--format', 'json', '--lexicons', lexiconsWith({ 'section-headings.yaml': '- Kalasplanering\n' }), document]);
    expect(own.status).toBe(0);
    expect(headings(own)).toEqual(['Kalasplanering']);
    const empty = runCli(['extract', '--format', 'json', '--lexicons', makeTempDir('mrkoll-lexicons-'), document]);
    expect(empty.stdout).toBe(bundled.stdout);
  });

  it('exits 2 with the problem at file:line:col for a bad language file, or a folder that does not exist', () => {
    const broken = runCli(['extract', '--lexicons', lexiconsWith({ 'abbreviations.yaml': '- t.ex.\n' }), document]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^mrkoll: .*language\/abbreviations\.yaml:1:1: ska vara en tabell/mu);
    expect(broken.stdout).toBe('');
    const missing = runCli(['extract', '--lexicons', 'finns-inte', document]);
    expect(missing.status).toBe(2);
    // Extract reads the whole lexicons now (the municipalities and registries say whose a document
    // is), and reports them as every command does: a line, then each problem at its place.
    expect(missing.stderr).toMatch(/^mrkoll: lexikonen innehåller fel:\nfinns-inte:1:1: lexikonkatalogen finns inte\n$/u);
  });
});
