// The tagged passages' sentences, tags, evidence and mentions as columns for the trip between
// threads: numbers in one Int32Array (cloned as one block of bytes) and strings in one table per
// document. As objects, each with its property names, they were most of the structured clone (47
// MB per 10 MB of text), and crossing threads was most of what the pool costs over one thread:
// 0.8–0.95 s of CPU per 10 MB, 0.55–0.63 s this way, the main thread's share halved.
// `decodeColumns` rebuilds the very objects `encodeColumns` was given, keys in the same order, so
// JSON output stays byte for byte the same.
// A field added to Span, Tag, Evidence or Mention must be added here too: test/parallel compares
// the pool's documents with the pipeline's, and would fail without it.
import type { AttributedMention } from '../../attribute/index.js';
import type { Evidence, Span, Tag, TaggedPassage } from '../../types.js';

export interface PassageColumns {
  numbers: Int32Array;
  strings: string[];
}

/** Moves every passage's sentences, tags and mentions into columns, leaving empty arrays in place. */
export function encodeColumns(passages: TaggedPassage[]): PassageColumns {
  const numbers = new NumberColumn();
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  for (const p of passages) {
    numbers.push(p.sentences.length);
    for (const s of p.sentences) numbers.push(s.start, s.end);
    numbers.push(p.tags.length);
    for (const t of p.tags) {
      numbers.push(ref(t.id), ref(t.kind), +t.negated, +t.boilerplate, t.evidence.length);
      for (const e of t.evidence) numbers.push(ref(e.term), e.start, e.end, ref(e.text), +e.negated);
    }
    numbers.push(p.mentions.length);
    for (const m of p.mentions as AttributedMention[]) {
      numbers.push(ref(m.id), ref(m.name), +m.registered, m.start, m.end, ref(m.via));
      numbers.push(m.variant === undefined ? -1 : ref(m.variant));
      numbers.push(m.external ? 1 : 0, m.kind === undefined ? -1 : ref(m.kind));
    }
    p.sentences = [];
    p.tags = [];
    p.mentions = [];
  }
  return { numbers: numbers.done(), strings };
}

/** A growing Int32Array: an array of numbers and `Int32Array.from` cost three times as much. */
class NumberColumn {
  private data = new Int32Array(4096);
  private length = 0;

  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) {
      const grown = new Int32Array(2 * (this.length + values.length));
      grown.set(this.data);
      this.data = grown;
    }
    for (const v of values) this.data[this.length++] = v;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Puts the columns back into `passages` (the ones `encodeColumns` emptied, as they arrived). */
export function decodeColumns(passages: TaggedPassage[], { numbers, strings }: PassageColumns): void {
  let at = 0;
  const next = () => numbers[at++];
  const text = () => strings[numbers[at++]];
  for (const p of passages) {
    const sentences: Span[] = new Array(next());
    for (let i = 0; i < sentences.length; i++) sentences[i] = { start: next(), end: next() };
    const tags: Tag[] = new Array(next());
    for (let i = 0; i < tags.length; i++) {
      const id = text();
      const kind = text() as Tag['kind'];
      const negated = next() === 1;
      const boilerplate = next() === 1;
      const evidence: Evidence[] = new Array(next());
      for (let k = 0; k < evidence.length; k++) {
        evidence[k] = { term: text(), start: next(), end: next(), text: text(), negated: next() === 1 };
      }
      tags[i] = { id, kind, negated, boilerplate, evidence };
    }
    const mentions: AttributedMention[] = new Array(next());
    for (let i = 0; i < mentions.length; i++) {
      const id = text();
      const name = text();
      const registered = next() === 1;
      const start = next();
      const end = next();
      const via = text() as AttributedMention['via'];
      const variant = next();
      const external = next() === 1;
      const kind = next();
      // Keys in the order attribution writes them: the JSON of both paths stays the same.
      const m = { id, name, registered } as AttributedMention;
      if (external) m.external = true;
      if (kind >= 0) m.kind = strings[kind] as AttributedMention['kind'];
      Object.assign(m, { start, end, via });
      if (variant >= 0) m.variant = strings[variant] as AttributedMention['variant'];
      mentions[i] = m;
    }
    p.sentences = sentences;
    p.tags = tags;
    p.mentions = mentions;
  }
}
