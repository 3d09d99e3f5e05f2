// The cue lists are matched by one scan (src/analyze/cues.ts); what they find is defined by one
// expression per list (`cueRegExp`, word start checked by `wholeWordMatches`). The scan must find
// exactly that, on Swedish text and on the corners of the expression: any case as `iu` reads it,
// endings that back off before a digit, marks, white space of every kind, characters outside the BMP.
import { describe, expect, it } from 'vitest';
import { compileCueLists, compileCues, cueRegExp } from '../../src/analyze/cues.js';
import { wholeWordMatches } from '../../src/util/whole-words.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';

/** What the list's expression finds: the reference. */
function byExpression(cues: readonly string[], text: string) {
  const ordered = [...cues].sort((a, b) => b.length - a.length);
  return wholeWordMatches(cueRegExp(ordered), text).map((m) => {
    let group = 1;
    while (m[group] === undefined) group++;
    return { cue: ordered[group - 1], start: m.index, end: m.index + m[0].length, text: m[0] };
  });
}

const rules = loadAnalysisRules();
const bundled = { ...rules.question, ...rules.depth };

const texts = [
  'Uppföljningen visar att andelen ökade, men utmaningarna kvarstår; vi har lett till förändring.',
  'UPPFÖLJNING VISAR: resultat2020, resultat 2020, resultaten, Resultat\u00a0och effekter.',
  // A digit right after the ending: the expression backs off to the run's last mark, else finds nothing.
  'resultate\u03015 resultat5 effekte\u0301\u0301n9 hinder5 hinder\u0301',
  // White space of every kind between the words of a cue, and none.
  'har\u2003lett \t\ntill, har  resulterat, harlett till, följa\u00a0upp, följs\u202fupp',
  // Letters that `iu` takes as others: long s (ſ), Kelvin sign (K), Ångström sign (Å), dotted capital I (İ, not i).
  'ſyſtematiskt, \u212Aartläggning, \u212Bterkoppling, İmplementering, implementering',
  // Word starts after letters and digits outside the BMP, and cues right after them.
  '\u{1D400}resultat \u{1F600}resultat 𝟙resultat (resultat) -enkät- 3enkät',
  // Overlapping cues of one list, and of several lists at one place.
  'systematiska kvalitetsarbetet, systematiskt kvalitetsarbete, uppföljningen visar, uppföljning, hindren hindret hindrar hinder',
  'minskningen minskade minskat mätningar mätning mätt mäta mätte',
  '',
  'x',
];

describe('cue lists by one scan', () => {
  const scan = compileCueLists(bundled);
  it.each(texts)('finds what each list’s expression finds: %s', (text) => {
    const found = scan(text);
    for (const [key, cues] of Object.entries(bundled)) expect(found[key as keyof typeof bundled], key).toEqual(byExpression(cues, text));
  });

  it('finds what the expressions find over Swedish prose, word by word shuffled', () => {
    const words = texts.join(' ').split(' ');
    let seed = 7;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length];
    const text = Array.from({ length: 2000 }, pick).join(' ');
    const found = scan(text);
    for (const [key, cues] of Object.entries(bundled)) expect(found[key as keyof typeof bundled]).toEqual(byExpression(cues, text));
  });

  it('reads cues of any characters, of either case, listed twice or with regular-expression syntax', () => {
    const cues = ['a.b', 'C++', 'fall (1)', 'Hinder', 'hinder=', 'ett två  tre', 'é', 'e\u0301'];
    const text = 'a.b axb c++ C++x fall (1) Fall  (1). hinder Hinder= é e\u0301 ett två tre ETT TVÅ\u00a0TRE';
    expect(compileCues(cues)(text)).toEqual(byExpression(cues, text));
  });

  it('falls back to the expression for a cue it cannot read (nothing but "=", or outside the BMP)', () => {
    for (const cues of [
      ['=', 'resultat'],
      ['\u{1F600}', 'resultat'],
    ]) {
      const text = 'resultat \u{1F600} = x';
      expect(compileCues(cues)(text)).toEqual(byExpression(cues, text));
    }
  });
});
