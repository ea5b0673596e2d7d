/**
 * dhad — Arabic text processing for JavaScript, every result with exact offsets into the caller's text.
 */
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
export {
  detectLanguage,
  isArabic,
  arabicLetterShare,
  ARABIC_SCRIPT_LANGUAGES,
  DEFAULT_ARABIC_SCRIPT_LANGUAGES,
} from './detect/index.js';
export type { DetectLanguageOptions, IsArabicOptions, LanguageCandidate, LanguageDetection } from './detect/index.js';
export { entities, toBIO, fromBIO, ENTITY_TYPES } from './ner/index.js';
export type { Entity, EntityType, EntitiesOptions } from './ner/index.js';
export { tokenize, tokenizeCompact, KIND_NAMES, sentences, segment, stem } from './tokenize/index.js';
export type { Token, TokenKind, TokenizeOptions, CompactTokens, Sentence, Segment, Segmentation } from './tokenize/index.js';
export { summarize, keywords } from './summarize/index.js';
export type { Summary, SummarizeOptions, SummarySentence, Keyword, KeywordsOptions } from './summarize/index.js';
export { renderEntities, type RenderEntitiesOptions, type EntitySpan } from './render/index.js';
