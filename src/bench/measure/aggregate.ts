// The aggregation `mrkoll analyze` runs on tagged documents (default view, text format): the
// corpus's main city, the registry's expected administrations, variants (by manifest or same text) left out.
import { CorpusAggregator, analyzeCorpus, type Analysis } from '../../analyze/index.js';
import { expectedFromRegistry, mainCity, mainCityOf } from '../../analyze/expected.js';
import { loadAnalysisRules } from '../../analyze/rules.js';
import { setVariantsAside, VariantFilter } from '../../corpus/variants.js';
import type { InputFailure, Lexicons, TaggedDocument } from '../../types.js';

export function aggregate(documents: readonly TaggedDocument[], lexicons: Lexicons, failures: InputFailure[]): Analysis {
  const rules = loadAnalysisRules();
  const { kept, skipped: skippedVariants } = setVariantsAside(documents, true, rules.thresholds.sameText);
  const expected = expectedFromRegistry(lexicons, mainCity(kept), rules.expected.kinds);
  return analyzeCorpus(kept, lexicons, { view: 'mention', expected, rules, skippedVariants, failures });
}

/**
 * `aggregate` one document at a time, as `mrkoll analyze` reads (each document counted as it
 * arrives and let go): `add` each in input order, then `finish`. `comparesText`: whether the
 * variant filter reads same-text prints, which a pool's workers can then make.
 */
export function aggregateStreaming(lexicons: Lexicons): {
  comparesText: boolean;
  add: (doc: TaggedDocument) => void;
  finish: (failures: InputFailure[]) => Analysis;
} {
  const rules = loadAnalysisRules();
  const variants = new VariantFilter(true, rules.thresholds.sameText);
  const aggregator = new CorpusAggregator(lexicons, { view: 'mention', rules });
  return {
    comparesText: variants.comparesText,
    add: (doc) => {
      if (variants.add(doc)) aggregator.add(doc);
    },
    finish: (failures) => {
      const expected = expectedFromRegistry(lexicons, mainCityOf(aggregator.cities()), rules.expected.kinds);
      return aggregator.finish({ expected, skippedVariants: variants.skipped, failures });
    },
  };
}
