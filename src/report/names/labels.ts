// Swedish words the names report uses in every format: section titles and variant statuses.
import type { Confidence, NameGroupKind, VariantStatus } from '../../names/index.js';

export const NAME_KIND_TITLE: Record<NameGroupKind, string> = {
  administration: 'Förvaltningarnas namn',
  concept: 'Begrepp',
  title: 'Titlar på styrdokument',
  spelling: 'Stavning',
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = { high: 'hög', medium: 'medel', low: 'låg' };

export const STATUS_LABEL: Record<VariantStatus, string> = {
  canonical: 'registrets namn',
  alias: 'annat korrekt namn',
  'known-misspelling': 'känd felstavning',
  preferred: 'föredragen',
  variant: 'variant',
  possible: 'möjligen samma',
  misspelling: 'trolig felstavning',
  abbreviation: 'förkortning utan förklaring',
};

/**
 * The status in words; a spelling group's canonical form is the common one, not a registry name,
 * and so is that of an organ the registry lacks.
 */
export function statusLabel(kind: NameGroupKind, status: VariantStatus, unregistered = false): string {
  if ((kind === 'spelling' || unregistered) && status === 'canonical') return 'vanlig form';
  return STATUS_LABEL[status];
}
