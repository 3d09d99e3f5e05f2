// A measuring child process: `node dist/bench/measure/child.js SPEC.json RESULT.json`. Results go
// to a file, not stdout, so nothing a dependency prints can corrupt them.
import { readFileSync, writeFileSync } from 'node:fs';
import { measureCapacity } from './capacity.js';
import { measureEndToEnd } from './end-to-end.js';
import { measureStages } from './stages.js';
import type { MeasureResult, MeasureSpec } from './spec.js';

const [specFile, resultFile] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8')) as MeasureSpec;
const result: MeasureResult =
  spec.kind === 'stages' ? await measureStages(spec) : spec.kind === 'e2e' ? await measureEndToEnd(spec) : await measureCapacity(spec);
writeFileSync(resultFile, JSON.stringify(result));
