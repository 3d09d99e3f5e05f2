// Hand-built tagged documents and lexicons for the aggregation tests: small enough to read, with
// offsets computed from the text so that every quote is a real substring.
import type { Administration, Category, Lexicons, Mention, Tag, TaggedDocument, TaggedPassage } from '../../src/types.js';
import { parseAnalysisRules, type AnalysisRules } from '../../src/analyze/rules.js';
import { readFileSync } from 'node:fs';

export interface TagSpec {
  id: string;
  term?: string;
  negated?: boolean;
  boilerplate?: boolean;
}

export interface MentionSpec {
  id: string;
  /** Text to find in the passage; absent → inherited from a heading (offsets 0/0). */
  name?: string;
  via?: Mention['via'];
}

export interface PassageSpec {
  text: string;
  tags?: Array<string | TagSpec>;
  mentions?: Array<string | MentionSpec>;
  kind?: TaggedPassage['kind'];
  section?: string[];
  page?: number;
  boilerplate?: string;
}

export interface DocSpec {
  path: string;
  author?: string | null;
  type?: TaggedDocument['metadata']['type'];
  city?: string;
  variantOf?: string;
  passages: Array<PassageSpec | string>;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function doc(spec: DocSpec): TaggedDocument {
  let offset = 0;
  const passages: TaggedPassage[] = spec.passages.map((raw, i) => {
    const p = typeof raw === 'string' ? { text: raw } : raw;
    const start = offset;
    offset += p.text.length + 2;
    const sentences = [];
    const re = /[^.!?]+[.!?]*\s*/g;
    for (const m of p.text.matchAll(re)) sentences.push({ start: start + m.index, end: start + m.index + m[0].trimEnd().length });
    const tags: Tag[] = (p.tags ?? []).map((t) => {
      const s = typeof t === 'string' ? { id: t } : t;
      const term = s.term ?? '';
      const at = term ? p.text.indexOf(term) : -1;
      if (term && at < 0) throw new Error(`"${term}" finns inte i "${p.text}"`);
      return {
        id: s.id,
        kind: /^[A-Z]\d+$/.test(s.id) ? 'principle' : 'area',
        negated: s.negated ?? false,
        boilerplate: s.boilerplate ?? false,
        evidence: at >= 0 ? [{ term, start: at, end: at + term.length, text: term, negated: s.negated ?? false }] : [],
      };
    });
    const mentions: Mention[] = (p.mentions ?? []).map((m) => {
      const s = typeof m === 'string' ? { id: m } : m;
      const at = s.name ? p.text.indexOf(s.name) : -1;
      if (s.name && at < 0) throw new Error(`"${s.name}" finns inte i "${p.text}"`);
      return {
        id: s.id,
        name: s.name ?? s.id,
        registered: !s.id.startsWith('unregistered/'),
        start: at >= 0 ? at : 0,
        end: at >= 0 ? at + s.name!.length : 0,
        via: s.via ?? (s.name ? 'explicit' : 'heading'),
      };
    });
    return {
      id: `p${String(i + 1).padStart(4, '0')}`,
      kind: p.kind ?? 'paragraph',
      sectionPath: p.section ?? [],
      page: p.page ?? null,
      line: p.page ? null : i + 1,
      start,
      end: start + p.text.length,
      text: p.text,
      sentences,
      tags,
      mentions,
      boilerplate: p.boilerplate ?? null,
      words: wordCount(p.text),
    };
  });
  return {
    path: spec.path,
    format: 'txt',
    sha256: '0'.repeat(64),
    bytes: 0,
    pageCount: null,
    metadata: {
      type: spec.type ?? 'årsanalys',
      title: null,
      date: null,
      caseNumbers: [],
      city: spec.city ?? 'malmo',
      year: 2023,
      author: null,
      authorId: spec.author ?? null,
      variantOf: spec.variantOf ?? null,
    },
    text: passages.map((p) => p.text).join('\n\n'),
    footnotes: [],
    furniture: [],
    warnings: [],
    author: spec.author ?? null,
    passages,
  };
}

function category(id: string, label: string): Category {
  return { id, kind: /^P/.test(id) ? 'principle' : 'area', label, terms: [], exclude: [], examples: { match: [], nomatch: [] } };
}

function adm(id: string, name: string, kind: Administration['kind'], extra: Partial<Administration> = {}): Administration {
  return { id, name, kind, aliases: [], misspellings: [], ...extra };
}

export function lexicons(): Lexicons {
  return {
    frameworks: [
      {
        id: 'malmo-mr-policy',
        city: 'malmo',
        title: 'Policy för mänskliga rättigheter',
        kind: 'principles',
        file: 'p.yaml',
        categories: [
          category('P1', 'Malmöbon i centrum'),
          category('P2', 'Tillgänglighet och likvärdighet'),
          category('P3', 'Delaktighet och inflytande'),
          category('P4', 'Transparent kommunikation'),
        ],
      },
      {
        id: 'rattighetsomraden',
        city: null,
        title: 'Rättighetsområden',
        kind: 'areas',
        file: 'a.yaml',
        categories: [category('barnratt', 'Barnets rättigheter'), category('jamstalldhet', 'Jämställdhet')],
      },
    ],
    registries: [
      {
        city: 'malmo',
        name: 'Malmö stad',
        file: 'r.yaml',
        groups: [],
        administrations: [
          adm('malmo/kommunstyrelsen', 'Kommunstyrelsen', 'styrelse'),
          adm('malmo/kulturnamnden', 'Kulturnämnden', 'nämnd'),
          adm('malmo/fritidsnamnden', 'Fritidsnämnden', 'nämnd'),
          adm('malmo/miljonamnden', 'Miljönämnden', 'nämnd'),
          adm('malmo/tekniska-namnden', 'Tekniska nämnden', 'nämnd'),
          adm('malmo/mkb-fastighets-ab', 'MKB Fastighets AB', 'bolag', { aliases: ['MKB'], misspellings: ['MKB Fastighet AB'] }),
          adm('malmo/malmo-leasing-ab', 'Malmö Leasing AB', 'bolag'),
        ],
      },
    ],
    concepts: [
      { id: 'hbtqi', kind: 'concept', preferred: 'HBTQIA+', variants: ['HBTQ', 'HBTQI', 'HBTQIA'], file: 'c.yaml' },
      { id: 'barnrattsspar', kind: 'concept', preferred: 'barnrättsspår', variants: ['barnrättspår'], file: 'c.yaml' },
      {
        id: 'mr-policy',
        kind: 'title',
        preferred: 'Policy för mänskliga rättigheter med fokus på barnets rättigheter, jämlikhet och jämställdhet',
        variants: ['Policy för mänskliga rättigheter med särskilt fokus på barnets rättigheter, jämlikhet och jämställdhet'],
        file: 'c.yaml',
      },
    ],
    boilerplate: [],
    knownWords: [],
    dir: '/tmp',
  };
}

/** The bundled rules, with overrides. */
export function rules(overrides: (r: AnalysisRules) => void = () => {}): AnalysisRules {
  const file = new URL('../../rules/analysis.yaml', import.meta.url);
  const r = parseAnalysisRules(readFileSync(file, 'utf8'), file.pathname);
  overrides(r);
  return r;
}
