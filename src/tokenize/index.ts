/**
 * Tokenization: tokens and sentences with exact offsets, clitic segmentation and light stemming.
 */
export { tokenize, tokenizeCompact, KIND_NAMES, WORD_KINDS } from './tokens.js';
export type { Token, TokenKind, TokenizeOptions, CompactTokens } from './tokens.js';
export { sentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { segment } from './segment.js';
export type { Segment, SegmentPieces, Segmentation } from './segment.js';
export { stem } from './stem.js';
// For the summarizer, which stems tokens' normalized forms (src/index.ts does not re-export it).
export { stemNormalizedToken } from './stem.js';
