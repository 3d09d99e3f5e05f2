// Organs the registry lacks ("<city>/<slug>") reported like registered ones, and one organ's
// written forms brought together across IDs: "Nämnden för Kultur" with "Kulturnämnden", "Vård och
// omsorgnämnden" with "Vård- och omsorgsnämnden" (organ-forms.ts). A form near exactly one organ
// but the same as none ("Samhällsbygnadsnämnden") joins it as "möjligen", with the evidence, and so
// does a rare wrong name for exactly one organ ("Fritids- och kulturnämnden" in another committee's
// minutes for "Kultur- och fritidsnämnden").
import { compareOrganNames, wrongNameEvidence } from './organ-forms.js';
import type { NameGroup } from './types.js';
import { cityOfId } from '../lexicon/administration-id.js';

const total = (g: NameGroup) => g.variants.reduce((n, v) => n + v.count, 0);

/**
 * Merges each unregistered organ's group into the one other organ it is a form of, rarest first.
 * `registered` tells a registry's ID; an unregistered group only joins a registered one or a more
 * frequent unregistered one, and stays apart when it is near several.
 */
export function mergeOrganForms(groups: readonly NameGroup[], registered: (id: string) => boolean): NameGroup[] {
  const live = new Map(groups.map((g) => [g.id, { ...g, variants: [...g.variants] }]));
  // Same forms first, so that a near form finds one organ, not two of its forms; wrong names last,
  // among the organs left.
  for (const pass of ['same', 'near', 'wrong'] as const) {
    const unregistered = [...live.values()].filter((g) => !registered(g.id)).sort((a, b) => total(a) - total(b) || a.id.localeCompare(b.id));
    for (const u of unregistered) {
      if (!live.has(u.id)) continue;
      if (pass === 'wrong') {
        mergeWrongName(u, live, registered);
        continue;
      }
      const matches: Array<{ g: NameGroup; how: 'same' | 'near' }> = [];
      // Only one city's organs are forms of each other: Malmö's and Stockholm's Kulturnämnden are two.
      for (const g of live.values()) {
        if (g.id === u.id || cityOfId(g.id) !== cityOfId(u.id) || (!registered(g.id) && total(g) < total(u))) continue;
        const how = closest(u, g);
        if (how) matches.push({ g, how });
      }
      const same = matches.filter((m) => m.how === 'same');
      const pick = pass === 'same' ? (same.length === 1 ? same[0] : null) : same.length === 0 && matches.length === 1 ? matches[0] : null;
      if (!pick) continue;
      merge(live.get(pick.g.id)!, u, pick.how === 'same' ? 'variant' : 'possible');
      live.delete(u.id);
    }
  }
  return [...live.values()];
}

/** Most times a wrong name may be written and still be a slip rather than an organ of its own. */
const WRONG_NAME_MAX = 2;

/**
 * A rare organ name that is a wrong name for exactly one other organ of the city, registered or
 * written at least twice as often ("Fritids- och kulturnämnden" for "Kultur- och fritidsnämnden"),
 * joins it as "möjligen", with the evidence in the note.
 */
function mergeWrongName(u: NameGroup, live: Map<string, NameGroup>, registered: (id: string) => boolean): void {
  if (total(u) > WRONG_NAME_MAX) return;
  const matches: Array<{ g: NameGroup; evidence: string }> = [];
  for (const g of live.values()) {
    if (g.id === u.id || cityOfId(g.id) !== cityOfId(u.id) || (!registered(g.id) && total(g) < 2 * total(u))) continue;
    const evidence = wrongNameOf(u, g);
    if (evidence) matches.push({ g, evidence });
  }
  if (matches.length !== 1) return;
  const { g, evidence } = matches[0];
  merge(
    g,
    u,
    'possible',
    `”${u.canonical}” är inget känt namn men har ${evidence} än ”${g.canonical}”, och liknar inget annat organ; möjligen fel namn på det.`,
  );
  live.delete(u.id);
}

/** The evidence that some form of `u` is a wrong name for `g`'s name or forms, or null. */
function wrongNameOf(u: NameGroup, g: NameGroup): string | null {
  for (const a of [u.canonical, ...u.variants.map((v) => v.text)]) {
    for (const b of [g.canonical, ...g.variants.map((v) => v.text)]) {
      const evidence = wrongNameEvidence(a, b);
      if (evidence) return evidence;
    }
  }
  return null;
}

/** `u`'s forms into `target`, the registry's (or most frequent) name first. */
function merge(target: NameGroup, u: NameGroup, status: 'variant' | 'possible', why?: string): void {
  target.variants.push(...u.variants.map((v) => ({ ...v, status })));
  const first = (v: NameGroup['variants'][number]) => Number(v.status !== 'canonical');
  target.variants.sort((a, b) => first(a) - first(b) || b.count - a.count || a.text.localeCompare(b.text, 'sv'));
  target.inconsistent = true;
  if (status === 'possible') {
    const note = why ?? `”${u.canonical}” är inget känt namn men liknar ”${target.canonical}” och inget annat organ; möjligen samma organ.`;
    target.note = target.note ? `${target.note} ${note}` : note;
    if (target.confidence === 'high' && !target.variants.some((v) => v.status === 'variant' || v.status === 'known-misspelling')) target.confidence = 'medium';
  }
}

/** The closest any form of `u` comes to any form of `g` ("BoU-nämnden" is the same as a form of the organ BoU names). */
function closest(u: NameGroup, g: NameGroup): 'same' | 'near' | null {
  let near = false;
  const abbreviations = g.variants.filter((v) => v.status === 'alias').map((v) => v.text.replace(/:s$/, ''));
  for (const a of [u.canonical, ...u.variants.map((v) => v.text)]) {
    for (const b of [g.canonical, ...g.variants.map((v) => v.text)]) {
      const how = compareOrganNames(a, b, abbreviations);
      if (how === 'same') return 'same';
      if (how === 'near') near = true;
    }
  }
  return near ? 'near' : null;
}
