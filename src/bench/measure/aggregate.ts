// The aggregation `mrkoll analyze` runs on tagged documents (default view, text format): the
// corpus's main city, the registry's expected administrations, variants left out.
import { analyzeCorpus, type Analysis } from '../../analyze/index.js';
import { expectedFromRegistry, mainCity } from '../../analyze/expected.js';
import { loadAnalysisRules } from '../../analyze/rules.js';
import type { InputFailure, Lexicons, TaggedDocument } from '../../types.js';

export function aggregate(documents: readonly TaggedDocument[], lexicons: Lexicons, failures: InputFailure[]): Analysis {
  const rules = loadAnalysisRules();
  const kept = documents.filter((doc) => !doc.metadata.variantOf);
  const skippedVariants = documents.flatMap((doc) => (doc.metadata.variantOf ? [{ path: doc.path, variantOf: doc.metadata.variantOf }] : []));
  const expected = expectedFromRegistry(lexicons, mainCity(kept), rules.expected.kinds);
  return analyzeCorpus(kept, lexicons, { view: 'mention', expected, rules, skippedVariants, failures });
}
