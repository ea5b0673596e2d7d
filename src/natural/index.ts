/**
 * `dhad/natural`: plugs dhad's Arabic tokenizer and light stemmer into natural
 * (https://github.com/NaturalNode/natural), whose own tokenizers drop Arabic letters.
 *
 *   import natural from 'natural';
 *   import { arabicTokenizer, arabicStemmer } from 'dhad/natural';
 *   const classifier = new natural.BayesClassifier(arabicStemmer);
 *   const tfidf = new natural.TfIdf();
 *   tfidf.addDocument(arabicStemmer.tokenizeAndStem(text));   // terms as an array: natural's tokenizer is not used
 *
 * natural is an optional peer dependency: this module never imports it. Its objects have every member that
 * natural's own types (`Tokenizer`, `Stemmer`) list, so they are accepted wherever natural takes a tokenizer or
 * a stemmer, without a cast.
 */
import { WORD_KINDS, normalize, stem, tokenize, type Token } from 'dhad';
import { expectString } from '../internal/validate.js';
import stopWordData from '../summarize/stop-words.json';
// WAW ("and") and FEH ("so, then"): the conjunctions glued to the next word.
import { FEH, WAW } from '../internal/letters.js';

/** Kinds of tokens that carry words; punctuation, symbols and emoji are left out, as natural's tokenizers do. */
const WORD_LIKE: ReadonlySet<string> = new Set(WORD_KINDS);

/** natural's Tokenizer: `tokenize`, and `trim`, which natural's `Tokenizer` base class has. */
export interface NaturalTokenizer {
  tokenize(text: string): string[];
  /** Removes empty strings from both ends of `tokens` (in place) and returns it, as natural's tokenizers do. */
  trim(tokens: string[]): string[];
}

/**
 * natural's `Stemmer` type, every member of it. natural calls `stem` and `tokenizeAndStem`; the stop-word
 * methods edit the Arabic stop words that `tokenizeAndStem` drops. The type also lists the inner steps of the
 * Porter stemmer (`regions` … `step5b`), which natural never calls on a stemmer it is given and which a light
 * Arabic stemmer does not have: here they throw an Error that says so.
 */
export interface NaturalStemmer {
  stem(token: string): string;
  /** The stems of the text's words; without `keepStops`, Arabic function words (في، من، التي …) are left out. */
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
  /** Adds `String.prototype.stem()` and `String.prototype.tokenizeAndStem()`, as natural's stemmers do. */
  attach(): void;
  addStopWord(stopWord: string): void;
  addStopWords(moreStopWords: string[]): void;
  removeStopWord(stopWord: string): void;
  removeStopWords(moreStopWords: string[]): void;
  regions(word: string): never;
  prelude(token: string): never;
  endsinArr(token: string, suffixes: string[]): never;
  categorizeGroups(token: string): never;
  measure(token: string): never;
  step1(token: string): never;
  step1a(token: string): never;
  step1b(token: string): never;
  step1c(token: string): never;
  step2(token: string): never;
  step3(token: string): never;
  step4(token: string): never;
  step5a(token: string): never;
  step5b(token: string): never;
}

function wordTokens(text: string): Token[] {
  return tokenize(text).filter((token) => WORD_LIKE.has(token.kind));
}

/** A token as natural's tokenizers give it: normalized ('standard' preset), Latin lower-cased. */
function naturalForm(token: Token): string {
  return token.norm.toLowerCase();
}

// The stop words, in 'search' form (أ إ آ → ا, ى → ي, ة → ه) so that `الى` matches `إلى`: dhad's list
// (src/summarize/stop-words.json, the one the summarizer uses), built on first use; the stop-word methods edit it.
let stopWords: Set<string> | undefined;

function stopWordSet(): Set<string> {
  stopWords ??= new Set(stopWordData.words.map((word) => normalize(word, 'search')));
  return stopWords;
}

function stopWordKey(word: unknown, fn: string): string {
  expectString(word, 'stopWord', fn);
  return normalize(word, 'search').toLowerCase();
}

/** The keys of an array of stop words, all checked before any is used. */
function stopWordList(words: unknown, fn: string): string[] {
  if (!Array.isArray(words)) throw new TypeError(`dhad.${fn}: expected \`moreStopWords\` to be an array of strings`);
  return words.map((word: unknown) => stopWordKey(word, fn));
}

/** A function word, also with و or ف glued in front (`وفي`, `فقد`). `word` is in standard form, any case. */
function isStopWord(word: string): boolean {
  const set = stopWordSet();
  const key = normalize(word, 'search').toLowerCase();
  if (set.has(key)) return true;
  const first = key.charCodeAt(0);
  return key.length > 2 && (first === WAW || first === FEH) && set.has(key.slice(1));
}

function notALightStemmerStep(name: string): () => never {
  return () => {
    throw new Error(
      `dhad/natural: arabicStemmer.${name} is an inner step of natural's Porter stemmer, listed in natural's Stemmer type; a light Arabic stemmer has no such step (use stem or tokenizeAndStem)`,
    );
  };
}

/** Splits text into word tokens, normalized ('standard' preset, Latin lower-cased); punctuation dropped. */
export const arabicTokenizer: NaturalTokenizer = {
  tokenize(text: string): string[] {
    expectString(text, 'text', 'arabicTokenizer.tokenize');
    return wordTokens(text).map(naturalForm);
  },
  trim(tokens: string[]): string[] {
    if (!Array.isArray(tokens)) throw new TypeError('dhad.arabicTokenizer.trim: expected `tokens` to be an array');
    while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
    while (tokens.length > 0 && tokens[0] === '') tokens.shift();
    return tokens;
  },
};

/** dhad's light stemmer (`stem`) behind natural's Stemmer interface. */
export const arabicStemmer: NaturalStemmer = {
  stem(token: string): string {
    expectString(token, 'token', 'arabicStemmer.stem');
    return stem(token);
  },
  tokenizeAndStem(text: string, keepStops = false): string[] {
    expectString(text, 'text', 'arabicStemmer.tokenizeAndStem');
    const words = wordTokens(text);
    // The token's own text is stemmed (stem normalizes it): its normalized form can be several words (ﷺ).
    return (keepStops ? words : words.filter((token) => !isStopWord(token.norm))).map((token) => stem(token.text));
  },
  attach(): void {
    const prototype = String.prototype as unknown as Record<string, unknown>;
    prototype.stem = function (this: string) {
      return stem(String(this));
    };
    prototype.tokenizeAndStem = function (this: string, keepStops?: boolean) {
      return arabicStemmer.tokenizeAndStem(String(this), keepStops);
    };
  },
  addStopWord(stopWord: string): void {
    stopWordSet().add(stopWordKey(stopWord, 'arabicStemmer.addStopWord'));
  },
  addStopWords(moreStopWords: string[]): void {
    for (const word of stopWordList(moreStopWords, 'arabicStemmer.addStopWords')) stopWordSet().add(word);
  },
  removeStopWord(stopWord: string): void {
    stopWordSet().delete(stopWordKey(stopWord, 'arabicStemmer.removeStopWord'));
  },
  removeStopWords(moreStopWords: string[]): void {
    for (const word of stopWordList(moreStopWords, 'arabicStemmer.removeStopWords')) stopWordSet().delete(word);
  },
  regions: notALightStemmerStep('regions'),
  prelude: notALightStemmerStep('prelude'),
  endsinArr: notALightStemmerStep('endsinArr'),
  categorizeGroups: notALightStemmerStep('categorizeGroups'),
  measure: notALightStemmerStep('measure'),
  step1: notALightStemmerStep('step1'),
  step1a: notALightStemmerStep('step1a'),
  step1b: notALightStemmerStep('step1b'),
  step1c: notALightStemmerStep('step1c'),
  step2: notALightStemmerStep('step2'),
  step3: notALightStemmerStep('step3'),
  step4: notALightStemmerStep('step4'),
  step5a: notALightStemmerStep('step5a'),
  step5b: notALightStemmerStep('step5b'),
};
