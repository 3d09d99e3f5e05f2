// Tallies occurrences of the forms of one name into variants: counts, documents, the
// administrations that wrote them, and a few verbatim examples.
import type { ConceptGroup } from '../types.js';
import { authorOf } from '../corpus/credit.js';
import { countDetached, detached } from '../corpus/detached.js';
import { placeOf, type At, type Examples } from './places.js';
import type { NameGroup, NameVariant, VariantStatus } from './types.js';

const EXAMPLES = 3;

interface Tally {
  forms: Map<string, number>;
  count: number;
  documents: Set<string>;
  administrations: Set<string>;
  about: Set<string>;
  examples: NameVariant['examples'];
}

export class VariantTally {
  private readonly byKey = new Map<string, Tally>();

  /** `examples` makes the quotes, once the groups are known. */
  constructor(private readonly examples: Examples) {}

  /**
   * One occurrence of `written` (grouped under `key`) at [start, end) of the passage text. Keys
   * and forms are kept as copies: a string cut from a passage keeps the passage alive.
   */
  add(key: string, written: string, at: At, start: number, end: number): void {
    let t = this.byKey.get(key);
    if (!t) {
      t = { forms: new Map(), count: 0, documents: new Set(), administrations: new Set(), about: new Set(), examples: [] };
      this.byKey.set(detached(key), t);
    }
    countDetached(t.forms, written.replace(/\s+/g, ' '));
    t.count++;
    t.documents.add(at.doc.path);
    t.administrations.add(authorOf(at.doc));
    for (const m of at.passage.mentions) t.about.add(m.id);
    if (t.examples.length < EXAMPLES) t.examples.push(this.examples.ask(placeOf(at, start, end)));
  }

  get size(): number {
    return this.byKey.size;
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  /** The variants, most frequent first; `status` decides each one's status from its key. */
  variants(status: (key: string, text: string) => VariantStatus, withAbout = false): NameVariant[] {
    return [...this.byKey]
      .map(([key, t]) => {
        const text = [...t.forms].sort((a, b) => b[1] - a[1] || preferLower(a[0], b[0]))[0][0];
        return {
          text,
          count: t.count,
          documents: [...t.documents],
          administrations: [...t.administrations],
          status: status(key, text),
          ...(withAbout && { about: [...t.about] }),
          examples: t.examples,
        };
      })
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'sv'));
  }
}

/** Among equally frequent forms, the one written mid-sentence (lower-case start) is the name. */
function preferLower(a: string, b: string): number {
  const lower = (s: string) => Number(s[0] !== s[0].toLocaleLowerCase('sv'));
  return lower(a) - lower(b);
}

/**
 * A lexicon group's tally as a name group: key "0" is the preferred form, every other key a
 * variant, and the group is inconsistent when any variant was written. Concepts and policy titles
 * are both lexicon concept groups and are reported alike.
 */
export function lexiconGroup(group: ConceptGroup, tally: VariantTally): NameGroup {
  const variants = tally.variants((key) => (key === '0' ? 'preferred' : 'variant'), true);
  return {
    kind: group.kind,
    id: group.id,
    canonical: group.preferred,
    inconsistent: variants.some((v) => v.status === 'variant'),
    confidence: 'high',
    ...(group.source && { note: `Källa: ${group.source}.` }),
    variants,
  };
}
