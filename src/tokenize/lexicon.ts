/**
 * The segmenter's and the stemmer's look-up table, built on first use from the stem table learnt from the
 * unlabeled corpus (src/words/stems.ts) and the function words (unsegmentable.json), as a code-unit table
 * (src/words/code-table.ts) that the analysis queries with ranges of a word's code units.
 */
import { normalize } from '../normalize/index.js';
import { CodeKeyTable } from '../words/code-table.js';
import { STEM_ARTICLE_BITS, STEM_BARE_BITS, STEM_VARIETY_BITS, buildStemLookup, decodeStemNames } from '../words/stems.js';
import { LEXICON_FORM } from './lexicon-form.js';
import unsegmentable from './unsegmentable.json';

/**
 * Value of a lexicon-form key (standard normalization with alef forms and alef maqsura folded, teh marbuta
 * kept): the stem's code (src/words/stems.ts): bare-count code, clitic variety, article variety.
 */
export const BARE_CODE_MASK = 2 ** STEM_BARE_BITS - 1;
export const VARIETY_SHIFT = STEM_BARE_BITS;
export const VARIETY_CODE_MASK = 2 ** STEM_VARIETY_BITS - 1;
export const ARTICLE_SHIFT = STEM_BARE_BITS + STEM_VARIETY_BITS;
export const ARTICLE_CODE_MASK = 2 ** STEM_ARTICLE_BITS - 1;
/**
 * Set on the lexicon-form key of every function word: a candidate stem without it is no function word, so
 * the segmenter asks the (standard-form) function-word table only for the few stems that have it.
 */
export const MAYBE_FUNCTION_WORD = 2 ** (STEM_BARE_BITS + STEM_VARIETY_BITS + STEM_ARTICLE_BITS);
/**
 * Set on every lexicon-form key whose 'search' form (ة → ه) has flags in `searchFlags`: the light stemmer
 * reads the flags of a stem whose value the analysis has already looked up, and asks `searchFlags` only when
 * this bit is set (a few thousand keys), instead of once or twice per word.
 */
export const MAYBE_SEARCH_FLAGS = MAYBE_FUNCTION_WORD * 2;

/** Flags of a 'search'-form key. */
export const NAME = 1; // tagged as a name in most of its ANERcorp occurrences: never stemmed further
export const FUNCTION_WORD = 2; // a function word (إلى → الي): never stemmed

export interface Lexicon {
  /**
   * Lexicon-form keys: every stem of the stem table, with its code; function words' keys with
   * MAYBE_FUNCTION_WORD; the lexicon forms of `searchFlags` keys with MAYBE_SEARCH_FLAGS.
   */
  words: CodeKeyTable;
  /** 'search'-form keys (lexicon form with teh marbuta folded into heh) with the flags NAME and FUNCTION_WORD. */
  searchFlags: CodeKeyTable;
  /** Function words in standard form (الذي, إلى…): the segmenter leaves them whole. */
  functionWords: CodeKeyTable;
}

let loaded: Lexicon | undefined;

const TEH_MARBUTA = /\u0629/gu; // ARABIC LETTER TEH MARBUTA
const TEH_MARBUTA_CHAR = '\u0629'; // ARABIC LETTER TEH MARBUTA
const HEH = '\u0647'; // ARABIC LETTER HEH

function foldTehMarbuta(key: string): string {
  return key.replace(TEH_MARBUTA, HEH);
}

/**
 * The lexicon forms whose 'search' form is `key`: each ه of the key may have been ه or ة (2^n forms for n
 * heh letters; the names and function words have at most two).
 */
function lexiconVariants(key: string): string[] {
  const hehs: number[] = [];
  for (let k = 0; k < key.length; k++) if (key[k] === HEH) hehs.push(k);
  if (hehs.length === 0) return [key];
  const variants: string[] = [];
  for (let choice = 0; choice < 2 ** hehs.length; choice++) {
    let variant = key;
    for (let h = 0; h < hehs.length; h++) {
      if ((choice >> h) & 1) variant = variant.slice(0, hehs[h]) + TEH_MARBUTA_CHAR + variant.slice(hehs[h] + 1);
    }
    variants.push(variant);
  }
  return variants;
}

function load(): Lexicon {
  const flags = new Map<string, number>();
  const flag = (key: string, bit: number): void => {
    flags.set(key, (flags.get(key) ?? 0) | bit);
  };
  for (const name of decodeStemNames()) flag(foldTehMarbuta(name), NAME);
  for (const word of unsegmentable.words) flag(normalize(word, 'search'), FUNCTION_WORD);
  const functionWordKeys = unsegmentable.words.map((word) => normalize(word, LEXICON_FORM));
  const flaggedKeys = [...flags.keys()].flatMap(lexiconVariants);
  const words = buildStemLookup([...functionWordKeys, ...flaggedKeys]);
  let units = new Uint16Array(32);
  const addBits = (key: string, bits: number): void => {
    if (key.length > units.length) units = new Uint16Array(key.length);
    for (let k = 0; k < key.length; k++) units[k] = key.charCodeAt(k);
    words.addBits(units, key.length, bits);
  };
  for (const key of functionWordKeys) addBits(key, MAYBE_FUNCTION_WORD);
  for (const key of flaggedKeys) addBits(key, MAYBE_SEARCH_FLAGS);
  return {
    words,
    searchFlags: new CodeKeyTable([...flags]),
    functionWords: new CodeKeyTable(unsegmentable.words.map((word) => [word, 1] as const)),
  };
}

export function getLexicon(): Lexicon {
  return (loaded ??= load());
}
