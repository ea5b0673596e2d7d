/**
 * The segmenter's and the stemmer's look-up table, built on first use from the stem table learnt from the
 * unlabeled corpus (src/words/stems.ts) and the function words (unsegmentable.json), as a code-unit table
 * (src/words/code-table.ts) that the analysis queries with ranges of a word's code units.
 */
import { normalize } from '../normalize/index.js';
import { CodeKeyTable } from '../words/code-table.js';
import { STEM_ARTICLE_BITS, STEM_BARE_BITS, STEM_VARIETY_BITS, decodeStemTable } from '../words/stems.js';
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
 * Flags of a 'search'-form key, above the bits of the lexicon form (both kinds of key share one table:
 * most strings are both, and one table is kinder to the processor's cache).
 */
export const ATTESTED = 1 << 12; // a stem folds to it: the light stemmer may strip down to it
export const NAME = 1 << 13; // tagged as a name in most of its ANERcorp occurrences: never stemmed further
export const FUNCTION_WORD = 1 << 14; // a function word (إلى → الي): never stemmed

export interface Lexicon {
  /**
   * Two kinds of keys in one table. Lexicon-form keys: every stem of the stem table, with its codes.
   * 'search'-form keys (lexicon form with teh marbuta folded into heh), with the flags ATTESTED, NAME,
   * FUNCTION_WORD. A lexicon-form query reads only the low bits, a 'search' one only the flags: a key that
   * is only of the other kind answers as absent.
   */
  words: CodeKeyTable;
  /** Function words in standard form (الذي, إلى…): the segmenter leaves them whole. */
  functionWords: CodeKeyTable;
  /** The same in 'search' form (إلى → الي): the stemmer leaves them whole. */
  searchFunctionWords: CodeKeyTable;
}

let loaded: Lexicon | undefined;

const TEH_MARBUTA = /\u0629/gu; // ARABIC LETTER TEH MARBUTA
const HEH = '\u0647'; // ARABIC LETTER HEH

function foldTehMarbuta(key: string): string {
  return key.replace(TEH_MARBUTA, HEH);
}

function load(): Lexicon {
  const stems = decodeStemTable();
  const values = new Map<string, number>();
  const flagSearch = (key: string, flag: number): void => {
    values.set(key, (values.get(key) ?? 0) | flag);
  };
  stems.words.forEach((stem, k) => {
    values.set(stem, (values.get(stem) ?? 0) | stems.codes[k]);
    flagSearch(foldTehMarbuta(stem), ATTESTED);
  });
  for (const name of stems.names) flagSearch(foldTehMarbuta(name), NAME);
  const searchFunctionWords = new Set<string>();
  for (const word of unsegmentable.words) {
    const searchForm = normalize(word, 'search');
    flagSearch(searchForm, FUNCTION_WORD);
    searchFunctionWords.add(searchForm);
  }
  const present = (keys: Iterable<string>): [string, number][] => [...new Set(keys)].map((key) => [key, 1]);
  return {
    words: new CodeKeyTable([...values]),
    functionWords: new CodeKeyTable(present(unsegmentable.words)),
    searchFunctionWords: new CodeKeyTable(present(searchFunctionWords)),
  };
}

export function getLexicon(): Lexicon {
  return (loaded ??= load());
}
