// The word marker of marks.ts for a set of cue words and external bodies: what each of
// attribution's finders may start at, asked of each word form once.
import { WordMemo } from '../language/index.js';
import { mayStartCue } from './cue-phrases.js';
import type { AttributionCues } from './cues.js';
import { mayBeStandardForm } from './document-organs.js';
import { mayEndExternal, type ExternalIndex } from './external-bodies.js';
import { MAY_ALIAS, MAY_CUE, MAY_EXTERNAL_ENDING, MAY_PROVIDER, MAY_SHAPE, type WordMarker } from './marks.js';
import { mayStartShape } from './organ-shapes.js';

/** The marker for these cues and bodies, made once: its memo is what makes the walk cheap. */
export function wordMarker(cues: AttributionCues, external: ExternalIndex): WordMarker {
  let byIndex = markers.get(cues);
  if (!byIndex) markers.set(cues, (byIndex = new WeakMap()));
  let marker = byIndex.get(external);
  if (!marker) {
    const unregistered = cues.unregistered;
    const endings = external.bodies.endings;
    marker = {
      known: new WordMemo(),
      bitsOf: (t) =>
        (mayStartShape(t, unregistered) ? MAY_SHAPE : 0) |
        (mayEndExternal(t, endings) ? MAY_EXTERNAL_ENDING : 0) |
        (mayStartCue(t.norm, cues) ? MAY_CUE : 0) |
        (mayBeStandardForm(t.norm, unregistered) ? MAY_ALIAS : 0) |
        (unregistered.companies.providerCues.has(t.norm) ? MAY_PROVIDER : 0),
    };
    byIndex.set(external, marker);
  }
  return marker;
}

const markers = new WeakMap<AttributionCues, WeakMap<ExternalIndex, WordMarker>>();
