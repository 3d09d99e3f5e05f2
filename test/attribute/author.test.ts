// Who wrote a document: --author > manifest > the document's own author line > null.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, cityLexiconsFor, type TaggingContext } from '../../src/tag/context.js';
import { resolveAuthor } from '../../src/attribute/index.js';
import { makeDocument } from '../helpers/documents.js';

let ctx: TaggingContext;
beforeAll(() => {
  ctx = buildContext(loadLexicons());
});

describe('resolveAuthor', () => {
  const doc = (metadata: Parameters<typeof makeDocument>[1]) => makeDocument(['Text.'], metadata);
  it.each([
    ['the flag wins over manifest and document', { authorId: 'malmo/kulturnamnden', author: 'Servicenämnden' }, 'malmo/fritidsnamnden', 'malmo/fritidsnamnden'],
    ['the flag may be a name', {}, 'Kulturnämnden', 'malmo/kulturnamnden'],
    ['the manifest wins over the document', { authorId: 'malmo/kulturnamnden', author: 'Servicenämnden' }, undefined, 'malmo/kulturnamnden'],
    ['the document names its author', { author: 'Servicenämnden' }, undefined, 'malmo/servicenamnden'],
    ['an office as author is its committee', { author: 'Stadskontoret' }, undefined, 'malmo/kommunstyrelsen'],
    ['a Stockholm document resolves against Stockholm', { city: 'stockholm', author: 'Serviceförvaltningen' }, undefined, 'stockholm/servicenamnden'],
    ['an unknown author is null', { author: 'Institutet för mänskliga rättigheter' }, undefined, null],
    ['no author at all is null', {}, undefined, null],
  ])('%s', (_rule, metadata, override, expected) => {
    const d = doc(metadata);
    expect(resolveAuthor(d, cityLexiconsFor(d, ctx).names, ctx.lexicons.registries, override)).toBe(expected);
  });
});
