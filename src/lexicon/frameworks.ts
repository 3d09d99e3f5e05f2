// Which frameworks a city's documents are read against: the city's own (Malmö's P1–P4 for Malmö
// only), the shared ones (the rights areas, for every city), and, for a city without principles
// of its own, the national default (SKR's human-rights principles). A run may pick another
// principles framework for every document (--framework).
import type { Framework, Lexicons } from '../types.js';

/**
 * The frameworks that apply to documents of `city` (null: unknown), principles first. `principles`
 * is a principles framework's ID that replaces every city's own or default principles.
 */
export function frameworksFor(lexicons: Pick<Lexicons, 'frameworks'>, city: string | null, principles?: string): Framework[] {
  const all = lexicons.frameworks;
  const own = all.filter((f) => city !== null && f.city === city);
  const shared = all.filter((f) => f.city === null && !f.default);
  const areas = [...own, ...shared].filter((f) => f.kind === 'areas');
  if (principles !== undefined) return [...all.filter((f) => f.id === principles), ...areas];
  const ownPrinciples = own.filter((f) => f.kind === 'principles');
  const defaults = ownPrinciples.length > 0 ? [] : all.filter((f) => f.default === true);
  return [...ownPrinciples, ...defaults, ...shared.filter((f) => f.kind === 'principles'), ...areas];
}

/** Whether `framework` applies to documents of `city`, as `frameworksFor` decides. */
export function frameworkApplies(lexicons: Pick<Lexicons, 'frameworks'>, framework: Framework, city: string | null, principles?: string): boolean {
  return frameworksFor(lexicons, city, principles).some((f) => f.id === framework.id);
}

/** Why `id` cannot be picked with --framework, or null: it must be a principles framework the lexicons have. */
export function frameworkChoiceProblem(lexicons: Pick<Lexicons, 'frameworks'>, id: string): string | null {
  const framework = lexicons.frameworks.find((f) => f.id === id);
  const choices = lexicons.frameworks.filter((f) => f.kind === 'principles').map((f) => f.id);
  if (!framework) return `okänt ramverk "${id}" (principramverken är ${choices.join(', ')})`;
  if (framework.kind !== 'principles') return `"${id}" är rättighetsområden, inte principer (principramverken är ${choices.join(', ')})`;
  return null;
}
