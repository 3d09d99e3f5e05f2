// The shape `mrkoll names` reports in: groups of variants under a canonical form.
import type { EvidenceRef } from '../corpus/evidence.js';

export type NameGroupKind = 'administration' | 'concept' | 'title' | 'spelling';

/**
 * canonical: the registry's name; alias: another correct name in the registry (MKB);
 * known-misspelling: listed in the registry as a misspelling; preferred: a concept's preferred
 * term; variant: any other wording; possible: a name near exactly one organ and the same as none
 * ("möjligen"); misspelling: a spelling check hit; abbreviation: an organ's abbreviation used
 * without being introduced in a document while another writes the name out (information only).
 */
export type VariantStatus = 'canonical' | 'alias' | 'known-misspelling' | 'preferred' | 'variant' | 'possible' | 'misspelling' | 'abbreviation';

/**
 * How sure the finder is that the group is one name written in several ways: high (the spell
 * checker or the registry agrees), medium (the distance or the context alone says so), low (the
 * spell checker suggests something else). The default report shows high and medium.
 */
export type Confidence = 'high' | 'medium' | 'low';

export interface NameVariant {
  /** The form as most often written. */
  text: string;
  count: number;
  /** Paths of the documents it occurs in. */
  documents: string[];
  /** IDs of the administrations that wrote those documents. */
  administrations: string[];
  status: VariantStatus;
  /** Administrations named in the passages where it occurs (concepts and titles). */
  about?: string[];
  /** Up to three places, with a verbatim quote. */
  examples: EvidenceRef[];
}

export interface NameGroup {
  kind: NameGroupKind;
  /** Administration ID, concept ID, or the canonical form's key. */
  id: string;
  canonical: string;
  /** More than one form in use, or a form that is not the canonical one. */
  inconsistent: boolean;
  confidence: Confidence;
  /** An organ the city's registry lacks ("<city>/<slug>"): its canonical form is the most frequent one. */
  unregistered?: true;
  /** Why the group is reported, in Swedish: distances, dictionary verdicts. */
  note?: string;
  variants: NameVariant[];
}
