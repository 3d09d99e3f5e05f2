// By author, evidence names the author as the document writes it, else as the report names the
// administration; that name is known only when the whole corpus has been read (an unregistered
// organ's most written form, two cities' "Kommunstyrelsen" told apart). Evidence made while the
// corpus streams past carries this placeholder until then.
import type { EvidenceRef } from '../corpus/evidence.js';

/** Stands for the administration's name in an author attribution; no document's author is this. */
export const AUTHOR_NAME_LATER = '\u0000';

/** `refs` with the placeholder replaced by `name` (in place: each ref is its owner's). */
export function withAuthorName(refs: EvidenceRef[], name: string): EvidenceRef[] {
  for (const ref of refs) if (ref.attribution?.kind === 'author' && ref.attribution.text === AUTHOR_NAME_LATER) ref.attribution.text = name;
  return refs;
}
