// Plain data passed between the pipeline's stages:
// ingest → normalize → segment → analyze (language, lexicon, attribute) → aggregate → report.
// Every stage exports pure functions over these types; only src/cli and src/ingest touch the disk.
// The enumerations are `as const` arrays with their types derived, so schemas and help texts
// list the same values the types allow.

export type SourceFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'html';

export type PassageKind = 'paragraph' | 'heading' | 'list-item' | 'table-row';

/** A block of source text as a reader found it, before normalization. */
export interface RawBlock {
  kind: PassageKind;
  text: string;
  /** Heading level, 1 = top. Only for headings. */
  level?: number;
  /** Nesting depth of a list item, 0 = top. */
  depth?: number;
  /** A list item marked by its own number ("1. Inledning"), no bullet: it may be a numbered heading. */
  numbered?: true;
  /** 1-based PDF page the block starts on. */
  page?: number;
  /** 1-based line in the source file where the block starts (txt, md, html). */
  line?: number;
  /**
   * The stretches of the source text the block's text was read from, in order, as flat triples
   * (start, end, page): [start, end) offsets into `RawDocument.source` (or the file's lines or
   * PDF pages joined by "\n") and the page they are on (0: not known). Set by the readers that
   * know (Markdown, HTML, DOCX) and by normalize for lines; normalize turns them into `origin`.
   */
  spans?: number[];
  /** After normalize: where each part of the text stands in the source file (see `Passage.origin`). */
  origin?: number[];
}

/**
 * What `src/ingest` returns: the file's text, decoded, with as much structure as the format gives.
 * Exactly one of `pages` (PDF: one string per page, lines separated by "\n"), `lines`
 * (plain text: the decoded file split into lines) and `blocks` (DOCX, Markdown, HTML: structure
 * from styles or markup) is set.
 */
export interface RawDocument {
  path: string;
  format: SourceFormat;
  /** Size of the file in bytes. */
  bytes: number;
  /** Hex SHA-256 of the file's bytes: the cache key. */
  sha256: string;
  /** Encoding the text was decoded from (txt, md, html): utf-8, utf-16le, utf-16be, windows-1252. */
  encoding?: string;
  pages?: string[];
  /** PDF: per page, the lines (0-based) set mostly in small print, when the reader could tell. */
  smallPrint?: number[][];
  lines?: string[];
  blocks?: RawBlock[];
  /** A DOCX's running headers and footers, which are not part of the body. */
  furniture?: string[];
  /**
   * The text the blocks' `spans` point into, where the reader keeps one: the decoded file
   * (Markdown, HTML), or a DOCX's paragraphs with text, one per line.
   */
  source?: string;
  /** Non-fatal problems, e.g. "sida 3 saknar text". */
  warnings: string[];
}

export interface Footnote {
  /** The footnote's number as printed. */
  label: string;
  text: string;
  page?: number;
}

/** What `src/normalize` returns: page furniture removed, words re-joined, lines re-flowed. */
export interface NormalizedDocument {
  path: string;
  format: SourceFormat;
  bytes: number;
  sha256: string;
  encoding?: string;
  pageCount: number | null;
  blocks: RawBlock[];
  footnotes: Footnote[];
  /**
   * The running header and footer lines removed from the pages (PDF, and text or Markdown with a
   * converter's page markers), each once, in reading order: "Växjö kommun SAMMANTRÄDESPROTOKOLL".
   * Not body text, but how the document names itself and its kind.
   */
  furniture: string[];
  warnings: string[];
}

/** Every document type, in the order schemas, help texts and messages list them; 'other' last. */
export const DOCUMENT_TYPES = ['tjänsteskrivelse', 'protokollsutdrag', 'remissvar', 'årsanalys', 'rapport', 'policy', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentMetadata {
  type: DocumentType;
  title: string | null;
  /** ISO date (YYYY-MM-DD) the document is dated, when it says. */
  date: string | null;
  /** Diarienummer as written, e.g. "STK-2023-138", "KS 2024/1035", in the city's formats (read by src/locate). */
  caseNumbers: string[];
  /**
   * The municipality's ID in lexicons/sweden/municipalities.yaml ("malmo", "vaxjo", "region-skane"),
   * or null when nothing decides ("okänd kommun"): from the manifest, --city, or how the document
   * names itself (src/locate).
   */
  city: string | null;
  year: number | null;
  /** The authoring administration as the document names it ("Servicenämnden"), or null. */
  author: string | null;
  /** The authoring administration's ID when a corpus manifest or flag says it ("stockholm/servicenamnden"). */
  authorId?: string | null;
  /** Set when a manifest says this file is another rendering of a document already in the corpus. */
  variantOf?: string | null;
}

/** A [start, end) span of character offsets into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Passage {
  /** Stable within a document: "p0001", "p0002", … in reading order. */
  id: string;
  kind: PassageKind;
  /** Heading titles from the top down to the nearest heading above this passage. */
  sectionPath: string[];
  /** 1-based PDF page, or null for formats without pages. */
  page: number | null;
  /** 1-based line in the source file (txt, md, html), or null. */
  line: number | null;
  /** Offsets of `text` in `Document.text`. */
  start: number;
  end: number;
  text: string;
  /** Heading level for headings, list depth for list items. */
  level?: number;
  /** Sentences, as offsets into `Document.text`. */
  sentences: Span[];
  /**
   * Where the text stands in the source file, for quotes and review findings: breakpoints as
   * flat quadruples (offset in `text`, page, line, column), each the source position of the
   * character at that offset; the characters up to the next breakpoint follow it one for one.
   * Page 0 or line 0: not known. Lines are the file's (txt, md, html) or the DOCX's paragraphs
   * with text; a PDF has pages only. Read it with `src/normalize/source-map.ts`.
   */
  origin?: number[];
}

/** What `src/segment` returns: the document as the rest of the pipeline sees it. */
export interface Document {
  path: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
  encoding?: string;
  pageCount: number | null;
  metadata: DocumentMetadata;
  /** The whole body text: passages' texts joined by "\n\n". */
  text: string;
  passages: Passage[];
  footnotes: Footnote[];
  /** Running header and footer lines removed in normalization (see NormalizedDocument.furniture). */
  furniture: string[];
  warnings: string[];
}

/** A file that could not be read, and why, in one line of Swedish. */
export interface InputFailure {
  path: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Lexicons (data in lexicons/, validated by src/lexicon/schema.ts)

/**
 * How a single-word term may match inside a Swedish compound.
 * any: as head (`barnkonsekvensanalys` ∋ konsekvensanalys) or modifier (`barnrättsarbetet` ∋ barnrätt);
 * head: only at the end; modifier: only at the start; none: whole words only (short or ambiguous terms).
 */
export type CompoundMode = 'any' | 'head' | 'modifier' | 'none';

export interface TermSpec {
  /** One or more words; matched per token by stem, case-insensitively unless `caseSensitive`. */
  text: string;
  compound: CompoundMode;
  caseSensitive: boolean;
  /**
   * A word that is often about something else ("skola", "boende", "uppföljning"): it tags its
   * category only in a sentence that also has a strong term of the category, or a weak one of
   * another facet.
   */
  weak?: boolean;
  /** Weak terms of one facet do not confirm each other ("barn" and "elev" are both about who). Default: the term itself. */
  facet?: string;
  /** The law or goal the term comes from, when its group names one. */
  source?: string;
}

export interface LexiconExamples {
  match: string[];
  nomatch: string[];
}

/** A principle or rights area: the unit passages are tagged with. */
export interface Category {
  /** "P1"…"P4", or a rights-area ID such as "barnratt". */
  id: string;
  kind: 'principle' | 'area';
  label: string;
  description?: string;
  terms: TermSpec[];
  /** A match is dropped when its sentence also matches one of these. */
  exclude: TermSpec[];
  examples: LexiconExamples;
  /** Where the definition comes from (policy text, page). */
  source?: string;
}

export interface Framework {
  /** "malmo-mr-policy", "rattighetsomraden", "stockholm-mr-programmet". */
  id: string;
  /** City slug, or null for frameworks shared by all cities (rights areas). */
  city: string | null;
  title: string;
  kind: 'principles' | 'areas';
  /** A principles framework for every city that has none of its own (SKR's national principles). */
  default?: boolean;
  categories: Category[];
  /** File the framework was loaded from, for messages. */
  file: string;
}

/**
 * Every kind of administration a registry entry can be, in the order schemas and messages list them.
 * An office (förvaltning) is also a kontor; an utskott is a committee's working committee
 * ("Kommunstyrelsens arbetsutskott"), a beredning a council's ("Valberedningen").
 */
export const ADMINISTRATION_KINDS = ['nämnd', 'förvaltning', 'bolag', 'fullmäktige', 'styrelse', 'utskott', 'beredning', 'råd', 'revision', 'stad'] as const;
export type AdministrationKind = (typeof ADMINISTRATION_KINDS)[number];

/** Kinds of body that are not the city's own: named in its documents, never credited as its administrations. */
export const EXTERNAL_KINDS = ['myndighet', 'domstol', 'region', 'kommun', 'företag', 'förening', 'lärosäte'] as const;
export type ExternalKind = (typeof EXTERNAL_KINDS)[number];

export interface Administration {
  /** "<org>/<slug>", e.g. "malmo/kulturnamnden". */
  id: string;
  name: string;
  kind: AdministrationKind;
  /** Other correct names: abbreviations (ASN, MKB), short forms. */
  aliases: string[];
  /** Known misspellings and non-canonical variants, e.g. "Hälsa-, vård och omsorgsnämnden". */
  misspellings: string[];
  /** For an office: the committee it serves. */
  serves?: string;
  /** For a committee: its office(s). */
  offices?: string[];
  /** Sentences that must (match) and must not (nomatch) mention this administration; run by test/lexicon. */
  examples?: LexiconExamples;
}

export interface AdministrationGroup {
  /** The group noun, e.g. "utbildningsnämnderna", "de tekniska nämnderna". */
  name: string;
  aliases: string[];
  members: string[];
}

/** A city's case-number format: a regex fragment for the whole number ("\\p{Lu}{2,6}-(?:19|20)\\d{2}-\\d{1,6}"). */
export interface RegistryCaseNumber {
  pattern: string;
  /** "STK-2023-138", for messages. */
  example?: string;
}

export interface Registry {
  /** City ID of lexicons/sweden/municipalities.yaml: "malmo". */
  city: string;
  name: string;
  /** Extra ways documents name the city themselves (letterhead words), besides municipalities.yaml's names. */
  cues?: string[];
  /** Web and e-mail domains besides municipalities.yaml's. */
  domains?: string[];
  /** The city's case-number formats. */
  caseNumbers?: RegistryCaseNumber[];
  /** The review profile of the city's memo template (rules/review/profiles/<id>.yaml); default: the city's ID if a profile has it, else generic. */
  profile?: string;
  administrations: Administration[];
  groups: AdministrationGroup[];
  file: string;
}

export interface ConceptGroup {
  id: string;
  kind: 'concept' | 'title';
  preferred: string;
  variants: string[];
  /** Who prefers the preferred form and where it says so. */
  source?: string;
  file: string;
}

/** Phrases that look like coverage but are stock text ("Ärendet bedöms inte påverka barn"). */
export interface BoilerplatePhrase {
  id: string;
  text: string;
  description?: string;
}

/**
 * A kind of sentence that is no coverage by the area words in it: budget and outcome, procurement,
 * election of members, procedure, premises ("Hemtjänsten redovisar ett underskott", "avtalet om
 * skolskjutsar förlängs"). See src/tag/sentence-kinds.ts.
 */
export interface BoilerplateSentences {
  id: string;
  description?: string;
  /** Any one of them makes a sentence of this kind. */
  terms: TermSpec[];
  /** Words that make a sentence not of this kind after all ("ställer krav på" in a procurement). */
  notWith?: TermSpec[];
  /** Words that make it one only beside an amount of money ("avviker från budgeten med 6 miljoner kronor"). */
  withAmount?: TermSpec[];
  /** The units an amount of money ends with: a number, then one of these ("6,1 miljoner kronor", "350 tkr"). */
  amountUnits?: string[];
  /** A category still counts in such a sentence with this many different terms of its own there; absent: none does. */
  survivesWith?: number;
}

/** How organ and unit names are recognised where the registry does not know them. */
export interface OrganNames {
  /** Heads that make a compound an organ's name: "Jämställdhets|utskottet", "Grundskole|förvaltningen". */
  heads: string[];
  /** Words that begin a name "X för Y": "Rådet för funktionshinderfrågor", "Nämnden för Vård & Omsorg". */
  before: string[];
}

export interface Lexicons {
  frameworks: Framework[];
  registries: Registry[];
  concepts: ConceptGroup[];
  boilerplate: BoilerplatePhrase[];
  /** boilerplate.yaml `sentences`; absent in lexicons built before they existed. */
  boilerplateSentences?: BoilerplateSentences[];
  /** boilerplate.yaml `organs`. */
  organNames?: OrganNames;
  /** Words never reported as misspellings (lexicon and registry terms are added automatically). */
  knownWords: string[];
  /** Directory the lexicons were loaded from. */
  dir: string;
}

// ---------------------------------------------------------------------------------------------
// Analysis

/** One occurrence of a lexicon term in a text. Offsets are into the text given to the matcher. */
export interface TermMatch {
  /** The key the term was registered under: a category ID or an administration ID. */
  key: string;
  /** The lexicon term that matched, as written in the lexicon. */
  term: string;
  start: number;
  end: number;
  /** The matched text as it stands in the document. */
  text: string;
  /** True when a negation or hedge governs the match ("har inte lyft fram", "saknas"). */
  negated: boolean;
  /** How it matched: whole word(s), inside a compound, or by expanding a coordination. */
  via: 'word' | 'compound' | 'coordination';
}

// Evidence, Tag and Mention cross threads as columns (src/corpus/pool/columns.ts): new fields go there too.
export interface Evidence {
  term: string;
  start: number;
  end: number;
  text: string;
  negated: boolean;
}

export interface Tag {
  /** Category ID: P1–P4 or a rights-area ID. */
  id: string;
  kind: 'principle' | 'area';
  /** True when every piece of evidence is negated: shown, but not coverage. */
  negated: boolean;
  /** True when the passage is stock text; shown, but not coverage. */
  boilerplate: boolean;
  /** Offsets relative to the passage text. */
  evidence: Evidence[];
}

export interface Mention {
  /**
   * Administration ID: a registry's, or "<city>/<slug>" for one the city's registry lacks
   * ("okand/<slug>" when the city is unknown), or "external/<slug>" for a body that is not the city's.
   */
  id: string;
  /** The text as written. */
  name: string;
  registered: boolean;
  /** True for a body that is not the city's: a state agency, a court, a region, another municipality, a private company. */
  external?: true;
  /** What an unregistered name's shape says it is (registered ones have their kind in the registry). */
  kind?: AdministrationKind | ExternalKind;
  /** Offsets relative to the passage text; for scope-inferred mentions, 0/0. */
  start: number;
  end: number;
  /** explicit: named; anaphor: "nämnden" resolved; group: a group noun expanded; heading: inherited from the section heading. */
  via: 'explicit' | 'anaphor' | 'group' | 'coordination' | 'heading' | 'office';
}

export interface TaggedPassage extends Passage {
  tags: Tag[];
  mentions: Mention[];
  boilerplate: string | null;
  /** Number of words, for scope and shares. */
  words: number;
}

export interface TaggedDocument extends Omit<Document, 'passages'> {
  /** The authoring administration's ID, or null when unknown. */
  author: string | null;
  passages: TaggedPassage[];
}

/**
 * What `mrkoll analyze` reads of a tagged document (coverage, gaps and answers, evidence, outside
 * bodies, same-text pairs): every TaggedDocument is one. Analyze reads each as it arrives and
 * keeps none (src/analyze/index.ts, `CorpusAggregator`).
 */
export interface AnalysisDocument extends Pick<TaggedDocument, 'path' | 'format' | 'metadata' | 'author' | 'passages'> {
  /** The IDs of the frameworks it was tagged against (a tag result's), when known. */
  frameworks?: string[];
}
