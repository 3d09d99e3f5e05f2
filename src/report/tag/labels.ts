// The human names `mrkoll tag` prints in place of IDs: a category's code and short label, a
// framework's title, an administration's registered name.
import { hasCode, labelHead } from '../../analyze/gaps.js';
import type { Lexicons } from '../../types.js';
import { truncate } from '../format/text.js';

/** Framework titles are whole policy names; a header line shows their start. */
const FRAMEWORK_CHARS = 60;

export interface TagLabels {
  /** "P1 Malmöbon i centrum", "Antirasism"; the ID itself when no lexicon knows it. */
  category(id: string): string;
  /** "Rättighetsområden"; the ID itself when no lexicon knows it. */
  framework(id: string): string;
  /** The registered name, or undefined for an ID no registry holds. */
  administration(id: string): string | undefined;
}

export function tagLabels(lexicons: Pick<Lexicons, 'frameworks' | 'registries'>): TagLabels {
  // Category IDs are unique across frameworks (lexicon/crosscheck.ts), so one map holds them all.
  const categories = new Map(
    lexicons.frameworks.flatMap((f) => f.categories.map((c) => [c.id, hasCode(c) ? `${c.id} ${labelHead(c.label)}` : labelHead(c.label)] as const)),
  );
  const frameworks = new Map(lexicons.frameworks.map((f) => [f.id, truncate(f.title, FRAMEWORK_CHARS)]));
  const administrations = new Map(lexicons.registries.flatMap((r) => r.administrations.map((a) => [a.id, a.name] as const)));
  return {
    category: (id) => categories.get(id) ?? id,
    framework: (id) => frameworks.get(id) ?? id,
    administration: (id) => administrations.get(id),
  };
}
