// The JSON document `mrkoll names --format json` prints, described in docs/schema/names.md.
import type { NamesReport } from '../../names/index.js';
import { evidence } from '../format/evidence.js';
import type { SkippedVariant } from '../../corpus/variants.js';

export const NAMES_SCHEMA_VERSION = 1;

export interface NamesCorpus {
  documents: string[];
  skippedVariants: SkippedVariant[];
  /** False when the spelling check could not run (then no spelling groups). */
  spelling: boolean;
  /** Low-confidence groups left out of `groups` (0 with --uncertain). */
  hiddenUncertain: number;
}

export function namesToJson(report: NamesReport, corpus: NamesCorpus): object {
  return {
    schemaVersion: NAMES_SCHEMA_VERSION,
    corpus,
    groups: report.groups.map((g) => ({
      kind: g.kind,
      id: g.id,
      canonical: g.canonical,
      inconsistent: g.inconsistent,
      confidence: g.confidence,
      registered: g.kind === 'administration' ? !g.unregistered : null,
      note: g.note ?? null,
      variants: g.variants.map((v) => ({
        text: v.text,
        count: v.count,
        documents: v.documents,
        administrations: v.administrations,
        status: v.status,
        about: v.about ?? null,
        examples: v.examples.map(evidence),
      })),
    })),
  };
}
