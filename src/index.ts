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
