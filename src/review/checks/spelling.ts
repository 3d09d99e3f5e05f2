// Spelling by Hunspell's Swedish dictionary, with the lexicons' words and rules/known-words.txt
// as known words. Precise rather than thorough: names (capitalized inside a sentence),
// abbreviations, words with digits and the list sections (recipients, signatures) are skipped.
import { findMisspellings } from '../../language/hunspell.js';
import { defineCheck } from '../define-check.js';
import { inside } from '../patterns.js';

interface SpellingData {
  /** Sections of names, not prose: their entries are checked by the registry rules. */
  skipSections?: string[];
  skipNames?: boolean;
  minLength?: number;
  /** How many of Hunspell's suggestions to show; 0 for none. */
  suggestions?: number;
}

export const spelling = defineCheck<SpellingData, 'noSuggestion'>({
  meta: {
    id: 'spelling',
    description: 'Stavning enligt Hunspells svenska ordlista och de kända orden.',
    defaultSeverity: 'warning',
    schema: {
      properties: {
        skipSections: { type: 'array', items: { type: 'string', minLength: 1 } },
        skipNames: { type: 'boolean' },
        minLength: { type: 'integer', minimum: 1 },
        suggestions: { type: 'integer', minimum: 0 },
      },
    },
    // The main message (`message`): a word with suggestions ({suggestions}).
    messages: { noSuggestion: null },
  },
  create(rule) {
    const data = rule.data;
    const options = { skipNames: data.skipNames ?? true, minLength: data.minLength ?? 2 };
    const max = data.suggestions ?? 3;
    return (doc, ctx) => {
      const spell = ctx.spell;
      if (!spell) return [];
      const skip = (data.skipSections ?? []).map((name) => ctx.sections.get(name)?.body).filter((s) => s !== undefined);
      const cache = new Map<string, string>();
      return findMisspellings(doc.text, spell, options)
        .filter((m) => !inside(skip, m.start, m.end))
        .map((m) => {
          let suggestions = cache.get(m.word);
          if (suggestions === undefined) {
            suggestions = max > 0 ? spell.suggest(m.word).slice(0, max).join(', ') : '';
            cache.set(m.word, suggestions);
          }
          const messageId = suggestions ? undefined : 'noSuggestion';
          return rule.finding(ctx, m.start, m.end, {
            messageId,
            values: { suggestions: suggestions || '–' },
            expected: suggestions.split(', ')[0] || undefined,
          });
        });
    };
  },
});
