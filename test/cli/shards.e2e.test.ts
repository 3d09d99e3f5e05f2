// `mrkoll tag --format jsonl` per shard and `mrkoll analyze --from-tags` over the shards: the same
// report, byte for byte, as one run over every file; bad shard lines fail alone.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const tmp = makeTempDir('mrkoll-shards-');
const seeds = readdirSync('corpora/seeds')
  .filter((f) => !f.endsWith('.yaml'))
  .sort()
  .map((f) => path.join('corpora/seeds', f));
// Two shards that split the seeds' folder (a rendering in one, the document it renders in the other) and the fixtures.
const SHARDS = [seeds.slice(0, 3), [...seeds.slice(3), 'corpora/fixtures']];
const ALL = [...SHARDS[0], ...SHARDS[1]];

describe('tag shards merged by analyze --from-tags', () => {
  const shardFiles = SHARDS.map((_, i) => path.join(tmp, `skarva-${i + 1}.jsonl`));

  beforeAll(() => {
    SHARDS.forEach((files, i) => {
      const run = runCli(['tag', ...files, '--no-cache', '--format', 'jsonl', '--out', shardFiles[i]]);
      expect(run.status).toBe(0);
    });
  });

  it('writes one line per document', () => {
    const jsonl = runCli(['tag', 'corpora/seeds', '--no-cache', '--format', 'jsonl']).stdout;
    const lines = jsonl.trimEnd().split('\n');
    expect(lines).toHaveLength(seeds.length);
    expect(lines.map((l) => JSON.parse(l).document.path)).toStrictEqual(seeds);
  });

  it('writes no shard when no document could be read (exit 2)', () => {
    const out = path.join(tmp, 'tom.jsonl');
    const run = runCli(['tag', path.join(tmp, 'finns-inte.txt'), '--no-cache', '--format', 'jsonl', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/inga dokument kunde läsas\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it.each(['text', 'json', 'html'])('gives the report of one run, byte for byte (%s)', (format) => {
    const one = runCli(['analyze', ...ALL, '--no-cache', '--format', format]);
    const merged = runCli(['analyze', '--from-tags', ...shardFiles, '--format', format]);
    expect(one.status).toBe(0);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
  });

  it('names the file and line of a bad shard line, exits 1 and analyzes the rest', () => {
    const bad = path.join(tmp, 'trasig.jsonl');
    writeFileSync(bad, '{"schema":"mrkoll-tags","schemaVersion":2,"document":{}}\n\nnot json\n');
    const missing = path.join(tmp, 'saknas.jsonl');
    const run = runCli(['analyze', '--from-tags', bad, shardFiles[0], missing, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        `mrkoll: ${bad}:1: schemaversion är 2; den här versionen av mrkoll läser version 1`,
        `mrkoll: ${bad}:3: raden är inte giltig JSON`,
        `mrkoll: ${missing}: kan inte läsas (finns inte, ENOENT)`,
        '',
      ].join('\n'),
    );
    const json = JSON.parse(run.stdout);
    expect(json.corpus.documents.map((d: { path: string }) => d.path)).toStrictEqual(SHARDS[0]);
    expect(json.corpus.failures.map((f: { path: string }) => f.path)).toStrictEqual([`${bad}:1`, `${bad}:3`, missing]);
  });
});
