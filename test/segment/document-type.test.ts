// The type cues found in one pass for all cues must be found exactly where one search per cue
// found them: at the start of a word, as a whole word, in the part of the text each type reads.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { detectDocumentType, type TypeCues } from '../../src/segment/document-type.js';
import { segment } from '../../src/segment/index.js';

const CUES: TypeCues[] = [
  { type: 'rapport', title: [], section: ['Syfte och mål'], selfReference: ['denna rapport'], numberedParagraphs: false },
  { type: 'policy', title: [], section: ['Syfte'], selfReference: ['denna policy', 'policyn'], numberedParagraphs: false },
  { type: 'protokollsutdrag', title: [], section: [], selfReference: ['detta protokoll'], numberedParagraphs: true },
];

function typeOf(paragraphs: string[]): string {
  const lines = paragraphs.flatMap((p) => [p, '']);
  const doc = segment(normalize({ path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines }));
  return detectDocumentType(doc.passages, doc.text, CUES);
}

describe('detectDocumentType', () => {
  it('counts a self-reference only where it starts a word and ends one', () => {
    // Both section cues start the first passage (a tie the first type wins); only `Denna policy` refers to the document.
    expect(typeOf(['Syfte och mål med arbetet', 'Om xdenna rapport och denna rapporten skriver vi. Denna policy gäller alla.'])).toBe('policy');
    expect(typeOf(['Syfte och mål med arbetet', 'Om xdenna rapport och denna rapporten skriver vi. Denna policyn gäller alla.'])).toBe('policy');
    expect(typeOf(['Syfte och mål med arbetet', 'Om xdenna rapport och denna rapporten skriver vi.'])).toBe('rapport');
  });

  it('reads a numbered type in all of the text, the others before the first numbered paragraph', () => {
    const minutes = ['Syfte och mål med arbetet', '§ 12 Beslut om budget', 'Denna policy och denna rapport gäller. Detta protokoll justeras.'];
    expect(typeOf(minutes)).toBe('protokollsutdrag');
    expect(typeOf(['Syfte och mål med arbetet', 'Detta protokoll gäller. Denna policy gäller.'])).toBe('policy');
  });
});
