// Whether a value read from the cache is a `Document` (less its path) that the later stages can
// take: every field they read, of the type they read it as, and offsets that fit the text. An
// entry is untrusted (edited by hand, written by another version, truncated into other valid
// JSON): one of the wrong shape would fail its document on every run, so it is rebuilt instead.
// A hand-written check rather than a schema: it runs for every cache hit, over every passage.
import { DOCUMENT_TYPES, type Document, type PassageKind, type SourceFormat } from '../types.js';

/** What is stored: the document without its path, which belongs to where the bytes are now. */
export type CachedDocument = Omit<Document, 'path'>;

const FORMATS: readonly SourceFormat[] = ['pdf', 'docx', 'txt', 'md', 'html'];
const KINDS: readonly PassageKind[] = ['paragraph', 'heading', 'list-item', 'table-row'];

type Value = Record<string, unknown>;

const isObject = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const orNull =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || check(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isOptional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

/** True when `value` is a cached document of the file whose bytes hash to `sha256`. */
export function isCachedDocument(value: unknown, sha256: string): value is CachedDocument {
  if (!isObject(value) || value.sha256 !== sha256 || !isString(value.text)) return false;
  const text = value.text;
  return (
    FORMATS.includes(value.format as SourceFormat) &&
    isCount(value.bytes) &&
    isOptional(value.encoding, isString) &&
    orNull(isCount)(value.pageCount) &&
    isMetadata(value.metadata) &&
    isStringArray(value.warnings) &&
    isOptional(value.furniture, isStringArray) &&
    Array.isArray(value.footnotes) &&
    value.footnotes.every((f) => isObject(f) && isString(f.label) && isString(f.text) && isOptional(f.page, isCount)) &&
    isStringArray(value.furniture) &&
    Array.isArray(value.passages) &&
    value.passages.every((p) => isPassage(p, text.length))
  );
}

function isMetadata(m: unknown): boolean {
  return (
    isObject(m) &&
    DOCUMENT_TYPES.includes(m.type as (typeof DOCUMENT_TYPES)[number]) &&
    orNull(isString)(m.title) &&
    orNull(isString)(m.date) &&
    isStringArray(m.caseNumbers) &&
    orNull(isString)(m.city) &&
    orNull(isCount)(m.year) &&
    orNull(isString)(m.author) &&
    isOptional(m.authorId, orNull(isString)) &&
    isOptional(m.variantOf, orNull(isString))
  );
}

function isPassage(p: unknown, textLength: number): boolean {
  return (
    isObject(p) &&
    isString(p.id) &&
    KINDS.includes(p.kind as PassageKind) &&
    isStringArray(p.sectionPath) &&
    orNull(isCount)(p.page) &&
    orNull(isCount)(p.line) &&
    isSpan(p, textLength) &&
    isString(p.text) &&
    isOptional(p.level, isCount) &&
    isOptional(p.origin, isOrigin) &&
    Array.isArray(p.sentences) &&
    p.sentences.every((s) => isSpan(s, textLength))
  );
}

/** Breakpoints: quadruples of counts (see Passage.origin). */
const isOrigin = (v: unknown): boolean => Array.isArray(v) && v.length % 4 === 0 && v.every(isCount);

function isSpan(s: unknown, textLength: number): boolean {
  return isObject(s) && isCount(s.start) && isCount(s.end) && s.start <= s.end && s.end <= textLength;
}
