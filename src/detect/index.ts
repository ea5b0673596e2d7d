export { detectLanguage, ARABIC_SCRIPT_LANGUAGES, DEFAULT_ARABIC_SCRIPT_LANGUAGES } from './language.js';
export type { DetectLanguageOptions, LanguageCandidate, LanguageDetection } from './language.js';
export { isArabic, arabicLetterShare } from './script.js';
export type { IsArabicOptions } from './script.js';
