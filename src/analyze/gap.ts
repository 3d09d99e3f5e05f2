// What a coverage gap is: its kind, whose, in which category, why, and the passages behind it.
import type { EvidenceRef } from '../corpus/evidence.js';

export type GapKind = 'absent-administration' | 'rare-tag' | 'missing-tag' | 'question' | 'depth' | 'scope';

export const GAP_KINDS: readonly GapKind[] = ['absent-administration', 'rare-tag', 'missing-tag', 'question', 'depth', 'scope'];

/** One finding: what is missing, whose, in which category, why (in Swedish), and the passages. */
export interface Gap {
  kind: GapKind;
  /** Administration ID, or null for a finding about the whole corpus. */
  administration: string | null;
  /** Category ID (P1–P4, a rights area), or null. */
  tag: string | null;
  message: string;
  evidence: EvidenceRef[];
}
