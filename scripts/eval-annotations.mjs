#!/usr/bin/env node
// Runs today's tagger over the annotated evaluation set (test/fixtures/eval/annotations.yaml) and
// prints precision, recall and F1 per category, how dismissals were read, and the confusions.
// A stopgap until `mrkoll lexicon eval` exists (issue #14, item 5): it reads the built dist/, so
// run `npm run build` first. It also checks the set itself (ids, cities, categories, no overlap
// with the seeds) and exits 1 when the set is malformed.
//
//   node scripts/eval-annotations.mjs [annotations.yaml] [--json]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { loadLexicons } from '../dist/lexicon/load.js';
import { municipalities } from '../dist/lexicon/municipalities.js';
import { buildContext, tagDocument } from '../dist/tag/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? path.join(root, 'test/fixtures/eval/annotations.yaml');

const GENRES = new Set(['protokoll', 'tjansteskrivelse', 'arsredovisning', 'delarsrapport', 'remissvar', 'arsanalys', 'handlingsplan']);
const SKR = ['skr-icke-diskriminering', 'skr-jamlikhet', 'skr-delaktighet', 'skr-inkludering', 'skr-transparens', 'skr-ansvar'];
// Words in a row that a sentence may not share with the seeds: long enough to allow stock phrases.
const SHINGLE = 6;

const lexicons = loadLexicons();
const areas = lexicons.frameworks.filter((f) => f.kind === 'areas').flatMap((f) => f.categories.map((c) => c.id));
const cityPrinciples = new Map(
  lexicons.frameworks.filter((f) => f.kind === 'principles' && f.city !== null).map((f) => [f.city, f.categories.map((c) => c.id)]),
);
const inLexicons = new Set(lexicons.frameworks.flatMap((f) => f.categories.map((c) => c.id)));
// Cities without a framework of their own get SKR's principles (issue #13); the bundled lexicons
// may not have them yet, and then every one of them is a miss.
const principlesOf = (city) => cityPrinciples.get(city) ?? SKR;

const sentences = YAML.parse(readFileSync(file, 'utf8')).sentences;
const problems = checkSet(sentences);
if (problems.length > 0) {
  for (const p of problems) console.error(`${path.relative(root, file)}: ${p}`);
  process.exit(1);
}

const context = buildContext(lexicons, { defaultCity: 'malmo' });
const rows = sentences.map((s) => {
  const tags = tagDocument(documentOf(s), context).passages[0].tags;
  return {
    ...s,
    negated: s.negated ?? [],
    found: tags.map((t) => t.id),
    // A negated or boilerplate tag shows the area as considered and dismissed.
    dismissed: tags.filter((t) => t.negated || t.boilerplate).map((t) => t.id),
  };
});

const report = evaluate(rows);
if (json) console.log(JSON.stringify(report, null, 2));
else printReport(report);

/** One sentence as a one-passage document of its city. */
function documentOf(s) {
  const span = { start: 0, end: s.text.length };
  return {
    path: `${s.id}.txt`,
    format: 'txt',
    sha256: '0'.repeat(64),
    bytes: s.text.length,
    pageCount: null,
    metadata: { type: 'other', title: null, date: null, caseNumbers: [], city: s.city, year: null, author: null },
    text: s.text,
    passages: [{ id: 'p0001', kind: 'paragraph', sectionPath: [], page: null, line: 1, ...span, text: s.text, sentences: [span] }],
    footnotes: [],
    warnings: [],
  };
}

function checkSet(list) {
  const out = [];
  const known = new Set([...municipalities().kommuner(), ...municipalities().regioner()].map((m) => m.id));
  const seeds = seedShingles();
  const texts = new Set();
  // Ids are one letter and a running number: e001 … in annotations.yaml, h001 … in the held-out set.
  const prefix = /^[a-z]/.test(list[0]?.id ?? '') ? list[0].id[0] : 'e';
  list.forEach((s, i) => {
    const where = s.id ?? `#${i + 1}`;
    const id = `${prefix}${String(i + 1).padStart(3, '0')}`;
    if (s.id !== id) out.push(`${where}: id ska vara ${id}`);
    if (typeof s.text !== 'string' || s.text.trim() === '') out.push(`${where}: text saknas`);
    if (texts.has(s.text)) out.push(`${where}: samma text finns redan`);
    texts.add(s.text);
    if (!known.has(s.city)) out.push(`${where}: okänd kommun "${s.city}"`);
    if (!GENRES.has(s.genre)) out.push(`${where}: okänd genre "${s.genre}"`);
    if (!Array.isArray(s.expect)) out.push(`${where}: expect ska vara en lista`);
    const allowed = new Set([...areas, ...principlesOf(s.city)]);
    for (const id of s.expect ?? []) if (!allowed.has(id)) out.push(`${where}: "${id}" gäller inte för ${s.city}`);
    if (new Set(s.expect).size !== (s.expect ?? []).length) out.push(`${where}: expect har dubbletter`);
    for (const id of s.negated ?? []) if (!(s.expect ?? []).includes(id)) out.push(`${where}: negated "${id}" saknas i expect`);
    const shared = shingles(s.text ?? '').find((g) => seeds.has(g));
    if (shared) out.push(`${where}: delar "${shared}" med fröna`);
  });
  return out;
}

function seedShingles() {
  const dir = path.join(root, 'corpora/seeds');
  const all = new Set();
  for (const name of readdirSync(dir)) {
    if (!/\.(txt|md)$/.test(name)) continue;
    for (const g of shingles(readFileSync(path.join(dir, name), 'utf8'))) all.add(g);
  }
  return all;
}

function shingles(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function evaluate(list) {
  const categories = [...areas, ...new Set([...cityPrinciples.values()].flat()), ...SKR];
  const per = new Map(
    categories.map((id) => [id, { id, kind: areas.includes(id) ? 'area' : 'principle', tp: 0, fp: 0, fn: 0, inLexicons: inLexicons.has(id) }]),
  );
  const confusions = new Map();
  const polarity = { dismissedExpected: 0, dismissedFound: 0, coveredReadAsDismissed: 0 };
  for (const s of list) {
    const scope = new Set([...areas, ...principlesOf(s.city)]);
    const expected = new Set(s.expect);
    const found = new Set(s.found.filter((id) => scope.has(id)));
    for (const id of scope) {
      const c = per.get(id);
      if (!c) continue;
      if (expected.has(id) && found.has(id)) c.tp++;
      else if (found.has(id)) c.fp++;
      else if (expected.has(id)) c.fn++;
    }
    // Confusions: a missed category against what was found instead in the same sentence.
    const missed = [...expected].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !expected.has(id));
    for (const m of missed) for (const x of extra.length > 0 ? extra : ['(inget)']) bump(confusions, `${m} → ${x}`);
    for (const id of s.negated) {
      polarity.dismissedExpected++;
      if (s.dismissed.includes(id)) polarity.dismissedFound++;
    }
    for (const id of expected) if (!s.negated.includes(id) && s.dismissed.includes(id)) polarity.coveredReadAsDismissed++;
  }
  const negatives = list.filter((s) => s.expect.length === 0);
  const areaSet = new Set(areas);
  const quietNegatives = negatives.filter((s) => !s.found.some((id) => areaSet.has(id) && !s.dismissed.includes(id))).length;
  const positives = list.filter((s) => s.expect.some((id) => areaSet.has(id) && !s.negated.includes(id)));
  const areaHits = sumBy(positives, (s) => s.expect.filter((id) => areaSet.has(id) && !s.negated.includes(id) && s.found.includes(id)).length);
  const areaAll = sumBy(positives, (s) => s.expect.filter((id) => areaSet.has(id) && !s.negated.includes(id)).length);
  return {
    sentences: list.length,
    negatives: negatives.length,
    categories: [...per.values()].map((c) => ({ ...c, n: c.tp + c.fn, ...prf(c) })),
    micro: {
      areas: prf(total([...per.values()].filter((c) => c.kind === 'area'))),
      principles: prf(total([...per.values()].filter((c) => c.kind === 'principle'))),
    },
    areaRecall: areaAll === 0 ? null : areaHits / areaAll,
    negativesUntagged: negatives.length === 0 ? null : quietNegatives / negatives.length,
    polarity,
    confusions: [...confusions.entries()].sort((a, b) => b[1] - a[1]).map(([pair, count]) => ({ pair, count })),
    misses: list
      .filter((s) => s.expect.some((id) => !s.found.includes(id)) || s.found.some((id) => !s.expect.includes(id) && principlesOrAreas(s).has(id)))
      .map((s) => ({ id: s.id, expect: s.expect, found: s.found, dismissed: s.dismissed })),
  };
}

function principlesOrAreas(s) {
  return new Set([...areas, ...principlesOf(s.city)]);
}

function prf(c) {
  const p = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f1 = p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1 };
}

function total(list) {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sumBy(list, f) {
  return list.reduce((a, x) => a + f(x), 0);
}

function printReport(r) {
  const pct = (x) => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log(`${r.sentences} meningar, varav ${r.negatives} utan område eller princip\n`);
  console.log('kategori                    n   tp   fp   fn  precision  recall    F1');
  for (const c of r.categories) {
    const note = c.inLexicons ? '' : '  (saknas i lexikonen)';
    console.log(
      `${c.id.padEnd(24)} ${String(c.n).padStart(4)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}       ${pct(c.precision)}    ${pct(c.recall)}  ${pct(c.f1)}${note}`,
    );
  }
  console.log(`\nområden, sammanlagt:   precision ${pct(r.micro.areas.precision)}  recall ${pct(r.micro.areas.recall)}  F1 ${pct(r.micro.areas.f1)}`);
  console.log(
    `principer, sammanlagt: precision ${pct(r.micro.principles.precision)}  recall ${pct(r.micro.principles.recall)}  F1 ${pct(r.micro.principles.f1)}`,
  );
  console.log(`områden som täcks (ej avfärdade) och hittas: ${pct(r.areaRecall)}`);
  console.log(`meningar om inget som inte får något område som täckning: ${pct(r.negativesUntagged)}`);
  const p = r.polarity;
  console.log(`avfärdanden: ${p.dismissedFound} av ${p.dismissedExpected} lästa som avfärdade; ${p.coveredReadAsDismissed} täckta lästa som avfärdade`);
  console.log('\nvanligaste förväxlingarna (förväntad → hittad i stället):');
  for (const c of r.confusions.slice(0, 25)) console.log(`  ${String(c.count).padStart(3)}  ${c.pair}`);
}
