// The aggregation `mrkoll analyze` runs on tagged documents (default view, text format): the
// corpus's main city, the registry's expected administrations, variants (by manifest or same text) left out.
import { analyzeCorpus, type Analysis } from '../../analyze/index.js';
import { expectedFromRegistry, mainCity } from '../../analyze/expected.js';
import { loadAnalysisRules } from '../../analyze/rules.js';
import { setVariantsAside } from '../../corpus/variants.js';
import type { InputFailure, Lexicons, TaggedDocument } from '../../types.js';

export function aggregate(documents: readonly TaggedDocument[], lexicons: Lexicons, failures: InputFailure[]): Analysis {
  const rules = loadAnalysisRules();
  const { kept, skipped: skippedVariants } = setVariantsAside(documents, true, rules.thresholds.sameText);
  const expected = expectedFromRegistry(lexicons, mainCity(kept), rules.expected.kinds);
  return analyzeCorpus(kept, lexicons, { view: 'mention', expected, rules, skippedVariants, failures });
}
