// Review profiles: a municipality's memo template as data (rules/review/profiles/<id>.yaml, and
// profiles/ in a --rules folder). A profile names, per document type, the sections the template
// has, the headings each may go by, and how much a missing one matters. Malmö's template is the
// `malmo` profile; a city without one of its own is reviewed against `generic`, what nearly every
// Swedish tjänsteskrivelse has. Which profile a document gets: --profile, else its city's registry
// (`profile:`), else the profile with the city's ID, else generic.
import { problemAt, readYaml, type Problem } from '../data-files/problems.js';
import { compileSchema, schemaProblems } from '../data-files/validate.js';
import { DOCUMENT_TYPES, type Registry } from '../types.js';
import { RULE_ID_PATTERN } from './rule-schema.js';
import type { ProfileSection, ReviewProfile } from './types.js';

export type { ProfileSection, ReviewProfile } from './types.js';

/** The profile for every city without a template of its own. */
export const GENERIC_PROFILE = 'generic';

const text = { type: 'string', minLength: 1 };

const validateProfile = compileSchema({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'description', 'documentTypes'],
  properties: {
    id: { type: 'string', pattern: RULE_ID_PATTERN },
    name: text,
    description: text,
    source: text,
    documentTypes: {
      type: 'object',
      minProperties: 1,
      propertyNames: { enum: DOCUMENT_TYPES.filter((t) => t !== 'other') },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['sections'],
        properties: {
          sections: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'headings'],
              properties: {
                name: text,
                headings: { type: 'array', minItems: 1, items: text },
                severity: { enum: ['error', 'warning', 'info', 'off'] },
              },
            },
          },
        },
      },
    },
  },
});

/** One profile file, or null with its problems added to `problems`. */
export function readProfile(file: string, problems: Problem[]): ReviewProfile | null {
  const { source, problems: syntax } = readYaml(file);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return null;
  }
  if (!validateProfile(source.data)) {
    problems.push(...schemaProblems(source, validateProfile.errors ?? []));
    return null;
  }
  const data = source.data as Omit<ReviewProfile, 'file'>;
  const wildcard = Object.entries(data.documentTypes).flatMap(([type, entry]) =>
    (entry?.sections ?? []).flatMap((section, s) =>
      section.headings.flatMap((heading, h) => (badWildcard(heading) ? [{ path: ['documentTypes', type, 'sections', s, 'headings', h] }] : [])),
    ),
  );
  for (const { path } of wildcard)
    problems.push(problemAt(source, path, 'en asterisk får bara stå först i en rubrik, följd av mellanslag: "* förslag till beslut"'));
  if (wildcard.length > 0) return null;
  return { ...data, description: data.description.trim(), ...(data.source !== undefined && { source: data.source.trim() }), file };
}

/** `*` may only open a heading, as "* förslag till beslut" (any one to three words first). */
function badWildcard(heading: string): boolean {
  const rest = heading.startsWith('* ') ? heading.slice(2) : heading;
  return rest.includes('*');
}

/**
 * The profile for a document: `requested` (--profile), else the registry's `profile:`, else the
 * profile with the city's ID, else generic. Null only when not even generic exists.
 */
export function chooseProfile(
  profiles: ReadonlyMap<string, ReviewProfile>,
  city: string | null,
  registry: Registry | null,
  requested?: string,
): ReviewProfile | null {
  const id = requested ?? registry?.profile ?? (city !== null && profiles.has(city) ? city : GENERIC_PROFILE);
  return profiles.get(id) ?? profiles.get(GENERIC_PROFILE) ?? null;
}

/** The sections a profile gives a document type (none for a type it does not describe). */
export function profileSections(profile: ReviewProfile | null, type: string): ProfileSection[] {
  return profile?.documentTypes[type]?.sections ?? [];
}
