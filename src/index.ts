/**
 * dhad — Arabic text processing for JavaScript, every result with exact offsets into the caller's text.
 * One folder per capability; this file is the package's whole public surface (`dhad/natural`,
 * `dhad/corpus` and `dhad/vitest` are subpaths of their own).
 */

// Normalization (src/normalize): fold what makes one word look like many, with a map back to the input.
export {
  normalize,
  normalizeWithOffsets,
  mapRange,
  removeDiacritics,
  removeTatweel,
  removeInvisible,
  foldPersianLetters,
  decomposePresentationForms,
  normalizeDigits,
  foldAlef,
  foldAlefMaqsura,
  foldTehMarbuta,
} from './normalize/index.js';
export type { NormalizeOptions, NormalizeSteps, NormalizeResult, Preset } from './normalize/index.js';

// Tokens, sentences, clitics and stems (src/tokenize).
export { tokenize, tokenizeCompact, KIND_NAMES, WORD_KINDS, sentences, segment, stem } from './tokenize/index.js';
export type {
  Token,
  TokenKind,
  TokenizeOptions,
  CompactTokens,
  Sentence,
  Segment,
  Segmentation,
  SegmentPieces,
} from './tokenize/index.js';

// Named entities (src/ner) and their HTML view (src/render).
export { entities, toBIO, fromBIO, ENTITY_TYPES } from './ner/index.js';
export type { Entity, EntityType, EntitiesOptions } from './ner/index.js';
export { renderEntities } from './render/index.js';
export type { RenderEntitiesOptions, EntitySpan } from './render/index.js';

// Summaries and keywords (src/summarize).
export { summarize, keywords } from './summarize/index.js';
export type { Summary, SummarizeOptions, SummarySentence, Keyword, KeywordsOptions } from './summarize/index.js';

// Language detection (src/detect).
export {
  detectLanguage,
  isArabic,
  arabicLetterShare,
  ARABIC_SCRIPT_LANGUAGES,
  DEFAULT_ARABIC_SCRIPT_LANGUAGES,
} from './detect/index.js';
export type { DetectLanguageOptions, IsArabicOptions, LanguageCandidate, LanguageDetection } from './detect/index.js';
