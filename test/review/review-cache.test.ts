// review's findings cache (src/cli/review-cache.ts): a document reviewed once is served back with the
// same findings; another text, other metadata, other rules or another --city is a miss; a damaged
// or reshaped entry is dropped and the review done again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { reviewCache, type ReviewRunSettings } from '../../src/cli/review-cache.js';
import { DiskCache } from '../../src/cache/store.js';
import { cacheKey } from '../../src/cache/fingerprint.js';
import { CLEAN_MEMO, docFrom, PLANTED, reviewer } from './helpers.js';
import { makeTempDir } from '../helpers/temp.js';

async function setup(): Promise<{ settings: ReviewRunSettings; cache: DiskCache }> {
  const { lexicons, ruleSet } = await reviewer();
  const settings = { lexicons, rules: ruleSet.rules, profiles: ruleSet.profiles, knownWords: ruleSet.knownWords };
  return { settings, cache: new DiskCache(makeTempDir('mrkoll-review-cache-')) };
}

/** A draft with mistakes planted in it: findings to store. */
const planted = () => docFrom(readFileSync(PLANTED, 'utf8'));

/** The only entry file of the cache. */
function entryFile(cache: DiskCache): string {
  const dir = path.join(cache.dir, 'v1', 'review');
  const [fan] = readdirSync(dir);
  const [entry] = readdirSync(path.join(dir, fan));
  return path.join(dir, fan, entry);
}

test('a stored review comes back as it was, for the same document only', async () => {
  const { settings, cache } = await setup();
  const { review } = await reviewer();
  const doc = planted();
  const findings = review(doc);
  expect(findings.length).toBeGreaterThan(0);
  const stored = reviewCache(cache, settings);
  expect(stored.read(doc)).toBeNull();
  stored.write(doc, findings, 'file');
  // A new run (a new ReviewCache) finds it, also where the file has moved.
  expect(reviewCache(cache, settings).read({ ...doc, path: 'annan/plats.txt' })).toEqual({ findings, places: 'file' });

  expect(reviewCache(cache, settings).read(docFrom(CLEAN_MEMO))).toBeNull();
  expect(reviewCache(cache, settings).read({ ...doc, metadata: { ...doc.metadata, city: 'stockholm' } })).toBeNull();
  expect(reviewCache(cache, { ...settings, city: 'stockholm' }).read(doc)).toBeNull();
  expect(reviewCache(cache, { ...settings, rules: settings.rules.slice(1) }).read(doc)).toBeNull();
  expect(reviewCache(cache, { ...settings, knownWords: [...settings.knownWords, 'nyord'] }).read(doc)).toBeNull();
});

interface Entry {
  value: { findings: Array<Record<string, unknown>>; places: string; checksum: string };
}

/** Its checksum made to fit again: what only the shape check can catch. */
const resealed = (entry: Entry) => (entry.value.checksum = cacheKey(entry.value.findings, entry.value.places));

test.each([
  ['a finding changed without its checksum', (entry: Entry) => (entry.value.findings[0].message = 'annat')],
  ['a finding of the wrong shape', (entry: Entry) => resealed(Object.assign(entry.value.findings[0], { start: -1 }) && entry)],
  ['a finding without its excerpt', (entry: Entry) => resealed((delete entry.value.findings[0].excerpt, entry))],
  ['places that do not exist', (entry: Entry) => resealed(Object.assign(entry.value, { places: 'sida' }) && entry)],
])('an entry with %s is dropped, and the document reviewed again', async (_what, damage) => {
  const { settings, cache } = await setup();
  const { review } = await reviewer();
  const doc = planted();
  reviewCache(cache, settings).write(doc, review(doc), 'file');
  const file = entryFile(cache);
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  damage(entry);
  writeFileSync(file, JSON.stringify(entry));
  expect(reviewCache(cache, settings).read(doc)).toBeNull();
  expect(cache.stats.rebuilt).toBe(1);
  expect(() => readFileSync(file)).toThrow();
});
