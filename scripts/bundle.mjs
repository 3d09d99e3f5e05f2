// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/: mrkoll.js, the binary,
// and one chunk per lazily imported part (each command, the readers of each format), so that a run
// opens a dozen files instead of some two hundred modules (issue 18: review in an editor's rhythm).
// Bundled are mrkoll's own code and the small dependencies every run loads; every other package
// stays external, loaded from node_modules when a run needs it: those that start their own
// threads or load WebAssembly or data files from beside themselves (piscina, pdf-parse,
// hunspell-asm, dictionary-sv) and the heavy or optional ones (mammoth, lunr, natural, Ajv, yaml).
// Worker threads still start from tsc's output in dist/ (src/paths.ts finds the package root from
// any of these folders). Rolldown is the bundler the test runner (Vite) already installs.
//
// It also writes dist/code-hashes.json, every compiled module's SHA-256, which the cache keys use
// (codeFingerprint in src/cache/fingerprint.ts) instead of reading the modules on every run; made
// here, with the bundle, so that the binary and the hashes always come from the same build. Then
// dist/data-files.json, the parsed and validated bundled data files (data-file-snapshot.mjs).
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { writeDataFileSnapshot } from './data-file-snapshot.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'bundle');

/** Packages put into the bundle: those every run imports. A package not named here stays external. */
const BUNDLED = new Set(['commander', 'tinyglobby', 'fdir', 'picomatch']);

/** `commander/lib/x.js` → commander, `@scope/name/x` → @scope/name. */
const packageOf = (id) =>
  id
    .split('/')
    .slice(0, id.startsWith('@') ? 2 : 1)
    .join('/');
const isBare = (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');

/**
 * fdir requires picomatch, if it is installed, for its own glob API, which tinyglobby does not use
 * (it passes fdir filters made with its own picomatch, which is bundled). Left alone, every run
 * would also load picomatch's six files from node_modules; here fdir gets the bundled one. When
 * fdir's code no longer reads this way, a warning says so and nothing changes but the speed.
 */
const fdirWithBundledPicomatch = {
  name: 'fdir-with-bundled-picomatch',
  transform: {
    filter: { id: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ },
    handler(code) {
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!optional.test(code)) {
        this.warn('fdir no longer requires picomatch as expected: picomatch is loaded from node_modules on every run');
        return null;
      }
      return `import __bundledPicomatch from "picomatch";\n${code.replace(optional, 'pm = __bundledPicomatch;')}`;
    },
  },
};

await build({
  input: { mrkoll: path.join(DIST, 'cli', 'main.js') },
  platform: 'node',
  external: (id) => id.startsWith('node:') || (isBare(id) && !BUNDLED.has(packageOf(id))),
  plugins: [fdirWithBundledPicomatch],
  logLevel: 'warn',
  output: { dir: OUT, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', cleanDir: true },
});
chmodSync(path.join(OUT, 'mrkoll.js'), 0o755);

/** Every compiled module under dist/ but the bundle, path relative to dist/ with / → its SHA-256. */
const hashes = {};
for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
  const file = path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  if (!entry.isFile() || !file.endsWith('.js') || file.startsWith('bundle/')) continue;
  hashes[file] = createHash('sha256')
    .update(readFileSync(path.join(DIST, file)))
    .digest('hex');
}
writeFileSync(path.join(DIST, 'code-hashes.json'), `${JSON.stringify(hashes, Object.keys(hashes).sort(), 1)}\n`);
await writeDataFileSnapshot(ROOT);
