/**
 * `dhad/natural`: plugs dhad's Arabic tokenizer and light stemmer into natural
 * (https://github.com/NaturalNode/natural), whose own tokenizers drop Arabic letters.
 *
 *   import natural from 'natural';
 *   import { arabicTokenizer, arabicStemmer } from 'dhad/natural';
 *   const tfidf = new natural.TfIdf();
 *   tfidf.setTokenizer(arabicTokenizer);
 *   const classifier = new natural.BayesClassifier(arabicStemmer);
 *
 * natural is an optional peer dependency: this module never imports it, it only has the shapes that
 * natural calls (`tokenize(text)`, `stem(token)`, `tokenizeAndStem(text, keepStops)`, `attach()`).
 */
import { WORD_KINDS, stem, tokenize } from 'dhad';
import { expectString } from '../internal/validate.js';

/** Kinds of tokens that carry words; punctuation, symbols and emoji are left out, as natural's tokenizers do. */
const WORD_LIKE: ReadonlySet<string> = new Set(WORD_KINDS);

/** natural's Tokenizer interface. */
export interface NaturalTokenizer {
  tokenize(text: string): string[];
}

/** natural's Stemmer interface. */
export interface NaturalStemmer {
  stem(token: string): string;
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
  /** Adds `String.prototype.stem()` and `String.prototype.tokenizeAndStem()`, as natural's stemmers do. */
  attach(): void;
}

function wordTokens(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) if (WORD_LIKE.has(token.kind)) words.push(token.norm.toLowerCase());
  return words;
}

/** Splits text into word tokens, normalized ('standard' preset, Latin lower-cased); punctuation dropped. */
export const arabicTokenizer: NaturalTokenizer = {
  tokenize(text: string): string[] {
    expectString(text, 'text', 'arabicTokenizer.tokenize');
    return wordTokens(text);
  },
};

/**
 * dhad's light stemmer behind natural's Stemmer interface. `tokenizeAndStem` keeps every word:
 * natural's stop-word list is English, so `keepStops` changes nothing here.
 */
export const arabicStemmer: NaturalStemmer = {
  stem(token: string): string {
    expectString(token, 'token', 'arabicStemmer.stem');
    return stem(token);
  },
  tokenizeAndStem(text: string, _keepStops?: boolean): string[] {
    expectString(text, 'text', 'arabicStemmer.tokenizeAndStem');
    return wordTokens(text).map((word) => stem(word));
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
};
