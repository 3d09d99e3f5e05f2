// The registry file `mrkoll registry init` writes: lexicons/registries/<city>.yaml as the lexicon
// schema has it, with what the documents showed (counts, every written form) as comments, so the
// file passes `mrkoll lexicon check` as it stands and a person sees what to keep.
import { Document as YamlDocument, isMap, isSeq, type YAMLMap } from 'yaml';
import type { DraftOrgan, RegistryDraft } from '../../registry/draft.js';

/** The draft as YAML: a registry file with a comment over each entry. */
export function registryDraftToYaml(draft: RegistryDraft): string {
  const doc = new YamlDocument({
    city: draft.city,
    name: draft.name,
    administrations: draft.organs.map(entryOf),
  });
  doc.commentBefore = [
    ` Utkast till register för ${draft.name}, skrivet av mrkoll registry init ur ${draft.documents} dokument.`,
    ' Granska varje post: ta bort det som inte är kommunens organ, rätta namn och slag (kind), flytta',
    ' stavningar mellan aliases och misspellings och lägg till det som saknas. Kommentarerna säger',
    ' hur ofta och hur dokumenten skrev varje namn. Kontrollera filen med mrkoll lexicon check.',
  ].join('\n');
  const list = doc.get('administrations', true);
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      if (isMap(item)) (item as YAMLMap).commentBefore = commentOf(draft.organs[i]);
    });
  }
  return doc.toString({ lineWidth: 0 });
}

function entryOf(organ: DraftOrgan): Record<string, unknown> {
  return {
    id: organ.id,
    name: organ.name,
    kind: organ.kind,
    ...(organ.aliases.length > 0 && { aliases: organ.aliases }),
    ...(organ.misspellings.length > 0 && { misspellings: organ.misspellings }),
    ...(organ.serves !== undefined && { serves: organ.serves }),
    examples: { match: organ.examples?.match ?? [], nomatch: organ.examples?.nomatch ?? [] },
  };
}

/** "12 gånger i 3 dokument: Nämnden för Teknik (9), nämnden för teknik (3)". */
function commentOf(organ: DraftOrgan): string {
  const forms = organ.seen.map((s) => `${s.text} (${s.count})`).join(', ');
  return ` ${organ.count} ${organ.count === 1 ? 'gång' : 'gånger'} i ${organ.documents} dokument: ${forms}`;
}
