/**
 * The forms the stem lexicon is keyed by, shared by the lexicon's build script and by the segmenter.
 */
import type { NormalizeOptions } from '../normalize/index.js';

/** Lexicon keys: standard normalization plus alef and alef maqsura folding; teh marbuta kept (كتابة ≠ كتابه). */
export const LEXICON_FORM: NormalizeOptions = { preset: 'standard', foldAlef: true, foldAlefMaqsura: true };

/**
 * A word written with the article, optionally after a conjunction and ب or ك, and at least two letters
 * after it: (و|ف)?(ب|ك)?ال(stem). Only used on single words (no backtracking risk: one optional letter
 * each, then a fixed prefix).
 */
export const ARTICLE_FORM = /^[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644([\u0621-\u064a]{2,})$/u; // WAW FEH? BEH KAF? ALEF LAM

/** Only Arabic base letters HAMZA (U+0621) .. YEH (U+064A), tatweel (U+0640) excluded. */
export function isArabicLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x0621 || code > 0x064a || code === 0x0640) return false;
  }
  return true;
}
