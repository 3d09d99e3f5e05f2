#!/usr/bin/env node
// Measures pdf.js options through pdf-parse on a set of PDFs: pages/s (wall and CPU) per option
// set, and whether each option set extracts exactly the text of the first. Rounds are
// interleaved and each round starts at another option set, so that warming up (the JIT, the
// heap) and the host's load do not favour the sets that happen to come late. CPU time is the
// process's, all threads. Results in docs/performance.md.
// Usage: node scripts/pdf-options.mjs [--rounds N] <file.pdf|dir>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';

const args = process.argv.slice(2);
let rounds = 3;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else files.push(...pdfsUnder(args[i]));
}

function pdfsUnder(p) {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p, { recursive: true })
    .map((f) => path.join(p, String(f)))
    .filter((f) => f.endsWith('.pdf'))
    .sort();
}

const OPTION_SETS = {
  'as now': {},
  disableFontFace: { disableFontFace: true },
  'isEvalSupported: false': { isEvalSupported: false },
  stopAtErrors: { stopAtErrors: true },
  'useSystemFonts: false': { useSystemFonts: false },
  'enableXfa: false, maxImageSize: 0': { enableXfa: false, maxImageSize: 0 },
  'all of these': { disableFontFace: true, isEvalSupported: false, useSystemFonts: false, enableXfa: false, maxImageSize: 0 },
};

const bytes = files.map((f) => readFileSync(f));

async function extract(data, options) {
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0, ...options });
  try {
    const result = await parser.getText();
    return [...result.pages].sort((a, b) => a.num - b.num).map((p) => p.text);
  } catch (error) {
    return [`error: ${error?.name}: ${error?.message}`];
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const reference = [];
for (const data of bytes) reference.push(await extract(data, {}));
const pages = reference.reduce((n, p) => n + p.length, 0);
const results = Object.fromEntries(Object.keys(OPTION_SETS).map((k) => [k, { wall: [], cpu: [], same: true }]));
const names = Object.keys(OPTION_SETS);
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(k + round) % names.length];
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < bytes.length; i++) {
      const text = await extract(bytes[i], OPTION_SETS[name]);
      if (JSON.stringify(text) !== JSON.stringify(reference[i])) results[name].same = false;
    }
    const used = process.cpuUsage(cpu);
    results[name].wall.push((performance.now() - start) / 1000);
    results[name].cpu.push((used.user + used.system) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
console.log(`${files.length} PDFs, ${pages} pages, ${rounds} rounds; median and best CPU`);
console.log('| options | wall s (median) | CPU s (median) | CPU s (best) | pages per CPU-s (best) | same text |');
console.log('|---|---:|---:|---:|---:|---|');
for (const [name, r] of Object.entries(results)) {
  const best = Math.min(...r.cpu);
  console.log(
    `| ${name} | ${median(r.wall).toFixed(2)} | ${median(r.cpu).toFixed(2)} | ${best.toFixed(2)} | ${Math.round(pages / best)} | ${r.same ? 'yes' : 'NO'} |`,
  );
}
