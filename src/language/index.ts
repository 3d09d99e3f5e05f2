// The Swedish matching engine: tokens, stems, term matching, coordination and negation.
export { countWordTokens, tokenize, tokenizeEach, Tokens, type Token, type TokenKind } from './tokenize.js';
export { stem } from './stem.js';
export { wordId, WordBytes, WordMemo } from './word-ids.js';
export { compileMatcher, type Matcher, type MatcherEntry, type MatcherOptions } from './matcher.js';
export { dropNested } from './overlap.js';
export { isNegated, compileNegation } from './negation.js';
export { findCoordinations, expandCoordination, type Coordination, type Expansion } from './coordination.js';
export { languageData, loadLanguageData, parseLanguageData, DEFAULT_LANGUAGE_FILE, type LanguageData } from './data.js';
