// The human names `mrkoll tag` prints in place of IDs: a category's code and short label, a
// framework's title, an administration's registered name.
import { categoryShort, hasCode } from '../../analyze/gaps.js';
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
  const categories = new Map<string, string>();
  // A code such as "P1" may mean different principles in different frameworks; the first loaded wins,
  // as a passage is tagged with one principles framework.
  for (const f of lexicons.frameworks)
    for (const c of f.categories)
      if (!categories.has(c.id)) categories.set(c.id, hasCode(c) ? `${c.id} ${categoryShort({ id: '', label: c.label })}` : categoryShort(c));
  const frameworks = new Map(lexicons.frameworks.map((f) => [f.id, truncate(f.title, FRAMEWORK_CHARS)]));
  const administrations = new Map(lexicons.registries.flatMap((r) => r.administrations.map((a) => [a.id, a.name] as const)));
  return {
    category: (id) => categories.get(id) ?? id,
    framework: (id) => frameworks.get(id) ?? id,
    administration: (id) => administrations.get(id),
  };
}
