// Swedish words the names report uses in every format: section titles and variant statuses.
import { cityName } from '../../lexicon/municipalities.js';
import { cityOfId } from '../../lexicon/administration-id.js';
import type { Confidence, NameGroup, NameGroupKind, VariantStatus } from '../../names/index.js';

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

/**
 * How a group is headed: its canonical form, with its city's name when another city's organ in the
 * same report has the same name (two cities' "Kommunstyrelsen").
 */
export function groupTitles(groups: readonly NameGroup[]): (g: NameGroup) => string {
  const cities = new Map<string, Set<string>>();
  for (const g of groups) {
    if (g.kind === 'administration') (cities.get(g.canonical) ?? cities.set(g.canonical, new Set()).get(g.canonical)!).add(cityOfId(g.id));
  }
  return (g) => (g.kind !== 'administration' || (cities.get(g.canonical)?.size ?? 0) < 2 ? g.canonical : `${g.canonical} (${cityName(cityOfId(g.id))})`);
}
