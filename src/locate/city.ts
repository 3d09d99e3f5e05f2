// Which municipality a document is from, by how it names itself: a name in the running header or
// footer, the letterhead or the signature block weighs much; the same name in the body weighs
// little, and less again after "med", "till", "från" (a partner, a recipient). Every municipality
// named gets a score; the best one is the city only when it is clearly ahead, else nobody is.
import type { Passage } from '../types.js';
import type { SelfName, SelfNameFinder, SelfNameForm } from './self-names.js';

/** Where in a document a name stands. */
export type Zone = 'furniture' | 'head' | 'letterhead' | 'signature' | 'body';

/**
 * What one name is worth, by where it stands and how it is written. A running header or footer and
 * the first lines are the document's own; the letterhead also holds the recipient ("Region
 * Kronoberg"), the signature block a copy list; in the body a municipality is as often a partner
 * as the writer, but "X kommuns …" is more often the writer's own.
 */
const WEIGHTS: Record<Zone, Record<SelfNameForm, number>> = {
  furniture: { name: 6, genitive: 4, mail: 6, web: 6, organ: 6 },
  head: { name: 6, genitive: 4, mail: 5, web: 5, organ: 6 },
  letterhead: { name: 3, genitive: 3, mail: 4, web: 3, organ: 4 },
  signature: { name: 3, genitive: 2, mail: 4, web: 3, organ: 3 },
  body: { name: 1, genitive: 1.5, mail: 1.5, web: 0.5, organ: 2 },
};

/**
 * A name right after one of these is someone else's, wherever it stands in the text (a recipient
 * "Till Region Kronoberg" heads a letter): "i samverkan med Göteborgs stad", "till Region Skåne".
 */
const OTHER_PARTY = /(?:^|[^\p{L}])(?:med|från|till|hos|samt|än|mot|och|eller|via)\s+$/iu;
const OTHER_PARTY_WEIGHT = 0.25;

/** Repeats in a zone add this each, up to 1.5 times the zone's best (the body: up to BODY_CAP). */
const REPEAT = 0.5;
const BODY_CAP = 3;

/** The best must score at least this … */
export const MIN_SCORE = 2.5;
/** … and this many times the runner-up. */
export const MARGIN = 2;

/**
 * The head is the first lines, as far as this many passages and characters: a letterhead's lines
 * are short and are no sentences ("Lunds kommun", "Kommunstyrelsen", "TJÄNSTESKRIVELSE").
 */
const HEAD_PASSAGES = 3;
const HEAD_CHARS = 250;
/** The letterhead goes on until the first sentence, as far as this many passages and characters. */
const LETTERHEAD_PASSAGES = 15;
const LETTERHEAD_CHARS = 1500;
/** The signature block: the lines after the last sentence, as far as this many passages and characters from the end. */
const SIGNATURE_PASSAGES = 8;
const SIGNATURE_CHARS = 800;

export interface CityScore {
  id: string;
  score: number;
  /** Names by zone, for explanations and tests. */
  names: Array<{ zone: Zone; form: SelfNameForm; text: string; weight: number }>;
}

export interface CityDecision {
  city: string | null;
  /** Every municipality named, best first. */
  scores: CityScore[];
}

export interface CityInput {
  passages: readonly Passage[];
  text: string;
  furniture?: readonly string[];
}

/** Scores every municipality `doc` names and decides, or says null when none is clearly ahead. */
export function detectCity(doc: CityInput, finder: SelfNameFinder): CityDecision {
  const found: Array<{ zone: Zone; name: SelfName; text: string; weight: number }> = [];
  for (const line of doc.furniture ?? []) {
    for (const name of finder.find(line)) found.push({ zone: 'furniture', name, text: line, weight: WEIGHTS.furniture[name.form] });
  }
  const zoneOf = zones(doc.passages, doc.text.length);
  for (const name of finder.find(doc.text)) {
    const zone = zoneOf(name.start);
    let weight = WEIGHTS[zone][name.form];
    if ((name.form === 'name' || name.form === 'genitive') && OTHER_PARTY.test(doc.text.slice(Math.max(0, name.start - 12), name.start))) {
      weight = OTHER_PARTY_WEIGHT;
    }
    found.push({ zone, name, text: doc.text.slice(name.start, name.end), weight });
  }

  const byCity = new Map<string, CityScore>();
  for (const f of found) {
    const score = byCity.get(f.name.id) ?? byCity.set(f.name.id, { id: f.name.id, score: 0, names: [] }).get(f.name.id)!;
    score.names.push({ zone: f.zone, form: f.name.form, text: f.text, weight: f.weight });
  }
  for (const score of byCity.values()) score.score = total(score.names);
  const scores = [...byCity.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const [best, second] = scores;
  const decided = best !== undefined && best.score >= MIN_SCORE && best.score >= MARGIN * (second?.score ?? 0);
  return { city: decided ? best.id : null, scores };
}

/** Each zone's best name, plus a little for each repeat; the body's sum is capped. */
function total(names: CityScore['names']): number {
  let sum = 0;
  for (const zone of ['furniture', 'head', 'letterhead', 'signature', 'body'] as const) {
    const weights = names.filter((n) => n.zone === zone).map((n) => n.weight);
    if (weights.length === 0) continue;
    const best = Math.max(...weights);
    const raw = best + REPEAT * (weights.length - 1);
    sum += zone === 'body' ? Math.min(raw, BODY_CAP) : Math.min(raw, 1.5 * best);
  }
  return Math.round(sum * 100) / 100;
}

/**
 * A passage of running text: it ends as a sentence does and has a few words. Letterhead and
 * signature lines do not ("Växjö kommun · Box 1222, 351 12 Växjö", "Anna Berg", "Enhetschef").
 */
function isSentence(p: Passage): boolean {
  const text = p.text.trim();
  return p.kind !== 'heading' && /[.!?:]["”»)]?$/u.test(text) && text.split(/\s+/u).length >= 5;
}

/** The zone of a character offset into the text: head and letterhead up to the first sentence, signature after the last. */
function zones(passages: readonly Passage[], textLength: number): (offset: number) => Zone {
  const first = passages[0]?.start ?? 0;
  const opening = passages.slice(0, Math.max(0, passages.findIndex(isSentence))).length || (passages.some(isSentence) ? 0 : passages.length);
  const top = passages.slice(0, Math.min(opening, LETTERHEAD_PASSAGES)).filter((p) => p.start - first < LETTERHEAD_CHARS);
  const head = top.slice(0, HEAD_PASSAGES).filter((p) => p.start - first < HEAD_CHARS);
  const headEnd = head.at(-1)?.end ?? first;
  const topEnd = top.at(-1)?.end ?? first;
  const lastSentence = passages.findLastIndex(isSentence);
  const tail = passages
    .slice(lastSentence + 1)
    .slice(-SIGNATURE_PASSAGES)
    .filter((p) => textLength - p.start <= SIGNATURE_CHARS && p.start >= topEnd);
  const signatureStart = tail[0]?.start ?? Infinity;
  return (offset) => {
    if (offset < headEnd) return 'head';
    if (offset < topEnd) return 'letterhead';
    if (offset >= signatureStart) return 'signature';
    return 'body';
  };
}
