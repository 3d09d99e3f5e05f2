// Swedish words every analyze/names report format shares: headings for gap kinds, views and
// variant statuses, short column names, and how a place in a document is written.
import type { View } from '../../analyze/coverage.js';
import type { GapKind } from '../../analyze/gap.js';
import type { SkippedVariant } from '../../corpus/variants.js';
import { pct } from '../../util/swedish.js';
import path from 'node:path';

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

/** A cell whose category belongs to another city's framework than the row's. */
export const NOT_APPLICABLE = 'ej tillämplig';

/** Why a document is not counted: "variant av a.docx" (manifest), "samma text som a.docx, 97 % lika". */
export function variantNote(s: SkippedVariant): string {
  const other = path.basename(s.variantOf);
  if (s.by === 'manifest') return `variant av ${other}`;
  return `samma text som ${other}${s.similarity === null ? '' : `, ${pct(s.similarity)} lika`}`;
}
