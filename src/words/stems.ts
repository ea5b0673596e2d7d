/**
 * Stems attested in the unlabeled corpus (Wikipedia 2017, ANERcorp's training words, EASC's articles: 7.8
 * million words), with what the segmenter needs to know of each: how often it is written alone, and with how
 * many different clitic combinations (و، ف، ب، ك، ل، س، ال and pronoun suffixes) it is seen. Built by
 * scripts/build-words.ts into stems.generated.ts; decoded here on request (the segmenter builds its look-up
 * table from it once and keeps only that).
 */
import { type CodeKeyTable, tableOfWordList } from './code-table.js';
import { countEncodedWords, decodeBits, decodeWordList } from './encoding.js';
import { STEM_ARTICLE_BITS, STEM_BARE_BITS, STEM_CODE_BITS, STEM_VARIETY_BITS } from './formats.js';
import { STEMS } from './stems.generated.js';

export { STEM_ARTICLE_BITS, STEM_BARE_BITS, STEM_VARIETY_BITS };

export interface StemTable {
  /**
   * Stems in lexicon form (standard normalization with أ إ آ ٱ → ا and ى → ي; ة kept), sorted.
   * Kept: stems seen with two or more clitic combinations, or alone at least 10 times.
   */
  words: string[];
  /**
   * Per stem, low bits to high: the bare-count code c (0: never alone; c > 0: alone between 2^(c−1) and
   * 2^c − 1 times, the last code open-ended), the variety (how many distinct clitic combinations it is seen
   * with, its bare form included, at most 31) and the article variety (how many of those combinations hold the
   * article, at most 7: a stem seen after ال in many ways is a noun).
   */
  codes: Uint16Array;
  /** Words tagged as a person, place or organization in most of their ANERcorp occurrences (lexicon form). */
  names: string[];
}

/** Decodes the stem table (tens of milliseconds; call once and keep what you build from it). */
export function decodeStemTable(): StemTable {
  const words = decodeWordList(STEMS.words);
  return {
    words,
    codes: decodeBits(STEMS.codes, STEM_CODE_BITS, words.length),
    names: decodeWordList(STEMS.names),
  };
}

/**
 * The stem table as a code-unit look-up table (src/words/code-table.ts): lexicon-form stem → its code (the
 * low STEM_CODE_BITS bits; the caller may set higher ones with `addBits`), built straight from the encoded
 * list (the segmenter's first call pays for this). `roomFor`: the keys the caller will add.
 */
export function buildStemLookup(roomFor: readonly string[] = []): CodeKeyTable {
  const codes = decodeBits(STEMS.codes, STEM_CODE_BITS, countEncodedWords(STEMS.words));
  return tableOfWordList(STEMS.words, (index) => codes[index], undefined, roomFor);
}

/** The names of the stem table (lexicon form), for the light stemmer's list of words it never strips. */
export function decodeStemNames(): string[] {
  return decodeWordList(STEMS.names);
}
