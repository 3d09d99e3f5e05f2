// The outside bodies the documents name (a state agency, a court, another kommun): listed with how
// often, never credited. Tallied one document at a time, so that analyze can let each one go.
import type { AnalysisDocument } from '../types.js';
import { countDetached, detached } from '../corpus/detached.js';
import { slugify } from '../lexicon/crosscheck.js';
import { capitalized } from '../util/swedish.js';

/** A body the documents name that is not the city's own (a state agency, a court, another kommun): listed, never credited. */
export interface ExternalBodySummary {
  id: string;
  /** The name as most often written. */
  name: string;
  kind: string | null;
  /** Passages and documents that name it. */
  passages: number;
  documents: number;
}

interface BodyTally {
  names: Map<string, number>;
  kind: string | null;
  passages: number;
  documents: number;
  /** The number of the document that named it last, so that each document counts once. */
  lastDocument: number;
}

export class ExternalBodies {
  private readonly bodies = new Map<string, BodyTally>();
  private read = 0;

  add(doc: AnalysisDocument): void {
    this.read++;
    for (const passage of doc.passages) {
      const seen = new Set<string>();
      for (const m of passage.mentions) {
        if (!m.external) continue;
        let body = this.bodies.get(m.id);
        if (!body) this.bodies.set(detached(m.id), (body = { names: new Map(), kind: m.kind ?? null, passages: 0, documents: 0, lastDocument: 0 }));
        countDetached(body.names, m.name);
        if (!seen.has(m.id)) body.passages++;
        seen.add(m.id);
        if (body.lastDocument !== this.read) body.documents++;
        body.lastDocument = this.read;
      }
    }
  }

  /** Most named first, then by name. */
  summary(): ExternalBodySummary[] {
    return [...this.bodies]
      .map(([id, b]) => ({
        id,
        name: displayName(id, [...b.names].sort((x, y) => nameRank(y) - nameRank(x) || y[1] - x[1] || y[0].length - x[0].length)[0][0]),
        kind: b.kind,
        passages: b.passages,
        documents: b.documents,
      }))
      .sort((a, b) => b.passages - a.passages || a.name.localeCompare(b.name, 'sv'));
  }
}

/** Every outside body `docs` name, with how often; most named first, then by name. */
export function externalBodies(docs: readonly AnalysisDocument[]): ExternalBodySummary[] {
  const bodies = new ExternalBodies();
  for (const doc of docs) bodies.add(doc);
  return bodies.summary();
}

/**
 * The name as a list shows it: when the documents only wrote the genitive ("regeringens"), the
 * form the ID was made from ("Regeringen"); the ID drops a trailing genitive, the name keeps it.
 */
function displayName(id: string, name: string): string {
  const genitive = name.endsWith('s') && !id.endsWith('s') && id.endsWith(slugify(name.slice(0, -1)));
  const base = genitive ? name.slice(0, -1) : name;
  return capitalized(base);
}

/** A name as a heading would write it first: capitalized ("Regeringen", not "regeringens"), not in the genitive. */
function nameRank([name]: [string, number]): number {
  return (/^\p{Lu}/u.test(name) ? 2 : 0) + (/s$/.test(name) ? 0 : 1);
}
