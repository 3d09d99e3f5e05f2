// Tagging: every passage of a document tagged with the categories of its city's frameworks, with
// boilerplate marked and the administrations it is about attached (src/attribute).
import { countWordTokens, tokenizeEach, type Tokens } from '../language/index.js';
import { attributeDocument, resolveAuthor } from '../attribute/index.js';
import type { Document, Mention, Span, Tag, TaggedDocument, TaggedPassage } from '../types.js';
import { findBoilerplate } from './boilerplate.js';
import { tagPassage } from './categories.js';
import { attributionScope, cityLexiconsFor, type TaggingContext, type CityLexicons } from './context.js';

export { buildContext, type TaggingContext, type CityLexicons, type ContextOptions } from './context.js';

export interface TagOptions {
  /** Authoring administration (ID or name), overriding the manifest and the document. */
  author?: string;
}

/** A tagged document, with the city and frameworks it was tagged against. */
export interface TagResult extends TaggedDocument {
  /** The city it was tagged as (null: unknown, "okänd kommun"). */
  city: string | null;
  /** The IDs of the frameworks it was tagged against. */
  frameworks: string[];
}

export function tagDocument(doc: Document, ctx: TaggingContext, options: TagOptions = {}): TagResult {
  const city = cityLexiconsFor(doc, ctx);
  const scope = attributionScope(doc, ctx);
  // Each passage is tokenized once, for attribution, the category matcher and the word count.
  const tokens = tokenizeEach(
    doc.passages.map((passage) => passage.text),
    ctx.language,
  );
  const attribution = attributeDocument(doc, scope, tokens);
  const mentions: Mention[][] = attribution.passages;
  // The boilerplate phrases of a passage are looked for right after its tags, while its tokens are
  // still in the processor's cache: read again after all passages, they cost twice as much.
  // So is the word count.
  const phrases: (string | null)[] = [];
  const words: number[] = [];
  const tags: Tag[][] = doc.passages.map((passage, i) => {
    const found = tagPassage(passage, city, nameSpans(mentions[i], city), tokens[i], ctx.rules);
    phrases.push(ctx.boilerplate.findInTokens(passage.text, tokens[i]));
    words.push(countWords(tokens[i]));
    return found;
  });
  const dismissed = (i: number) => tags[i].length > 0 && tags[i].every((tag) => tag.negated);
  const boilerplate = findBoilerplate(doc.passages, phrases, (i) => tags[i].length > 0, dismissed);
  // Object.assign, not spread: V8 copies these passages ten times faster that way.
  const passages = doc.passages.map((passage, i): TaggedPassage =>
    Object.assign({}, passage, {
      tags: boilerplate[i] === null ? tags[i] : tags[i].map((tag) => ({ ...tag, boilerplate: true })),
      mentions: mentions[i],
      boilerplate: boilerplate[i],
      words: words[i],
    }),
  );
  return {
    ...doc,
    author: resolveAuthor(doc, city.names, ctx.lexicons.registries, options.author, { scope, owner: attribution.owner }),
    passages,
    city: city.city,
    frameworks: city.frameworks.map((f) => f.id),
  };
}

/**
 * Where administrations are named in a passage, as spans no category evidence may come from.
 * Councils are the exception: "pensionärsrådet" is itself a participation structure (P3).
 */
function nameSpans(mentions: Mention[], city: CityLexicons): readonly Span[] {
  // Most passages name no one: no new empty array for them.
  if (mentions.length === 0) return NO_SPANS;
  return mentions.filter((m) => m.end > m.start && m.via !== 'anaphor' && (city.names?.byId.get(m.id)?.kind ?? m.kind) !== 'råd');
}

const NO_SPANS: readonly Span[] = [];

/** Words and numbers, as a reader counts them; punctuation is not a word. */
export function countWords(text: string | Tokens): number {
  if (typeof text === 'string') return countWordTokens(text);
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!text.isPunct(i)) count++;
  return count;
}
