#!/usr/bin/env node
// Fails when src/ has an import cycle: between files, or between folders (src/tag ↔ src/attribute is
// a cycle even when no two files form one), at any depth (src/report/analyze ↔ src/report/names).
// Reads imports with TypeScript's own pre-processor, so type-only imports count too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(process.argv[2] ?? 'src');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports of a file, resolved to the .ts files they name. */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
}

/** Strongly connected components with more than one member (or a self-import): Tarjan's algorithm. */
function cycles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indexOf.get(w)));
    }
    if (low.get(v) !== indexOf.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? new Set()).has(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

/**
 * The units an import joins at the folders where the two files' paths part: the child of that
 * folder on each side. src/tag/context.ts → src/attribute/cues.ts joins "tag/" and "attribute/";
 * src/report/analyze/x.ts → src/report/names/y.ts joins "report/analyze/" and "report/names/".
 */
function unitsOf(from, to) {
  const a = path.relative(root, from).split(path.sep);
  const b = path.relative(root, to).split(path.sep);
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  const unit = (parts) => parts.slice(0, i + 1).join('/') + (parts.length > i + 1 ? '/' : '');
  return [unit(a), unit(b)];
}

const files = sourceFiles(root);
const fileGraph = new Map(files.map((f) => [f, new Set(importsOf(f))]));
const folderGraph = new Map();
const folderEdges = new Map();
for (const [from, tos] of fileGraph) {
  for (const to of tos) {
    const [a, b] = unitsOf(from, to);
    if (!a.endsWith('/') && !b.endsWith('/')) continue; // two files: the file graph's business
    if (!folderGraph.has(a)) folderGraph.set(a, new Set());
    folderGraph.get(a).add(b);
    const key = `${a} → ${b}`;
    if (!folderEdges.has(key)) folderEdges.set(key, `${path.relative(root, from)} → ${path.relative(root, to)}`);
  }
}

const rel = (f) => path.relative(process.cwd(), f);
const fileCycles = cycles(fileGraph);
const folderCycles = cycles(folderGraph);
for (const c of fileCycles) console.error(`importcykel mellan filer: ${c.map(rel).join(' ↔ ')}`);
for (const c of folderCycles) {
  const edges = [...folderEdges.entries()].filter(([key]) => c.includes(key.split(' → ')[0]) && c.includes(key.split(' → ')[1]));
  console.error(`importcykel mellan kataloger: ${c.join(' ↔ ')}`);
  for (const [, example] of edges) console.error(`  t.ex. ${example}`);
}
if (fileCycles.length + folderCycles.length > 0) process.exit(1);
console.log(`inga importcykler (${files.length} filer)`);
