// lexicons/language/attribution.yaml: every example in it holds, and a malformed file fails with
// a message naming the file and the field.
import { makeTempDir } from '../helpers/temp.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CuesError, loadAttributionCues, parseAttributionCues, PACKAGE_LEXICONS_DIR, CUES_RELATIVE_PATH } from '../../src/attribute/cues.js';
import { attributePassages } from '../../src/attribute/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { attributionScope, buildContext, type TaggingContext } from '../../src/tag/context.js';
import { makeDocument } from '../helpers/documents.js';

const cues = loadAttributionCues();
let ctx: TaggingContext;
beforeAll(() => {
  ctx = buildContext(loadLexicons());
});

const mentionsOf = (text: string) => {
  const doc = makeDocument([text]);
  return attributePassages(doc, attributionScope(doc, ctx))[0];
};

describe('attribution.yaml examples', () => {
  it.each(cues.anaphors.flatMap((a) => a.examples.map((example) => [a.words[0], example])))('anaphor %s: %s', (_word, example) => {
    const mentions = mentionsOf(example);
    const anaphors = mentions.filter((m) => m.via === 'anaphor');
    expect(anaphors.length).toBeGreaterThan(0);
    // Every anaphor points back at something named before it in the example.
    for (const a of anaphors) expect(mentions.some((m) => m.via !== 'anaphor' && m.id === a.id && m.start < a.start)).toBe(true);
  });

  it.each(cues.unregistered.examples.match)('unregistered match: %s', (example) => {
    expect(mentionsOf(example).some((m) => !m.registered)).toBe(true);
  });

  it.each(cues.unregistered.examples.nomatch)('unregistered nomatch: %s', (example) => {
    expect(mentionsOf(example).filter((m) => !m.registered)).toEqual([]);
  });

  it.each(cues.generic)('generic phrase credits no one: %s', (phrase) => {
    expect(mentionsOf(`Enligt rapporten har ${phrase} ett ansvar.`)).toEqual([]);
  });
});

describe('attribution.yaml validation', () => {
  const validText = readFileSync(path.join(PACKAGE_LEXICONS_DIR, CUES_RELATIVE_PATH), 'utf8');
  const valid = parse(validText) as Record<string, unknown>;
  const broken = (change: (data: any) => void) => {
    const data = structuredClone(valid);
    change(data);
    const text = stringify(data);
    return { text, run: () => parseAttributionCues(text, 'attribution.yaml') };
  };

  it.each([
    ['wrong version', (d: any) => (d.version = 2), ['version: 2', '2'], 'version: ska vara 1, inte 2'],
    ['unknown kind', (d: any) => (d.anaphors[0].kinds = ['nämd']), ['- nämd', 'nämd'], 'anaphors[0].kinds[0]: ska vara ett av: nämnd, förvaltning'],
    ['missing words', (d: any) => delete d.anaphors[1].words, ['- kinds', 'kinds'], 'anaphors[1]: fältet "words" saknas'],
    ['empty generic phrase', (d: any) => (d.generic[2] = ' '), ['- " "', '"'], 'generic[2]: får inte vara tom'],
    [
      'lowercase not boolean',
      (d: any) => (d.unregistered.endings[0].lowercase = 'ja'),
      ['lowercase: ja', 'ja'],
      'unregistered.endings[0].lowercase: ska vara true eller false',
    ],
    ['no unregistered section', (d: any) => delete d.unregistered, null, 'fältet "unregistered" saknas'],
  ])('%s', (_name, change, at, message) => {
    const { text, run } = broken(change);
    const position = at ? positionOf(text, ...(at as [string, string])) : '1:1';
    expect(run).toThrow(CuesError);
    expect(run).toThrow(`attribution.yaml:${position}: ${message}`);
  });

  it('accepts the bundled file', () => {
    expect(() => parseAttributionCues(validText, 'attribution.yaml')).not.toThrow();
  });

  it('reports unreadable YAML with the file name and line', () => {
    const dir = makeTempDir('mrkoll-cues-');
    mkdirSync(path.join(dir, 'language'));
    writeFileSync(path.join(dir, CUES_RELATIVE_PATH), 'anaphors: [\n');
    expect(() => loadAttributionCues(dir)).toThrow(/attribution\.yaml:2:1: YAML-fel/);
  });

  it("falls back to the package's file when a lexicon directory has none", () => {
    const dir = makeTempDir('mrkoll-cues-');
    expect(loadAttributionCues(dir).file).toBe(path.join(PACKAGE_LEXICONS_DIR, CUES_RELATIVE_PATH));
  });
});

/** `line:col` (1-based) of `part` within the first occurrence of `context` in `text`. */
function positionOf(text: string, context: string, part: string): string {
  const before = text.slice(0, text.indexOf(context) + context.indexOf(part)).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
