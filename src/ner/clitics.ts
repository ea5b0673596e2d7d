/**
 * Proclitics glued to Arabic words (`و` and, `ف` so, `ب` with, `ل` for, `ك` like, `ال` the). ANERcorp
 * keeps them on the token (`لبوتين` is one B-PERS token), so the model tags whole tokens; these helpers
 * (1) split them off for the `core` features and (2) trim them off the start of a predicted entity, so the
 * span is the name itself: `لبوتين` → `بوتين`, `وطهران` → `طهران`, `للولايات المتحدة` → `لولايات المتحدة`
 * (the first `ل` is the preposition; the second is the article's, whose alef is not written after `ل`).
 *
 * All functions take words in `normalize(word, 'search')` form.
 */
import { ALEF, BEH, FEH, KAF, LAM, WAW } from '../internal/letters.js';

export interface CliticSplit {
  /** Length of the conjunction (0 or 1). */
  conjunction: number;
  /** Length of the conjunction plus the preposition (0, 1 or 2). */
  beforeArticle: number;
  /** Length of everything stripped, article included. */
  prefixLength: number;
  /** Whether an article (`ال`, or the `ل` of `لل`) was stripped. */
  article: boolean;
}

/**
 * Splits at most: conjunction (و ف), preposition (ب ل ك), article (ال). Keeps at least three letters
 * after a one-letter clitic and two after the article, so short words are left alone.
 */
export function splitClitics(word: string): CliticSplit {
  const n = word.length;
  let i = 0;
  const c0 = word.charCodeAt(0);
  if ((c0 === WAW || c0 === FEH) && n - 1 >= 3) i = 1;
  const conjunction = i;
  const c = word.charCodeAt(i);
  let article = false;
  if (c === LAM && word.charCodeAt(i + 1) === LAM && n - i - 2 >= 2) {
    // `لل` = preposition ل + the article's ل (its alef is dropped in writing).
    return { conjunction, beforeArticle: i + 1, prefixLength: i + 2, article: true };
  }
  if ((c === BEH || c === LAM || c === KAF) && n - i - 1 >= 3) {
    // Only a preposition when followed by the article, or when the word is long enough to stay a word.
    if (word.charCodeAt(i + 1) === ALEF && word.charCodeAt(i + 2) === LAM && n - i - 3 >= 2) {
      return { conjunction, beforeArticle: i + 1, prefixLength: i + 3, article: true };
    }
    if (n - i - 1 >= 4) i += 1;
  }
  const beforeArticle = i;
  if (word.charCodeAt(i) === ALEF && word.charCodeAt(i + 1) === LAM && n - i - 2 >= 2) {
    i += 2;
    article = true;
  }
  return { conjunction, beforeArticle, prefixLength: i, article };
}

/** Whether the first `k` letters of `word` can be proclitics: و/ف, or ب/ل/ك, or و/ف then ب/ل/ك. */
function cliticLetters(word: string, k: number): boolean {
  const isConjunction = (c: number) => c === WAW || c === FEH;
  const isPreposition = (c: number) => c === BEH || c === LAM || c === KAF;
  const c0 = word.charCodeAt(0);
  if (k === 1) return isConjunction(c0) || isPreposition(c0);
  return k === 2 && isConjunction(c0) && isPreposition(word.charCodeAt(1));
}

/**
 * How many UTF-16 units of clitics to cut off the first word of a predicted entity.
 * `isKnownName` says whether a word (search form) is a known name or starts one (gazetteers).
 */
export function entityCliticLength(word: string, isKnownName: (w: string) => boolean): number {
  if (isKnownName(word)) return 0; // `بوتين`, `فرنسا`, `واشنطن`, `بيت لحم`: the letter belongs to the name
  const split = splitClitics(word);
  // `وال…`, `بال…`, `لل…`: names do not start with these.
  if (split.article && split.beforeArticle > 0) return split.beforeArticle;
  // A known name of three letters or more after one or two clitic letters (`لمصر` → `مصر`, `لحزب الله` →
  // `حزب الله`, `وبوتين` → `بوتين`); shorter remainders are too often pieces of names (`لود`, `بين`).
  for (let k = 1; k <= 2; k++) {
    if (word.length - k >= 3 && cliticLetters(word, k) && isKnownName(word.slice(k))) return k;
  }
  // An unknown word: only the conjunction و is safe to cut (`وماكرون`); ب ل ك ف start many names.
  if (split.conjunction === 1 && word.charCodeAt(0) === WAW && word.length - 1 >= 3) return 1;
  return 0;
}
