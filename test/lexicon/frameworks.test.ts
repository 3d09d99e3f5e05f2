// Which frameworks apply to a city's documents: its own, the shared rights areas, and the national
// principles (SKR's) for every city without principles of its own; --framework replaces the principles.
import { describe, expect, it } from 'vitest';
import { frameworkChoiceProblem, frameworksFor } from '../../src/lexicon/frameworks.js';
import { loadLexicons } from '../../src/lexicon/load.js';

const lexicons = loadLexicons();
const ids = (city: string | null, principles?: string) => frameworksFor(lexicons, city, principles).map((f) => f.id);

describe('frameworksFor', () => {
  it.each([
    ['malmo', ['malmo-mr-policy', 'rattighetsomraden']],
    ['stockholm', ['stockholm-mr-programmet', 'rattighetsomraden']],
    ['vaxjo', ['skr-principer', 'rattighetsomraden']],
    ['region-skane', ['skr-principer', 'rattighetsomraden']],
    [null, ['skr-principer', 'rattighetsomraden']],
  ])('%s', (city, expected) => {
    expect(ids(city)).toEqual(expected);
  });

  it('gives every city the principles --framework picks', () => {
    expect(ids('lund', 'malmo-mr-policy')).toEqual(['malmo-mr-policy', 'rattighetsomraden']);
    expect(ids('malmo', 'skr-principer')).toEqual(['skr-principer', 'rattighetsomraden']);
  });

  it('takes only a principles framework for --framework', () => {
    expect(frameworkChoiceProblem(lexicons, 'skr-principer')).toBe(null);
    expect(frameworkChoiceProblem(lexicons, 'rattighetsomraden')).toMatch(/^"rattighetsomraden" är rättighetsområden, inte principer/);
    expect(frameworkChoiceProblem(lexicons, 'finns-inte')).toMatch(
      /^okänt ramverk "finns-inte" \(principramverken är malmo-mr-policy, skr-principer, stockholm-mr-programmet\)/,
    );
  });
});
