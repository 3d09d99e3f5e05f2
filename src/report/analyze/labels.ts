// Swedish words every analyze/names report format shares: headings for gap kinds, views and
// variant statuses, short column names, and how a place in a document is written.
import path from 'node:path';
import type { EvidenceRef } from '../../aggregate/analysis/evidence.js';
import type { View } from '../../aggregate/coverage.js';
import type { GapKind } from '../../aggregate/gaps.js';
import type { NameGroupKind, VariantStatus } from '../../aggregate/names/index.js';

export const GAP_TITLE: Record<GapKind, string> = {
  'absent-administration': 'Frånvarande eller nästan tysta förvaltningar',
  'rare-tag': 'Principer och rättighetsområden som få tar upp',
  'missing-tag': 'Förvaltningar som saknar det de flesta andra tar upp',
  question: 'Den särskilda frågans två delar',
  depth: 'Djup: hänvisningar till befintliga processer, resultat och uppföljning',
  scope: 'Omfång',
};

export const GAP_HELP: Record<GapKind, string> = {
  'absent-administration': 'Förväntade förvaltningar och bolag som inte finns med i underlaget, eller som nästan inget sägs om.',
  'rare-tag': 'Rangordnat från minst täckt. Jämförelsen gäller de förväntade förvaltningar och bolag som finns i underlaget.',
  'missing-tag': 'En förvaltning som inte tar upp en princip eller ett rättighetsområde som de flesta andra tar upp.',
  question: 'Fråga 1: hur arbetar ni systematiskt med principerna? Fråga 2: vilka möjligheter och utmaningar ser ni?',
  depth: 'Stycken som bara hänvisar till grunduppdrag eller systematiskt kvalitetsarbete, och svar utan ord om resultat eller uppföljning.',
  scope: 'Hur mycket text som handlar om (eller är skriven av) varje förvaltning.',
};

export const VIEW_LABEL: Record<View, string> = {
  mention: 'efter omnämnande (stycken som nämner förvaltningen)',
  author: 'efter avsändare (stycken i förvaltningens egna dokument)',
};

export const VIEW_SHORT: Record<View, string> = { mention: 'Efter omnämnande', author: 'Efter avsändare' };

export const NAME_KIND_TITLE: Record<NameGroupKind, string> = {
  administration: 'Förvaltningarnas namn',
  concept: 'Begrepp',
  title: 'Titlar på styrdokument',
  spelling: 'Stavning',
};

export const STATUS_LABEL: Record<VariantStatus, string> = {
  canonical: 'registrets namn',
  alias: 'annat korrekt namn',
  'known-misspelling': 'känd felstavning',
  preferred: 'föredragen',
  variant: 'variant',
  misspelling: 'trolig felstavning',
};

/** The status in words; a spelling group's canonical form is the common one, not a registry name. */
export function statusLabel(kind: NameGroupKind, status: VariantStatus): string {
  if (kind === 'spelling' && status === 'canonical') return 'vanlig form';
  return STATUS_LABEL[status];
}

/** "rapport.txt s. 12", "memo.txt rad 40". */
export function place(e: Pick<EvidenceRef, 'document' | 'page' | 'line'>): string {
  const where = e.page !== null ? `s. ${e.page}` : e.line !== null ? `rad ${e.line}` : '';
  return [path.basename(e.document), where].filter(Boolean).join(' ');
}
