// Hostile inputs through the built code: each bad file gives one Swedish line naming it (control
// characters escaped), no stack trace, and the rest of the batch is read. The parse thread's
// heap and time limits are tried through the built modules, with limits small enough to reach.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestLimits } from '../../src/ingest/limits.js';
import type { RawDocument } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { buildDocx, paragraph } from '../helpers/docx.js';
import { tempDir, withoutSpans } from '../helpers/ingest.js';

type Ingest = (file: string, limits?: IngestLimits) => Promise<RawDocument>;
let ingestFile: Ingest;
let DEFAULT_LIMITS: IngestLimits;
let dir: string;

beforeAll(async () => {
  ({ ingestFile, DEFAULT_LIMITS } = await import(pathToFileURL(path.join(ROOT, 'dist/ingest/index.js')).href));
  dir = await tempDir('mrkoll-hostile-');
});

describe('a batch of hostile files (built binary)', () => {
  it('one escaped line per bad file, the others read, exit 1', async () => {
    const batch = path.join(dir, 'batch');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(batch);
    writeFileSync(path.join(batch, 'ok.txt'), 'Kulturnämnden ska arbeta med barnets bästa.\n');
    writeFileSync(Buffer.concat([Buffer.from(`${batch}/`), Buffer.from('nämnd.txt', 'latin1')]), 'Äldrenämnden svarar.\n');
    writeFileSync(path.join(batch, 'ond\n\x1b[2J.pdf'), 'ingen pdf');
    writeFileSync(path.join(batch, 'djup.html'), '<div>'.repeat(6000));
    writeFileSync(path.join(batch, 'stor.html'), '<p>Förvaltningen ska motverka diskriminering.</p>\n'.repeat(25_000));
    const { status, stdout, stderr } = runCli(['extract', batch, '--format', 'json', '--no-cache']);
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `mrkoll: ${batch}/djup.html: HTML-koden är nästlad i mer än 5\u00a0000 nivåer`,
      `mrkoll: ${batch}/ond\\n\\x1b[2J.pdf: inte en PDF (saknar %PDF-signatur)`,
    ]);
    expect(stderr).not.toMatch(/\x1b|^\s+at /m);
    const paths = (JSON.parse(stdout).documents as { path: string }[]).map((d) => path.basename(d.path));
    expect(paths).toEqual(['nämnd.txt', 'ok.txt', 'stor.html']);
  });
});

describe('the parse thread (built modules)', () => {
  it('a DOCX that needs more heap than the limit fails alone; the next file is read', async () => {
    const words = 'Kulturnämnden ska arbeta med barnets bästa och motverka diskriminering. ';
    // Varied text, so that the archive compresses like a real one and passes the zip-bomb checks.
    const vocabulary = words.split(' ');
    let seed = 7;
    const sentence = () => Array.from({ length: 30 }, () => vocabulary[(seed = (seed * 48271) % 2147483647) % vocabulary.length]).join(' ');
    const big = path.join(dir, 'stor.docx');
    writeFileSync(big, buildDocx(Array.from({ length: 25_000 }, () => paragraph(sentence())).join('')));
    const small = { ...DEFAULT_LIMITS, parseHeapMb: 64 };
    await expect(ingestFile(big, small)).rejects.toMatchObject({ reason: 'DOCX-filen är för stor att tolka inom minnesgränsen (64 MB)' });
    const fine = path.join(dir, 'lagom.docx');
    writeFileSync(fine, buildDocx(paragraph(words.repeat(20)).repeat(1000)));
    expect((await ingestFile(fine, small)).blocks).toHaveLength(1000);
  });

  it('Markdown that micromark takes long over is stopped at the time limit', async () => {
    const slow = path.join(dir, 'lankar.md');
    writeFileSync(slow, '[a]('.repeat(30_000));
    const started = Date.now();
    await expect(ingestFile(slow, { ...DEFAULT_LIMITS, timeoutMs: 1000 })).rejects.toMatchObject({
      reason: 'tidsgränsen överskreds: MD-filen tog mer än 1 s att läsa',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    const fine = path.join(dir, 'kort.md');
    writeFileSync(fine, '# Rubrik\n\nText.\n');
    expect(withoutSpans((await ingestFile(fine)).blocks!)).toEqual([
      { kind: 'heading', level: 1, text: 'Rubrik', line: 1 },
      { kind: 'paragraph', text: 'Text.', line: 3 },
    ]);
  });

  it('an HTML file above the in-thread size gives the blocks it gives in-thread', async () => {
    const html = path.join(dir, 'stor.html');
    writeFileSync(html, '<h1>Rubrik</h1>\n<p>Förvaltningen ska motverka diskriminering.</p>\n'.repeat(15_000));
    const doc = await ingestFile(html);
    expect(doc.blocks).toHaveLength(30_000);
    expect(withoutSpans(doc.blocks!)[1]).toEqual({ kind: 'paragraph', text: 'Förvaltningen ska motverka diskriminering.', line: 2 });
  });
});
